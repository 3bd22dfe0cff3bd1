#pragma once

#include "accounts/SignInFlow.h"
#include "credentials/ServiceAccount.h"
#include "net/ApiError.h"
#include "services/XpanderClient.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace Takeout {

class Accounts;
class CredentialStore;

// Sign-in for one service: server URL, the secret (hidden unless asked), plain help, and
// "remember on this computer". The steps are SignInFlow's (xpander.ai keys are checked with the agent
// list, an Agentbot session with a request that stops at the status); this panel shows them. Without a
// keychain the panel says how to get one and offers to keep the secret for this session only.
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
    // Shown when the service turned the sign-in down later (a 401 during an export).
    void showSignInAgain(const ApiError &error);

Q_SIGNALS:
    // The agent list that proved an xpander.ai key good, so the browser need not ask again.
    void agentsLoaded(const QList<Takeout::AgentSummary> &agents);

private:
    void signIn();
    void signOut();
    void verified(const ServerUrl &server, const QString &secret);
    void store(const ServerUrl &server, const QString &secret);
    void useForThisSessionOnly();
    void completeSignIn(ServerUrl server, QString secret, const QString &message);
    void setBusy(bool busy, const QString &message = {});
    void showMessage(const QString &message, bool problem);
    void showKeychainProblem(const ApiError &error);
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
    QLabel *m_message;
    QWidget *m_keychainProblem;
    QLabel *m_keychainText;
    ServerUrl m_pendingServer;
    QString m_pendingSecret;
    QList<AgentSummary> m_verifiedAgents;
};

} // namespace Takeout
