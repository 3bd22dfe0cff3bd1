#include "HomePage.h"

#include "FileHistory.h"
#include "Icons.h"
#include "accounts/Accounts.h"

#include <QCommandLinkButton>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QGridLayout>
#include <QKeySequence>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QStyle>
#include <QVBoxLayout>

namespace Takeout {

namespace {

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

QLabel *heading(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.15);
    label->setFont(font);
    return label;
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
{
    setObjectName(QStringLiteral("homePage"));
    m_backUp = taskButton(tr("&Back up my Agentbot account"),
                          tr("Your profile, agents, scheduled tasks and workflows, in one file."),
                          Icons::exportKind(ExportKind::AgentbotAccount), QStringLiteral("backUpTaskButton"), this);
    m_exportTemplate =
        taskButton(tr("E&xport an xpander.ai agent as a template"),
                   tr("Choose one of your agents and keep its definition, to reuse or share."),
                   Icons::exportKind(ExportKind::XpanderTemplate), QStringLiteral("templateTaskButton"), this);
    m_open = taskButton(tr("&Open a saved export"), tr("Look inside an export you saved before, without signing in."),
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
    m_noRecent->setObjectName(QStringLiteral("noRecentLabel"));
    m_noRecent->setWordWrap(true);
    m_noRecent->setText(tr("No recent exports yet. The exports you save or open will be listed here."));

    // A readable column, like the sign-in pages, in a scroll area for small windows and large fonts.
    auto *column = new QWidget;
    column->setMaximumWidth(760);
    auto *layout = new QVBoxLayout(column);
    layout->addWidget(title);
    layout->addSpacing(8);
    layout->addWidget(m_backUp);
    layout->addWidget(m_exportTemplate);
    layout->addWidget(m_open);
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
    // Tab goes as the page reads: the tasks, the accounts, the recent exports.
    setTabOrder(m_backUp, m_exportTemplate);
    setTabOrder(m_exportTemplate, m_open);
    setTabOrder(m_open, m_agentbotSignIn);
    setTabOrder(m_agentbotSignIn, m_xpanderSignIn);
    setTabOrder(m_xpanderSignIn, m_recent);

    connect(m_backUp, &QCommandLinkButton::clicked, this, &HomePage::backUpAccountRequested);
    connect(m_exportTemplate, &QCommandLinkButton::clicked, this, &HomePage::exportTemplateRequested);
    connect(m_open, &QCommandLinkButton::clicked, this, &HomePage::openRequested);
    connect(m_agentbotSignIn, &QPushButton::clicked, this, [this] { Q_EMIT signInRequested(Service::Agentbot); });
    connect(m_xpanderSignIn, &QPushButton::clicked, this, [this] { Q_EMIT signInRequested(Service::Xpander); });
    // One click opens, as a list of links does; Enter opens the current one.
    connect(m_recent, &QListWidget::itemClicked, this,
            [this](QListWidgetItem *item) { Q_EMIT openFileRequested(item->data(Qt::UserRole).toString()); });
    connect(m_recent, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        if (!style()->styleHint(QStyle::SH_ItemView_ActivateItemOnSingleClick, nullptr, m_recent))
            Q_EMIT openFileRequested(item->data(Qt::UserRole).toString());
    });
    connect(m_accounts, &Accounts::changed, this, &HomePage::updateBadges);

    updateBadges();
    updateRecent();
}

void HomePage::setXpanderAgentCount(int count)
{
    m_xpanderAgents = count;
    updateBadges();
}

void HomePage::showEvent(QShowEvent *event)
{
    updateRecent();
    QWidget::showEvent(event);
}

void HomePage::updateRecent()
{
    m_recent->clear();
    const QLocale locale;
    for (const QString &path : FileHistory::recentFiles()) {
        const QFileInfo info(path);
        // Name first, then what and when, so that the list reads like a file manager's.
        const QString details = info.exists()
                                    ? tr("%1 · %2").arg(locale.toString(info.lastModified(), QLocale::ShortFormat),
                                                        locale.formattedDataSize(info.size()))
                                    : tr("no longer there");
        auto *item = new QListWidgetItem(Icons::exportKind(FileHistory::kind(path)),
                                         QStringLiteral("%1\n%2").arg(info.fileName(), details), m_recent);
        item->setData(Qt::UserRole, path);
        item->setToolTip(QDir::toNativeSeparators(path));
        item->setData(Qt::AccessibleTextRole, tr("%1, %2").arg(info.fileName(), details));
    }
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
