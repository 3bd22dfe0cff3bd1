#include "ResticBackupJob.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>

#ifdef Q_OS_UNIX
#include <csignal>
#endif

namespace Takeout {

namespace {

QString stagingTemplate()
{
    // XDG_RUNTIME_DIR is the user's own (0700) and in memory on most systems: the files are never
    // on a disk unencrypted. Elsewhere the temporary folder, still owner-only (QTemporaryDir is 0700).
    QString base = qEnvironmentVariable("XDG_RUNTIME_DIR");
    if (base.isEmpty() || !QFileInfo(base).isDir())
        base = QDir::tempPath();
    return base + QStringLiteral("/agent-takeout-backup-XXXXXX");
}

Failure cancelled()
{
    return Failure(Failure::Kind::Cancelled, QStringLiteral("cancelled by the user"));
}

} // namespace

ResticBackupJob::ResticBackupJob(ResticRepository repository, QObject *parent)
    : Job(parent)
    , m_repository(std::move(repository))
    , m_staging(std::make_unique<QTemporaryDir>(stagingTemplate()))
{
    m_items = new BackupJob(m_staging->path(), this);
    m_items->setAutoDelete(false);
    connect(m_items, &BackupJob::itemStarted, this, &ResticBackupJob::itemStarted);
    connect(m_items, &BackupJob::progress, this, &ResticBackupJob::progress);
}

ResticBackupJob::~ResticBackupJob()
{
    if (m_process && m_process->state() != QProcess::NotRunning) {
#ifdef Q_OS_UNIX
        ::kill(pid_t(m_process->processId()), SIGINT);
#endif
        m_process->waitForFinished(-1);
    }
}

void ResticBackupJob::start()
{
    if (m_running)
        return;
    m_running = true;
    m_cancelled = false;
    if (!m_staging->isValid()) {
        finish(Failure(Failure::Kind::FileWriteFailed, m_staging->errorString())
                   .setMessage(tr("There is no private place to prepare the backup in.")));
        return;
    }
    // The repository first: a wrong password or an unreachable server is told before anything is downloaded.
    m_task = BackgroundTask::run(
        this,
        [repository = m_repository](const TaskControl &) -> std::pair<Failure, bool> {
            bool exists = false;
            if (const Failure error = repository.probe(&exists))
                return {error, false};
            if (!exists)
                return {repository.init(), true};
            // Opening with the password: a wrong one is found now.
            return {repository.run({QStringLiteral("cat"), QStringLiteral("config")}).error, false};
        },
        [this](const std::pair<Failure, bool> &result) {
            if (result.first) {
                finish(result.first);
                return;
            }
            m_created = result.second;
            collect();
        });
}

void ResticBackupJob::cancel()
{
    // Once: a second SIGINT would stop restic in the middle of removing its lock.
    if (!m_running || m_cancelled)
        return;
    m_cancelled = true;
    if (m_items->isRunning()) {
        m_items->cancel();
        return;
    }
#ifdef Q_OS_UNIX
    // SIGINT is restic's own way to stop: it ends without a snapshot and removes its lock.
    if (m_process && m_process->state() == QProcess::Running)
        ::kill(pid_t(m_process->processId()), SIGINT);
#else
    if (m_process)
        m_process->terminate();
#endif
}

void ResticBackupJob::collect()
{
    if (m_cancelled) {
        finish(cancelled());
        return;
    }
    connect(m_items, &BackupJob::finished, this, [this] {
        if (m_items->error()) {
            finish(m_items->error());
            return;
        }
        if (m_cancelled) {
            finish(cancelled());
            return;
        }
        if (!m_items->allSaved()) {
            // The items tell what failed; nothing goes into the repository.
            finish({});
            return;
        }
        store();
    });
    m_items->start();
}

void ResticBackupJob::store()
{
    m_process = new QProcess(this);
    // The staging folder's own name is the snapshot's top: restic stores "." as the files themselves.
    m_process->setWorkingDirectory(m_items->folder());
    m_repository.prepare(m_process, {QStringLiteral("backup"), QStringLiteral("--json"), QStringLiteral("--tag"),
                                     QLatin1String(ResticRepository::tag), QStringLiteral(".")});
    QProcessEnvironment environment = m_process->processEnvironment();
    environment.insert(QStringLiteral("RESTIC_PROGRESS_FPS"), QStringLiteral("4"));
    m_process->setProcessEnvironment(environment);
    connect(m_process, &QProcess::readyReadStandardOutput, this, [this] {
        m_output += m_process->readAllStandardOutput();
        qsizetype end = 0;
        while ((end = m_output.indexOf('\n')) >= 0) {
            const QJsonObject line = QJsonDocument::fromJson(m_output.left(end)).object();
            m_output.remove(0, end + 1);
            const QString type = line.value(QStringLiteral("message_type")).toString();
            if (type == QLatin1String("status"))
                Q_EMIT storing(int(line.value(QStringLiteral("percent_done")).toDouble() * 1000));
            else if (type == QLatin1String("summary"))
                m_snapshot = line.value(QStringLiteral("snapshot_id")).toString();
        }
    });
    connect(m_process, &QProcess::readyReadStandardError, this,
            [this] { m_errors += m_process->readAllStandardError(); });
    connect(m_process, &QProcess::started, this, [this] {
        m_repository.writePassword(m_process);
        Q_EMIT resticStarted();
    });
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            finish(Failure(Failure::Kind::FileWriteFailed, m_process->errorString())
                       .setMessage(tr("restic could not be started.")));
    });
    connect(m_process, &QProcess::finished, this, &ResticBackupJob::onStored);
    m_process->start();
}

void ResticBackupJob::onStored()
{
    m_errors += m_process->readAllStandardError();
    const bool crashed = m_process->exitStatus() != QProcess::NormalExit;
    const int code = m_process->exitCode();
    if (m_cancelled) {
        m_snapshot.clear();
        finish(cancelled());
        return;
    }
    if (const Failure error = m_repository.failureFor(code, crashed, m_errors)) {
        m_snapshot.clear();
        if (!crashed) {
            finish(error);
            return;
        }
        // Killed, restic could not remove its lock: the next run or check would wait for it.
        m_task = BackgroundTask::run(
            this, [repository = m_repository](const TaskControl &) { repository.removeStaleLocks(); },
            [this, error] { finish(error); });
        return;
    }
    if (m_snapshot.isEmpty()) {
        finish(Failure(Failure::Kind::ServerError, QStringLiteral("restic gave no snapshot ID"))
                   .setMessage(tr("restic did not say which snapshot it made.")));
        return;
    }
    applyPolicy();
}

void ResticBackupJob::applyPolicy()
{
    // The staging copy is not needed any more: go before a long prune.
    m_staging.reset();
    if (m_policy.isEmpty()) {
        finish({});
        return;
    }
    m_task = BackgroundTask::run(
        this,
        [repository = m_repository, policy = m_policy](const TaskControl &) {
            QStringList removed;
            Failure error = repository.forget(policy, &removed);
            return std::make_pair(error, removed);
        },
        [this](const std::pair<Failure, QStringList> &result) {
            m_keepError = result.first;
            m_removed = result.second;
            finish({});
        });
}

void ResticBackupJob::finish(Failure error)
{
    if (!m_running)
        return;
    m_staging.reset();
    m_error = std::move(error);
    m_running = false;
    emitFinished();
}

} // namespace Takeout
