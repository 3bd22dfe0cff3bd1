#pragma once

#include "base/Failure.h"
#include "base/Service.h"
#include "restore/BackupRestore.h"

#include <QPointer>
#include <QWidget>

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

// One backup folder, opened: its items with service, agent, size, date and whether each was saved.
// Restore on an xpander.ai item opens the create dialog for it; Restore All creates every xpander.ai
// agent of the backup, one request each, after asking about agents of the same name already in the
// list, and says per item what was created, skipped or failed. The Agentbot account cannot be put
// back (Agentbot has no import): the view says so and offers to open the export.
class BackupView : public QWidget
{
    Q_OBJECT

public:
    BackupView(const QString &folder, Accounts *accounts, QWidget *parent = nullptr);
    ~BackupView() override;

    // True when `path` is a backup folder this app made (it holds our manifest.json).
    static bool isBackupFolder(const QString &path);

    QString folder() const { return m_folder; }
    QString title() const;
    BackupItemModel *items() const { return m_model; }
    QTableView *table() const { return m_table; }
    bool isRestoring() const;
    // The outcome of Restore All in words ("2 created, 1 skipped, 0 failed."); empty before.
    QString summary() const;
    // Reads the folder again (also after Restore All, to show its results beside the items).
    void reload();
    // Restore All: looks for agents of the same name first and asks about them.
    void restoreAll();

Q_SIGNALS:
    void openFileRequested(const QString &path);
    void createAgentRequested(const QString &path);
    void signInNeeded(Takeout::Service service, const Takeout::Failure &error);
    // Restore All created at least one agent: the agent list is out of date.
    void agentsCreated();
    // Restore All ran to the end.
    void restoreFinished();

private:
    void updateActions();
    void askAboutSameNames(const QList<AgentSummary> &agents);
    void runRestore(bool again);
    void onRestoreFinished();
    int selectedRow() const;

    QString m_folder;
    Accounts *m_accounts;
    BackupRestore m_backup;
    bool m_read = false;
    BackupItemModel *m_model;
    QLabel *m_heading;
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
