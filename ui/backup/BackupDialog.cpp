#include "BackupDialog.h"

#include "accounts/Accounts.h"
#include "backup/BackupChangesButton.h"
#include "backup/BackupJob.h"
#include "backup/BackupRetention.h"
#include "backup/RcloneRemotes.h"
#include "backup/ResticBackupJob.h"
#include "backup/ResticPassword.h"
#include "backup/ResticRepository.h"
#include "base/Settings.h"
#include "exports/ExportWriter.h"
#include "exports/FileHistory.h"
#include "services/AgentbotClient.h"
#include "services/XpanderClient.h"
#include "widgets/Icons.h"
#include "widgets/MessageWidget.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QStyle>
#include <QUrl>
#include <QVBoxLayout>
#include <algorithm>

namespace Takeout {

namespace {

QLabel *pageHeading(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.15);
    label->setFont(font);
    label->setWordWrap(true);
    return label;
}

// A policy none of the dialog's entries gives (set by the command line, or a number of an older
// version), in words: "The last 3", "One a day for 14 days, one a month for 6 months".
QString keepWords(const KeepPolicy &policy)
{
    if (policy.daily < 1 && policy.weekly < 1 && policy.monthly < 1)
        return BackupDialog::tr("The last %n", nullptr, policy.last);
    QStringList parts;
    if (policy.last > 0)
        parts << BackupDialog::tr("the last %n", nullptr, policy.last);
    if (policy.daily > 0)
        parts << BackupDialog::tr("one a day for %n day(s)", nullptr, policy.daily);
    if (policy.weekly > 0)
        parts << BackupDialog::tr("one a week for %n week(s)", nullptr, policy.weekly);
    if (policy.monthly > 0)
        parts << BackupDialog::tr("one a month for %n month(s)", nullptr, policy.monthly);
    QString words = parts.join(BackupDialog::tr(", "));
    if (!words.isEmpty())
        words[0] = words.at(0).toUpper();
    return words;
}

// The restic backends that are not a folder; an address without one is an SFTP server's.
bool hasBackend(const QString &repository)
{
    static const QStringList backends = {QStringLiteral("sftp:"),  QStringLiteral("rest:"),  QStringLiteral("s3:"),
                                         QStringLiteral("b2:"),    QStringLiteral("azure:"), QStringLiteral("gs:"),
                                         QStringLiteral("swift:"), QStringLiteral("rclone:")};
    return std::any_of(backends.cbegin(), backends.cend(),
                       [&repository](const QString &backend) { return repository.startsWith(backend); });
}

const QString rclonePrefix = QStringLiteral("rclone:");
const QString defaultCloudFolder = QStringLiteral("agent-takeout");

} // namespace

BackupDialog::BackupDialog(Accounts *accounts, QWidget *parent)
    : QDialog(parent)
    , m_accounts(accounts)
    , m_pages(new QStackedWidget(this))
    , m_intro(new QLabel(this))
    , m_where(new QComboBox(this))
    , m_folder(new QLineEdit(this))
    , m_server(new QLineEdit(this))
    , m_remote(new QComboBox(this))
    , m_cloudPath(new QLineEdit(this))
    , m_remotesHint(new QLabel(this))
    , m_resticMissing(new QLabel(this))
    , m_agentbot(new QCheckBox(tr("A&gentbot account"), this))
    , m_xpander(new QCheckBox(tr("&xpander.ai agents, each as a template"), this))
    , m_knowledgeBases(new QCheckBox(tr("Include &knowledge bases"), this))
    , m_keep(new QComboBox(this))
    , m_schedule(new QComboBox(this))
    , m_scheduleStatus(new MessageWidget(this))
    , m_notStarted(new MessageWidget(this))
    , m_progress(new QProgressBar(this))
    , m_current(new QLabel(this))
    , m_outcome(new MessageWidget(this))
    , m_savedIn(new QLabel(this))
    , m_results(new QListWidget(this))
    , m_passwordBox(new QWidget(this))
    , m_password(new QLabel(this))
    , m_buttons(new QDialogButtonBox(this))
    , m_start(new QPushButton(tr("&Back up now"), this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_openFolder(new QPushButton(tr("&Open Folder"), this))
    , m_changes(new BackupChangesButton(this))
    , m_close(new QPushButton(tr("Close"), this))
{
    setWindowTitle(tr("Back up"));
    // Room for a sentence and a folder's path, in any font.
    setMinimumWidth(fontMetrics().averageCharWidth() * 90);
    m_pages->addWidget(settingsPage());
    m_pages->addWidget(progressPage());
    m_pages->addWidget(endPage());

    m_start->setObjectName(QStringLiteral("backUpButton"));
    m_cancel->setObjectName(QStringLiteral("cancelBackupButton"));
    m_openFolder->setObjectName(QStringLiteral("openBackupFolderButton"));
    m_changes->setText(tr("&See What Changed"));
    m_close->setObjectName(QStringLiteral("closeButton"));
    m_buttons->addButton(m_openFolder, QDialogButtonBox::ActionRole);
    m_buttons->addButton(m_changes, QDialogButtonBox::ActionRole);
    m_buttons->addButton(m_start, QDialogButtonBox::AcceptRole);
    m_buttons->addButton(m_cancel, QDialogButtonBox::RejectRole);
    m_buttons->addButton(m_close, QDialogButtonBox::RejectRole);
    m_changes->setDirectory(Settings::backupFolder());

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages, 1);
    layout->addWidget(m_buttons);

    // The buttons are connected one by one: the box's accepted/rejected would also fire for Cancel.
    connect(m_start, &QPushButton::clicked, this, &BackupDialog::startBackup);
    connect(m_cancel, &QPushButton::clicked, this, &BackupDialog::cancelBackup);
    connect(m_close, &QPushButton::clicked, this, &BackupDialog::reject);
    connect(m_openFolder, &QPushButton::clicked, this,
            [this] { QDesktopServices::openUrl(QUrl::fromLocalFile(m_openFolder->property("folder").toString())); });
    connect(m_changes, &BackupChangesButton::compareRequested, this, &BackupDialog::compareRequested);
    connect(m_changes, &BackupChangesButton::compareBackupsRequested, this, &BackupDialog::compareBackupsRequested);
    connect(m_accounts, &Accounts::changed, this, &BackupDialog::updateServices);
    showPage(Page::Settings);
}

QWidget *BackupDialog::settingsPage()
{
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("settingsPage"));
    const QString remembered = Settings::backupFolder();
    const QString repository = Settings::backupRepository();
    // The first time, the page is a short setup; after that it is where the settings are changed.
    m_intro->setObjectName(QStringLiteral("backupIntro"));
    m_intro->setWordWrap(true);
    m_intro->setText(remembered.isEmpty() && repository.isEmpty()
                         ? tr("Your first backup. Choose where it goes and how often to back up; you can change "
                              "this later with Change… on Home.")
                         : tr("What to back up, where, and how often."));

    m_folder->setObjectName(QStringLiteral("folderEdit"));
    m_folder->setText(remembered.isEmpty() ? FileHistory::lastFolder() : remembered);
    m_folder->setAccessibleName(tr("Backup folder"));
    auto *choose = new QPushButton(tr("C&hoose…"), page);
    choose->setObjectName(QStringLiteral("chooseFolderButton"));
    choose->setAccessibleName(tr("Choose the backup folder"));
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(choose);
    m_folderRow = new QWidget(page);
    m_folderRow->setLayout(folderRow);
    folderRow->setContentsMargins(0, 0, 0, 0);

    m_where->setObjectName(QStringLiteral("whereCombo"));
    m_where->setAccessibleName(tr("Where the backups go"));
    m_where->addItem(tr("A folder"), int(Where::Folder));
    m_where->addItem(tr("Encrypted, on this computer or a drive"), int(Where::Drive));
    m_where->addItem(tr("Encrypted, on a server (SFTP)"), int(Where::Server));
    m_where->addItem(tr("Encrypted, in a cloud (through rclone)"), int(Where::Cloud));
    m_server->setObjectName(QStringLiteral("serverEdit"));
    m_server->setAccessibleName(tr("Server of the encrypted backup"));
    m_server->setPlaceholderText(tr("sftp:user@host:/path"));
    m_remote->setObjectName(QStringLiteral("remoteCombo"));
    m_remote->setAccessibleName(tr("Cloud"));
    m_cloudPath->setObjectName(QStringLiteral("cloudFolderEdit"));
    m_cloudPath->setAccessibleName(tr("Folder in the cloud"));
    m_cloudPath->setPlaceholderText(defaultCloudFolder);
    auto *cloudRow = new QHBoxLayout;
    cloudRow->setContentsMargins(0, 0, 0, 0);
    cloudRow->addWidget(m_remote, 1);
    cloudRow->addWidget(m_cloudPath, 1);
    m_cloudRow = new QWidget(page);
    m_cloudRow->setLayout(cloudRow);
    m_remotesHint->setObjectName(QStringLiteral("remotesHint"));
    m_remotesHint->setWordWrap(true);
    m_remotesHint->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_resticMissing->setObjectName(QStringLiteral("resticMissingLabel"));
    m_resticMissing->setWordWrap(true);
    m_resticMissing->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // Without restic the encrypted choices cannot work: off, with the core's sentence on how to get it.
    if (ResticRepository::program().isEmpty()) {
        m_resticMissing->setText(ResticRepository(QString()).run({}).error.message());
        if (auto *model = qobject_cast<QStandardItemModel *>(m_where->model())) {
            for (int row = 1; row < model->rowCount(); ++row)
                model->item(row)->setEnabled(false);
        }
    }
    // The remembered destination, in the fields it came from.
    Where where = Where::Folder;
    if (!repository.isEmpty() && ResticRepository::program().isEmpty()) {
        where = Where::Folder;
    } else if (repository.startsWith(rclonePrefix)) {
        where = Where::Cloud;
        const QString rest = repository.mid(rclonePrefix.size());
        const qsizetype colon = rest.indexOf(QLatin1Char(':'));
        m_rememberedRemote = rest.left(colon + 1);
        m_cloudPath->setText(rest.mid(colon + 1));
    } else if (hasBackend(repository)) {
        where = Where::Server;
        m_server->setText(repository);
    } else if (!repository.isEmpty()) {
        where = Where::Drive;
        m_folder->setText(repository);
    }
    m_where->setCurrentIndex(m_where->findData(int(where)));

    m_agentbot->setObjectName(QStringLiteral("backUpAgentbotCheck"));
    m_xpander->setObjectName(QStringLiteral("backUpXpanderCheck"));
    m_knowledgeBases->setObjectName(QStringLiteral("knowledgeBasesCheck"));
    m_knowledgeBases->setChecked(Settings::backupWithKnowledgeBases());
    auto *servicesColumn = new QVBoxLayout;
    servicesColumn->addWidget(m_agentbot);
    servicesColumn->addWidget(m_xpander);
    servicesColumn->addWidget(m_knowledgeBases);
    m_agentbot->setEnabled(false); // updateServices() ticks what is signed in
    m_xpander->setEnabled(false);
    updateServices();

    // Which backups to keep, in words. Thinning out keeps a year of history in about 23 backups, as
    // Déjà Dup and Pika Backup do; a policy set before that none of these gives keeps its own entry.
    m_keep->setObjectName(QStringLiteral("keepCombo"));
    m_keep->setAccessibleName(tr("Backups to keep"));
    const auto addKeep = [this](const QString &text, const KeepPolicy &policy) {
        m_keep->addItem(text, int(m_keepChoices.size()));
        m_keepChoices << policy;
    };
    addKeep(tr("All backups"), {});
    addKeep(tr("The last 5"), {5, 0, 0, 0});
    addKeep(tr("The last 10"), {10, 0, 0, 0});
    addKeep(tr("Thin out: one a day for a week, one a week for a month, one a month for a year"),
            KeepPolicy::thinnedOut());
    const KeepPolicy kept = Settings::backupKeepPolicy();
    if (!m_keepChoices.contains(kept))
        addKeep(keepWords(kept), kept);
    m_keep->setCurrentIndex(int(m_keepChoices.indexOf(kept)));

    m_schedule->setObjectName(QStringLiteral("scheduleCombo"));
    m_schedule->addItem(tr("Off"), int(BackupSchedule::Frequency::Off));
    m_schedule->addItem(tr("Every day"), int(BackupSchedule::Frequency::Daily));
    m_schedule->addItem(tr("Every week"), int(BackupSchedule::Frequency::Weekly));
    m_schedule->setCurrentIndex(m_schedule->findData(int(BackupSchedule::installed())));
    m_schedule->setAccessibleName(tr("Back up automatically"));
    m_scheduleStatus->setObjectName(QStringLiteral("scheduleStatus"));
    m_notStarted->setObjectName(QStringLiteral("notStartedMessage"));

    // Labels made here, so that each mnemonic has its buddy (a label of a row that is a layout has none).
    const auto label = [page](const QString &text, QWidget *buddy, const char *objectName) {
        auto *made = new QLabel(text, page);
        made->setObjectName(QLatin1String(objectName));
        made->setBuddy(buddy);
        return made;
    };
    auto *form = new QFormLayout;
    m_form = form;
    form->addRow(tr("Back up:"), servicesColumn);
    form->addRow(label(tr("&Where:"), m_where, "whereLabel"), m_where);
    form->addRow(QString(), m_resticMissing);
    form->addRow(label(tr("&Folder:"), m_folder, "folderLabel"), m_folderRow);
    form->addRow(label(tr("&Server:"), m_server, "serverLabel"), m_server);
    form->addRow(label(tr("C&loud:"), m_remote, "cloudLabel"), m_cloudRow);
    form->addRow(QString(), m_remotesHint);
    form->addRow(label(tr("K&eep:"), m_keep, "keepLabel"), m_keep);
    form->addRow(label(tr("Back up &automatically:"), m_schedule, "scheduleLabel"), m_schedule);
    form->addRow(QString(), m_scheduleStatus);

    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_notStarted);
    layout->addStretch(1);

    connect(choose, &QPushButton::clicked, this, &BackupDialog::chooseFolder);
    connect(m_schedule, &QComboBox::activated, this, &BackupDialog::applySchedule);
    connect(m_where, &QComboBox::currentIndexChanged, this, &BackupDialog::updateWhere);
    updateWhere();
    return page;
}

QWidget *BackupDialog::progressPage()
{
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("progressPage"));
    m_progress->setAccessibleName(tr("Backup progress"));
    m_current->setObjectName(QStringLiteral("currentItemLabel"));
    m_current->setTextFormat(Qt::PlainText); // agent names from the server
    m_current->setWordWrap(true);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(pageHeading(tr("Backing up…"), page));
    layout->addWidget(m_current);
    layout->addWidget(m_progress);
    layout->addStretch(1);
    return page;
}

QWidget *BackupDialog::endPage()
{
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("endPage"));
    m_outcome->setObjectName(QStringLiteral("backupOutcome"));
    m_savedIn->setObjectName(QStringLiteral("savedInLabel"));
    m_savedIn->setTextFormat(Qt::PlainText); // a folder's name
    m_savedIn->setWordWrap(true);
    m_results->setObjectName(QStringLiteral("backupResults"));
    m_results->setAccessibleName(tr("Backup result"));
    // Long names and reasons wrap: the list never scrolls sideways.
    m_results->setWordWrap(true);
    m_results->setTextElideMode(Qt::ElideMiddle);
    m_results->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_results->setResizeMode(QListView::Adjust);
    m_results->setMinimumHeight(fontMetrics().height() * 12);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_outcome);
    layout->addWidget(m_savedIn);
    layout->addWidget(m_passwordBox);
    layout->addWidget(m_results, 1);

    // A new repository's password, once: selectable, with a copy to a file of the person's choosing.
    m_passwordBox->setObjectName(QStringLiteral("newPasswordBox"));
    m_password->setObjectName(QStringLiteral("newPasswordLabel"));
    m_password->setTextFormat(Qt::PlainText);
    m_password->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_password->setFocusPolicy(Qt::StrongFocus);
    m_password->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_password->setAccessibleName(tr("Password of the encrypted backup"));
    auto *save = new QPushButton(tr("Save a &Copy…"), m_passwordBox);
    save->setObjectName(QStringLiteral("savePasswordButton"));
    auto *warning = new QLabel(tr("Without this password the backups cannot be read. It is kept in your keychain "
                                  "and shown only now: keep a copy somewhere else."),
                               m_passwordBox);
    warning->setObjectName(QStringLiteral("passwordWarning"));
    warning->setWordWrap(true);
    m_passwordStatus = new MessageWidget(m_passwordBox);
    m_passwordStatus->setObjectName(QStringLiteral("passwordCopyStatus"));
    auto *passwordRow = new QHBoxLayout;
    passwordRow->addWidget(m_password, 1);
    passwordRow->addWidget(save);
    auto *passwordLayout = new QVBoxLayout(m_passwordBox);
    passwordLayout->setContentsMargins(0, 0, 0, 0);
    passwordLayout->addWidget(pageHeading(tr("The password of your encrypted backup"), m_passwordBox));
    passwordLayout->addLayout(passwordRow);
    passwordLayout->addWidget(warning);
    passwordLayout->addWidget(m_passwordStatus);
    m_passwordBox->hide();
    connect(save, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Save a Copy of the Password"),
                                                          QDir::home().filePath(tr("backup-password.txt")));
        if (!path.isEmpty())
            savePasswordCopy(path);
    });
    return page;
}

BackupDialog::Page BackupDialog::page() const
{
    return Page(m_pages->currentIndex());
}

void BackupDialog::showPage(Page page)
{
    m_pages->setCurrentIndex(int(page));
    m_start->setVisible(page == Page::Settings);
    m_cancel->setVisible(page == Page::Progress);
    m_close->setVisible(page != Page::Progress);
    m_openFolder->setVisible(page == Page::End && !m_openFolder->property("folder").toString().isEmpty());
    m_changes->setVisible(page == Page::End);
    // The default is what comes next: back up, or close once it is done.
    QPushButton *next = page == Page::Settings ? m_start : page == Page::Progress ? m_cancel : m_close;
    for (QPushButton *button : {m_start, m_cancel, m_close})
        button->setDefault(button == next);
    // A hidden button's mnemonic must not fire.
    m_start->setEnabled(page == Page::Settings);
    m_cancel->setEnabled(page == Page::Progress);
    next->setFocus();
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
    settings.directory = ResticRepository::absoluteTarget(destination());
    if (includes(Service::Agentbot))
        settings.agentbotServer = m_accounts->server(Service::Agentbot).url().toString(QUrl::FullyEncoded);
    if (includes(Service::Xpander))
        settings.xpanderServer = m_accounts->server(Service::Xpander).url().toString(QUrl::FullyEncoded);
    settings.withKnowledgeBases = m_knowledgeBases->isChecked();
    settings.keep = keepPolicy();
    return settings;
}

KeepPolicy BackupDialog::keepPolicy() const
{
    return m_keepChoices.value(m_keep->currentIndex());
}

void BackupDialog::chooseFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Back up into"), m_folder->text());
    if (!folder.isEmpty())
        m_folder->setText(folder);
}

QString BackupDialog::destination() const
{
    const QString folder = m_folder->text().trimmed();
    switch (Where(m_where->currentData().toInt())) {
    case Where::Folder:
        return folder.isEmpty() ? QString() : QDir(folder).absolutePath();
    case Where::Drive:
        return folder.isEmpty() ? QString() : QLatin1String(ResticRepository::scheme) + QDir(folder).absolutePath();
    case Where::Server: {
        const QString server = m_server->text().trimmed();
        if (server.isEmpty())
            return {};
        return QLatin1String(ResticRepository::scheme) +
               (hasBackend(server) ? server : QStringLiteral("sftp:") + server);
    }
    case Where::Cloud: {
        if (m_remote->currentText().isEmpty())
            return {};
        const QString path = m_cloudPath->text().trimmed();
        return QLatin1String(ResticRepository::scheme) + rclonePrefix + m_remote->currentText() +
               (path.isEmpty() ? defaultCloudFolder : path);
    }
    }
    return {};
}

void BackupDialog::updateWhere()
{
    const Where where = Where(m_where->currentData().toInt());
    m_form->setRowVisible(m_resticMissing, !m_resticMissing->text().isEmpty());
    m_form->setRowVisible(m_folderRow, where == Where::Folder || where == Where::Drive);
    m_form->setRowVisible(m_server, where == Where::Server);
    m_form->setRowVisible(m_cloudRow, where == Where::Cloud);
    m_form->setRowVisible(m_remotesHint, where == Where::Cloud && !m_remotesHint->text().isEmpty());
    m_folder->setAccessibleName(where == Where::Drive ? tr("Folder of the encrypted backup") : tr("Backup folder"));
    if (where == Where::Cloud && !m_remotesAsked)
        listRemotes();
}

void BackupDialog::listRemotes()
{
    m_remotesAsked = true;
    m_remote->clear();
    m_remote->setEnabled(false);
    m_remotesHint->setText(tr("Looking for the clouds rclone knows…"));
    updateWhere();
    m_remotesTask = BackgroundTask::run(
        this,
        [](const TaskControl &) {
            Failure error;
            QStringList remotes = RcloneRemotes::list(&error);
            return std::make_pair(error, remotes);
        },
        [this](const std::pair<Failure, QStringList> &listed) {
            m_remote->addItems(listed.second);
            m_remote->setEnabled(!listed.second.isEmpty());
            const int remembered = m_remote->findText(m_rememberedRemote);
            if (remembered >= 0)
                m_remote->setCurrentIndex(remembered);
            if (listed.first)
                m_remotesHint->setText(listed.first.message());
            else if (listed.second.isEmpty())
                m_remotesHint->setText(tr("rclone knows no cloud yet: add one with “rclone config” in a terminal, "
                                          "then open this dialog again."));
            else
                m_remotesHint->clear();
            updateWhere();
            Q_EMIT remotesListed();
        });
}

void BackupDialog::remember() const
{
    const QString target = destination();
    if (ResticRepository::isTarget(target))
        Settings::setBackupRepository(ResticRepository::fromTarget(target));
    else
        Settings::setBackupRepository(QString());
    if (Where(m_where->currentData().toInt()) == Where::Folder)
        Settings::setBackupFolder(m_folder->text());
    Settings::setBackupWithKnowledgeBases(m_knowledgeBases->isChecked());
    Settings::setBackupKeepPolicy(keepPolicy());
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
    if (isRunning())
        return;
    // The password is shown once: a new backup does not show it again.
    m_passwordBox->hide();
    m_password->clear();
    m_results->clear();
    m_outcome->hideMessage();
    m_notStarted->hideMessage();
    const bool agentbot = includes(Service::Agentbot);
    const bool xpander = includes(Service::Xpander);
    if (!agentbot && !xpander) {
        showPage(Page::Settings);
        m_notStarted->showMessage(nothingChosen(), MessageWidget::Type::Warning);
        return;
    }
    const Where where = Where(m_where->currentData().toInt());
    const QString target = destination();
    if (target.isEmpty()) {
        showPage(Page::Settings);
        if (where == Where::Server) {
            m_notStarted->showMessage(tr("Type the server's address first, as in sftp:me@host:/backups."),
                                      MessageWidget::Type::Warning);
            m_server->setFocus();
        } else if (where == Where::Cloud) {
            m_notStarted->showMessage(tr("Choose a cloud first."), MessageWidget::Type::Warning);
            m_remote->setFocus();
        } else {
            m_notStarted->showMessage(tr("Choose a folder first."), MessageWidget::Type::Warning);
            m_folder->setFocus();
        }
        return;
    }
    if (ResticRepository::isTarget(target)) {
        const QString repository = ResticRepository::fromTarget(target);
        if (ResticRepository::holdsPassword(repository)) {
            showPage(Page::Settings);
            m_notStarted->showMessage(tr("Leave the password out of the address: it is kept in the keychain."),
                                      MessageWidget::Type::Warning);
            return;
        }
        remember();
        startResticBackup(repository, agentbot, xpander);
        return;
    }
    remember();
    m_itemCount = 0;
    m_savedCount = 0;
    m_job = new BackupJob(QDir(m_folder->text()).absolutePath(), this);
    if (agentbot)
        m_job->addAgentbot(m_accounts->agentbotClient());
    if (xpander)
        m_job->addXpander(m_accounts->xpanderClient(), m_knowledgeBases->isChecked());
    connect(m_job, &BackupJob::itemStarted, this, &BackupDialog::showItemStarted);
    connect(m_job, &BackupJob::progress, this, &BackupDialog::showReceived);
    connect(m_job, &BackupJob::itemFinished, this, &BackupDialog::showResult);
    connect(m_job, &BackupJob::finished, this, &BackupDialog::onFinished);
    m_progress->setRange(0, 0);
    m_currentText.clear();
    m_current->setText(tr("Starting…"));
    showPage(Page::Progress);
    m_job->start();
}

void BackupDialog::showResult(const BackupManifest::Item &item)
{
    const QString what = item.service == Service::Agentbot
                             ? tr("Agentbot account")
                             : (item.agentName.isEmpty() ? tr("xpander.ai agents") : item.agentName);
    auto *row = new QListWidgetItem(m_results);
    if (item.ok) {
        ++m_savedCount;
        row->setText(tr("Saved: %1").arg(what));
        row->setToolTip(item.file);
        row->setIcon(Icons::signInState(true));
    } else {
        row->setText(tr("Not saved: %1. %2").arg(what, item.errorText));
        row->setIcon(style()->standardIcon(QStyle::SP_MessageBoxWarning));
    }
}

void BackupDialog::startResticBackup(const QString &repository, bool agentbot, bool xpander)
{
    m_starting = true;
    const int attempt = ++m_attempt;
    m_itemCount = 0;
    m_savedCount = 0;
    m_progress->setRange(0, 0);
    m_currentText.clear();
    m_current->setText(tr("Opening the encrypted backup…"));
    showPage(Page::Progress);
    // The keychain's password, or a new strong one kept there before the repository is made.
    ResticPassword::read(
        repository, true, this,
        [this, attempt, repository, agentbot, xpander](const Failure &error, const QString &password, bool) {
            if (attempt != m_attempt || !m_starting)
                return;
            m_starting = false;
            if (error) {
                m_outcome->showMessage(error.message(), MessageWidget::Type::Error);
                m_savedIn->hide();
                m_openFolder->setProperty("folder", QString());
                showPage(Page::End);
                m_changes->hide();
                Q_EMIT backupFinished(QString(), false);
                return;
            }
            m_restic = new ResticBackupJob(ResticRepository(repository, password), this);
            m_restic->setKeepPolicy(keepPolicy());
            if (agentbot)
                m_restic->items()->addAgentbot(m_accounts->agentbotClient());
            if (xpander)
                m_restic->items()->addXpander(m_accounts->xpanderClient(), m_knowledgeBases->isChecked());
            connect(m_restic, &ResticBackupJob::itemStarted, this, &BackupDialog::showItemStarted);
            connect(m_restic, &ResticBackupJob::progress, this, &BackupDialog::showReceived);
            connect(m_restic->items(), &BackupJob::itemFinished, this, &BackupDialog::showResult);
            connect(m_restic, &ResticBackupJob::storing, this, [this](int permille) {
                m_progress->setRange(0, 1000);
                m_progress->setValue(permille);
                m_current->setText(tr("Storing the encrypted backup…"));
            });
            connect(m_restic, &ResticBackupJob::finished, this,
                    [this, repository, password] { onResticFinished(repository, password); });
            m_restic->start();
        });
}

void BackupDialog::onResticFinished(const QString &repository, const QString &password)
{
    ResticBackupJob *job = m_restic;
    m_restic = nullptr;
    m_current->clear();
    const bool allSaved = !job->error() && !job->snapshotId().isEmpty();
    const int count = qMax(m_itemCount, int(m_results->count()));
    if (job->error())
        m_outcome->showMessage(job->error().message(), job->error().kind() == Failure::Kind::Cancelled
                                                           ? MessageWidget::Type::Information
                                                           : MessageWidget::Type::Error);
    else if (allSaved)
        m_outcome->showMessage(tr("All %n item(s) saved.", nullptr, count), MessageWidget::Type::Positive);
    else
        m_outcome->showMessage(tr("%1 of %n item(s) saved, so nothing was stored in the encrypted backup. The "
                                  "list says what was not saved and why.",
                                  nullptr, count)
                                   .arg(m_savedCount),
                               MessageWidget::Type::Warning);
    m_openFolder->setProperty("folder", QString());
    m_savedIn->setVisible(allSaved);
    m_savedIn->setText(tr("In the encrypted backup “%1” (snapshot %2).").arg(repository, job->snapshotId().left(8)));
    m_savedIn->setToolTip(QString());
    if (job->keepError())
        m_results->addItem(
            new QListWidgetItem(style()->standardIcon(QStyle::SP_MessageBoxWarning), job->keepError().message()));
    // Shown once: the password of a repository this run made.
    if (job->createdRepository() && !password.isEmpty()) {
        m_password->setText(password);
        m_passwordStatus->hideMessage();
        m_passwordBox->show();
    }
    showPage(Page::End);
    m_changes->hide();
    if (allSaved) {
        // What changed since the backup before: the snapshots' manifests say, read off the UI thread.
        m_changesTask = BackgroundTask::run(
            this,
            [restic = ResticRepository(repository, password)](const TaskControl &) {
                Failure error;
                return restic.changes(&error);
            },
            [this, repository, password](const QList<ResticRepository::Change> &changes) {
                m_changes->setRepository(repository, password, changes);
                m_changes->setVisible(!changes.isEmpty() && page() == Page::End);
            });
    }
    Q_EMIT backupFinished(QString(), allSaved);
}

Failure BackupDialog::savePasswordCopy(const QString &path)
{
    // The password alone on its line, so that the copy also serves as RESTIC_PASSWORD_FILE.
    Failure error = ExportWriter::write(m_password->text().toUtf8() + '\n', path, ExportWriter::Existing::Replace);
    if (error)
        m_passwordStatus->showMessage(error.message(), MessageWidget::Type::Error);
    else
        m_passwordStatus->showMessage(tr("A copy of the password is in “%1”. Keep it somewhere safe, apart from "
                                         "the backups.")
                                          .arg(QDir::toNativeSeparators(path)),
                                      MessageWidget::Type::Positive);
    return error;
}

void BackupDialog::showItemStarted(int index, int count, const QString &what)
{
    m_itemCount = count;
    m_progress->setRange(0, count);
    m_progress->setValue(index - 1);
    m_currentText = tr("Saving %1 (%2 of %3)").arg(what).arg(index).arg(count);
    m_current->setText(m_currentText);
}

void BackupDialog::showReceived(qint64 received)
{
    m_current->setText(tr("%1 — %2").arg(m_currentText, QLocale().formattedDataSize(received)));
}

void BackupDialog::cancelBackup()
{
    if (m_job)
        m_job->cancel();
    if (m_restic)
        m_restic->cancel();
    if (m_starting) {
        m_starting = false;
        ++m_attempt;
        m_outcome->showMessage(tr("The backup was cancelled."), MessageWidget::Type::Information);
        m_savedIn->hide();
        showPage(Page::End);
        m_changes->hide();
    }
}

bool BackupDialog::isRunning() const
{
    return m_job != nullptr || m_restic != nullptr || m_starting;
}

void BackupDialog::onFinished()
{
    BackupJob *job = m_job;
    m_job = nullptr;
    m_current->clear();
    const bool allSaved = job->allSaved();
    const int count = qMax(m_itemCount, int(m_results->count()));
    if (job->error())
        m_outcome->showMessage(job->error().message(), job->error().kind() == Failure::Kind::Cancelled
                                                           ? MessageWidget::Type::Information
                                                           : MessageWidget::Type::Error);
    else if (allSaved)
        m_outcome->showMessage(tr("All %n item(s) saved.", nullptr, count), MessageWidget::Type::Positive);
    else
        m_outcome->showMessage(
            tr("%1 of %n item(s) saved. The list says what was not saved and why.", nullptr, count).arg(m_savedCount),
            MessageWidget::Type::Warning);
    const QString folder = job->folder();
    m_openFolder->setProperty("folder", folder);
    m_openFolder->setToolTip(QDir::toNativeSeparators(folder));
    m_savedIn->setVisible(!folder.isEmpty());
    m_savedIn->setText(tr("In the folder “%1”.").arg(QFileInfo(folder).fileName()));
    m_savedIn->setToolTip(QDir::toNativeSeparators(folder));
    const KeepPolicy policy = keepPolicy();
    if (allSaved && !policy.isEmpty()) {
        const BackupRetention::Result kept =
            BackupRetention::keep(QDir(m_folder->text()).absolutePath(), policy, job->folder());
        for (const QString &problem : kept.problems)
            m_results->addItem(new QListWidgetItem(style()->standardIcon(QStyle::SP_MessageBoxWarning), problem));
    }
    m_changes->setDirectory(QDir(m_folder->text()).absolutePath());
    showPage(Page::End);
    Q_EMIT backupFinished(folder, allSaved);
}

void BackupDialog::reject()
{
    cancelBackup();
    QDialog::reject();
}

} // namespace Takeout
