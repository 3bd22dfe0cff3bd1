#include "SignInPanel.h"

#include "accounts/Accounts.h"

#include <QAction>
#include <QCheckBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QStyle>
#include <QVBoxLayout>

namespace Takeout {

namespace {

QString settingsKey(Service service)
{
    return QStringLiteral("servers/") + serviceId(service);
}

} // namespace

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
    , m_message(new QLabel(this))
    , m_keychainProblem(new QWidget(this))
    , m_keychainText(new QLabel(m_keychainProblem))
{
    const bool agentbot = service == Service::Agentbot;
    setObjectName(agentbot ? QStringLiteral("agentbotSignIn") : QStringLiteral("xpanderSignIn"));

    auto *title =
        new QLabel(agentbot ? tr("<h2>Sign in to Agentbot</h2>") : tr("<h2>Sign in to xpander.ai</h2>"), this);
    auto *help = new QLabel(this);
    help->setWordWrap(true);
    help->setObjectName(QStringLiteral("helpLabel"));
    help->setText(agentbot ? tr("Agentbot has no API keys: the app uses the session of your browser. Sign in to "
                                "Agentbot in your browser, open the developer tools (F12), go to Storage or "
                                "Application › Cookies, and copy the cookies of the Agentbot site as "
                                "<i>name=value; name=value</i>. Paste them here; it is checked right away.")
                           : tr("Create an API key in the xpander.ai app: open Settings › API Keys, press "
                                "<i>Create API key</i>, and copy it. Paste it here; it is checked right away."));
    help->setTextFormat(Qt::RichText);

    m_server->setObjectName(QStringLiteral("serverEdit"));
    m_server->setAccessibleName(tr("Server address"));
    m_server->setPlaceholderText(agentbot ? tr("https://your-agentbot-site.example")
                                          : QStringLiteral("https://api.xpander.ai"));
    m_server->setClearButtonEnabled(true);

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
    m_signIn->setDefault(true);
    m_signOut->setObjectName(QStringLiteral("signOutButton"));
    m_state->setObjectName(QStringLiteral("stateLabel"));
    m_message->setObjectName(QStringLiteral("messageLabel"));
    m_message->setWordWrap(true);
    m_message->setAccessibleName(tr("Sign-in message"));

    m_keychainProblem->setObjectName(QStringLiteral("keychainProblem"));
    m_keychainText->setWordWrap(true);
    auto *retry = new QPushButton(tr("Retry"), m_keychainProblem);
    retry->setObjectName(QStringLiteral("retryKeychainButton"));
    auto *sessionOnly = new QPushButton(tr("Use for this session only"), m_keychainProblem);
    sessionOnly->setObjectName(QStringLiteral("sessionOnlyButton"));
    sessionOnly->setToolTip(tr("Keep the sign-in in memory until you quit. Nothing is written to disk."));
    auto *keychainLayout = new QVBoxLayout(m_keychainProblem);
    keychainLayout->setContentsMargins(0, 0, 0, 0);
    keychainLayout->addWidget(m_keychainText);
    auto *keychainButtons = new QHBoxLayout;
    keychainButtons->addWidget(retry);
    keychainButtons->addWidget(sessionOnly);
    keychainButtons->addStretch();
    keychainLayout->addLayout(keychainButtons);
    m_keychainProblem->hide();
    connect(retry, &QPushButton::clicked, this, [this] { store(m_pendingServer, m_pendingSecret); });
    connect(sessionOnly, &QPushButton::clicked, this, &SignInPanel::useForThisSessionOnly);

    auto *form = new QFormLayout;
    form->addRow(tr("&Server:"), m_server);
    form->addRow(agentbot ? tr("S&ession:") : tr("API &key:"), m_secret);
    form->addRow(QString(), m_remember);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_signIn);
    buttons->addWidget(m_signOut);
    buttons->addStretch();

    // A readable column rather than fields stretched across a wide window.
    auto *column = new QWidget(this);
    column->setMaximumWidth(760);
    auto *outer = new QHBoxLayout(this);
    outer->addWidget(column);
    outer->addStretch();
    auto *layout = new QVBoxLayout(column);
    layout->addWidget(title);
    layout->addWidget(m_state);
    layout->addWidget(help);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(m_message);
    layout->addWidget(m_keychainProblem);
    layout->addStretch();

    connect(m_signIn, &QPushButton::clicked, this, &SignInPanel::signIn);
    connect(m_secret, &QLineEdit::returnPressed, this, &SignInPanel::signIn);
    connect(m_signOut, &QPushButton::clicked, this, &SignInPanel::signOut);
    connect(m_accounts, &Accounts::changed, this, [this](Service changed) {
        if (changed == m_service)
            updateState();
    });

    const QString saved = QSettings().value(settingsKey(service)).toString();
    m_server->setText(saved.isEmpty() ? m_accounts->server(service).toString() : saved);
    updateState();
}

void SignInPanel::restore()
{
    const ServerUrl server = ServerUrl::fromUserInput(m_server->text());
    if (server.isEmpty() || server.check())
        return;
    m_accounts->setServer(m_service, server);
    m_flow.restore({m_service, server}, this, [this, server](const ApiError &error, const QString &secret) {
        if (!error) {
            m_accounts->signIn(m_service, server, secret);
        } else if (error.kind() == ApiError::Kind::KeychainUnavailable) {
            showMessage(error.message(), true);
        }
    });
}

void SignInPanel::prefill(const ServerUrl &server, const QString &secret)
{
    m_server->setText(server.toString());
    m_secret->setText(secret);
    m_accounts->setServer(m_service, server);
}

void SignInPanel::showSignInAgain(const ApiError &error)
{
    m_accounts->signOut(m_service);
    m_secret->clear();
    showMessage(error.message(), true);
    m_secret->setFocus();
}

void SignInPanel::signIn()
{
    const ServerUrl server = ServerUrl::fromUserInput(m_server->text());
    if (const ApiError problem = server.check()) {
        showMessage(problem.message(), true);
        m_server->setFocus();
        return;
    }
    const QString secret = m_secret->text().trimmed();
    if (secret.isEmpty()) {
        showMessage(m_service == Service::Agentbot ? tr("Paste your Agentbot session first.")
                                                   : tr("Paste your API key first."),
                    true);
        m_secret->setFocus();
        return;
    }
    m_flow.check({m_service, server}, secret, this,
                 [this, server, secret](const ApiError &error, const QList<AgentSummary> &agents) {
                     setBusy(false);
                     if (error) {
                         showMessage(error.message(), true);
                         return;
                     }
                     m_verifiedAgents = agents;
                     verified(server, secret);
                 });
    setBusy(true, m_service == Service::Xpander ? tr("Checking the key with xpander.ai…") : QString());
}

void SignInPanel::verified(const ServerUrl &server, const QString &secret)
{
    QSettings().setValue(settingsKey(m_service), server.toString());
    if (m_remember->isChecked()) {
        store(server, secret);
        return;
    }
    // Not remembered: an older remembered secret for this server must not outlive this choice.
    m_flow.forget({m_service, server}, this, [](const ApiError &) {});
    completeSignIn(server, secret, tr("Signed in for this session."));
}

// By value on purpose: callers pass m_pendingServer and m_pendingSecret, which this clears.
// NOLINTNEXTLINE(performance-unnecessary-value-param)
void SignInPanel::completeSignIn(ServerUrl server, QString secret, const QString &message)
{
    m_keychainProblem->hide();
    m_pendingSecret.clear();
    // The list that proved the key goes to the browser first, so that it need not ask again.
    if (m_service == Service::Xpander)
        Q_EMIT agentsLoaded(std::exchange(m_verifiedAgents, {}));
    m_accounts->signIn(m_service, server, secret);
    m_secret->clear();
    showMessage(message, false);
}

void SignInPanel::store(const ServerUrl &server, const QString &secret)
{
    m_pendingServer = server;
    m_pendingSecret = secret;
    setBusy(true, tr("Saving to the system keychain…"));
    m_flow.store({m_service, server}, secret, this, [this, server, secret](const ApiError &error) {
        setBusy(false);
        if (error) {
            showKeychainProblem(error);
            return;
        }
        completeSignIn(server, secret, tr("Signed in. Your sign-in is kept in the system keychain."));
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
    m_flow.forget(account, this, [this](const ApiError &error) {
        if (error && error.kind() != ApiError::Kind::KeychainUnavailable)
            showMessage(error.message(), true);
        else
            showMessage(tr("Signed out."), false);
    });
}

void SignInPanel::setBusy(bool busy, const QString &message)
{
    m_signIn->setEnabled(!busy);
    m_server->setEnabled(!busy);
    m_secret->setEnabled(!busy);
    if (busy)
        showMessage(message, false);
}

void SignInPanel::showMessage(const QString &message, bool problem)
{
    m_message->setText(message);
    m_message->setProperty("problem", problem);
    m_message->setStyleSheet(problem ? QStringLiteral("color: palette(bright-text); background: #b3261e; padding: 6px;")
                                     : QString());
}

void SignInPanel::showKeychainProblem(const ApiError &error)
{
    m_keychainText->setText(error.kind() == ApiError::Kind::KeychainUnavailable
                                ? error.message()
                                : error.message() + QLatin1Char(' ') +
                                      tr("You can try again, or sign in for this session only."));
    m_keychainProblem->show();
    showMessage(QString(), false);
}

void SignInPanel::updateState()
{
    const bool signedIn = m_accounts->isSignedIn(m_service);
    m_state->setText(signedIn ? tr("Signed in to %1.").arg(m_accounts->server(m_service).toString())
                              : tr("Not signed in."));
    m_signOut->setEnabled(signedIn);
}

} // namespace Takeout
