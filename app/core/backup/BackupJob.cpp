#include "BackupJob.h"

#include "exports/ExportJob.h"
#include "exports/ExportWriter.h"
#include "exports/SafeFileName.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>

#include <algorithm>

namespace Takeout {

BackupJob::BackupJob(QString directory, QObject *parent)
    : Job(parent)
    , m_directory(std::move(directory))
{
}

void BackupJob::addAgentbot(const AgentbotClient &client)
{
    m_agentbot = client;
}

void BackupJob::addXpander(const XpanderClient &client, bool withKnowledgeBases)
{
    m_xpander = client;
    m_withKnowledgeBases = withKnowledgeBases;
}

void BackupJob::addUnavailable(Service service, const Failure &error)
{
    BackupManifest::Item item;
    item.service = service;
    item.error = error;
    item.errorText = error.message();
    m_unavailable.append(item);
}

bool BackupJob::allSaved() const
{
    return m_manifest.isWhole();
}

void BackupJob::start()
{
    if (m_running)
        return;
    m_running = true;
    m_cancelled = false;
    m_error = {};
    m_manifest = {};
    m_manifest.appVersion = QStringLiteral(TAKEOUT_VERSION);
    m_manifest.startedAt = QDateTime::currentDateTimeUtc();
    m_agents.clear();
    m_takenNames = {QString::fromLatin1(BackupManifest::fileName)};
    m_index = 0;
    m_accountDone = false;
    makeFolder();
    if (!m_running)
        return;
    for (const BackupManifest::Item &item : std::as_const(m_unavailable))
        m_manifest.items.append(item);
    if (const Failure error = writeManifest()) {
        finish(error);
        return;
    }
    for (const BackupManifest::Item &item : std::as_const(m_unavailable))
        Q_EMIT itemFinished(item);
    listAgents();
}

void BackupJob::cancel()
{
    if (!m_running)
        return;
    m_cancelled = true;
    if (auto *list = qobject_cast<AgentListJob *>(m_current.data()))
        list->cancel();
    else if (auto *job = qobject_cast<ExportJob *>(m_current.data()))
        job->cancel();
}

void BackupJob::makeFolder()
{
    const QDir directory(m_directory);
    if (!directory.exists() && !QDir().mkpath(m_directory)) {
        finish(Failure(Failure::Kind::FileWriteFailed, QStringLiteral("cannot make folder %1").arg(m_directory)));
        return;
    }
    // Two runs within one second get "-2", "-3": a backup never goes into a folder that is already there.
    const QString base = BackupManifest::folderName(m_manifest.startedAt);
    for (int attempt = 1; attempt < 100; ++attempt) {
        const QString name = attempt == 1 ? base : base + QLatin1Char('-') + QString::number(attempt);
        if (QFileInfo(directory.filePath(name)).exists() || QFileInfo(directory.filePath(name)).isSymLink())
            continue;
        // Owner-only, like the files in it: a backup holds personal data.
        if (directory.mkdir(name, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner)) {
            m_folder = QFileInfo(directory.filePath(name)).absoluteFilePath();
            return;
        }
        if (!QFileInfo(directory.filePath(name)).exists())
            break;
    }
    finish(Failure(Failure::Kind::FileWriteFailed,
                   QStringLiteral("cannot make a new folder in %1").arg(directory.absolutePath())));
}

void BackupJob::listAgents()
{
    if (!m_xpander) {
        m_count = int(m_manifest.items.size()) + (m_agentbot ? 1 : 0);
        nextItem();
        return;
    }
    AgentListJob *list = m_xpander->listAgents(this);
    m_current = list;
    connect(list, &AgentListJob::finished, this, [this, list] {
        if (m_cancelled) {
            finish(Failure(Failure::Kind::Cancelled, QStringLiteral("cancelled by the user")));
            return;
        }
        m_agents = list->agents();
        m_count = int(m_manifest.items.size()) + (m_agentbot ? 1 : 0) + int(m_agents.size());
        if (list->error()) {
            // Without the list no template can be asked for: that is one failed item.
            BackupManifest::Item item;
            item.service = Service::Xpander;
            item.error = list->error();
            item.errorText = item.error.message();
            ++m_count;
            ++m_index;
            Q_EMIT itemStarted(m_index, m_count, XpanderClient::serviceName());
            record(item);
            if (!m_running)
                return;
        }
        nextItem();
    });
    list->start();
}

void BackupJob::nextItem()
{
    if (m_cancelled) {
        finish(Failure(Failure::Kind::Cancelled, QStringLiteral("cancelled by the user")));
        return;
    }
    BackupManifest::Item item;
    if (m_agentbot && !m_accountDone) {
        m_accountDone = true;
        item.service = Service::Agentbot;
        Q_EMIT itemStarted(++m_index, m_count, tr("Agentbot account"));
        exportItem(m_agentbot->exportAccount(this), item, QStringLiteral("agentbot-account.json"));
        return;
    }
    if (m_agents.isEmpty()) {
        finish({});
        return;
    }
    const AgentSummary agent = m_agents.takeFirst();
    item.service = Service::Xpander;
    item.agentId = agent.id;
    item.agentName = agent.name;
    TemplateRequest request;
    request.name = agent.name;
    request.description = agent.description;
    request.icon = agent.icon;
    request.withKnowledgeBases = m_withKnowledgeBases;
    QString slug = SafeFileName::slug(agent.name);
    if (slug.isEmpty())
        slug = QStringLiteral("agent");
    Q_EMIT itemStarted(++m_index, m_count, tr("xpander.ai agent “%1”").arg(agent.name));
    exportItem(m_xpander->exportTemplate(agent.id, request, agent.name, this), item,
               QStringLiteral("xpander-%1.json").arg(slug));
}

void BackupJob::exportItem(ExportJob *job, BackupManifest::Item item, const QString &fileName)
{
    m_current = job;
    connect(job, &ExportJob::progress, this, &BackupJob::progress);
    connect(job, &ExportJob::finished, this, [this, job, item = std::move(item), fileName]() mutable {
        onItemExported(job, std::move(item), fileName);
    });
    job->start();
}

void BackupJob::onItemExported(ExportJob *job, BackupManifest::Item item, const QString &fileName)
{
    if (m_cancelled) {
        finish(Failure(Failure::Kind::Cancelled, QStringLiteral("cancelled by the user")));
        return;
    }
    Failure error = job->error();
    if (!error) {
        const QByteArray &bytes = job->result().bytes;
        const QString name = uniqueFileName(fileName);
        error = ExportWriter::write(bytes, m_folder + QLatin1Char('/') + name);
        if (!error) {
            item.file = name;
            item.bytes = bytes.size();
            item.sha256 = QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
            item.ok = true;
        }
    }
    if (error) {
        item.error = error;
        item.errorText = error.message();
    }
    record(item);
    if (m_running)
        nextItem();
}

void BackupJob::record(const BackupManifest::Item &item)
{
    m_manifest.items.append(item);
    if (const Failure error = writeManifest()) {
        finish(error);
        return;
    }
    Q_EMIT itemFinished(item);
}

Failure BackupJob::writeManifest()
{
    return ExportWriter::write(m_manifest.toJson(),
                               m_folder + QLatin1Char('/') + QLatin1String(BackupManifest::fileName),
                               ExportWriter::Existing::Replace);
}

QString BackupJob::uniqueFileName(const QString &wanted)
{
    const QString safe = SafeFileName::sanitize(wanted, QStringLiteral("item.json"));
    QString name = safe;
    // Compared without case: on macOS and Windows "A.json" and "a.json" are one file.
    for (int n = 2; m_takenNames.contains(name.toLower()); ++n)
        name = safe.chopped(5) + QLatin1Char('-') + QString::number(n) + QLatin1String(".json");
    m_takenNames.insert(name.toLower());
    return name;
}

void BackupJob::finish(Failure error)
{
    if (!m_running)
        return;
    m_current = nullptr;
    if (!error) {
        // Complete only when every item was saved: a run whose items failed is no backup to keep.
        m_manifest.complete = std::all_of(m_manifest.items.cbegin(), m_manifest.items.cend(),
                                          [](const BackupManifest::Item &item) { return item.ok; });
        m_manifest.finishedAt = QDateTime::currentDateTimeUtc();
        error = writeManifest();
        if (error)
            m_manifest.complete = false;
    }
    m_error = std::move(error);
    m_running = false;
    emitFinished();
}

} // namespace Takeout
