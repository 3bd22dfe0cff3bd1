#pragma once

#include "credentials/ServiceAccount.h"

#include <QObject>

class QNetworkAccessManager;

namespace Takeout {

class AgentbotClient;
class XpanderClient;

// Who the app is signed in as, per service, for this run. The secret is held in memory only; the
// keychain (CredentialStore) is what keeps it between runs.
class Accounts : public QObject
{
    Q_OBJECT

public:
    explicit Accounts(QNetworkAccessManager *network, QObject *parent = nullptr);

    QNetworkAccessManager *network() const { return m_network; }

    ServerUrl server(Service service) const;
    void setServer(Service service, const ServerUrl &server);
    bool isSignedIn(Service service) const;
    void signIn(Service service, const ServerUrl &server, const QString &secret);
    void signOut(Service service);

    // Clients for the signed-in accounts, owned by the caller.
    AgentbotClient *agentbotClient(QObject *parent) const;
    XpanderClient *xpanderClient(QObject *parent) const;

Q_SIGNALS:
    void changed(Takeout::Service service);

private:
    struct State
    {
        ServerUrl server;
        QString secret;
    };
    State &state(Service service) { return service == Service::Agentbot ? m_agentbot : m_xpander; }
    const State &state(Service service) const { return service == Service::Agentbot ? m_agentbot : m_xpander; }

    QNetworkAccessManager *m_network;
    State m_agentbot;
    State m_xpander;
};

} // namespace Takeout
