#pragma once

#include "ServiceCommand.h"
#include "backup/BackupRetention.h"

namespace Takeout {

class BackupJob;
class BackupManifest;
class ResticBackupJob;

// backup --to DIR (or restic:REPOSITORY, through ResticBackupJob): the Agentbot account and every xpander.ai agent's
// template into a new folder DIR/<UTC time>/ with manifest.json (BackupJob), then --keep N (BackupRetention). A service
// that cannot be signed in to is a failed item, not the end: the other one is still saved. The exit code is the worst
// failure's; progress goes to stderr only when it is a terminal. With --notify-on-failure (the scheduled run) a failure
// is also told as a desktop notification (BackupFailureNotice).
class BackupCommand : public ServiceCommand
{
    Q_OBJECT

public:
    explicit BackupCommand(QObject *parent = nullptr);

    // Of the failed items' exit codes, the one that needs the person most: a sign-in (3), then a
    // file (2), then the server (5), then the network (4, which often passes by itself).
    static int worstExitCode(const QList<int> &codes);

protected:
    void run() override;

private:
    void readSecrets(BackupJob *job, QList<Service> services);
    void runBackup(BackupJob *job);
    void runResticBackup();
    // One line per failed item and the count saved; the failed items' exit codes.
    QList<int> reportItems(const BackupManifest &manifest);
    void showItem(int index, int count, const QString &what);
    void showProgress(qint64 received, qint64 total);
    // finish(code), after the desktop notification when --notify-on-failure asks for one and the
    // backup failed.
    void end(int code, const QString &notice);
    void failWithNotice(const Failure &error);

    ServerUrl m_agentbotServer;
    ServerUrl m_xpanderServer;
    KeepPolicy m_policy;
    ResticBackupJob *m_restic = nullptr;
    bool m_terminal = false;
    QString m_item;
};

} // namespace Takeout
