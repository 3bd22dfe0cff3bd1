#include "BackupCommand.h"

#include "backup/BackupFailureNotice.h"
#include "backup/BackupJob.h"
#include "backup/BackupRetention.h"
#include "backup/ResticBackupJob.h"
#include "backup/ResticPassword.h"
#include "text/TerminalText.h"

#include <QDir>
#include <QFileInfo>
#include <QTextStream>

#ifdef Q_OS_WIN
#include <io.h>
#define isatty _isatty
#define STDERR_FILENO 2
#else
#include <unistd.h>
#endif

namespace Takeout {

BackupCommand::BackupCommand(QObject *parent)
    : ServiceCommand(QStringLiteral("backup"), tr("everything into a new dated folder, with a manifest"), parent)
{
    setDescription(tr("Backs up your Agentbot account and every xpander.ai agent's template into a new folder "
                      "DIR/<UTC time>/ with manifest.json (sizes and SHA-256 of every file). Without "
                      "--agentbot-server, xpander.ai alone at its default address."));
    addOption({QStringLiteral("to"),
               tr("The folder that holds the backups, or restic:REPOSITORY for an encrypted, deduplicated restic "
                  "repository (a folder, sftp:, rest:, s3:, rclone:…; made on first use). A repository's "
                  "password comes from RESTIC_PASSWORD, RESTIC_PASSWORD_FILE or RESTIC_PASSWORD_COMMAND, else "
                  "from the keychain; a new repository gets a new password kept in the keychain."),
               QStringLiteral("DIR")});
    addOption({QStringLiteral("agentbot-server"),
               tr("The address of your Agentbot site (Agentbot is backed up "
                  "only with it)."),
               QStringLiteral("URL")});
    addOption({QStringLiteral("xpander-server"),
               tr("Base URL of xpander.ai (default %1).").arg(XpanderClient::defaultServer().toString()),
               QStringLiteral("URL")});
    addOption({QStringLiteral("with-knowledge-bases"), tr("Include knowledge bases with their documents.")});
    addKeepOptions();
    addOption({QStringLiteral("notify-on-failure"),
               tr("When something fails, also show a desktop notification (for backups that run by "
                  "themselves).")});
    addTimeoutOption();
    addMaxSizeOption();
}

int BackupCommand::worstExitCode(const QList<int> &codes)
{
    static const QList<int> order = {Authentication, BadFile, Server, Network};
    for (const int code : order) {
        if (codes.contains(code))
            return code;
    }
    return codes.isEmpty() ? Success : codes.first();
}

void BackupCommand::run()
{
    const QString directory = value(QStringLiteral("to"));
    if (directory.isEmpty()) {
        usage(tr("--to DIR is required."));
        return;
    }
    const std::optional<KeepPolicy> policy = keepPolicy();
    if (!policy)
        return;
    m_policy = *policy;
    if (ResticRepository::isTarget(directory) && ResticRepository::fromTarget(directory).isEmpty()) {
        usage(tr("restic: needs the repository after it, as in restic:/media/usb/agents."));
        return;
    }
    if (refusesAddressWithPassword(directory))
        return;
    if (!readLimits())
        return;
    QList<Service> services;
    if (isSet(QStringLiteral("agentbot-server"))) {
        m_agentbotServer = ServerUrl::fromUserInput(value(QStringLiteral("agentbot-server")));
        if (const Failure problem = m_agentbotServer.check()) {
            failWithNotice(problem);
            return;
        }
        services << Service::Agentbot;
    }
    if (isSet(QStringLiteral("xpander-server")) || services.isEmpty()) {
        m_xpanderServer = isSet(QStringLiteral("xpander-server"))
                              ? ServerUrl::fromUserInput(value(QStringLiteral("xpander-server")))
                              : XpanderClient::defaultServer();
        if (const Failure problem = m_xpanderServer.check()) {
            failWithNotice(problem);
            return;
        }
        services << Service::Xpander;
    }
    m_terminal = isatty(STDERR_FILENO) != 0;
    if (ResticRepository::isTarget(directory)) {
        const QString repository = ResticRepository::fromTarget(directory);
        ResticPassword::read(repository, true, this,
                             [this, repository, services](const Failure &error, const QString &password, bool created) {
                                 if (error) {
                                     failWithNotice(error);
                                     return;
                                 }
                                 if (created)
                                     err() << tr("A new password for this backup is kept in the keychain as “%1”. "
                                                 "Keep a copy somewhere safe: without it the backups cannot be read.")
                                                  .arg(TerminalText::escaped(ResticRepository::keychainKey(repository)))
                                           << '\n'
                                           << Qt::flush;
                                 m_restic = new ResticBackupJob(ResticRepository(repository, password), this);
                                 m_restic->setKeepPolicy(m_policy);
                                 readSecrets(m_restic->items(), services);
                             });
        return;
    }
    if (QFileInfo(directory).exists() && !QFileInfo(directory).isDir()) {
        failWithNotice(Failure(Failure::Kind::FileWriteFailed, QStringLiteral("%1 is not a folder").arg(directory)));
        return;
    }
    readSecrets(new BackupJob(QDir(directory).absolutePath(), this), services);
}

void BackupCommand::readSecrets(BackupJob *job, QList<Service> services)
{
    if (services.isEmpty()) {
        if (m_restic)
            runResticBackup();
        else
            runBackup(job);
        return;
    }
    const Service service = services.takeFirst();
    const ServerUrl server = service == Service::Agentbot ? m_agentbotServer : m_xpanderServer;
    readSecret({service, server}, [this, job, service, server, services](const Failure &error, const QString &secret) {
        if (error) {
            job->addUnavailable(service, error);
        } else if (service == Service::Xpander) {
            job->addXpander(xpanderClient(server, secret), isSet(QStringLiteral("with-knowledge-bases")));
        } else {
            const AgentbotSession session = AgentbotSession::fromUserText(secret);
            if (const Failure problem = session.problem())
                job->addUnavailable(service, problem);
            else
                job->addAgentbot(agentbotClient(server, session));
        }
        readSecrets(job, services);
    });
}

void BackupCommand::runBackup(BackupJob *job)
{
    connect(job, &BackupJob::itemStarted, this, &BackupCommand::showItem);
    connect(job, &BackupJob::progress, this, &BackupCommand::showProgress);
    connect(job, &BackupJob::finished, this, [this, job] {
        if (m_terminal && !m_item.isEmpty())
            err() << '\n' << Qt::flush;
        if (!job->folder().isEmpty())
            out() << TerminalText::escaped(QDir::toNativeSeparators(job->folder())) << '\n' << Qt::flush;
        if (job->error()) {
            failWithNotice(job->error());
            return;
        }
        const QList<int> codes = reportItems(job->manifest());
        if (!codes.isEmpty()) {
            end(worstExitCode(codes), BackupFailureNotice::text(job->manifest(), {}));
            return;
        }
        if (!m_policy.isEmpty()) {
            const BackupRetention::Result kept =
                BackupRetention::keep(QFileInfo(job->folder()).absolutePath(), m_policy, job->folder());
            for (const QString &removed : kept.removed)
                err() << tr("Removed the old backup %1").arg(TerminalText::escaped(QDir::toNativeSeparators(removed)))
                      << '\n';
            for (const QString &problem : kept.problems)
                err() << TerminalText::escaped(problem) << '\n';
            err() << Qt::flush;
            if (!kept.problems.isEmpty()) {
                end(BadFile, BackupFailureNotice::text(job->manifest(), {}, kept.problems));
                return;
            }
        }
        finish(Success);
    });
    job->start();
}

void BackupCommand::runResticBackup()
{
    ResticBackupJob *job = m_restic;
    connect(job, &ResticBackupJob::itemStarted, this, &BackupCommand::showItem);
    connect(job, &ResticBackupJob::progress, this, &BackupCommand::showProgress);
    connect(job, &ResticBackupJob::storing, this, [this](int permille) {
        if (m_terminal)
            err() << '\r' << tr("Storing in the repository … %1 %").arg(permille / 10) << "   " << Qt::flush;
    });
    connect(job, &ResticBackupJob::finished, this, [this, job] {
        if (m_terminal && !m_item.isEmpty())
            err() << '\n' << Qt::flush;
        if (job->createdRepository())
            err() << tr("Made the new repository.") << '\n' << Qt::flush;
        if (job->error()) {
            failWithNotice(job->error());
            return;
        }
        const QList<int> codes = reportItems(job->manifest());
        if (!codes.isEmpty()) {
            err() << tr("Nothing was added to the repository.") << '\n' << Qt::flush;
            end(worstExitCode(codes), BackupFailureNotice::text(job->manifest(), {}));
            return;
        }
        out() << job->snapshotId() << '\n' << Qt::flush;
        for (const QString &removed : job->removed())
            err() << tr("Removed the old snapshot %1").arg(TerminalText::escaped(removed)) << '\n';
        err() << Qt::flush;
        if (job->keepError()) {
            printError(job->keepError());
            end(exitCodeFor(job->keepError()),
                BackupFailureNotice::text(job->manifest(), {}, {job->keepError().message()}));
            return;
        }
        finish(Success);
    });
    job->start();
}

QList<int> BackupCommand::reportItems(const BackupManifest &manifest)
{
    QList<int> codes;
    int saved = 0;
    for (const BackupManifest::Item &item : manifest.items) {
        if (item.ok) {
            ++saved;
            continue;
        }
        const QString what =
            item.service == Service::Agentbot
                ? tr("Agentbot account")
                : (item.agentId.isEmpty() ? tr("xpander.ai agents") : tr("xpander.ai agent %1").arg(item.agentId));
        QString line = what + QStringLiteral(": ") + item.error.message();
        if (!item.error.detail().isEmpty())
            line += QStringLiteral(" (%1)").arg(item.error.detail());
        err() << TerminalText::escaped(line) << '\n';
        codes << exitCodeFor(item.error);
    }
    const int total = int(manifest.items.size());
    err() << tr("Saved %1 of %2 items.").arg(saved).arg(total) << '\n' << Qt::flush;
    return codes;
}

void BackupCommand::failWithNotice(const Failure &error)
{
    printError(error);
    end(exitCodeFor(error), BackupFailureNotice::text({}, error));
}

void BackupCommand::end(int code, const QString &notice)
{
    if (code == Success || notice.isEmpty() || !isSet(QStringLiteral("notify-on-failure"))) {
        finish(code);
        return;
    }
    auto *notification = new BackupFailureNotice(this);
    connect(notification, &BackupFailureNotice::finished, this, [this, code] { finish(code); });
    notification->send(notice);
}

void BackupCommand::showItem(int index, int count, const QString &what)
{
    if (!m_terminal)
        return;
    if (!m_item.isEmpty())
        err() << '\n';
    m_item = tr("[%1/%2] %3").arg(index).arg(count).arg(TerminalText::escaped(what));
    err() << m_item << Qt::flush;
}

void BackupCommand::showProgress(qint64 received, qint64 total)
{
    if (!m_terminal)
        return;
    if (total > 0)
        err() << '\r' << tr("%1 … %2 of %3   ").arg(m_item, humanSize(received), humanSize(total)) << Qt::flush;
    else
        err() << '\r' << tr("%1 … %2   ").arg(m_item, humanSize(received)) << Qt::flush;
}

} // namespace Takeout
