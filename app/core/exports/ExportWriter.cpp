#include "ExportWriter.h"

#include <QFileInfo>
#include <QSaveFile>

namespace Takeout {

ApiError ExportWriter::write(const QByteArray &bytes, const QString &path, Existing existing)
{
    const QFileInfo info(path);
    if (info.exists() && existing == Existing::Refuse)
        return ApiError(ApiError::Kind::FileExists, QStringLiteral("%1 already exists").arg(path));
    if (info.isDir())
        return ApiError(ApiError::Kind::FileWriteFailed, QStringLiteral("%1 is a folder").arg(path));

    QSaveFile file(path);
    file.setDirectWriteFallback(false);
    if (!file.open(QIODevice::WriteOnly))
        return ApiError(ApiError::Kind::FileWriteFailed, QStringLiteral("%1: %2").arg(path, file.errorString()));
    if (file.write(bytes) != bytes.size()) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return ApiError(ApiError::Kind::FileWriteFailed, QStringLiteral("%1: %2").arg(path, reason));
    }
    if (!file.commit())
        return ApiError(ApiError::Kind::FileWriteFailed, QStringLiteral("%1: %2").arg(path, file.errorString()));
    return {};
}

} // namespace Takeout
