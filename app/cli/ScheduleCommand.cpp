#include "ScheduleCommand.h"

#include "backup/BackupSchedule.h"
#include "backup/ResticRepository.h"
#include "base/ServerUrl.h"
#include "text/TerminalText.h"

#include <QDir>
#include <QFileInfo>
#include <QTextStream>

namespace Takeout {

ScheduleCommand::ScheduleCommand(QObject *parent)
    : Command(QStringLiteral("schedule"), tr("back up daily or weekly by itself (systemd user timer)"), parent)
{
    setDescription(tr("Installs a systemd user timer and service that run agent-takeout-cli backup with these "
                      "options daily or weekly; off removes them. Credentials come from the keychain."));
    addPositional(QStringLiteral("WHEN"), tr("daily, weekly or off."), QStringLiteral("daily|weekly|off"));
    addOption({QStringLiteral("to"),
               tr("The folder that holds the backups, or restic:REPOSITORY (its password is read from the "
                  "keychain when the backup runs)."),
               QStringLiteral("DIR")});
    addOption({QStringLiteral("agentbot-server"), tr("The address of your Agentbot site."), QStringLiteral("URL")});
    addOption({QStringLiteral("xpander-server"), tr("Base URL of xpander.ai."), QStringLiteral("URL")});
    addOption({QStringLiteral("with-knowledge-bases"), tr("Include knowledge bases with their documents.")});
    addKeepOptions();
}

void ScheduleCommand::run()
{
    const QString when = positional().first();
    BackupSchedule::Settings settings;
    if (when == QLatin1String("daily"))
        settings.frequency = BackupSchedule::Frequency::Daily;
    else if (when == QLatin1String("weekly"))
        settings.frequency = BackupSchedule::Frequency::Weekly;
    else if (when != QLatin1String("off")) {
        usage(tr("Say daily, weekly or off."));
        return;
    }
    const QString units = BackupSchedule::unitDirectory();
    if (settings.frequency == BackupSchedule::Frequency::Off) {
        if (const Failure error = BackupSchedule::remove(units)) {
            fail(error);
            return;
        }
        BackupSchedule::activate(settings.frequency);
        err() << tr("Automatic backups are off.") << '\n' << Qt::flush;
        finish(Success);
        return;
    }
    settings.directory = value(QStringLiteral("to"));
    if (settings.directory.isEmpty()) {
        usage(tr("--to DIR is required."));
        return;
    }
    if (ResticRepository::isTarget(settings.directory) && refusesAddressWithPassword(settings.directory))
        return;
    settings.directory = ResticRepository::absoluteTarget(settings.directory);
    const std::optional<KeepPolicy> policy = keepPolicy();
    if (!policy)
        return;
    settings.keep = *policy;
    // The servers are checked now, not at the first run in the night.
    for (const QString &option : {QStringLiteral("agentbot-server"), QStringLiteral("xpander-server")}) {
        if (!isSet(option))
            continue;
        const ServerUrl server = ServerUrl::fromUserInput(value(option));
        if (const Failure problem = server.check()) {
            fail(problem);
            return;
        }
        (option == QLatin1String("agentbot-server") ? settings.agentbotServer : settings.xpanderServer) =
            server.url().toString(QUrl::FullyEncoded);
    }
    settings.withKnowledgeBases = isSet(QStringLiteral("with-knowledge-bases"));
    if (const Failure error = BackupSchedule::install(settings, QCoreApplication::applicationFilePath(), units)) {
        fail(error);
        return;
    }
    const bool started = BackupSchedule::activate(settings.frequency);
    out() << TerminalText::escaped(QDir::toNativeSeparators(units + QLatin1Char('/') + BackupSchedule::timerFileName()))
          << '\n';
    err() << (settings.frequency == BackupSchedule::Frequency::Daily ? tr("Backups into %1 run daily.")
                                                                     : tr("Backups into %1 run weekly."))
                 .arg(TerminalText::escaped(QDir::toNativeSeparators(settings.directory)))
          << '\n';
    if (!started)
        err() << tr("No systemd user session is running now: the timer starts with your next session.") << '\n';
    err() << Qt::flush;
    finish(Success);
}

} // namespace Takeout
