#include "DocumentActions.h"

#include "documents/DocumentContent.h"
#include "tables/ProgressTask.h"
#include "json/JsonDocument.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QStandardPaths>

namespace Takeout {

namespace {

QDateTime dateOf(const ExportResult &result, const QString &sourceFile)
{
    if (result.receivedAt.isValid())
        return result.receivedAt;
    const QFileInfo info(sourceFile);
    return info.exists() ? info.lastModified() : QDateTime();
}

} // namespace

void DocumentActions::saveAsDocument(QWidget *parent, const ExportResult &result, const QString &sourceFile)
{
    if (!result.document)
        return;
    const QString pdf = tr("PDF (*.pdf)");
    const QString html = tr("Web page (*.html)");
    const QString markdown = tr("Markdown (*.md)");
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString filter = pdf;
    QString path = QFileDialog::getSaveFileName(
        parent, tr("Save as Document"),
        folder + QLatin1Char('/') + QFileInfo(sourceFile).completeBaseName() + QStringLiteral(".pdf"),
        pdf + QStringLiteral(";;") + html + QStringLiteral(";;") + markdown, &filter);
    if (path.isEmpty())
        return;
    DocumentWriter::Format format = DocumentWriter::Format::Pdf;
    if (!DocumentWriter::formatFromPath(path, &format)) {
        format = filter == html       ? DocumentWriter::Format::Html
                 : filter == markdown ? DocumentWriter::Format::Markdown
                                      : DocumentWriter::Format::Pdf;
        path += QLatin1Char('.') + DocumentWriter::suffix(format);
    }
    writeDocument(parent, result, sourceFile, format, path);
}

QWidget *DocumentActions::writeDocument(QWidget *parent, const ExportResult &result, const QString &sourceFile,
                                        DocumentWriter::Format format, const QString &path)
{
    // The worker holds what it reads: the shared document and copies of the rest.
    return ProgressTask::run(
        parent, tr("Writing the document…"),
        [document = result.document, summary = result.summary, name = QFileInfo(sourceFile).fileName(),
         date = dateOf(result, sourceFile), format, path](const TaskControl &control) {
            const DocumentContent content = DocumentContent::build(*document, summary, name, date, control);
            return DocumentWriter::write(content, format, path, ExportWriter::Existing::Replace, control);
        },
        [parent](const Failure &failure) {
            if (failure.isError() && failure.kind() != Failure::Kind::Cancelled)
                QMessageBox::warning(parent, tr("Save as Document"), failure.message());
        });
}

QWidget *DocumentActions::print(QWidget *parent, const ExportResult &result, const QString &sourceFile)
{
    if (!result.document)
        return nullptr;
    // The document is laid out on a worker behind a progress dialog with Cancel (a large export takes a
    // while); the preview, which paints on the UI thread as Qt's printing does, opens when it is ready.
    return ProgressTask::run(
        parent, tr("Preparing to print…"),
        [document = result.document, summary = result.summary, name = QFileInfo(sourceFile).fileName(),
         date = dateOf(result, sourceFile)](const TaskControl &control) {
            return std::make_shared<const DocumentContent>(
                DocumentContent::build(*document, summary, name, date, control));
        },
        [parent](const std::shared_ptr<const DocumentContent> &content) {
            auto *printer = new QPrinter(QPrinter::HighResolution);
            printer->setDocName(content->title);
            auto *preview = new QPrintPreviewDialog(printer, parent);
            preview->setObjectName(QStringLiteral("printPreview"));
            preview->setAttribute(Qt::WA_DeleteOnClose);
            QObject::connect(preview, &QObject::destroyed, [printer] { delete printer; });
            QObject::connect(preview, &QPrintPreviewDialog::paintRequested, preview,
                             [content](QPrinter *target) { DocumentWriter::paint(*content, target, TaskControl()); });
            preview->open();
        });
}

} // namespace Takeout
