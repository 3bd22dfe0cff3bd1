#include "BackupSchedule.h"

#include "ResticRepository.h"
#include "exports/ExportWriter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <utility>

namespace Takeout {

namespace {

QString wantsDirectory(const QString &directory)
{
    return directory + QStringLiteral("/timers.target.wants");
}

// Removes what is at `path`, a file or a link (never what a link points to); true when nothing is left.
bool removeEntry(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists() && !info.isSymLink())
        return true;
    if (info.isDir() && !info.isSymLink())
        return false;
    return QFile::remove(path);
}

} // namespace

QString BackupSchedule::unitDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) + QStringLiteral("/systemd/user");
}

QStringList BackupSchedule::backupArguments(const Settings &settings)
{
    QStringList words{QStringLiteral("backup"), QStringLiteral("--to"),
                      ResticRepository::absoluteTarget(settings.directory)};
    if (!settings.agentbotServer.isEmpty())
        words << QStringLiteral("--agentbot-server") << settings.agentbotServer;
    if (!settings.xpanderServer.isEmpty())
        words << QStringLiteral("--xpander-server") << settings.xpanderServer;
    if (settings.withKnowledgeBases)
        words << QStringLiteral("--with-knowledge-bases");
    const std::pair<const char *, int> keeps[] = {{"--keep", settings.keep.last},
                                                  {"--keep-daily", settings.keep.daily},
                                                  {"--keep-weekly", settings.keep.weekly},
                                                  {"--keep-monthly", settings.keep.monthly}};
    for (const auto &[option, count] : keeps) {
        if (count > 0)
            words << QLatin1String(option) << QString::number(count);
    }
    return words;
}

QString BackupSchedule::execWord(const QString &word)
{
    QString quoted;
    for (const QChar c : word) {
        if (c == QLatin1Char('\\') || c == QLatin1Char('"'))
            quoted += QLatin1Char('\\') + QString(c);
        else if (c == QLatin1Char('%'))
            quoted += QStringLiteral("%%"); // a specifier otherwise
        else if (c == QLatin1Char('$'))
            quoted += QStringLiteral("$$"); // a variable otherwise
        else if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            quoted += QStringLiteral("\\x%1").arg(c.unicode(), 2, 16, QLatin1Char('0'));
        else
            quoted += c;
    }
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QByteArray BackupSchedule::serviceUnit(const Settings &settings, const QString &program)
{
    QStringList words{execWord(program)};
    for (const QString &word : backupArguments(settings))
        words << execWord(word);
    // Nobody watches a timer's run: a failure is told on the desktop.
    words << execWord(QStringLiteral("--notify-on-failure"));
    QString text;
    text += QStringLiteral("# Made by Agent Takeout (Back up automatically); turning it off there removes it.\n");
    text += QStringLiteral("[Unit]\nDescription=Agent Takeout backup of Agentbot and xpander.ai\n\n");
    text += QStringLiteral("[Service]\nType=oneshot\nExecStart=") + words.join(QLatin1Char(' ')) + QLatin1Char('\n');
    return text.toUtf8();
}

QByteArray BackupSchedule::timerUnit(const Settings &settings)
{
    const bool weekly = settings.frequency == Frequency::Weekly;
    QString text;
    text += QStringLiteral("# Made by Agent Takeout (Back up automatically); turning it off there removes it.\n");
    text += QStringLiteral("[Unit]\nDescription=Agent Takeout backup, %1\n\n")
                .arg(weekly ? QStringLiteral("weekly") : QStringLiteral("daily"));
    // Persistent: a run missed while the computer was off happens at the next start.
    text += QStringLiteral("[Timer]\nOnCalendar=%1\nPersistent=true\nRandomizedDelaySec=10min\n\n")
                .arg(weekly ? QStringLiteral("weekly") : QStringLiteral("daily"));
    text += QStringLiteral("[Install]\nWantedBy=timers.target\n");
    return text.toUtf8();
}

Failure BackupSchedule::install(const Settings &settings, const QString &program, const QString &directory)
{
    if (settings.frequency == Frequency::Off)
        return remove(directory);
    if (!QDir().mkpath(wantsDirectory(directory)))
        return Failure(Failure::Kind::FileWriteFailed, QStringLiteral("cannot make folder %1").arg(directory));
    const QString service = directory + QLatin1Char('/') + serviceFileName();
    const QString timer = directory + QLatin1Char('/') + timerFileName();
    if (Failure error = ExportWriter::write(serviceUnit(settings, program), service, ExportWriter::Existing::Replace))
        return error;
    if (Failure error = ExportWriter::write(timerUnit(settings), timer, ExportWriter::Existing::Replace))
        return error;
    // What `systemctl --user enable` makes, so that the timer runs from the next session on even
    // without a running user manager now.
    const QString wanted = wantsDirectory(directory) + QLatin1Char('/') + timerFileName();
    if (!removeEntry(wanted) || !QFile::link(QFileInfo(timer).absoluteFilePath(), wanted))
        return Failure(Failure::Kind::FileWriteFailed, QStringLiteral("cannot make the link %1").arg(wanted));
    return {};
}

Failure BackupSchedule::remove(const QString &directory)
{
    const QStringList paths{wantsDirectory(directory) + QLatin1Char('/') + timerFileName(),
                            directory + QLatin1Char('/') + timerFileName(),
                            directory + QLatin1Char('/') + serviceFileName()};
    for (const QString &path : paths) {
        if (!removeEntry(path))
            return Failure(Failure::Kind::FileWriteFailed, QStringLiteral("cannot remove %1").arg(path));
    }
    QDir().rmdir(wantsDirectory(directory)); // only when empty
    return {};
}

BackupSchedule::Frequency BackupSchedule::installed(const QString &directory)
{
    QFile timer(directory + QLatin1Char('/') + timerFileName());
    if (QFileInfo(timer.fileName()).isSymLink() || !timer.open(QIODevice::ReadOnly))
        return Frequency::Off;
    const QByteArray text = timer.read(qint64(64) << 10);
    if (text.contains("\nOnCalendar=weekly\n"))
        return Frequency::Weekly;
    return text.contains("\nOnCalendar=daily\n") ? Frequency::Daily : Frequency::Off;
}

bool BackupSchedule::activate(Frequency frequency)
{
    // Only a user manager that is running is told; without one there is nothing to tell.
    const QString runtime = qEnvironmentVariable("XDG_RUNTIME_DIR");
    const QString systemctl = QStandardPaths::findExecutable(QStringLiteral("systemctl"));
    if (runtime.isEmpty() || systemctl.isEmpty() || !QFileInfo::exists(runtime + QStringLiteral("/systemd/private")))
        return false;
    const auto run = [&systemctl](const QStringList &arguments) {
        QProcess process;
        process.start(systemctl, QStringList{QStringLiteral("--user")} + arguments);
        return process.waitForFinished(30000) && process.exitStatus() == QProcess::NormalExit &&
               process.exitCode() == 0;
    };
    if (frequency == Frequency::Off) {
        run({QStringLiteral("stop"), timerFileName()});
        return run({QStringLiteral("daemon-reload")});
    }
    return run({QStringLiteral("daemon-reload")}) && run({QStringLiteral("restart"), timerFileName()});
}

} // namespace Takeout
