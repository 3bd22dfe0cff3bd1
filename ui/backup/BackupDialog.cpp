#include "BackupDialog.h"

#include "accounts/Accounts.h"
#include "backup/BackupChangesButton.h"
#include "backup/BackupJob.h"
#include "backup/BackupRetention.h"
#include "base/Settings.h"
#include "exports/FileHistory.h"
#include "services/AgentbotClient.h"
#include "services/XpanderClient.h"
#include "widgets/MessageWidget.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Takeout {

BackupDialog::BackupDialog(Accounts *accounts, QWidget *parent)
    : QDialog(parent)
    , m_accounts(accounts)
    , m_folder(new QLineEdit(this))
    , m_agentbot(new QCheckBox(tr("A&gentbot account"), this))
    , m_xpander(new QCheckBox(tr("&xpander.ai agents, each as a template"), this))
    , m_knowledgeBases(new QCheckBox(tr("Include &knowledge bases"), this))
    , m_keep(new QSpinBox(this))
    , m_schedule(new QComboBox(this))
    , m_scheduleStatus(new MessageWidget(this))
    , m_progress(new QProgressBar(this))
    , m_current(new QLabel(this))
    , m_outcome(new MessageWidget(this))
    , m_results(new QListWidget(this))
    , m_start(new QPushButton(tr("&Back up now"), this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_changes(new BackupChangesButton(this))
{
    setWindowTitle(tr("Back up"));
    const QString remembered = Settings::backupFolder();
    m_folder->setText(remembered.isEmpty() ? FileHistory::lastFolder() : remembered);
    m_folder->setAccessibleName(tr("Backup folder"));
    auto *choose = new QPushButton(tr("C&hoose…"), this);
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(choose);
    m_knowledgeBases->setChecked(Settings::backupWithKnowledgeBases());
    m_keep->setRange(0, 999);
    m_keep->setSpecialValueText(tr("all"));
    m_keep->setValue(Settings::backupKeep());
    m_keep->setAccessibleName(tr("Backups to keep"));
    m_schedule->addItem(tr("Off"), int(BackupSchedule::Frequency::Off));
    m_schedule->addItem(tr("Daily"), int(BackupSchedule::Frequency::Daily));
    m_schedule->addItem(tr("Weekly"), int(BackupSchedule::Frequency::Weekly));
    m_schedule->setCurrentIndex(m_schedule->findData(int(BackupSchedule::installed())));
    m_schedule->setAccessibleName(tr("Back up automatically"));
    m_scheduleStatus->setObjectName(QStringLiteral("scheduleStatus"));

    m_agentbot->setObjectName(QStringLiteral("backUpAgentbotCheck"));
    m_xpander->setObjectName(QStringLiteral("backUpXpanderCheck"));
    auto *servicesColumn = new QVBoxLayout;
    servicesColumn->addWidget(m_agentbot);
    servicesColumn->addWidget(m_xpander);
    m_agentbot->setEnabled(false); // updateServices() ticks what is signed in
    m_xpander->setEnabled(false);
    updateServices();

    auto *form = new QFormLayout;
    form->addRow(tr("Back up:"), servicesColumn);
    form->addRow(tr("&Folder:"), folderRow);
    form->addRow(QString(), m_knowledgeBases);
    form->addRow(tr("&Keep the last:"), m_keep);
    form->addRow(tr("Back up &automatically:"), m_schedule);
    form->addRow(QString(), m_scheduleStatus);

    m_progress->setAccessibleName(tr("Backup progress"));
    m_progress->setVisible(false);
    m_current->setObjectName(QStringLiteral("currentItemLabel"));
    m_current->setTextFormat(Qt::PlainText); // agent names from the server
    m_current->setWordWrap(true);
    m_outcome->setObjectName(QStringLiteral("backupOutcome"));
    m_results->setAccessibleName(tr("Backup result"));
    m_cancel->setEnabled(false);

    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_start, QDialogButtonBox::ActionRole);
    buttons->addButton(m_cancel, QDialogButtonBox::ActionRole);
    buttons->addButton(m_changes, QDialogButtonBox::ActionRole);
    m_changes->setDirectory(remembered);
    buttons->addButton(QDialogButtonBox::Close);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_progress);
    layout->addWidget(m_current);
    layout->addWidget(m_outcome);
    layout->addWidget(m_results, 1);
    layout->addWidget(buttons);

    connect(choose, &QPushButton::clicked, this, &BackupDialog::chooseFolder);
    connect(m_start, &QPushButton::clicked, this, &BackupDialog::startBackup);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_job)
            m_job->cancel();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &BackupDialog::reject);
    connect(m_schedule, &QComboBox::activated, this, &BackupDialog::applySchedule);
    connect(m_accounts, &Accounts::changed, this, &BackupDialog::updateServices);
    connect(m_changes, &BackupChangesButton::compareRequested, this, &BackupDialog::compareRequested);
}

void BackupDialog::updateServices()
{
    // A service signed out cannot be backed up: unticked and disabled, with why.
    for (const Service service : {Service::Agentbot, Service::Xpander}) {
        QCheckBox *box = service == Service::Agentbot ? m_agentbot : m_xpander;
        const bool in = m_accounts->isSignedIn(service);
        if (in && !box->isEnabled())
            box->setChecked(true);
        if (!in)
            box->setChecked(false);
        box->setEnabled(in);
        box->setToolTip(in ? QString() : tr("Sign in to %1 first.").arg(serviceDisplayName(service)));
    }
}

bool BackupDialog::includes(Service service) const
{
    const QCheckBox *box = service == Service::Agentbot ? m_agentbot : m_xpander;
    return box->isChecked() && m_accounts->isSignedIn(service);
}

QString BackupDialog::nothingChosen() const
{
    return m_accounts->isSignedIn(Service::Agentbot) || m_accounts->isSignedIn(Service::Xpander)
               ? tr("Tick what to back up first.")
               : tr("Sign in to a service first.");
}

void BackupDialog::setOnly(Service service)
{
    m_agentbot->setChecked(service == Service::Agentbot && m_accounts->isSignedIn(Service::Agentbot));
    m_xpander->setChecked(service == Service::Xpander && m_accounts->isSignedIn(Service::Xpander));
}

BackupSchedule::Settings BackupDialog::settings() const
{
    BackupSchedule::Settings settings;
    settings.frequency = BackupSchedule::Frequency(m_schedule->currentData().toInt());
    settings.directory = QDir(m_folder->text()).absolutePath();
    if (includes(Service::Agentbot))
        settings.agentbotServer = m_accounts->server(Service::Agentbot).url().toString(QUrl::FullyEncoded);
    if (includes(Service::Xpander))
        settings.xpanderServer = m_accounts->server(Service::Xpander).url().toString(QUrl::FullyEncoded);
    settings.withKnowledgeBases = m_knowledgeBases->isChecked();
    settings.keep = m_keep->value();
    return settings;
}

void BackupDialog::chooseFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Back up into"), m_folder->text());
    if (!folder.isEmpty())
        m_folder->setText(folder);
}

void BackupDialog::remember() const
{
    Settings::setBackupFolder(m_folder->text());
    Settings::setBackupWithKnowledgeBases(m_knowledgeBases->isChecked());
    Settings::setBackupKeep(m_keep->value());
}

void BackupDialog::applySchedule()
{
    const BackupSchedule::Settings chosen = settings();
    if (chosen.frequency != BackupSchedule::Frequency::Off && chosen.agentbotServer.isEmpty() &&
        chosen.xpanderServer.isEmpty()) {
        m_scheduleStatus->showMessage(nothingChosen(), MessageWidget::Type::Warning);
        m_schedule->setCurrentIndex(m_schedule->findData(int(BackupSchedule::installed())));
        return;
    }
    remember();
    const QString program = QCoreApplication::applicationDirPath() + QStringLiteral("/agent-takeout-cli");
    if (const Failure error = BackupSchedule::install(chosen, program)) {
        m_scheduleStatus->showMessage(error.message(), MessageWidget::Type::Error);
        m_schedule->setCurrentIndex(m_schedule->findData(int(BackupSchedule::installed())));
        return;
    }
    const bool told = BackupSchedule::activate(chosen.frequency);
    if (chosen.frequency == BackupSchedule::Frequency::Off)
        m_scheduleStatus->showMessage(tr("Automatic backups are off."), MessageWidget::Type::Information);
    else if (told)
        m_scheduleStatus->showMessage(tr("Backups run by themselves from now on."), MessageWidget::Type::Positive);
    else
        m_scheduleStatus->showMessage(tr("Backups run by themselves from your next session on."),
                                      MessageWidget::Type::Positive);
}

void BackupDialog::startBackup()
{
    if (m_job)
        return;
    m_results->clear();
    m_outcome->hideMessage();
    const bool agentbot = includes(Service::Agentbot);
    const bool xpander = includes(Service::Xpander);
    if (!agentbot && !xpander) {
        m_outcome->showMessage(nothingChosen(), MessageWidget::Type::Warning);
        return;
    }
    if (m_folder->text().trimmed().isEmpty()) {
        m_outcome->showMessage(tr("Choose a folder first."), MessageWidget::Type::Warning);
        return;
    }
    remember();
    m_job = new BackupJob(QDir(m_folder->text()).absolutePath(), this);
    if (agentbot)
        m_job->addAgentbot(m_accounts->agentbotClient());
    if (xpander)
        m_job->addXpander(m_accounts->xpanderClient(), m_knowledgeBases->isChecked());
    connect(m_job, &BackupJob::itemStarted, this, [this](int index, int count, const QString &what) {
        m_progress->setRange(0, count);
        m_progress->setValue(index - 1);
        m_current->setText(tr("%1 of %2: %3").arg(index).arg(count).arg(what));
    });
    connect(m_job, &BackupJob::progress, this, [this](qint64 received) {
        const QString text = m_current->text().section(QStringLiteral(" — "), 0, 0);
        m_current->setText(text + QStringLiteral(" — ") + QLocale().formattedDataSize(received));
    });
    connect(m_job, &BackupJob::itemFinished, this, [this](const BackupManifest::Item &item) {
        const QString what = item.service == Service::Agentbot
                                 ? tr("Agentbot account")
                                 : (item.agentName.isEmpty() ? tr("xpander.ai agents") : item.agentName);
        m_results->addItem(item.ok ? tr("Saved: %1 (%2)").arg(what, item.file)
                                   : tr("Not saved: %1: %2").arg(what, item.errorText));
    });
    connect(m_job, &BackupJob::finished, this, &BackupDialog::onFinished);
    m_start->setEnabled(false);
    m_cancel->setEnabled(true);
    m_progress->setVisible(true);
    m_progress->setRange(0, 0);
    m_current->setText(tr("Starting…"));
    m_job->start();
}

void BackupDialog::onFinished()
{
    BackupJob *job = m_job;
    m_job = nullptr;
    m_start->setEnabled(true);
    m_cancel->setEnabled(false);
    m_progress->setVisible(false);
    m_current->clear();
    const bool allSaved = job->allSaved();
    if (job->error())
        m_outcome->showMessage(job->error().message(), MessageWidget::Type::Error);
    else if (allSaved)
        m_outcome->showMessage(tr("Everything was saved in %1.").arg(QDir::toNativeSeparators(job->folder())),
                               MessageWidget::Type::Positive);
    else
        m_outcome->showMessage(
            tr("Some items were not saved; the rest is in %1.").arg(QDir::toNativeSeparators(job->folder())),
            MessageWidget::Type::Warning);
    if (allSaved && m_keep->value() > 0) {
        const BackupRetention::Result kept =
            BackupRetention::keepNewest(QDir(m_folder->text()).absolutePath(), m_keep->value(), job->folder());
        for (const QString &problem : kept.problems)
            m_results->addItem(problem);
    }
    m_changes->setDirectory(QDir(m_folder->text()).absolutePath());
    Q_EMIT backupFinished(job->folder(), allSaved);
}

void BackupDialog::reject()
{
    if (m_job)
        m_job->cancel();
    QDialog::reject();
}

} // namespace Takeout
