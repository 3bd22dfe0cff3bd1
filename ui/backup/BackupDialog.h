#pragma once

#include "backup/BackupJob.h"
#include "backup/BackupSchedule.h"

#include <QDialog>
#include <QPointer>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QSpinBox;

namespace Takeout {

class Accounts;
class BackupChangesButton;
class MessageWidget;

// "Back up now" and "Back up automatically": everything of the signed-in services (both ticked unless
// the dialog was opened for one of them) into a new dated
// folder under the remembered one (BackupJob), progress per item with Cancel, and the result as a
// list of what was saved and what failed and why. The schedule installs or removes the systemd user
// timer (BackupSchedule) with the same settings. Closing the dialog cancels a running backup.
class BackupDialog : public QDialog
{
    Q_OBJECT

public:
    explicit BackupDialog(Accounts *accounts, QWidget *parent = nullptr);

    bool isRunning() const { return m_job != nullptr; }
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
    void chooseFolder();
    void applySchedule();
    void onFinished();
    void remember() const;
    void updateServices();
    bool includes(Service service) const;
    // Why there is nothing to back up: no sign-in, or nothing ticked.
    QString nothingChosen() const;

    Accounts *m_accounts;
    QLineEdit *m_folder;
    QCheckBox *m_agentbot;
    QCheckBox *m_xpander;
    QCheckBox *m_knowledgeBases;
    QSpinBox *m_keep;
    QComboBox *m_schedule;
    MessageWidget *m_scheduleStatus;
    QProgressBar *m_progress;
    // The item being saved while a backup runs.
    QLabel *m_current;
    // How the backup ended, or why it did not start.
    MessageWidget *m_outcome;
    QListWidget *m_results;
    QPushButton *m_start;
    QPushButton *m_cancel;
    BackupChangesButton *m_changes;
    QPointer<BackupJob> m_job;
};

} // namespace Takeout
