#include "ExportFile.h"

#include "ExportShape.h"

#include <QFileInfo>

namespace Takeout {

ExportFile ExportFile::open(const QString &path, const JsonDocument::Control &control, Check check)
{
    ExportFile file;
    std::shared_ptr<const JsonDocument> document = JsonDocument::fromFile(path, &file.error, control);
    if (!document)
        return file;
    const QByteArrayView bytes = document->bytes();
    file.result.bytes = QByteArray::fromRawData(bytes.data(), bytes.size());
    file.result.suggestedFileName = QFileInfo(path).fileName();
    file.result.kind = ExportShape::detect(*document);
    file.result.summary = ExportSummary::read(*document, file.result.kind);
    if (check == Check::Now)
        file.result.warnings = ExportShape::warnings(*document, file.result.kind);
    else
        file.result.warningsPending = true;
    file.result.document = std::move(document);
    return file;
}

} // namespace Takeout
