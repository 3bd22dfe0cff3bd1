#include "SignInPanel.h"
#include "widgets/TechnicalDetails.h"

#include "accounts/Accounts.h"
#include "base/Settings.h"
#include "browsers/BrowserProfiles.h"
#include "browsers/BrowserProfilesJob.h"
#include "browsers/BrowserSessionJob.h"
#include "services/AgentbotClient.h"

#include <QAction>
#include <QCheckBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace Takeout {

namespace {

// A problem's background: the window colour with some red in it, so that it stays readable in light
// and dark palettes with the palette's own text colour.
QColor problemBackground(const QPalette &palette)
{
    const QColor window = palette.color(QPalette::Window);
    const QColor red(0xd3, 0x2f, 0x2f);
    constexpr float share = 0.3F;
    return QColor::fromRgbF(window.redF() * (1 - share) + red.redF() * share,
                            window.greenF() * (1 - share) + red.greenF() * share,
                            window.blueF() * (1 - share) + red.blueF() * share);
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

    // A readable column rather than fields stretched across a wide window.
    auto *column = new QWidget(this);
    column->setMaximumWidth(760);
    auto *outer = new QHBoxLayout(this);
    outer->addWidget(column);
    outer->addStretch();
    auto *layout = new QVBoxLayout(column);
    layout->addWidget(title);
    layout->addWidget(m_state);

    auto *messageRow = new QHBoxLayout;
    messageRow->addWidget(m_message, 1);
    messageRow->addWidget(m_details->button(), 0, Qt::AlignTop);

    if (!agentbot) {
        auto *form = new QFormLayout;
        form->addRow(tr("&Server:"), m_server);
        form->addRow(tr("API &key:"), m_secret);
        form->addRow(QString(), m_remember);
        auto *buttons = new QHBoxLayout;
        buttons->addWidget(m_signIn);
        buttons->addWidget(m_signOut);
        buttons->addStretch();
        layout->addWidget(help);
        layout->addLayout(form);
        layout->addLayout(buttons);
    } else {
        auto *serverForm = new QFormLayout;
        serverForm->addRow(tr("&Server:"), m_server);
        serverForm->addRow(QString(), m_remember);

        m_privacy = new QLabel(this);
        m_privacy->setObjectName(QStringLiteral("browserPrivacyLabel"));
        m_privacy->setWordWrap(true);
        m_fromBrowser = new QPushButton(this);
        m_fromBrowser->setObjectName(QStringLiteral("fromBrowserButton"));
        m_fromBrowser->setDefault(true);
        m_signIn->setDefault(false);
        m_otherBrowsersMenu = new QMenu(this);
        m_otherBrowsersMenu->setObjectName(QStringLiteral("otherBrowsersMenu"));
        m_otherBrowsers = new QToolButton(this);
        m_otherBrowsers->setObjectName(QStringLiteral("otherBrowsersButton"));
        m_otherBrowsers->setText(tr("Other browsers"));
        m_otherBrowsers->setPopupMode(QToolButton::InstantPopup);
        m_otherBrowsers->setMenu(m_otherBrowsersMenu);
        auto *browserRow = new QHBoxLayout;
        browserRow->addWidget(m_fromBrowser);
        browserRow->addWidget(m_otherBrowsers);
        browserRow->addWidget(m_signOut);
        browserRow->addStretch();

        m_otherWays = new QToolButton(this);
        m_otherWays->setObjectName(QStringLiteral("otherWaysButton"));
        m_otherWays->setText(tr("Other ways"));
        m_otherWays->setCheckable(true);
        m_otherWays->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        m_otherWays->setArrowType(Qt::RightArrow);
        m_otherWays->setAutoRaise(true);
        m_otherWaysArea = new QWidget(this);
        m_otherWaysArea->setObjectName(QStringLiteral("otherWaysArea"));
        auto *pasteForm = new QFormLayout;
        pasteForm->addRow(tr("S&ession:"), m_secret);
        auto *pasteButtons = new QHBoxLayout;
        pasteButtons->addWidget(m_signIn);
        pasteButtons->addStretch();
        auto *otherWaysLayout = new QVBoxLayout(m_otherWaysArea);
        otherWaysLayout->setContentsMargins(0, 0, 0, 0);
        otherWaysLayout->addWidget(help);
        otherWaysLayout->addLayout(pasteForm);
        otherWaysLayout->addLayout(pasteButtons);
        connect(m_otherWays, &QToolButton::toggled, this, [this](bool open) {
            m_otherWays->setArrowType(open ? Qt::DownArrow : Qt::RightArrow);
            m_otherWaysArea->setVisible(open);
        });
        connect(m_fromBrowser, &QPushButton::clicked, this, [this] {
            const QList<Browser> browsers = browsersFound();
            if (!browsers.isEmpty())
                signInFromBrowser(browsers.first());
        });
        connect(m_server, &QLineEdit::editingFinished, this, &SignInPanel::findBrowsers);

        layout->addLayout(serverForm);
        layout->addWidget(m_privacy);
        layout->addLayout(browserRow);
        layout->addWidget(m_otherWays);
        layout->addWidget(m_otherWaysArea);
    }
    layout->addLayout(messageRow);
    layout->addWidget(m_details->text());
    layout->addWidget(m_keychainProblem);
    layout->addStretch();

    connect(m_signIn, &QPushButton::clicked, this, &SignInPanel::signIn);
    connect(m_secret, &QLineEdit::returnPressed, this, &SignInPanel::signIn);
    connect(m_signOut, &QPushButton::clicked, this, &SignInPanel::signOut);
    connect(m_accounts, &Accounts::changed, this, [this](Service changed) {
        if (changed == m_service)
            updateState();
    });

    const QString saved = Settings::server(service);
    m_server->setText(saved.isEmpty() ? m_accounts->server(service).toString() : saved);
    if (agentbot) {
        // Only the folders and profiles.ini: no cookie database is opened here.
        m_profiles = BrowserProfiles::find();
        updateBrowserButtons();
        // Pasting is the way when no browser is there to take the sign-in from.
        m_otherWays->setChecked(m_profiles.isEmpty());
        m_otherWaysArea->setVisible(m_profiles.isEmpty());
    }
    updateState();
}

QList<Browser> SignInPanel::browsersFound() const
{
    QList<Browser> found;
    for (const BrowserProfile &profile : m_profiles) {
        if (!found.contains(profile.browser))
            found << profile.browser;
    }
    // First the one the last sign-in came from, then the others in the usual order. No cookie store is
    // looked into before the button is pressed: the panel promises to read the browser only then.
    QList<Browser> browsers;
    Browser last = Browser::Firefox;
    if (BrowserInfo::parseId(Settings::signInBrowser(m_service), &last) && found.contains(last))
        browsers << last;
    for (const Browser browser : std::as_const(found)) {
        if (!browsers.contains(browser))
            browsers << browser;
    }
    return browsers;
}

void SignInPanel::updateBrowserButtons()
{
    if (m_fromBrowser == nullptr)
        return;
    const QList<Browser> browsers = browsersFound();
    m_otherBrowsersMenu->clear();
    if (browsers.isEmpty()) {
        m_fromBrowser->hide();
        m_otherBrowsers->hide();
        m_privacy->setText(tr("No browser was found on this computer to take the Agentbot sign-in from (Firefox, "
                              "Chrome, Chromium, Edge, Brave, Vivaldi). Paste it under Other ways."));
        return;
    }
    const QString first = BrowserInfo::displayName(browsers.first());
    m_fromBrowser->setText(m_signInAgain ? tr("Take the sign-in from %1 again").arg(first)
                                         : tr("Use my sign-in from %1").arg(first));
    m_fromBrowser->show();
    m_privacy->setText(tr("Reads only the Agentbot cookies from %1 when you press the button; the sign-in is kept in "
                          "your keychain, never in a file.")
                           .arg(first));
    for (qsizetype i = 1; i < browsers.size(); ++i) {
        const Browser browser = browsers.at(i);
        QAction *action =
            m_otherBrowsersMenu->addAction(tr("Use my sign-in from %1").arg(BrowserInfo::displayName(browser)), this,
                                           [this, browser] { signInFromBrowser(browser); });
        action->setObjectName(QStringLiteral("fromBrowser-") + BrowserInfo::id(browser));
    }
    m_otherBrowsers->setVisible(browsers.size() > 1);
}

void SignInPanel::findBrowsers()
{
    if (m_fromBrowser == nullptr || m_lookup)
        return;
    // Without a URL the job lists the profiles only; it opens no cookie database.
    m_lookup = new BrowserProfilesJob(QUrl(), this);
    connect(m_lookup, &Job::finished, this, [this, job = m_lookup.data()] {
        m_profiles.clear();
        for (const BrowserProfilesJob::Entry &entry : job->entries())
            m_profiles << entry.profile;
        updateBrowserButtons();
    });
    m_lookup->start();
}

void SignInPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // Browsers come and go while the app runs.
    findBrowsers();
}

void SignInPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyMessageStyle();
}

void SignInPanel::signInFromBrowser(Browser browser)
{
    const ServerUrl server = ServerUrl::fromUserInput(m_server->text());
    if (const Failure problem = server.check()) {
        showMessage(problem.message(), true);
        m_server->setFocus();
        return;
    }
    QList<BrowserProfile> profiles;
    for (const BrowserProfile &profile : std::as_const(m_profiles)) {
        if (profile.browser == browser)
            profiles << profile;
    }
    const QString name = BrowserInfo::displayName(browser);
    auto *job = new BrowserSessionJob(profiles, AgentbotClient::exportUrl(server), name, this);
    connect(job, &Job::finished, this, [this, job, server, browser] {
        const BrowserSession &session = job->session();
        if (session.error()) {
            setBusy(false);
            showProblem(session.error());
            return;
        }
        Settings::setSignInBrowser(m_service, BrowserInfo::id(browser));
        checkAndKeep(server, QString::fromUtf8(session.cookieHeader()), session.source());
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

void SignInPanel::showSignInAgain(const Failure &error)
{
    m_accounts->signOut(m_service);
    m_secret->clear();
    showProblem(error);
    if (m_fromBrowser != nullptr && !Settings::signInBrowser(m_service).isEmpty() && !browsersFound().isEmpty()) {
        // The server stays as it is: one click takes the sign-in from the same browser again.
        m_signInAgain = true;
        updateBrowserButtons();
        m_fromBrowser->setFocus();
        return;
    }
    if (m_otherWays != nullptr)
        m_otherWays->setChecked(true);
    m_secret->setFocus();
}

void SignInPanel::signIn()
{
    const ServerUrl server = ServerUrl::fromUserInput(m_server->text());
    if (const Failure problem = server.check()) {
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
    m_keychainProblem->hide();
    m_pendingSecret.clear();
    m_pendingSource.clear();
    if (m_signInAgain) {
        m_signInAgain = false;
        updateBrowserButtons();
    }
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
    if (m_fromBrowser != nullptr) {
        m_fromBrowser->setEnabled(!busy);
        m_otherBrowsers->setEnabled(!busy);
    }
    if (busy)
        showMessage(message, false);
}

void SignInPanel::showMessage(const QString &message, bool problem)
{
    m_message->setText(message);
    m_message->setProperty("problem", problem);
    m_details->clear();
    applyMessageStyle();
}

void SignInPanel::showProblem(const Failure &error)
{
    showMessage(error.message(), true);
    m_details->show(error.detail());
}

void SignInPanel::applyMessageStyle()
{
    const bool problem = m_message->property("problem").toBool();
    m_message->setStyleSheet(problem ? QStringLiteral("color: palette(window-text); background: %1; padding: 6px;")
                                           .arg(problemBackground(palette()).name())
                                     : QString());
}

void SignInPanel::showKeychainProblem(const Failure &error)
{
    m_keychainText->setText(error.kind() == Failure::Kind::KeychainUnavailable
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
