#pragma once

#include "backup/BackupManifest.h"
#include "base/BackgroundTask.h"
#include "base/Service.h"

#include <QDateTime>
#include <QWidget>
#include <memory>

class QAction;
class QCommandLinkButton;
class QLabel;
class QListWidget;
class QPushButton;

namespace Takeout {

class Accounts;
class BackupChangesButton;
class JsonDocument;

// The first page: Back up now as the main action with the state of the backups under it, the other
// tasks as framed buttons, each service's sign-in state in words, and the recent exports, opened with
// one click. Each empty state says what to do and offers it.
class HomePage : public QWidget
{
    Q_OBJECT

public:
    explicit HomePage(Accounts *accounts, QWidget *parent = nullptr);

    // The number of xpander.ai agents listed, for the badge (-1 while unknown).
    void setXpanderAgentCount(int count);
    // Reads the recent files again (after something was saved or opened).
    void updateRecent();
    // The exports open and not saved yet, by their titles: listed first among the recent ones.
    void setUnsavedExports(const QStringList &titles);
    // Reads the newest backup in the remembered backup folder again (after a backup, on focus).
    void updateLastBackup();
    // The newest backup's own folder; empty when there is none.
    QString lastBackupFolder() const { return m_lastBackupFolder; }

Q_SIGNALS:
    // "Export my Agentbot account…": the account in one file, to look at and save.
    void exportAccountRequested();
    // "Back up now": everything into the backup folder (BackupDialog).
    void backUpNowRequested();
    // "Change…": the backup settings (folder, what, how often, how many to keep).
    void backupSettingsRequested();
    // "What changed?": the same file in the two newest complete backups.
    void compareRequested(const QString &oldPath, const QString &newPath);
    void exportTemplateRequested();
    void openRequested();
    void openFileRequested(const QString &path);
    // An export open and not saved yet, by its place in setUnsavedExports' list.
    void unsavedExportRequested(int index);
    // The recent list's context menu: one file against another yet to be chosen, or the two selected.
    void compareWithRequested(const QString &path);
    void compareTwoRequested(const QString &first, const QString &second);
    // The recent list's "Create Agent from This Template…".
    void createAgentRequested(const QString &path);
    // "Restore…" beside the last backup: the backup view of that folder, or of restic:REPOSITORY.
    void openBackupRequested(const QString &folder);
    // "What changed?" on an encrypted backup: the same item of its two newest complete snapshots.
    void compareBackupsRequested(std::shared_ptr<const Takeout::JsonDocument> older,
                                 std::shared_ptr<const Takeout::JsonDocument> newer, const QDateTime &olderTime,
                                 const QDateTime &newerTime, const QString &where);
    void signInRequested(Takeout::Service service);

protected:
    void showEvent(QShowEvent *event) override;
    bool event(QEvent *event) override;

private:
    void updateBadges();
    void updateSchedule();
    // The newest snapshot of the repository the backups go to, read off the UI thread.
    void updateLastRepositoryBackup(const QString &repository);
    void showLastBackup(const BackupManifest &manifest, const QString &where);

    Accounts *m_accounts;
    QCommandLinkButton *m_exportAccount;
    QCommandLinkButton *m_exportTemplate;
    QCommandLinkButton *m_open;
    QLabel *m_agentbotIcon;
    QLabel *m_agentbotBadge;
    QPushButton *m_agentbotSignIn;
    QLabel *m_xpanderIcon;
    QLabel *m_xpanderBadge;
    QPushButton *m_xpanderSignIn;
    QListWidget *m_recent;
    QLabel *m_noRecent;
    QLabel *m_lastBackupIcon;
    QLabel *m_lastBackup;
    QPushButton *m_backUpNow;
    QPushButton *m_openBackupFolder;
    QPushButton *m_restoreBackup;
    QLabel *m_schedule;
    QPushButton *m_changeBackup;
    BackupChangesButton *m_backupChanges;
    QString m_lastBackupFolder;
    // restic:REPOSITORY when the last backup is a snapshot of it.
    QString m_lastBackupTarget;
    // Which reading of the repository's last backup is the latest: an older answer is dropped.
    int m_lastBackupAttempt = 0;
    BackgroundTask m_lastBackupTask;
    QAction *m_compareWith;
    QAction *m_compareTwo;
    QAction *m_createAgent;
    QStringList m_unsaved;
    int m_xpanderAgents = -1;
};

} // namespace Takeout
