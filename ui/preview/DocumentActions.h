#pragma once

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
    static void print(QWidget *parent, const ExportResult &result, const QString &sourceFile);
};

} // namespace Takeout
