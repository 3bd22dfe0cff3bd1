#pragma once

#include "BackupManifest.h"
#include "base/Job.h"
#include "services/AgentbotClient.h"
#include "services/XpanderClient.h"

#include <QCoreApplication>
#include <QPointer>
#include <QSet>
#include <optional>

namespace Takeout {

class ExportJob;

// One backup run: the Agentbot account and every xpander.ai agent's template (with the agent's own
// name, description and icon), each saved with its exact bytes into a new folder
// `DIR/<UTC YYYY-MM-DDTHHMMSSZ>/` next to `manifest.json`. The manifest is written first with
// `complete: false` and again after every item, each time atomically, so that a run cut off leaves
// a folder that says so; at the end it says `complete: true` only when every item was saved. One item failing does not
// stop the others. A Job: it deletes itself after finished() unless kept (see Job).
class BackupJob : public Job
{
    Q_OBJECT

public:
    explicit BackupJob(QString directory, QObject *parent = nullptr);

    // What to back up; call before start(). A service may instead be recorded as failed up front
    // (no sign-in, for example): its item is then in the manifest with that error.
    void addAgentbot(const AgentbotClient &client);
    void addXpander(const XpanderClient &client, bool withKnowledgeBases);
    void addUnavailable(Service service, const Failure &error);

    void start();
    void cancel();
    bool isRunning() const { return m_running; }

    // An error only when the run itself could not go on (the folder cannot be made, the manifest
    // cannot be written, cancelled); failed items are in manifest().items.
    const Failure &error() const { return m_error; }
    const BackupManifest &manifest() const { return m_manifest; }
    // The backup's own folder, once made.
    QString folder() const { return m_folder; }
    // True when the run got to the end and every item was saved.
    bool allSaved() const;

Q_SIGNALS:
    // Item `index` (1-based) of `count` begins; `what` names it for people.
    void itemStarted(int index, int count, const QString &what);
    void progress(qint64 received, qint64 total);
    void itemFinished(const Takeout::BackupManifest::Item &item);

private:
    void makeFolder();
    void listAgents();
    void nextItem();
    void exportItem(ExportJob *job, BackupManifest::Item item, const QString &fileName);
    void onItemExported(ExportJob *job, BackupManifest::Item item, const QString &fileName);
    void record(const BackupManifest::Item &item);
    Failure writeManifest();
    QString uniqueFileName(const QString &wanted);
    void finish(Failure error);

    QString m_directory;
    QString m_folder;
    std::optional<AgentbotClient> m_agentbot;
    std::optional<XpanderClient> m_xpander;
    bool m_withKnowledgeBases = false;
    QList<BackupManifest::Item> m_unavailable;
    QList<AgentSummary> m_agents;
    int m_count = 0;
    int m_index = 0;
    bool m_accountDone = false;
    QSet<QString> m_takenNames;
    QPointer<Job> m_current;
    BackupManifest m_manifest;
    Failure m_error;
    bool m_running = false;
    bool m_cancelled = false;
};

} // namespace Takeout
