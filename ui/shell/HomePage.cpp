#include "HomePage.h"

#include "accounts/Accounts.h"
#include "backup/BackupChangesButton.h"
#include "backup/BackupManifest.h"
#include "backup/BackupSchedule.h"
#include "backup/ResticPassword.h"
#include "backup/ResticRepository.h"
#include "base/Settings.h"
#include "exports/FileHistory.h"
#include "text/Wording.h"
#include "widgets/Icons.h"

#include <QAction>
#include <QApplication>
#include <QCommandLinkButton>
#include <QDate>
#include <QDateTime>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QFontMetrics>
#include <QFrame>
#include <QGridLayout>
#include <QKeySequence>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QStyle>
#include <QUrl>
#include <QVBoxLayout>

namespace Takeout {

namespace {

// The recent list's rows for exports open and not saved: their place in the list of them.
constexpr int unsavedRole = Qt::UserRole + 1;

QCommandLinkButton *taskButton(const QString &text, const QString &description, const QIcon &icon,
                               const QString &objectName, QWidget *parent)
{
    auto *button = new QCommandLinkButton(text, description, parent);
    button->setObjectName(objectName);
    button->setIcon(icon);
    button->setIconSize(QSize(32, 32));
    button->setAccessibleName(QString(text).remove(QLatin1Char('&')));
    button->setAccessibleDescription(description);
    return button;
}

// A task row in a frame, so that it reads as something to press rather than as text (a command link
// draws its panel only under the mouse).
QFrame *framed(QWidget *button, QWidget *parent)
{
    auto *frame = new QFrame(parent);
    frame->setObjectName(button->objectName() + QStringLiteral("Frame"));
    frame->setFrameShape(QFrame::StyledPanel);
    auto *layout = new QHBoxLayout(frame);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(button);
    return frame;
}

QLabel *heading(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.15);
    label->setFont(font);
    return label;
}

// "3 hours ago": how long ago `time` was, in the largest whole unit.
QString howLongAgo(const QDateTime &time)
{
    const qint64 seconds = qMax<qint64>(0, time.secsTo(QDateTime::currentDateTimeUtc()));
    if (seconds < 60)
        return HomePage::tr("just now");
    if (seconds < 3600)
        return HomePage::tr("%n minute(s) ago", nullptr, int(seconds / 60));
    if (seconds < 86400)
        return HomePage::tr("%n hour(s) ago", nullptr, int(seconds / 3600));
    return HomePage::tr("%n day(s) ago", nullptr, int(seconds / 86400));
}

// When the timer runs next: systemd's "daily" is midnight, "weekly" Monday midnight (local time).
QDateTime nextRun(BackupSchedule::Frequency frequency)
{
    const QDate today = QDate::currentDate();
    QDate day = today.addDays(1);
    if (frequency == BackupSchedule::Frequency::Weekly)
        day = today.addDays(8 - today.dayOfWeek());
    return QDateTime(day, QTime(0, 0));
}

} // namespace

HomePage::HomePage(Accounts *accounts, QWidget *parent)
    : QWidget(parent)
    , m_accounts(accounts)
    , m_agentbotIcon(new QLabel(this))
    , m_agentbotBadge(new QLabel(this))
    , m_agentbotSignIn(new QPushButton(this))
    , m_xpanderIcon(new QLabel(this))
    , m_xpanderBadge(new QLabel(this))
    , m_xpanderSignIn(new QPushButton(this))
    , m_recent(new QListWidget(this))
    , m_noRecent(new QLabel(this))
    , m_lastBackupIcon(new QLabel(this))
    , m_lastBackup(new QLabel(this))
    , m_backUpNow(new QPushButton(tr("Back up &now"), this))
    , m_openBackupFolder(new QPushButton(tr("Open &folder"), this))
    , m_restoreBackup(new QPushButton(tr("&Restore…"), this))
    , m_schedule(new QLabel(this))
    , m_changeBackup(new QPushButton(tr("C&hange…"), this))
    , m_backupChanges(new BackupChangesButton(this))
    , m_compareWith(new QAction(tr("Compare &With…"), m_recent))
    , m_compareTwo(new QAction(tr("&Compare"), m_recent))
    , m_createAgent(new QAction(tr("Create &Agent from This Template…"), m_recent))
{
    setObjectName(QStringLiteral("homePage"));
    m_exportAccount =
        taskButton(tr("&Export my Agentbot account…"),
                   tr("Your profile, agents, scheduled tasks and workflows, in one file to look at and "
                      "save."),
                   Icons::exportKind(ExportKind::AgentbotAccount), QStringLiteral("exportAccountTaskButton"), this);
    m_exportTemplate =
        taskButton(tr("E&xport an xpander.ai agent as a template…"),
                   tr("Choose one of your agents and keep its definition, to reuse or share."),
                   Icons::exportKind(ExportKind::XpanderTemplate), QStringLiteral("templateTaskButton"), this);
    m_open = taskButton(tr("&Open a saved export…"), tr("Look inside an export you saved before, without signing in."),
                        Icons::open(), QStringLiteral("openTaskButton"), this);

    auto *title = new QLabel(tr("Get your AI-agent data out, and look inside it."), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    title->setFont(titleFont);
    title->setWordWrap(true);

    for (QLabel *badge : {m_agentbotBadge, m_xpanderBadge}) {
        badge->setWordWrap(true);
        badge->setTextInteractionFlags(Qt::TextSelectableByMouse);
        badge->setTextFormat(Qt::PlainText); // the server address
    }
    m_agentbotBadge->setObjectName(QStringLiteral("agentbotBadge"));
    m_xpanderBadge->setObjectName(QStringLiteral("xpanderBadge"));
    m_agentbotSignIn->setObjectName(QStringLiteral("agentbotSignInLink"));
    m_xpanderSignIn->setObjectName(QStringLiteral("xpanderSignInLink"));
    auto *accountsGrid = new QGridLayout;
    accountsGrid->setColumnStretch(2, 1);
    accountsGrid->addWidget(m_agentbotIcon, 0, 0);
    accountsGrid->addWidget(m_agentbotBadge, 0, 1, 1, 2);
    accountsGrid->addWidget(m_agentbotSignIn, 0, 3);
    accountsGrid->addWidget(m_xpanderIcon, 1, 0);
    accountsGrid->addWidget(m_xpanderBadge, 1, 1, 1, 2);
    accountsGrid->addWidget(m_xpanderSignIn, 1, 3);

    m_recent->setObjectName(QStringLiteral("recentList"));
    m_recent->setAccessibleName(tr("Recent exports"));
    m_recent->setIconSize(QSize(24, 24));
    m_recent->setMinimumHeight(120);
    // Ctrl or Shift selects a second file to compare with, from the context menu.
    m_recent->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_recent->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_compareWith->setObjectName(QStringLiteral("recentCompareWithAction"));
    m_compareTwo->setObjectName(QStringLiteral("recentCompareAction"));
    m_recent->addAction(m_compareWith);
    m_recent->addAction(m_compareTwo);
    m_createAgent->setObjectName(QStringLiteral("recentCreateAgentAction"));
    m_recent->addAction(m_createAgent);
    m_noRecent->setObjectName(QStringLiteral("noRecentLabel"));
    m_noRecent->setWordWrap(true);
    m_noRecent->setText(tr("No recent exports yet. The exports you save or open will be listed here."));

    // Backups: the main action, large, with what the newest backup is and whether they run by themselves.
    m_backUpNow->setObjectName(QStringLiteral("backUpNowButton"));
    m_backUpNow->setIcon(Icons::exportKind(ExportKind::AgentbotAccount));
    m_backUpNow->setIconSize(QSize(32, 32));
    m_backUpNow->setDefault(true);
    QFont large = m_backUpNow->font();
    large.setPointSizeF(large.pointSizeF() * 1.3);
    m_backUpNow->setFont(large);
    m_backUpNow->setMinimumHeight(QFontMetrics(large).height() * 5 / 2);
    m_backUpNow->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
    m_backUpNow->setToolTip(tr("Everything of the services you are signed in to, into your backup folder."));
    m_lastBackup->setObjectName(QStringLiteral("lastBackupLabel"));
    m_lastBackup->setWordWrap(true);
    m_lastBackup->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_lastBackup->setTextFormat(Qt::PlainText); // a folder's name
    m_lastBackupIcon->setObjectName(QStringLiteral("lastBackupIcon"));
    m_openBackupFolder->setObjectName(QStringLiteral("openBackupFolderButton"));
    m_restoreBackup->setObjectName(QStringLiteral("restoreBackupButton"));
    m_restoreBackup->setToolTip(tr("See the items of the last backup and bring agents back from it"));
    m_schedule->setObjectName(QStringLiteral("backupScheduleLabel"));
    m_schedule->setWordWrap(true);
    m_changeBackup->setObjectName(QStringLiteral("changeBackupButton"));
    m_changeBackup->setAccessibleName(tr("Change the backup settings"));
    m_changeBackup->setToolTip(tr("Where the backups go, what they hold, how often they run and how many to keep."));
    auto *backupGrid = new QGridLayout;
    backupGrid->setColumnStretch(1, 1);
    backupGrid->addWidget(m_backUpNow, 0, 0, 1, 3, Qt::AlignLeft);
    backupGrid->addWidget(m_lastBackupIcon, 1, 0, Qt::AlignTop);
    backupGrid->addWidget(m_lastBackup, 1, 1);
    backupGrid->addWidget(m_schedule, 2, 1);
    backupGrid->addWidget(m_changeBackup, 2, 2, Qt::AlignTop);
    auto *backupButtons = new QHBoxLayout;
    backupButtons->addWidget(m_openBackupFolder);
    backupButtons->addWidget(m_restoreBackup);
    backupButtons->addWidget(m_backupChanges);
    backupButtons->addStretch(1);
    backupGrid->addLayout(backupButtons, 3, 1, 1, 2);

    // A readable column, like the sign-in pages, in a scroll area for small windows and large fonts.
    auto *column = new QWidget;
    column->setMaximumWidth(760);
    auto *layout = new QVBoxLayout(column);
    layout->addWidget(title);
    layout->addSpacing(8);
    layout->addLayout(backupGrid);
    layout->addSpacing(12);
    layout->addWidget(heading(tr("More tasks"), column));
    layout->addWidget(framed(m_exportAccount, column));
    layout->addWidget(framed(m_exportTemplate, column));
    layout->addWidget(framed(m_open, column));
    layout->addSpacing(12);
    layout->addWidget(heading(tr("Your accounts"), column));
    layout->addLayout(accountsGrid);
    layout->addSpacing(12);
    layout->addWidget(heading(tr("Recent exports"), column));
    layout->addWidget(m_noRecent);
    layout->addWidget(m_recent, 1);

    auto *content = new QWidget;
    auto *centred = new QHBoxLayout(content);
    centred->addStretch(1);
    centred->addWidget(column, 4);
    centred->addStretch(1);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setAccessibleName(tr("Home"));
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    m_open->setToolTip(
        tr("Open a saved export (%1)").arg(QKeySequence(QKeySequence::Open).toString(QKeySequence::NativeText)));
    // Tab goes as the page reads: the backup, the tasks, the accounts, the recent exports.
    setTabOrder(m_backUpNow, m_changeBackup);
    setTabOrder(m_changeBackup, m_openBackupFolder);
    setTabOrder(m_openBackupFolder, m_restoreBackup);
    setTabOrder(m_restoreBackup, m_backupChanges);
    setTabOrder(m_backupChanges, m_exportAccount);
    setTabOrder(m_exportAccount, m_exportTemplate);
    setTabOrder(m_exportTemplate, m_open);
    setTabOrder(m_open, m_agentbotSignIn);
    setTabOrder(m_agentbotSignIn, m_xpanderSignIn);
    setTabOrder(m_xpanderSignIn, m_recent);

    connect(m_exportAccount, &QCommandLinkButton::clicked, this, &HomePage::exportAccountRequested);
    connect(m_exportTemplate, &QCommandLinkButton::clicked, this, &HomePage::exportTemplateRequested);
    connect(m_open, &QCommandLinkButton::clicked, this, &HomePage::openRequested);
    connect(m_agentbotSignIn, &QPushButton::clicked, this, [this] { Q_EMIT signInRequested(Service::Agentbot); });
    connect(m_xpanderSignIn, &QPushButton::clicked, this, [this] { Q_EMIT signInRequested(Service::Xpander); });
    // One click opens, as a list of links does (a click that selects, with Ctrl or Shift, does not);
    // Enter opens the current one.
    connect(m_recent, &QListWidget::itemClicked, this, [this](QListWidgetItem *item) {
        if (item->data(unsavedRole).isValid())
            Q_EMIT unsavedExportRequested(item->data(unsavedRole).toInt());
        else if (!(QApplication::keyboardModifiers() & (Qt::ControlModifier | Qt::ShiftModifier)))
            Q_EMIT openFileRequested(item->data(Qt::UserRole).toString());
    });
    connect(m_compareWith, &QAction::triggered, this, [this] {
        if (const QListWidgetItem *item = m_recent->currentItem())
            Q_EMIT compareWithRequested(item->data(Qt::UserRole).toString());
    });
    connect(m_compareTwo, &QAction::triggered, this, [this] {
        const QList<QListWidgetItem *> two = m_recent->selectedItems();
        if (two.size() == 2)
            Q_EMIT compareTwoRequested(two.at(0)->data(Qt::UserRole).toString(),
                                       two.at(1)->data(Qt::UserRole).toString());
    });
    connect(m_createAgent, &QAction::triggered, this, [this] {
        if (const QListWidgetItem *item = m_recent->currentItem())
            Q_EMIT createAgentRequested(item->data(Qt::UserRole).toString());
    });
    connect(m_recent, &QListWidget::itemSelectionChanged, this, [this] {
        m_createAgent->setEnabled(m_recent->currentItem() != nullptr);
        m_compareWith->setEnabled(m_recent->currentItem() != nullptr);
        m_compareTwo->setEnabled(m_recent->selectedItems().size() == 2);
    });
    connect(m_recent, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        if (style()->styleHint(QStyle::SH_ItemView_ActivateItemOnSingleClick, nullptr, m_recent))
            return;
        if (item->data(unsavedRole).isValid())
            Q_EMIT unsavedExportRequested(item->data(unsavedRole).toInt());
        else
            Q_EMIT openFileRequested(item->data(Qt::UserRole).toString());
    });
    connect(m_accounts, &Accounts::changed, this, &HomePage::updateBadges);
    connect(m_backUpNow, &QPushButton::clicked, this, &HomePage::backUpNowRequested);
    connect(m_changeBackup, &QPushButton::clicked, this, &HomePage::backupSettingsRequested);
    connect(m_openBackupFolder, &QPushButton::clicked, this,
            [this] { QDesktopServices::openUrl(QUrl::fromLocalFile(m_lastBackupFolder)); });
    connect(m_backupChanges, &BackupChangesButton::compareRequested, this, &HomePage::compareRequested);
    connect(m_restoreBackup, &QPushButton::clicked, this, [this] {
        Q_EMIT openBackupRequested(m_lastBackupFolder.isEmpty() ? m_lastBackupTarget : m_lastBackupFolder);
    });
    connect(m_backupChanges, &BackupChangesButton::compareBackupsRequested, this, &HomePage::compareBackupsRequested);

    updateBadges();
    updateRecent();
    updateLastBackup();
}

void HomePage::setXpanderAgentCount(int count)
{
    m_xpanderAgents = count;
    updateBadges();
}

void HomePage::showEvent(QShowEvent *event)
{
    updateRecent();
    updateLastBackup();
    QWidget::showEvent(event);
}

bool HomePage::event(QEvent *event)
{
    // A scheduled backup may have run while the window was in the background.
    if (event->type() == QEvent::WindowActivate && isVisible())
        updateLastBackup();
    return QWidget::event(event);
}

void HomePage::updateLastBackup()
{
    ++m_lastBackupAttempt;
    const QString repository = Settings::backupRepository();
    if (!repository.isEmpty()) {
        updateLastRepositoryBackup(repository);
        return;
    }
    m_lastBackupTarget.clear();
    const QString folder = Settings::backupFolder();
    BackupManifest manifest;
    m_lastBackupFolder = folder.isEmpty() ? QString() : BackupManifest::newestIn(folder, &manifest);
    m_openBackupFolder->setVisible(!m_lastBackupFolder.isEmpty());
    m_restoreBackup->setVisible(!m_lastBackupFolder.isEmpty());
    m_lastBackupIcon->setVisible(!m_lastBackupFolder.isEmpty());
    m_backupChanges->setVisible(!m_lastBackupFolder.isEmpty());
    m_backupChanges->setDirectory(folder);
    updateSchedule();
    if (m_lastBackupFolder.isEmpty()) {
        m_lastBackup->setText(tr("No backup yet. Back up now keeps a copy of everything in one folder."));
        m_lastBackup->setToolTip(QString());
        return;
    }
    showLastBackup(manifest, QDir::toNativeSeparators(m_lastBackupFolder));
}

void HomePage::updateLastRepositoryBackup(const QString &repository)
{
    // An encrypted backup has no folder to open; its items are read from the repository into memory.
    m_lastBackupFolder.clear();
    m_lastBackupTarget.clear();
    m_openBackupFolder->setVisible(false);
    m_restoreBackup->setVisible(false);
    m_backupChanges->setVisible(false);
    m_backupChanges->setDirectory({});
    updateSchedule();
    const int attempt = m_lastBackupAttempt;
    const auto nothingYet = [this, repository] {
        m_lastBackupIcon->setVisible(false);
        m_lastBackup->setText(
            tr("No backup yet. Back up now keeps an encrypted copy of everything in %1.").arg(repository));
        m_lastBackup->setToolTip(QString());
    };
    ResticPassword::read(
        repository, false, this,
        [this, attempt, repository, nothingYet](const Failure &error, const QString &password, bool) {
            if (attempt != m_lastBackupAttempt)
                return;
            // No password kept: this app has not made the repository yet.
            if (error.kind() == Failure::Kind::InvalidCredentials) {
                nothingYet();
                return;
            }
            if (error) {
                m_lastBackupIcon->setVisible(false);
                m_lastBackup->setText(tr("The last backup could not be read. %1").arg(error.message()));
                return;
            }
            struct Newest
            {
                bool found = false;
                BackupManifest manifest;
                Failure error;
                QList<ResticRepository::Change> changes;
            };
            m_lastBackupTask = BackgroundTask::run(
                this,
                [repository, password](const TaskControl &) {
                    // One list of the snapshots for both: the newest one's manifest, and what changed.
                    Newest newest;
                    const ResticRepository restic(repository, password);
                    const QList<ResticRepository::Snapshot> list = restic.snapshots(&newest.error);
                    if (newest.error || list.isEmpty())
                        return newest;
                    newest.found = restic.readManifest(list.last().id, &newest.manifest, &newest.error);
                    Failure changesError;
                    if (newest.found)
                        newest.changes = restic.changes(list, &changesError);
                    return newest;
                },
                [this, attempt, repository, password, nothingYet](const Newest &newest) {
                    if (attempt != m_lastBackupAttempt)
                        return;
                    if (newest.error) {
                        m_lastBackupIcon->setVisible(false);
                        m_lastBackup->setText(tr("The last backup could not be read. %1").arg(newest.error.message()));
                        return;
                    }
                    if (!newest.found) {
                        nothingYet();
                        return;
                    }
                    m_lastBackupIcon->setVisible(true);
                    m_lastBackupTarget = QLatin1String(ResticRepository::scheme) + repository;
                    m_restoreBackup->setVisible(true);
                    m_backupChanges->setVisible(true);
                    m_backupChanges->setRepository(repository, password, newest.changes);
                    showLastBackup(newest.manifest, tr("Encrypted, in %1").arg(repository));
                });
        });
}

void HomePage::showLastBackup(const BackupManifest &manifest, const QString &where)
{
    int failed = 0;
    for (const BackupManifest::Item &item : std::as_const(manifest.items))
        failed += item.ok ? 0 : 1;
    // Complete in the person's sense: it ran to the end and every item was saved.
    QString state;
    if (!manifest.finishedAt.isValid() || (failed == 0 && !manifest.complete))
        state = tr("not complete: it stopped before the end");
    else if (failed > 0)
        state = tr("not complete: %n item(s) not saved", nullptr, failed);
    else
        state = tr("complete");
    const bool whole = manifest.isWhole();
    const QDateTime when = manifest.finishedAt.isValid() ? manifest.finishedAt : manifest.startedAt;
    m_lastBackup->setText(tr("Last backup %1, %2.\n%3").arg(howLongAgo(when), state, where));
    m_lastBackup->setToolTip(QLocale().toString(when.toLocalTime(), QLocale::LongFormat));
    const QIcon icon = whole ? Icons::signInState(true) : style()->standardIcon(QStyle::SP_MessageBoxWarning);
    m_lastBackupIcon->setPixmap(icon.pixmap(QSize(24, 24), devicePixelRatioF()));
    m_lastBackupIcon->setAccessibleName(whole ? tr("Complete") : tr("Not complete"));
    m_openBackupFolder->setAccessibleName(tr("Open the folder of the last backup"));
    m_openBackupFolder->setToolTip(where);
}

void HomePage::updateSchedule()
{
    const BackupSchedule::Frequency frequency = BackupSchedule::installed();
    if (frequency == BackupSchedule::Frequency::Off) {
        m_schedule->setText(tr("Automatic backups are off."));
        m_schedule->setToolTip(QString());
        return;
    }
    const QDateTime next = nextRun(frequency);
    const QLocale locale;
    const QString day =
        next.date() == QDate::currentDate().addDays(1) ? tr("tomorrow") : locale.dayName(next.date().dayOfWeek());
    const QString time = locale.toString(next.time(), QLocale::ShortFormat);
    m_schedule->setText(frequency == BackupSchedule::Frequency::Daily
                            ? tr("Automatic backups are on: every day. Next: %1 at %2.").arg(day, time)
                            : tr("Automatic backups are on: every week. Next: %1 at %2.").arg(day, time));
    // A computer that is off then catches up when it starts.
    m_schedule->setToolTip(tr("If the computer is off then, the backup runs when you next sign in."));
}

void HomePage::setUnsavedExports(const QStringList &titles)
{
    m_unsaved = titles;
    updateRecent();
}

void HomePage::updateRecent()
{
    m_recent->clear();
    // The exports open and not saved yet come first: "no recent exports" would not be true.
    for (int i = 0; i < m_unsaved.size(); ++i) {
        const QString details = tr("Open, not saved yet");
        auto *item = new QListWidgetItem(QStringLiteral("%1\n%2").arg(m_unsaved.at(i), details), m_recent);
        item->setFlags(Qt::ItemIsEnabled); // not a file: nothing to compare yet
        item->setData(unsavedRole, i);
        item->setToolTip(tr("Show it; nothing is on your disk until you save it."));
        item->setData(Qt::AccessibleTextRole, tr("%1, %2").arg(m_unsaved.at(i), details));
    }
    const QLocale locale;
    for (const QString &path : FileHistory::recentFiles()) {
        const QFileInfo info(path);
        // Name first, then what and when, so that the list reads like a file manager's.
        const QString details =
            info.exists() ? tr("%1 · %2").arg(Wording::dateTime(info.lastModified()), Wording::size(info.size()))
                          : tr("no longer there");
        auto *item = new QListWidgetItem(Icons::exportKind(FileHistory::kind(path)),
                                         QStringLiteral("%1\n%2").arg(info.fileName(), details), m_recent);
        item->setData(Qt::UserRole, path);
        item->setToolTip(QDir::toNativeSeparators(path));
        item->setData(Qt::AccessibleTextRole, tr("%1, %2").arg(info.fileName(), details));
    }
    m_compareWith->setEnabled(false);
    m_compareTwo->setEnabled(false);
    m_noRecent->setVisible(m_recent->count() == 0);
    m_recent->setVisible(m_recent->count() > 0);
}

void HomePage::updateBadges()
{
    const auto show = [this](Service service, QLabel *icon, QLabel *badge, QPushButton *button) {
        const bool in = m_accounts->isSignedIn(service);
        const QString name = serviceDisplayName(service);
        const QString host = m_accounts->server(service).url().host();
        QString text;
        if (!in) {
            text = tr("Not signed in to %1. Sign in to export from it.").arg(name);
        } else if (service == Service::Xpander && m_xpanderAgents >= 0) {
            text = tr("Signed in to %1 — %n agent(s)", nullptr, m_xpanderAgents).arg(name);
        } else {
            text = tr("Signed in to %1").arg(name);
        }
        badge->setText(text);
        badge->setToolTip(in ? tr("Server: %1").arg(host) : QString());
        icon->setPixmap(Icons::serviceWithState(service, in).pixmap(QSize(24, 24), devicePixelRatioF()));
        icon->setAccessibleName(text);
        button->setText(in ? tr("Manage…") : tr("Sign in…"));
        button->setAccessibleName(in ? tr("Manage the %1 sign-in").arg(name) : tr("Sign in to %1").arg(name));
    };
    show(Service::Agentbot, m_agentbotIcon, m_agentbotBadge, m_agentbotSignIn);
    show(Service::Xpander, m_xpanderIcon, m_xpanderBadge, m_xpanderSignIn);
}

} // namespace Takeout
