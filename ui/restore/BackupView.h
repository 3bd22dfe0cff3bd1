#pragma once

#include "base/BackgroundTask.h"
#include "base/Failure.h"
#include "base/Service.h"
#include "exports/ExportResult.h"
#include "restore/BackupRestore.h"

#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace Takeout {

class Accounts;
class AgentListJob;
class BackupItemModel;
class MessageWidget;

// One backup, opened: a folder, or a snapshot of an encrypted backup ("restic:REPOSITORY", with a
// choice of its snapshots, newest first; the items are read into memory, never unpacked to disk).
// Its items with service, agent, size, date and whether each was saved.
// Restore on an xpander.ai item opens the create dialog for it; Restore All creates every xpander.ai
// agent of the backup, one request each, after asking about agents of the same name already in the
// list, and says per item what was created, skipped or failed. The Agentbot account cannot be put
// back (Agentbot has no import): the view says so and offers to open the export.
class BackupView : public QWidget
{
    Q_OBJECT

public:
    // `folder`: a backup folder, or restic:REPOSITORY.
    BackupView(const QString &folder, Accounts *accounts, QWidget *parent = nullptr);
    ~BackupView() override;

    // True when `path` is a backup folder this app made (it holds our manifest.json).
    static bool isBackupFolder(const QString &path);

    // The folder (absolute), or restic:REPOSITORY.
    QString folder() const { return m_folder; }
    bool isRepository() const { return !m_repository.isEmpty(); }
    // While the repository's snapshots or a snapshot's items are being read.
    bool isReading() const { return m_reading.isRunning(); }
    QComboBox *snapshotChoice() const { return m_snapshots; }
    QString title() const;
    BackupItemModel *items() const { return m_model; }
    QTableView *table() const { return m_table; }
    bool isRestoring() const;
    // The outcome of Restore All in words ("2 created, 1 skipped, 0 failed."); empty before.
    QString summary() const;
    // Reads the folder (or the chosen snapshot) again.
    void reload();
    // Restore All: looks for agents of the same name first and asks about them.
    void restoreAll();

Q_SIGNALS:
    void openFileRequested(const QString &path);
    void createAgentRequested(const QString &path);
    // A snapshot's item: read into memory.
    void openExportRequested(const Takeout::ExportResult &result);
    void createAgentFromTemplateRequested(const QByteArray &templateJson);
    // The snapshots were read (or could not be), or a snapshot's items.
    void loaded();
    void signInNeeded(Takeout::Service service, const Takeout::Failure &error);
    // Restore All created at least one agent: the agent list is out of date.
    void agentsCreated();
    // Restore All ran to the end.
    void restoreFinished();

private:
    void showBackup();
    void showError(const Failure &error);
    void readSnapshots();
    void readSnapshot(const QString &id);
    void openItem(int row);
    void restoreItem(int row);
    void updateActions();
    void askAboutSameNames(const QList<AgentSummary> &agents);
    void runRestore(bool again, const QList<AgentSummary> &agents);
    void onRestoreFinished();
    int selectedRow() const;

    QString m_folder;
    QString m_repository; // an encrypted backup's
    QString m_password;
    Accounts *m_accounts;
    BackupRestore m_backup;
    bool m_read = false;
    BackupItemModel *m_model;
    QLabel *m_heading;
    QComboBox *m_snapshots;
    BackgroundTask m_reading;
    MessageWidget *m_message;
    QStackedWidget *m_listOrPlaceholder;
    QTableView *m_table;
    QLabel *m_note;
    QProgressBar *m_progress;
    QLabel *m_summary;
    QPushButton *m_open;
    QPushButton *m_restore;
    QPushButton *m_restoreAll;
    QPointer<AgentListJob> m_listing;
    QPointer<RestoreRunJob> m_run;
};

} // namespace Takeout
