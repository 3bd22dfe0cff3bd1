#include "RestoreCommand.h"

#include "backup/ResticPassword.h"
#include "backup/ResticRepository.h"
#include "base/BackgroundTask.h"
#include "text/TerminalText.h"

#include <QDir>
#include <QFileInfo>
#include <QTextStream>

namespace Takeout {

RestoreCommand::RestoreCommand(QObject *parent)
    : ServiceCommand(QStringLiteral("restore"), tr("create a backup's xpander.ai agents again"), parent)
{
    setDescription(tr("Creates the xpander.ai agents of a backup folder or of a snapshot of an encrypted restic "
                      "backup again, from the templates it holds: all, "
                      "or those named with --agent. One request each, and one line per item on stdout: "
                      "created OLD_AGENT_ID NEW_AGENT_ID NAME, skipped OLD_AGENT_ID NAME: REASON, or failed "
                      "OLD_AGENT_ID NAME: REASON. The backup is checked first: a damaged item is not restored. An "
                      "agent whose name is already in the agent list is skipped unless --again. The Agentbot "
                      "account cannot be put back: Agentbot has no import."));
    addPositional(QStringLiteral("BACKUP_DIR"),
                  tr("The backup folder (the one with manifest.json), or restic:REPOSITORY (its password as for "
                     "backup: the keychain, RESTIC_PASSWORD, RESTIC_PASSWORD_FILE or RESTIC_PASSWORD_COMMAND)."));
    addOption({QStringLiteral("snapshot"),
               tr("For restic:REPOSITORY: the snapshot to restore from (its ID; default: the newest)."),
               QStringLiteral("ID")});
    addOption({QStringLiteral("agent"), tr("Restore only this agent (its id in the backup); may be repeated."),
               QStringLiteral("AGENT_ID")});
    addOption({QStringLiteral("dry-run"),
               tr("Create nothing: read the agent list and print what would be done (would create OLD_AGENT_ID "
                  "NAME, skipped …).")});
    addOption({QStringLiteral("verify"), tr("Export each new agent and compare it with its template; exit 6 when one "
                                            "differs.")});
    addOption({QStringLiteral("again"), tr("Create an agent even when one of the same name exists.")});
    addServerOption(Service::Xpander);
}

void RestoreCommand::run()
{
    const QString folder = positional().first();
    if (ResticRepository::isTarget(folder)) {
        if (refusesAddressWithPassword(folder))
            return;
        const QString repository = ResticRepository::fromTarget(folder);
        const QString snapshot = value(QStringLiteral("snapshot"));
        ResticPassword::read(
            repository, false, this, [this, repository, snapshot](const Failure &error, const QString &password, bool) {
                if (error) {
                    fail(error);
                    return;
                }
                struct Read
                {
                    BackupRestore backup;
                    Failure error;
                };
                BackgroundTask::run(
                    this,
                    [repository = ResticRepository(repository, password), snapshot](const TaskControl &) {
                        Read read;
                        BackupRestore::readSnapshot(repository, snapshot, &read.backup, &read.error);
                        return read;
                    },
                    [this](const Read &read) {
                        if (read.error) {
                            fail(read.error);
                            return;
                        }
                        restoreFrom(read.backup);
                    });
            });
        return;
    }
    if (isSet(QStringLiteral("snapshot"))) {
        usage(tr("--snapshot is for restic:REPOSITORY."));
        return;
    }
    if (!QFileInfo(folder).isDir()) {
        fail(Failure(Failure::Kind::FileWriteFailed, QStringLiteral("%1 is not a folder").arg(folder))
                 .setMessage(tr("There is no folder “%1”.").arg(folder)));
        return;
    }
    BackupRestore backup;
    Failure readError;
    if (!BackupRestore::read(folder, &backup, &readError)) {
        printError(readError);
        finish(BadFile);
        return;
    }
    restoreFrom(backup);
}

void RestoreCommand::restoreFrom(const BackupRestore &backup)
{
    const QStringList wanted = parser().values(QStringLiteral("agent"));
    const QList<BackupRestore::Item> items = backup.xpanderItems(wanted);
    for (const QString &id : wanted) {
        const bool known = std::any_of(items.cbegin(), items.cend(),
                                       [&id](const BackupRestore::Item &item) { return item.entry.agentId == id; });
        if (!known) {
            err() << tr("The backup holds no xpander.ai agent %1.").arg(TerminalText::escaped(id)) << '\n' << Qt::flush;
            finish(BadFile);
            return;
        }
    }
    if (wanted.isEmpty()) {
        for (const BackupRestore::Item &item : backup.items()) {
            if (!item.isXpander() && item.entry.ok)
                err() << item.problem << '\n';
        }
        err() << Qt::flush;
    }
    ServerUrl server;
    if (!readServer(Service::Xpander, &server) || !readLimits())
        return;

    RestoreRunJob::Options options;
    options.verify = isSet(QStringLiteral("verify"));
    options.again = isSet(QStringLiteral("again"));
    options.dryRun = isSet(QStringLiteral("dry-run"));
    withSecret({Service::Xpander, server}, [this, server, items, options](const QString &key) {
        auto *job = new RestoreRunJob(xpanderClient(server, key), items, options, this);
        connect(job, &RestoreRunJob::itemDone, this, [this](const RestoreRunJob::Outcome &outcome) {
            using State = RestoreRunJob::Outcome::State;
            // Names, ids and reasons may come from the server or the files: nothing reaches the terminal raw.
            const QString oldId = TerminalText::escaped(outcome.item.entry.agentId);
            const QString name = TerminalText::escaped(outcome.item.name());
            switch (outcome.state) {
            case State::Created:
                out() << "created " << oldId << ' ' << TerminalText::escaped(outcome.agent.id) << ' ' << name << '\n';
                break;
            case State::WouldCreate:
                out() << "would create " << oldId << ' ' << name << '\n';
                break;
            case State::Skipped:
                out() << "skipped " << oldId << ' ' << name << ": " << TerminalText::escaped(outcome.reason) << '\n';
                break;
            case State::Failed:
                out() << "failed " << oldId << ' ' << name << ": " << TerminalText::escaped(outcome.reason) << '\n';
                if (m_exitCode == Success || m_exitCode == Differences)
                    m_exitCode = outcome.error ? exitCodeFor(outcome.error) : BadFile;
                break;
            }
            out() << Qt::flush;
            if (outcome.verified && !outcome.verified->matches) {
                err() << tr("%1 differs from its template:").arg(oldId) << '\n';
                for (const QString &line : outcome.verified->lines)
                    err() << "  " << TerminalText::escaped(line) << '\n';
                err() << Qt::flush;
                if (m_exitCode == Success)
                    m_exitCode = Differences;
            }
        });
        connect(job, &RestoreRunJob::finished, this, [this, job] {
            if (job->error()) {
                fail(job->error());
                return;
            }
            finish(m_exitCode);
        });
        job->start();
    });
}

} // namespace Takeout
