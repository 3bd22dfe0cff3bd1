#include "ExportFile.h"

#include "ExportShape.h"

#include <QFileInfo>

namespace Takeout {

namespace {

ExportFile opened(std::shared_ptr<const JsonDocument> document, const QString &fileName, ExportFile::Check check,
                  ExportFile file)
{
    if (!document)
        return file;
    const QByteArrayView bytes = document->bytes();
    file.result.bytes = QByteArray::fromRawData(bytes.data(), bytes.size());
    file.result.suggestedFileName = fileName;
    file.result.kind = ExportShape::detect(*document);
    file.result.summary = ExportSummary::read(*document, file.result.kind);
    if (check == ExportFile::Check::Now)
        file.result.warnings = ExportShape::warnings(*document, file.result.kind);
    else
        file.result.warningsPending = true;
    file.result.document = std::move(document);
    return file;
}

} // namespace

ExportFile ExportFile::open(const QString &path, const JsonDocument::Control &control, Check check)
{
    ExportFile file;
    std::shared_ptr<const JsonDocument> document = JsonDocument::fromFile(path, &file.error, control);
    return opened(std::move(document), QFileInfo(path).fileName(), check, file);
}

ExportFile ExportFile::fromBytes(QByteArray bytes, const QString &fileName, const JsonDocument::Control &control,
                                 Check check)
{
    ExportFile file;
    std::shared_ptr<const JsonDocument> document = JsonDocument::fromBytes(std::move(bytes), &file.error, control);
    return opened(std::move(document), fileName, check, file);
}

} // namespace Takeout
