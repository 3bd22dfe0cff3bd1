#pragma once

#include "accounts/SignInFlow.h"
#include "base/Failure.h"
#include "browsers/BrowserProfile.h"
#include "credentials/ServiceAccount.h"
#include "services/XpanderClient.h"

#include <QPointer>
#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QMenu;
class QPushButton;
class QToolButton;

namespace Takeout {

class Accounts;
class BrowserProfilesJob;
class CredentialStore;
class TechnicalDetails;

// Sign-in for one service: server URL, the secret (hidden unless asked), plain help, and
// "remember on this computer". The steps are SignInFlow's (xpander.ai keys are checked with the agent
// list, an Agentbot session with a request that stops at the status); this panel shows them. Without a
// keychain the panel says how to get one and offers to keep the secret for this session only.
// Agentbot's session is taken from a browser with one button ("Use my sign-in from Firefox"): the
// browser's cookie store is read off the UI thread (BrowserSessionJob) only when it is pressed, the
// session checked like a pasted one; pasting stays under "Other ways".
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
    void signIn();
    void checkAndKeep(const ServerUrl &server, const QString &secret, const QString &source);
    // The browser buttons from the profiles found; the browser of the last sign-in first.
    void updateBrowserButtons();
    void findBrowsers();
    QList<Browser> browsersFound() const;
    void showProblem(const Failure &error);
    void applyMessageStyle();
    void signOut();
    void verified(const ServerUrl &server, const QString &secret);
    void store(const ServerUrl &server, const QString &secret);
    void useForThisSessionOnly();
    void completeSignIn(ServerUrl server, QString secret, const QString &message);
    void setBusy(bool busy, const QString &message = {});
    void showMessage(const QString &message, bool problem);
    void showKeychainProblem(const Failure &error);
    void updateState();

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    Service m_service;
    Accounts *m_accounts;
    SignInFlow m_flow;
    QLineEdit *m_server;
    QLineEdit *m_secret;
    QCheckBox *m_remember;
    QPushButton *m_signIn;
    QPushButton *m_signOut;
    QLabel *m_state;
    QLabel *m_message;
    QWidget *m_keychainProblem;
    QLabel *m_keychainText;
    ServerUrl m_pendingServer;
    QString m_pendingSecret;
    QList<AgentSummary> m_verifiedAgents;
    TechnicalDetails *m_details;
    // Agentbot only (null for xpander.ai).
    QLabel *m_privacy = nullptr;
    QPushButton *m_fromBrowser = nullptr;
    QToolButton *m_otherBrowsers = nullptr;
    QMenu *m_otherBrowsersMenu = nullptr;
    QToolButton *m_otherWays = nullptr;
    QWidget *m_otherWaysArea = nullptr;
    QList<BrowserProfile> m_profiles;
    QPointer<BrowserProfilesJob> m_lookup;
    // Where the sign-in being checked came from ("Firefox (profile default-release)"); empty when pasted.
    QString m_pendingSource;
    bool m_signInAgain = false;
};

} // namespace Takeout
