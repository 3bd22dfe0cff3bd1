#pragma once

#include "base/Failure.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace Takeout {

// Writes an export's exact bytes so that the file appears complete or not at all: into a temporary file
// in the same folder (owner-only, 0600: an export holds personal data), synced, then moved to its name.
// Never through a link at that name, dangling or not. Without Replace the last step is exclusive: of two
// saves racing for one name, the second is told the file already exists instead of replacing it.
class ExportWriter
{
    Q_DECLARE_TR_FUNCTIONS(ExportWriter)

public:
    enum class Existing
    {
        Refuse,
        Replace,
    };

    static Failure write(const QByteArray &bytes, const QString &path, Existing existing = Existing::Refuse);

    // The error for what the system said (an errno value) while saving `needed` bytes to `path`, with
    // `available` bytes free on its disk: a full disk or a size limit gets its own sentence.
    static Failure errorFor(int systemError, const QString &path, qint64 needed, qint64 available);
    // A link at the name the user chose.
    static Failure linkError(const QString &path);
};

} // namespace Takeout
