#include "DocumentCommand.h"

#include "base/BackgroundTask.h"
#include "documents/DocumentContent.h"
#include "documents/DocumentWriter.h"
#include "exports/ExportFile.h"
#include "exports/ExportWriter.h"
#include "text/TerminalText.h"

#include <QFileInfo>
#include <QTextStream>

namespace Takeout {

DocumentCommand::DocumentCommand(QObject *parent)
    : Command(QStringLiteral("document"), tr("a saved export as a PDF, a web page or Markdown"), parent)
{
    setDescription(tr("Writes a saved export as a document people can read without the app: a PDF, a single-file "
                      "web page or Markdown, laid out as the app's overview. The format follows OUT's suffix "
                      "(.pdf, .html, .md) unless --format names it. A file that is no export is shown as its "
                      "indented JSON."));
    addPositional(QStringLiteral("FILE"), tr("The saved export."));
    addOption(
        {{QStringLiteral("o"), QStringLiteral("output")}, tr("Write the document to OUT."), QStringLiteral("OUT")});
    addOption({QStringLiteral("format"), tr("pdf, html or md."), QStringLiteral("FORMAT")});
    addOption({QStringLiteral("overwrite"), tr("Replace the output file if it exists.")});
}

void DocumentCommand::run()
{
    const QString path = positional().at(0);
    if (!isSet(QStringLiteral("output"))) {
        usage(tr("Name the document's file with -o OUT."));
        return;
    }
    const QString output = QFileInfo(value(QStringLiteral("output"))).absoluteFilePath();
    DocumentWriter::Format format = DocumentWriter::Format::Pdf;
    if (isSet(QStringLiteral("format"))) {
        if (!DocumentWriter::formatFromName(value(QStringLiteral("format")), &format)) {
            usage(tr("Unknown format “%1”: use pdf, html or md.").arg(value(QStringLiteral("format"))));
            return;
        }
    } else if (!DocumentWriter::formatFromPath(output, &format)) {
        usage(tr("Cannot tell the format from “%1”: end it in .pdf, .html or .md, or use --format.")
                  .arg(QFileInfo(output).fileName()));
        return;
    }
    const bool overwrite = isSet(QStringLiteral("overwrite"));
    // Refused before the work, not after it.
    const std::optional<ExportFile> file = openExportFor(path, output, overwrite);
    if (!file)
        return;
    const ExportResult &result = file->result;
    const DocumentContent content = DocumentContent::build(*result.document, result.summary, QFileInfo(path).fileName(),
                                                           QFileInfo(path).lastModified(), TaskControl());
    if (!readWhole(path, *result.document))
        return;
    if (result.kind == ExportKind::Json)
        err() << tr("%1 is neither an Agentbot account nor an xpander.ai template export; the document shows its "
                    "JSON.")
                     .arg(TerminalText::escaped(path))
              << '\n'
              << Qt::flush;
    const Failure written = DocumentWriter::write(
        content, format, output, overwrite ? ExportWriter::Existing::Replace : ExportWriter::Existing::Refuse,
        TaskControl());
    if (written.isError()) {
        fail(written);
        return;
    }
    finish(Success);
}

} // namespace Takeout
