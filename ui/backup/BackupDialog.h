#pragma once

#include "backup/BackupJob.h"
#include "backup/BackupSchedule.h"
#include "base/BackgroundTask.h"

#include <QDateTime>
#include <QDialog>
#include <QPointer>
#include <memory>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QStackedWidget;

namespace Takeout {

class Accounts;
class BackupChangesButton;
class JsonDocument;
class MessageWidget;
class ResticBackupJob;

// "Back up now" and "Back up automatically", in pages as Déjà Dup and Pika Backup have them: the
// settings (the first time a short setup: where, what, how often, how many to keep), then the progress
// ("Saving Name (7 of 10)") with Cancel, then the end ("All 10 items saved") with Open Folder and See
// What Changed. *Where* is a folder, or an encrypted restic repository (ResticBackupJob) in a folder or on
// a drive, on a server (SFTP) or in a cloud through rclone; a new repository's password, made and kept
// in the keychain by the core, is shown once on the end page. Everything of the signed-in services (both ticked unless
// the dialog was opened for one of them) goes into a new dated folder under the remembered one (BackupJob). The
// schedule installs or removes the systemd user timer (BackupSchedule) with the same settings. Closing the dialog
// cancels a running backup.
class BackupDialog : public QDialog
{
    Q_OBJECT

public:
    // The pages in the order a backup goes through them.
    enum class Page
    {
        Settings,
        Progress,
        End
    };
    Q_ENUM(Page)

    // Where the backups go, as the Where list offers it.
    enum class Where
    {
        Folder,
        Drive,
        Server,
        Cloud
    };
    Q_ENUM(Where)

    explicit BackupDialog(Accounts *accounts, QWidget *parent = nullptr);

    bool isRunning() const;
    Page page() const;
    // This backup is of `service` alone (the other one unticked), as the service views ask for.
    void setOnly(Service service);
    // The settings as chosen here, for the schedule (servers of the signed-in services).
    BackupSchedule::Settings settings() const;
    // Which backups the chosen Keep leaves (folder and repository alike, and the schedule's).
    KeepPolicy keepPolicy() const;
    // The chosen destination: a folder's path, or restic:REPOSITORY; empty when it is not complete.
    QString destination() const;
    // Writes the new repository's password, shown on the end page, into `path` (owner-only).
    Failure savePasswordCopy(const QString &path);

public Q_SLOTS:
    void startBackup();

Q_SIGNALS:
    // The rclone remotes were listed (or could not be).
    void remotesListed();
    // A backup ended; `folder` is its own folder (empty when none was made).
    void backupFinished(const QString &folder, bool allSaved);
    // "What changed?": the same file in the two newest complete backups.
    void compareRequested(const QString &oldPath, const QString &newPath);
    // The same for an encrypted backup's two newest snapshots, read into memory.
    void compareBackupsRequested(std::shared_ptr<const Takeout::JsonDocument> older,
                                 std::shared_ptr<const Takeout::JsonDocument> newer, const QDateTime &olderTime,
                                 const QDateTime &newerTime, const QString &where);

protected:
    void reject() override;

private:
    QWidget *settingsPage();
    QWidget *progressPage();
    QWidget *endPage();
    void showPage(Page page);
    // Both kinds of backup: the item now being saved, and how much of it has arrived.
    void showItemStarted(int index, int count, const QString &what);
    void showReceived(qint64 received);
    void chooseFolder();
    void updateWhere();
    void listRemotes();
    void startResticBackup(const QString &repository, bool agentbot, bool xpander);
    void onResticFinished(const QString &repository, const QString &password);
    void showResult(const BackupManifest::Item &item);
    void cancelBackup();
    void applySchedule();
    void onFinished();
    void remember() const;
    void updateServices();
    bool includes(Service service) const;
    // Why there is nothing to back up: no sign-in, or nothing ticked.
    QString nothingChosen() const;

    Accounts *m_accounts;
    QStackedWidget *m_pages;
    QLabel *m_intro;
    QComboBox *m_where;
    QFormLayout *m_form = nullptr;
    QLineEdit *m_folder;
    QWidget *m_folderRow = nullptr;
    QLineEdit *m_server;
    QComboBox *m_remote;
    QLineEdit *m_cloudPath;
    QWidget *m_cloudRow = nullptr;
    // No rclone, or no remote in it: how to get one.
    QLabel *m_remotesHint;
    // restic is not installed: the encrypted choices are off, and this says how to get it.
    QLabel *m_resticMissing;
    QString m_rememberedRemote;
    bool m_remotesAsked = false;
    BackgroundTask m_remotesTask;
    BackgroundTask m_changesTask;
    QCheckBox *m_agentbot;
    QCheckBox *m_xpander;
    QCheckBox *m_knowledgeBases;
    QComboBox *m_keep;
    // The policy of each of m_keep's entries, by index.
    QList<KeepPolicy> m_keepChoices;
    QComboBox *m_schedule;
    MessageWidget *m_scheduleStatus;
    // Why the backup did not start (nothing ticked, no folder).
    MessageWidget *m_notStarted;
    QProgressBar *m_progress;
    // The item being saved while a backup runs, and how much of it arrived.
    QLabel *m_current;
    QString m_currentText;
    // How the backup ended.
    MessageWidget *m_outcome;
    QLabel *m_savedIn;
    QListWidget *m_results;
    // A new repository's password, shown once.
    QWidget *m_passwordBox;
    QLabel *m_password;
    MessageWidget *m_passwordStatus = nullptr;
    QDialogButtonBox *m_buttons;
    QPushButton *m_start;
    QPushButton *m_cancel;
    QPushButton *m_openFolder;
    BackupChangesButton *m_changes;
    QPushButton *m_close;
    QPointer<BackupJob> m_job;
    QPointer<ResticBackupJob> m_restic;
    // The password is being read from the keychain before a restic backup starts.
    bool m_starting = false;
    // Which start the keychain's answer belongs to: a cancelled start's answer is dropped.
    int m_attempt = 0;
    int m_itemCount = 0;
    int m_savedCount = 0;
};

} // namespace Takeout
