#pragma once

#include "documents/DocumentWriter.h"
#include "exports/ExportResult.h"

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace Takeout {

// An export as a document people can read without the app (DocumentContent, DocumentWriter): saved
// as a PDF, a web page or Markdown off the UI thread with progress and Cancel, or printed through a
// print preview.
class DocumentActions
{
    Q_DECLARE_TR_FUNCTIONS(DocumentActions)

public:
    // `sourceFile` is the file the export came from, or the name it would be saved under.
    static void saveAsDocument(QWidget *parent, const ExportResult &result, const QString &sourceFile);
    // Lays the document out on a worker behind a progress dialog (returned, gone when the work ends),
    // then opens Qt's print preview (object name "printPreview") over `parent`.
    static QWidget *print(QWidget *parent, const ExportResult &result, const QString &sourceFile);
    // Writes the document to `path` (replacing a file there: the save dialog has asked) on a worker
    // behind a progress dialog with Cancel; returns that dialog, which goes when the work ends.
    static QWidget *writeDocument(QWidget *parent, const ExportResult &result, const QString &sourceFile,
                                  DocumentWriter::Format format, const QString &path);
};

} // namespace Takeout
