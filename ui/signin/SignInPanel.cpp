#include "SignInPanel.h"
#include "signin/BrowserPicker.h"
#include "widgets/MessageWidget.h"
#include "widgets/TechnicalDetails.h"

#include "accounts/Accounts.h"
#include "base/Settings.h"
#include "browsers/BrowserSessionJob.h"
#include "services/AgentbotClient.h"

#include <QAction>
#include <QCheckBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace Takeout {

SignInPanel::SignInPanel(Service service, Accounts *accounts, CredentialStore *credentials, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
    , m_accounts(accounts)
    , m_flow(accounts, credentials)
    , m_server(new QLineEdit(this))
    , m_secret(new QLineEdit(this))
    , m_remember(new QCheckBox(tr("Remember on this computer (system keychain)"), this))
    , m_signIn(new QPushButton(tr("Sign in"), this))
    , m_signOut(new QPushButton(tr("Sign out"), this))
    , m_state(new QLabel(this))
    , m_message(new MessageWidget(this))
    , m_keychainProblem(new MessageWidget(this))
    , m_details(new TechnicalDetails(this))
{
    const bool agentbot = service == Service::Agentbot;
    setObjectName(agentbot ? QStringLiteral("agentbotSignIn") : QStringLiteral("xpanderSignIn"));

    auto *title =
        new QLabel(agentbot ? tr("<h2>Sign in to Agentbot</h2>") : tr("<h2>Sign in to xpander.ai</h2>"), this);
    auto *help = new QLabel(this);
    help->setWordWrap(true);
    help->setObjectName(QStringLiteral("helpLabel"));
    help->setText(agentbot ? tr("Agentbot has no API keys: the app uses the session of your browser. To copy it by "
                                "hand, sign in to Agentbot in your browser, open the developer tools (F12), go to "
                                "Storage or Application › Cookies, and copy the cookies of the Agentbot site as "
                                "<i>name=value; name=value</i>. Paste them here; it is checked right away.")
                           : tr("Create an API key in the xpander.ai app: open Settings › API Keys, press "
                                "<i>Create API key</i>, and copy it. Paste it here; it is checked right away."));
    help->setTextFormat(Qt::RichText);

    m_server->setObjectName(QStringLiteral("serverEdit"));
    m_server->setAccessibleName(agentbot ? tr("Your Agentbot address") : tr("Server address"));
    m_server->setPlaceholderText(agentbot ? tr("https://your-agentbot-site.example")
                                          : XpanderClient::defaultServer().toString());
    // xpander.ai's address is fixed for nearly everyone: nothing there invites clearing it.
    m_server->setClearButtonEnabled(agentbot);

    m_secret->setObjectName(QStringLiteral("secretEdit"));
    m_secret->setAccessibleName(agentbot ? tr("Browser session") : tr("API key"));
    m_secret->setEchoMode(QLineEdit::Password);
    m_secret->setPlaceholderText(agentbot ? tr("Paste your session cookies or token") : tr("Paste your API key"));
    QAction *reveal =
        m_secret->addAction(style()->standardIcon(QStyle::SP_FileDialogContentsView), QLineEdit::TrailingPosition);
    reveal->setObjectName(QStringLiteral("revealAction"));
    reveal->setCheckable(true);
    reveal->setToolTip(tr("Show or hide"));
    connect(reveal, &QAction::toggled, this,
            [this](bool shown) { m_secret->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password); });

    m_remember->setObjectName(QStringLiteral("rememberCheck"));
    m_remember->setChecked(true);
    m_signIn->setObjectName(QStringLiteral("signInButton"));
    m_signIn->setDefault(!agentbot); // Agentbot's default is the browser button
    m_signOut->setObjectName(QStringLiteral("signOutButton"));
    m_state->setObjectName(QStringLiteral("stateLabel"));
    m_state->setTextFormat(Qt::PlainText); // the server address
    m_message->setObjectName(QStringLiteral("messageLabel"));
    m_message->addButton(m_details->button());

    m_keychainProblem->setObjectName(QStringLiteral("keychainProblem"));
    auto *retry = m_keychainProblem->addButton(tr("Retry"), QStringLiteral("retryKeychainButton"));
    auto *sessionOnly =
        m_keychainProblem->addButton(tr("Use for this session only"), QStringLiteral("sessionOnlyButton"));
    sessionOnly->setToolTip(tr("Keep the sign-in in memory until you quit. Nothing is written to disk."));
    connect(retry, &QPushButton::clicked, this, [this] { store(m_pendingServer, m_pendingSecret); });
    connect(sessionOnly, &QPushButton::clicked, this, &SignInPanel::useForThisSessionOnly);

    // A readable column rather than fields stretched across a wide window.
    auto *column = new QWidget(this);
    column->setMaximumWidth(760);
    auto *outer = new QHBoxLayout(this);
    outer->addWidget(column);
    outer->addStretch();
    auto *layout = new QVBoxLayout(column);
    layout->addWidget(title);
    layout->addWidget(m_state);

    if (!agentbot) {
        auto *form = new QFormLayout;
        form->addRow(tr("API &key:"), m_secret);
        form->addRow(QString(), m_remember);
        auto *buttons = new QHBoxLayout;
        buttons->addWidget(m_signIn);
        buttons->addWidget(m_signOut);
        buttons->addStretch();
        layout->addWidget(help);
        layout->addLayout(form);
        layout->addLayout(buttons);
        layout->addWidget(otherServerArea());
    } else {
        // Each Agentbot site has its own address: it comes first, said as a person finds it.
        auto *serverLabel = new QLabel(tr("Your Agentbot &address (as in your browser's address bar):"), this);
        serverLabel->setObjectName(QStringLiteral("serverLabel"));
        serverLabel->setWordWrap(true);
        serverLabel->setBuddy(m_server);
        m_picker = new BrowserPicker(service, this);
        m_picker->addButton(m_signOut);
        // The explanation, the browser button, then whether to remember.
        m_picker->addBelowButtons(m_remember);
        m_picker->setOtherWays(pasteArea(help));
        connect(m_picker, &BrowserPicker::browserChosen, this, &SignInPanel::signInFromBrowser);
        connect(m_server, &QLineEdit::editingFinished, m_picker, &BrowserPicker::refresh);
        layout->addWidget(serverLabel);
        layout->addWidget(m_server);
        layout->addWidget(m_picker);
    }
    layout->addWidget(m_message);
    layout->addWidget(m_details->text());
    layout->addWidget(m_keychainProblem);
    layout->addStretch();

    // Tab in reading order: the controls were made before the rows that place them.
    QList<QWidget *> tabOrder;
    if (agentbot)
        tabOrder << m_server << m_picker->tabOrder() << m_secret << m_signIn;
    else
        tabOrder << m_secret << m_remember << m_signIn << m_signOut << m_otherWays << m_server;
    tabOrder << m_details->button() << m_details->text() << retry << sessionOnly;
    for (qsizetype i = 1; i < tabOrder.size(); ++i)
        QWidget::setTabOrder(tabOrder.at(i - 1), tabOrder.at(i));

    connect(m_signIn, &QPushButton::clicked, this, &SignInPanel::signIn);
    connect(m_secret, &QLineEdit::returnPressed, this, &SignInPanel::signIn);
    connect(m_signOut, &QPushButton::clicked, this, &SignInPanel::signOut);
    connect(m_accounts, &Accounts::changed, this, [this](Service changed) {
        if (changed == m_service)
            updateState();
    });

    const QString saved = Settings::server(service);
    m_server->setText(saved.isEmpty() ? m_accounts->server(service).toString() : saved);
    // Another server than the usual one is shown, not hidden away.
    if (m_otherWays != nullptr)
        m_otherWays->setChecked(ServerUrl::fromUserInput(m_server->text()).url() !=
                                XpanderClient::defaultServer().url());
    updateState();
}

QWidget *SignInPanel::otherServerArea()
{
    auto *area = new QWidget(this);
    m_otherWays = new QToolButton(area);
    m_otherWays->setObjectName(QStringLiteral("otherWaysButton"));
    m_otherWays->setText(tr("Other ways"));
    m_otherWays->setToolTip(
        tr("Sign in to another xpander.ai server than %1.").arg(XpanderClient::defaultServer().toString()));
    m_otherWays->setCheckable(true);
    m_otherWays->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_otherWays->setArrowType(Qt::RightArrow);
    m_otherWays->setAutoRaise(true);
    auto *folded = new QWidget(area);
    folded->setObjectName(QStringLiteral("otherWaysArea"));
    auto *form = new QFormLayout(folded);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("&Server address:"), m_server);
    folded->hide();
    connect(m_otherWays, &QToolButton::toggled, this, [this, folded](bool open) {
        m_otherWays->setArrowType(open ? Qt::DownArrow : Qt::RightArrow);
        folded->setVisible(open);
    });
    auto *layout = new QVBoxLayout(area);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_otherWays, 0, Qt::AlignLeft);
    layout->addWidget(folded);
    return area;
}

QWidget *SignInPanel::pasteArea(QWidget *help)
{
    auto *area = new QWidget(this);
    area->setObjectName(QStringLiteral("otherWaysArea"));
    auto *form = new QFormLayout;
    form->addRow(tr("S&ession:"), m_secret);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_signIn);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(area);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(help);
    layout->addLayout(form);
    layout->addLayout(buttons);
    return area;
}

void SignInPanel::signInFromBrowser(Browser browser)
{
    const ServerUrl server = ServerUrl::fromUserInput(m_server->text());
    if (const Failure problem = server.check()) {
        showMessage(problem.message(), Tone::Problem);
        m_server->setFocus();
        return;
    }
    const QString name = BrowserInfo::displayName(browser);
    auto *job = new BrowserSessionJob(m_picker->profiles(browser), AgentbotClient::exportUrl(server), name, this);
    connect(job, &Job::finished, this, [this, job, server, browser] {
        const BrowserSession &session = job->session();
        if (session.error()) {
            setBusy(false);
            showProblem(session.error());
            return;
        }
        Settings::setSignInBrowser(m_service, BrowserInfo::id(browser));
        checkAndKeep(server, AgentbotSession::fromCookieHeader(session.cookieHeader()).storedText(), session.source());
    });
    setBusy(true, tr("Reading the Agentbot sign-in from %1…").arg(name));
    job->start();
}

void SignInPanel::restore()
{
    const ServerUrl server = ServerUrl::fromUserInput(m_server->text());
    if (server.isEmpty() || server.check())
        return;
    m_accounts->setServer(m_service, server);
    m_flow.restore({m_service, server}, this, [this, server](const Failure &error, const QString &secret) {
        if (!error) {
            m_accounts->signIn(m_service, server, secret);
        } else if (error.kind() == Failure::Kind::KeychainUnavailable) {
            showMessage(error.message(), Tone::Problem);
        }
    });
}

void SignInPanel::prefill(const ServerUrl &server, const QString &secret)
{
    m_server->setText(server.toString());
    if (m_otherWays != nullptr)
        m_otherWays->setChecked(server.url() != XpanderClient::defaultServer().url());
    m_secret->setText(secret);
    m_accounts->setServer(m_service, server);
}

void SignInPanel::showSignInAgain(const Failure &error)
{
    m_accounts->signOut(m_service);
    m_secret->clear();
    showProblem(error);
    if (m_picker != nullptr && !Settings::signInBrowser(m_service).isEmpty() && !m_picker->browsers().isEmpty()) {
        // The server stays as it is: one click takes the sign-in from the same browser again.
        m_picker->setSignInAgain(true);
        m_picker->focusBrowserButton();
        return;
    }
    if (m_picker != nullptr)
        m_picker->setOtherWaysOpen(true);
    m_secret->setFocus();
}

void SignInPanel::signIn()
{
    const ServerUrl server = ServerUrl::fromUserInput(m_server->text());
    if (const Failure problem = server.check()) {
        showMessage(problem.message(), Tone::Problem);
        if (m_otherWays != nullptr)
            m_otherWays->setChecked(true);
        m_server->setFocus();
        return;
    }
    const QString secret = m_secret->text().trimmed();
    if (secret.isEmpty()) {
        showMessage(m_service == Service::Agentbot ? tr("Paste your Agentbot session first.")
                                                   : tr("Paste your API key first."),
                    Tone::Problem);
        m_secret->setFocus();
        return;
    }
    if (m_service == Service::Agentbot)
        Settings::forgetSignInBrowser(m_service);
    checkAndKeep(server, secret, {});
}

void SignInPanel::checkAndKeep(const ServerUrl &server, const QString &secret, const QString &source)
{
    m_pendingSource = source;
    m_flow.check({m_service, server}, secret, this,
                 [this, server, secret](const Failure &error, const QList<AgentSummary> &agents) {
                     setBusy(false);
                     if (error) {
                         showProblem(error);
                         return;
                     }
                     m_verifiedAgents = agents;
                     verified(server, secret);
                 });
    setBusy(true, m_service == Service::Xpander ? tr("Checking the key with xpander.ai…")
                                                : tr("Checking the sign-in with Agentbot…"));
}

void SignInPanel::verified(const ServerUrl &server, const QString &secret)
{
    Settings::setServer(m_service, server.toString());
    if (m_remember->isChecked()) {
        store(server, secret);
        return;
    }
    // Not remembered: an older remembered secret for this server must not outlive this choice.
    m_flow.forget({m_service, server}, this, [](const Failure &) {});
    completeSignIn(server, secret,
                   m_pendingSource.isEmpty() ? tr("Signed in for this session.")
                                             : tr("Signed in for this session — session from %1").arg(m_pendingSource));
}

// By value on purpose: callers pass m_pendingServer and m_pendingSecret, which this clears.
// NOLINTNEXTLINE(performance-unnecessary-value-param)
void SignInPanel::completeSignIn(ServerUrl server, QString secret, const QString &message)
{
    m_keychainProblem->hideMessage();
    m_pendingSecret.clear();
    m_pendingSource.clear();
    if (m_picker != nullptr)
        m_picker->setSignInAgain(false);
    // The list that proved the key goes to the browser first, so that it need not ask again.
    if (m_service == Service::Xpander)
        Q_EMIT agentsLoaded(std::exchange(m_verifiedAgents, {}));
    m_accounts->signIn(m_service, server, secret);
    m_secret->clear();
    showMessage(message, Tone::Done);
}

void SignInPanel::store(const ServerUrl &server, const QString &secret)
{
    m_pendingServer = server;
    m_pendingSecret = secret;
    setBusy(true, tr("Saving to the system keychain…"));
    m_flow.store({m_service, server}, secret, this, [this, server, secret](const Failure &error) {
        setBusy(false);
        if (error) {
            showKeychainProblem(error);
            return;
        }
        completeSignIn(server, secret,
                       m_pendingSource.isEmpty() ? tr("Signed in. Your sign-in is kept in the system keychain.")
                                                 : tr("Signed in — session from %1").arg(m_pendingSource));
    });
}

void SignInPanel::useForThisSessionOnly()
{
    completeSignIn(m_pendingServer, m_pendingSecret,
                   tr("Signed in for this session only. You will be asked again next time."));
}

void SignInPanel::signOut()
{
    const ServiceAccount account{m_service, m_accounts->server(m_service)};
    m_accounts->signOut(m_service);
    m_flow.forget(account, this, [this](const Failure &error) {
        if (error && error.kind() != Failure::Kind::KeychainUnavailable)
            showMessage(error.message(), Tone::Problem);
        else
            showMessage(tr("Signed out."), Tone::Done);
    });
}

void SignInPanel::setBusy(bool busy, const QString &message)
{
    m_signIn->setEnabled(!busy);
    m_server->setEnabled(!busy);
    m_secret->setEnabled(!busy);
    if (m_picker != nullptr)
        m_picker->setBusy(busy);
    if (busy)
        showMessage(message, Tone::Notice);
}

void SignInPanel::showMessage(const QString &message, Tone tone)
{
    m_details->clear();
    if (message.isEmpty()) {
        m_message->hideMessage();
        return;
    }
    m_message->showMessage(message, tone == Tone::Problem ? MessageWidget::Type::Error
                                    : tone == Tone::Done  ? MessageWidget::Type::Positive
                                                          : MessageWidget::Type::Information);
}

void SignInPanel::showProblem(const Failure &error)
{
    showMessage(error.message(), Tone::Problem);
    m_details->show(error);
}

void SignInPanel::showKeychainProblem(const Failure &error)
{
    // Without a keychain there is a way on (this session only); a keychain that failed is a problem.
    const bool unavailable = error.kind() == Failure::Kind::KeychainUnavailable;
    m_keychainProblem->showMessage(unavailable ? error.message()
                                               : error.message() + QLatin1Char(' ') +
                                                     tr("You can try again, or sign in for this session only."),
                                   unavailable ? MessageWidget::Type::Warning : MessageWidget::Type::Error);
    showMessage(QString(), Tone::Notice);
}

void SignInPanel::updateState()
{
    const bool signedIn = m_accounts->isSignedIn(m_service);
    m_state->setText(signedIn ? tr("Signed in to %1.").arg(m_accounts->server(m_service).toString())
                              : tr("Not signed in."));
    m_signOut->setVisible(signedIn);
}

} // namespace Takeout
