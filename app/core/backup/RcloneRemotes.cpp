#include "RcloneRemotes.h"

#include <QProcess>
#include <QStandardPaths>

namespace Takeout {

namespace {

// rclone answers from its configuration file without going online; a hung one must not hold the list.
constexpr int listTimeoutMilliseconds = 30000;

} // namespace

QString RcloneRemotes::program()
{
    return QStandardPaths::findExecutable(QStringLiteral("rclone"));
}

QStringList RcloneRemotes::list(Failure *error)
{
    *error = {};
    if (program().isEmpty()) {
        *error = Failure(Failure::Kind::NotFound, QStringLiteral("rclone is not on PATH"))
                     .setMessage(tr("rclone is not installed: install the package “rclone” (sudo apt install rclone) "
                                    "to back up to a cloud."));
        return {};
    }
    QProcess process;
    process.setProgram(program());
    process.setArguments({QStringLiteral("listremotes")});
    process.setStandardInputFile(QProcess::nullDevice());
    process.start();
    if (!process.waitForFinished(listTimeoutMilliseconds) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0) {
        if (process.state() != QProcess::NotRunning) {
            process.kill();
            process.waitForFinished();
        }
        *error = Failure(Failure::Kind::Validation, QString::fromLocal8Bit(process.readAllStandardError()))
                     .setMessage(tr("rclone could not list its clouds. Run “rclone config” in a terminal to check "
                                    "its settings."));
        return {};
    }
    QStringList remotes;
    const QList<QByteArray> lines = process.readAllStandardOutput().split('\n');
    for (const QByteArray &line : lines) {
        const QString remote = QString::fromUtf8(line).trimmed();
        if (remote.endsWith(QLatin1Char(':')))
            remotes.append(remote);
    }
    return remotes;
}

} // namespace Takeout
