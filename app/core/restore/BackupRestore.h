#pragma once

#include "backup/BackupManifest.h"
#include "backup/ResticRepository.h"
#include "restore/RestoreCheck.h"
#include "restore/TemplateFacts.h"
#include "services/XpanderClient.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace Takeout {

// A backup read for restoring, a folder or a snapshot of a restic repository: its items (BackupManifest),
// each xpander.ai item's template facts, and which items are damaged (BackupVerifier's problems; in a
// snapshot, the size and SHA-256 the manifest gives). The Agentbot account cannot be put back (the
// service has no import): its item is listed, never restorable.
class BackupRestore
{
    Q_DECLARE_TR_FUNCTIONS(BackupRestore)

public:
    struct Item
    {
        BackupManifest::Item entry; // service, agentId (the backed-up agent), file, bytes, ok
        QString path;               // a folder's item: absolute; empty when nothing was saved
        // A snapshot's xpander.ai item: the template, read into memory (it is never unpacked to disk).
        QByteArray content;
        std::optional<TemplateFacts> facts;
        // Why it cannot be restored (not saved, damaged, not a template, the Agentbot account); empty
        // when it can.
        QString problem;

        bool isXpander() const { return entry.service == Service::Xpander; }
        bool canRestore() const { return problem.isEmpty() && facts.has_value(); }
        QString name() const; // the template's name, else the name the backup knew
        // The template's bytes: the content, or the folder's file read.
        QByteArray templateJson() const;
    };

    // False with `error` set when `folder` is no backup of this app.
    static bool read(const QString &folder, BackupRestore *restore, Failure *error);
    // A snapshot of a repository (its ID, or empty for the newest of this app's): the manifest and
    // every saved xpander.ai template, read with `restic dump`. Runs restic and waits: off the UI
    // thread. False with `error` set when the snapshot cannot be read or is not one of this app's.
    static bool readSnapshot(const ResticRepository &repository, const QString &snapshot, BackupRestore *restore,
                             Failure *error);

    QString folder() const { return m_folder; }
    // A snapshot's ID (empty for a folder).
    QString snapshot() const { return m_snapshot; }
    const BackupManifest &manifest() const { return m_manifest; }
    const QList<Item> &items() const { return m_items; }
    // The xpander.ai items, all or those whose backed-up agent id is in `agentIds` (empty: all).
    QList<Item> xpanderItems(const QStringList &agentIds = {}) const;

    // An agent in `agents` that looks like the one this item would create: the same name and, where
    // the list shows an origin template, the same one. nullopt when there is none.
    static std::optional<AgentSummary> sameAgent(const Item &item, const QList<AgentSummary> &agents);

private:
    // The item for `entry`: its facts from `json` unless it is not restorable; `damage` says why the
    // saved file cannot be trusted (empty when it can).
    static Item itemFor(const BackupManifest::Item &entry, const QString &damage,
                        const std::function<std::optional<TemplateFacts>(Failure *)> &facts);

    QString m_folder;
    QString m_snapshot;
    BackupManifest m_manifest;
    QList<Item> m_items;
};

// Restores items one after another, one request each: for every item, first the same-name check
// against the agent list (read once at the start), then the import (and the check, when asked). A result
// per item. Ends with finished(). A Job (see base/Job.h).
class RestoreRunJob : public Job
{
    Q_OBJECT

public:
    struct Outcome
    {
        enum class State
        {
            Created,
            Skipped,
            Failed,
            WouldCreate, // a dry run: nothing was sent
        };
        BackupRestore::Item item;
        State state = State::Skipped;
        QString reason;     // Skipped and Failed: why (one sentence)
        Failure error;      // Failed: the request's failure (none when the item itself was not restorable)
        CreatedAgent agent; // Created (and Failed after creating, when the check's export failed)
        std::optional<RestoreCheck::Result> verified;
    };

    struct Options
    {
        bool verify = false;
        bool again = false;  // create even when an agent of the same name exists
        bool dryRun = false; // read the agent list, decide, create nothing
        // The agent list, when the caller has just read it (to ask about the same names): not read again.
        std::optional<QList<AgentSummary>> agents;
    };

    RestoreRunJob(const XpanderClient &client, QList<BackupRestore::Item> items, Options options,
                  QObject *parent = nullptr);

    void start();
    // Stops after the item in progress (whose outcome is reported as it ends).
    void cancel();
    bool isRunning() const { return m_running; }

    // The agent list could not be read (nothing was created then), or was cancelled.
    const Failure &error() const { return m_error; }
    const QList<Outcome> &outcomes() const { return m_outcomes; }

Q_SIGNALS:
    // Before an item's request; `index` into the items.
    void itemStarted(int index);
    void itemDone(const Takeout::RestoreRunJob::Outcome &outcome);

private:
    void onAgentList();
    void next();
    void onItemFinished();

    XpanderClient m_client;
    QList<BackupRestore::Item> m_items;
    Options m_options;
    QList<AgentSummary> m_agents;
    int m_index = -1;
    QObject *m_current = nullptr;
    QList<Outcome> m_outcomes;
    Failure m_error;
    bool m_running = false;
    bool m_cancelled = false;
};

} // namespace Takeout
