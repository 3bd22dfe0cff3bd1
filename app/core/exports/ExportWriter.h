#pragma once

#include "net/ApiError.h"

#include <QByteArray>
#include <QString>

namespace Takeout {

// Writes an export's exact bytes with QSaveFile: the file appears complete or not at all.
class ExportWriter
{
public:
    enum class Existing
    {
        Refuse,
        Replace,
    };

    static ApiError write(const QByteArray &bytes, const QString &path, Existing existing = Existing::Refuse);
};

} // namespace Takeout
