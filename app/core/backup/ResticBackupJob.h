#pragma once

#include "BackupJob.h"
#include "BackupRetention.h"
#include "ResticRepository.h"
#include "base/BackgroundTask.h"
#include "base/Job.h"

#include <QPointer>
#include <QProcess>
#include <QTemporaryDir>
#include <memory>

namespace Takeout {

// One backup run into a restic repository: the repository is made when it is not there yet, the
// items are saved as for a folder (BackupJob) into an owner-only staging folder under
// XDG_RUNTIME_DIR (memory, not disk, on most systems), `restic backup` makes one snapshot of it
// tagged `agent-takeout`, and the staging folder is removed. A snapshot is made only when every
// item was saved: a failed or cancelled run adds nothing and deletes nothing. With a policy set,
// `restic forget --prune` runs after a snapshot was made, so a failed run never pushes one out.
// Cancel stops restic with SIGINT and waits: restic leaves no half snapshot and removes its lock.
class ResticBackupJob : public Job
{
    Q_OBJECT

public:
    ResticBackupJob(ResticRepository repository, QObject *parent = nullptr);
    ~ResticBackupJob() override;

    // What to back up: add services to it before start().
    BackupJob *items() const { return m_items; }
    void setKeepPolicy(const KeepPolicy &policy) { m_policy = policy; }

    void start();
    void cancel();
    bool isRunning() const { return m_running; }

    const Failure &error() const { return m_error; }
    const BackupManifest &manifest() const { return m_items->manifest(); }
    // The new snapshot's ID; empty when none was made.
    QString snapshotId() const { return m_snapshot; }
    // True when `restic init` made the repository in this run.
    bool createdRepository() const { return m_created; }
    // The snapshots the policy removed, and why it could not when it could not.
    QStringList removed() const { return m_removed; }
    const Failure &keepError() const { return m_keepError; }

    // The restic process while it runs (for tests that look at it); null otherwise.
    QProcess *process() const { return m_process; }

Q_SIGNALS:
    void itemStarted(int index, int count, const QString &what);
    void progress(qint64 received, qint64 total);
    // restic is storing the snapshot: permille done.
    void storing(int permille);
    // restic has started (process() is running).
    void resticStarted();

private:
    void collect();
    void store();
    void onStored();
    void applyPolicy();
    void finish(Failure error);

    ResticRepository m_repository;
    BackupJob *m_items = nullptr;
    std::unique_ptr<QTemporaryDir> m_staging;
    QPointer<QProcess> m_process;
    QByteArray m_output;
    QByteArray m_errors;
    BackgroundTask m_task;
    KeepPolicy m_policy;
    QString m_snapshot;
    QStringList m_removed;
    Failure m_keepError;
    Failure m_error;
    bool m_running = false;
    bool m_cancelled = false;
    bool m_created = false;
};

} // namespace Takeout
