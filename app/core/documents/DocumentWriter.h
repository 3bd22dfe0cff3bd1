#pragma once

#include "base/Failure.h"
#include "exports/ExportWriter.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

class QPagedPaintDevice;

namespace Takeout {

struct DocumentContent;
class TaskControl;

// A DocumentContent laid out as a single-file web page, as Markdown, or as pages (a PDF, a printer).
// Every text from the service is escaped for the format: it shows as its characters, never as markup.
class DocumentWriter
{
    Q_DECLARE_TR_FUNCTIONS(DocumentWriter)

public:
    enum class Format
    {
        Pdf,
        Html,
        Markdown,
    };
    // "pdf", "html", "md"; false for anything else.
    static bool formatFromName(const QString &name, Format *format);
    // The format a file name's suffix asks for (.pdf, .html/.htm, .md/.markdown).
    static bool formatFromPath(const QString &path, Format *format);
    static QString suffix(Format format);

    // A page that loads nothing (a Content-Security-Policy allowing no source) and runs nothing: no
    // script, no link, no image but what the page draws with CSS.
    static QByteArray html(const DocumentContent &content);
    static QByteArray markdown(const DocumentContent &content);
    // Lays the content out on the device's pages, with the source file and the export's date at the
    // top of each and its number at the bottom. Needs a QGuiApplication (fonts); any thread. False when
    // the device cannot be painted on or the work was cancelled.
    static bool paint(const DocumentContent &content, QPagedPaintDevice *device, const TaskControl &control);
    // A PDF (A4, fonts embedded); empty when cancelled.
    static QByteArray pdf(const DocumentContent &content, const TaskControl &control);

    // Renders and writes the file atomically, owner-only, never through a link (ExportWriter).
    static Failure write(const DocumentContent &content, Format format, const QString &path,
                         ExportWriter::Existing existing, const TaskControl &control);
};

} // namespace Takeout
