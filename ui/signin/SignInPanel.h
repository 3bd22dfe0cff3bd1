#pragma once

#include "accounts/SignInFlow.h"
#include "base/Failure.h"
#include "browsers/Browser.h"
#include "credentials/ServiceAccount.h"
#include "services/XpanderClient.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QToolButton;

namespace Takeout {

class Accounts;
class BrowserPicker;
class CredentialStore;
class MessageWidget;
class TechnicalDetails;

// Sign-in for one service: the secret (hidden unless asked), plain help, "remember on this computer",
// and the server address (Agentbot's first, as each site has its own; xpander.ai's fixed one folded
// under "Other ways"). Sign out shows only while signed in. The steps are SignInFlow's (xpander.ai keys are checked
// with the agent list, an Agentbot session with a request that stops at the status); this panel shows them. Without a
// keychain the panel says how to get one and offers to keep the secret for this session only.
// Agentbot's session is taken from a browser with one button ("Use my sign-in from Firefox"): the
// browser's cookie store is read off the UI thread (BrowserSessionJob) only when it is pressed, the
// session checked like a pasted one (BrowserPicker); pasting stays under "Other ways".
class SignInPanel : public QWidget
{
    Q_OBJECT

public:
    SignInPanel(Service service, Accounts *accounts, CredentialStore *credentials, QWidget *parent = nullptr);

    Service service() const { return m_service; }

    // Looks for a remembered secret for the server last used; signs in when there is one.
    void restore();
    // Pre-fills server and secret without signing in (the demo service).
    void prefill(const ServerUrl &server, const QString &secret);
    // Shown when the service turned the sign-in down later (a 401 during an export). When it came from a
    // browser, the panel offers to take it from that browser again in one click, the server kept.
    void showSignInAgain(const Failure &error);
    // Agentbot: takes the session from `browser`'s cookie store (its profile in use first), checks and
    // keeps it, as the browser buttons do.
    void signInFromBrowser(Browser browser);

Q_SIGNALS:
    // The agent list that proved an xpander.ai key good, so the browser need not ask again.
    void agentsLoaded(const QList<Takeout::AgentSummary> &agents);

private:
    QWidget *pasteArea(QWidget *help);
    // xpander.ai: the server address, folded under "Other ways".
    QWidget *otherServerArea();
    void signIn();
    void checkAndKeep(const ServerUrl &server, const QString &secret, const QString &source);
    void showProblem(const Failure &error);
    void signOut();
    void verified(const ServerUrl &server, const QString &secret);
    void store(const ServerUrl &server, const QString &secret);
    void useForThisSessionOnly();
    void completeSignIn(ServerUrl server, QString secret, const QString &message);
    void setBusy(bool busy, const QString &message = {});
    // A problem is an error; the rest are notices, "positive" once signed in or out.
    enum class Tone
    {
        Notice,
        Done,
        Problem
    };
    void showMessage(const QString &message, Tone tone);
    void showKeychainProblem(const Failure &error);
    void updateState();

    Service m_service;
    Accounts *m_accounts;
    SignInFlow m_flow;
    QLineEdit *m_server;
    QLineEdit *m_secret;
    QCheckBox *m_remember;
    QPushButton *m_signIn;
    QPushButton *m_signOut;
    QLabel *m_state;
    // xpander.ai only (null for Agentbot): unfolds the server address.
    QToolButton *m_otherWays = nullptr;
    MessageWidget *m_message;
    MessageWidget *m_keychainProblem;
    ServerUrl m_pendingServer;
    QString m_pendingSecret;
    QList<AgentSummary> m_verifiedAgents;
    TechnicalDetails *m_details;
    // Agentbot only (null for xpander.ai).
    BrowserPicker *m_picker = nullptr;
    // Where the sign-in being checked came from ("Firefox (profile default-release)"); empty when pasted.
    QString m_pendingSource;
};

} // namespace Takeout
