#include "BackupRestore.h"

#include "backup/BackupVerifier.h"
#include "restore/ImportAndVerifyJob.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QTimer>

namespace Takeout {

QString BackupRestore::Item::name() const
{
    if (facts && !facts->name.isEmpty())
        return facts->name;
    return entry.agentName;
}

QByteArray BackupRestore::Item::templateJson() const
{
    if (!content.isEmpty() || path.isEmpty())
        return content;
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

BackupRestore::Item BackupRestore::itemFor(const BackupManifest::Item &entry, const QString &damage,
                                           const std::function<std::optional<TemplateFacts>(Failure *)> &facts)
{
    Item item;
    item.entry = entry;
    if (entry.service != Service::Xpander) {
        item.problem = tr("The Agentbot account cannot be put back: Agentbot has no import. Its export stays "
                          "in the backup.");
    } else if (!entry.ok || entry.file.isEmpty()) {
        item.problem = tr("This agent was not saved in the backup.");
    } else if (!damage.isEmpty()) {
        item.problem = tr("This agent's file in the backup is damaged: %1").arg(damage);
    } else {
        Failure factsError;
        item.facts = facts(&factsError);
        if (!item.facts)
            item.problem = factsError.message();
    }
    return item;
}

bool BackupRestore::read(const QString &folder, BackupRestore *restore, Failure *error)
{
    BackupManifest manifest;
    if (!BackupManifest::read(folder, &manifest)) {
        if (error)
            *error = Failure(Failure::Kind::NotAnExport, QStringLiteral("%1: no manifest.json of this app").arg(folder))
                         .setMessage(tr("This folder is not a backup made by Agent Takeout."));
        return false;
    }
    QHash<QString, QString> damaged;
    for (const BackupVerifier::Problem &problem : BackupVerifier::verify(folder)) {
        if (!damaged.contains(problem.file))
            damaged.insert(problem.file, problem.message);
    }
    BackupRestore result;
    result.m_folder = QDir(folder).absolutePath();
    result.m_manifest = manifest;
    for (const BackupManifest::Item &entry : std::as_const(manifest.items)) {
        const QString path = entry.file.isEmpty() ? QString() : QDir(result.m_folder).filePath(entry.file);
        Item item = itemFor(entry, damaged.value(entry.file),
                            [&path](Failure *factsError) { return TemplateFacts::fromFile(path, factsError); });
        item.path = path;
        result.m_items.append(item);
    }
    *restore = std::move(result);
    return true;
}

bool BackupRestore::readSnapshot(const ResticRepository &repository, const QString &snapshot, BackupRestore *restore,
                                 Failure *error)
{
    Failure failure;
    QString id = snapshot;
    if (id.isEmpty()) {
        const QList<ResticRepository::Snapshot> list = repository.snapshots(&failure);
        if (!failure && list.isEmpty())
            failure =
                Failure(Failure::Kind::NotFound,
                        QStringLiteral("no snapshot tagged %1").arg(QLatin1String(ResticRepository::tag)))
                    .setMessage(tr("There is no backup of Agent Takeout in %1 yet.").arg(repository.repository()));
        if (failure) {
            *error = failure;
            return false;
        }
        id = list.last().id;
    }
    BackupManifest manifest;
    if (!repository.readManifest(id, &manifest, &failure)) {
        *error = failure;
        return false;
    }
    BackupRestore result;
    result.m_folder = repository.repository();
    result.m_snapshot = id;
    result.m_manifest = manifest;
    for (const BackupManifest::Item &entry : std::as_const(manifest.items)) {
        // Only the templates are read: the account cannot be restored, and may be large.
        QByteArray bytes;
        QString damage;
        if (entry.service == Service::Xpander && entry.ok && !entry.file.isEmpty()) {
            Failure dumpError;
            bytes = repository.dump(id, entry.file, &dumpError);
            if (dumpError.kind() == Failure::Kind::InvalidCredentials || dumpError.kind() == Failure::Kind::Network) {
                *error = dumpError;
                return false;
            }
            if (dumpError)
                damage = tr("it cannot be read from the backup");
            else if (bytes.size() != entry.bytes)
                damage = tr("size is %1 bytes, the manifest says %2").arg(bytes.size()).arg(entry.bytes);
            else if (QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex() != entry.sha256.toLower())
                damage = tr("SHA-256 differs from the manifest's");
        }
        Item item = itemFor(entry, damage,
                            [&bytes](Failure *factsError) { return TemplateFacts::fromBytes(bytes, factsError); });
        if (item.facts)
            item.content = bytes;
        result.m_items.append(item);
    }
    *restore = std::move(result);
    return true;
}

QList<BackupRestore::Item> BackupRestore::xpanderItems(const QStringList &agentIds) const
{
    QList<Item> items;
    for (const Item &item : m_items) {
        if (item.isXpander() && (agentIds.isEmpty() || agentIds.contains(item.entry.agentId)))
            items.append(item);
    }
    return items;
}

std::optional<AgentSummary> BackupRestore::sameAgent(const Item &item, const QList<AgentSummary> &agents)
{
    const QString name = item.name();
    if (name.isEmpty())
        return std::nullopt;
    for (const AgentSummary &agent : agents) {
        if (agent.name != name)
            continue;
        // Where the list says which template an agent came from, a different one is another agent; the
        // backed-up agent itself is the same one whatever it came from.
        const QString origin = agent.raw.value(QLatin1String("origin_template")).toString();
        if (agent.id != item.entry.agentId && !origin.isEmpty() && item.facts && origin != item.facts->templateId)
            continue;
        return agent;
    }
    return std::nullopt;
}

RestoreRunJob::RestoreRunJob(const XpanderClient &client, QList<BackupRestore::Item> items, Options options,
                             QObject *parent)
    : Job(parent)
    , m_client(client)
    , m_items(std::move(items))
    , m_options(std::move(options))
{
}

void RestoreRunJob::start()
{
    if (m_running)
        return;
    m_running = true;
    m_cancelled = false;
    m_error = {};
    m_outcomes.clear();
    m_agents.clear();
    m_index = -1;
    if (m_options.agents) {
        m_agents = *m_options.agents;
        QTimer::singleShot(0, this, &RestoreRunJob::next);
        return;
    }
    AgentListJob *list = m_client.listAgents(this);
    m_current = list;
    connect(list, &AgentListJob::finished, this, &RestoreRunJob::onAgentList);
    list->start();
}

void RestoreRunJob::cancel()
{
    if (!m_running)
        return;
    m_cancelled = true;
    if (auto *list = qobject_cast<AgentListJob *>(m_current))
        list->cancel();
}

void RestoreRunJob::onAgentList()
{
    const auto *list = qobject_cast<AgentListJob *>(m_current); // deletes itself once this returns
    m_current = nullptr;
    if (list->error()) {
        m_error = list->error();
        m_running = false;
        emitFinished();
        return;
    }
    m_agents = list->agents();
    // The next item after this returns: the list job is gone by then, and each item starts afresh.
    QTimer::singleShot(0, this, &RestoreRunJob::next);
}

void RestoreRunJob::next()
{
    ++m_index;
    if (m_cancelled || m_index >= m_items.size()) {
        if (m_cancelled && m_index < m_items.size())
            m_error = Failure(Failure::Kind::Cancelled, QStringLiteral("restore cancelled"));
        m_running = false;
        emitFinished();
        return;
    }
    const BackupRestore::Item &item = m_items.at(m_index);
    Outcome outcome;
    outcome.item = item;
    if (!item.canRestore()) {
        outcome.state = Outcome::State::Failed;
        outcome.reason = item.problem;
    } else if (const std::optional<AgentSummary> same = BackupRestore::sameAgent(item, m_agents);
               same && !m_options.again) {
        outcome.state = Outcome::State::Skipped;
        outcome.reason = tr("An agent named “%1” already exists (%2).").arg(same->name, same->id);
    } else if (m_options.dryRun) {
        outcome.state = Outcome::State::WouldCreate;
    } else {
        Q_EMIT itemStarted(m_index);
        const QByteArray templateJson = m_options.verify ? item.templateJson() : QByteArray();
        ImportRequest request;
        request.name = item.facts->name;
        request.description = item.facts->description;
        request.icon = item.facts->icon;
        request.withKnowledgeBases = item.facts->holdsKnowledgeBases;
        auto *job =
            new ImportAndVerifyJob(m_client, item.facts->templateId, request, templateJson, m_options.verify, this);
        m_current = job;
        connect(job, &ImportAndVerifyJob::finished, this, &RestoreRunJob::onItemFinished);
        job->start();
        return;
    }
    m_outcomes.append(outcome);
    Q_EMIT itemDone(outcome);
    next();
}

void RestoreRunJob::onItemFinished()
{
    const auto *job = qobject_cast<ImportAndVerifyJob *>(m_current); // deletes itself once this returns
    m_current = nullptr;
    Outcome outcome;
    outcome.item = m_items.at(m_index);
    outcome.agent = job->agent();
    outcome.verified = job->verified();
    if (job->error()) {
        outcome.state = Outcome::State::Failed;
        outcome.error = job->error();
        outcome.reason = job->error().message();
    } else {
        outcome.state = Outcome::State::Created;
    }
    m_outcomes.append(outcome);
    Q_EMIT itemDone(outcome);
    QTimer::singleShot(0, this, &RestoreRunJob::next);
}

} // namespace Takeout
