#pragma once

#include "backup/BackupJob.h"
#include "backup/BackupSchedule.h"

#include <QDialog>
#include <QPointer>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QStackedWidget;

namespace Takeout {

class Accounts;
class BackupChangesButton;
class MessageWidget;

// "Back up now" and "Back up automatically", in pages as Déjà Dup and Pika Backup have them: the
// settings (the first time a short setup: where, what, how often, how many to keep), then the progress
// ("Saving Name (7 of 10)") with Cancel, then the end ("All 10 items saved") with Open Folder and See
// What Changed. Everything of the signed-in services (both ticked unless the dialog was opened for one
// of them) goes into a new dated folder under the remembered one (BackupJob). The schedule installs or
// removes the systemd user timer (BackupSchedule) with the same settings. Closing the dialog cancels a
// running backup.
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

    explicit BackupDialog(Accounts *accounts, QWidget *parent = nullptr);

    bool isRunning() const { return m_job != nullptr; }
    Page page() const;
    // This backup is of `service` alone (the other one unticked), as the service views ask for.
    void setOnly(Service service);
    // The settings as chosen here, for the schedule (servers of the signed-in services).
    BackupSchedule::Settings settings() const;

public Q_SLOTS:
    void startBackup();

Q_SIGNALS:
    // A backup ended; `folder` is its own folder (empty when none was made).
    void backupFinished(const QString &folder, bool allSaved);
    // "What changed?": the same file in the two newest complete backups.
    void compareRequested(const QString &oldPath, const QString &newPath);

protected:
    void reject() override;

private:
    QWidget *settingsPage();
    QWidget *progressPage();
    QWidget *endPage();
    void showPage(Page page);
    void chooseFolder();
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
    QLineEdit *m_folder;
    QCheckBox *m_agentbot;
    QCheckBox *m_xpander;
    QCheckBox *m_knowledgeBases;
    QComboBox *m_keep;
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
    QDialogButtonBox *m_buttons;
    QPushButton *m_start;
    QPushButton *m_cancel;
    QPushButton *m_openFolder;
    BackupChangesButton *m_changes;
    QPushButton *m_close;
    QPointer<BackupJob> m_job;
    int m_itemCount = 0;
    int m_savedCount = 0;
};

} // namespace Takeout
