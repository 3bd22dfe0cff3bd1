#pragma once

#include "base/ClientLimits.h"
#include "base/ServerUrl.h"
#include "base/Service.h"

#include <QObject>

class QNetworkAccessManager;

namespace Takeout {

class AgentbotClient;
class AgentbotSession;
class XpanderClient;

// Who is signed in, per service, for this run, and the clients for them. The secret is held in
// memory only; the keychain (CredentialStore, through SignInFlow) is what keeps it between runs.
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

    // The limits of every client made here.
    const ClientLimits &limits() const { return m_limits; }
    void setLimits(const ClientLimits &limits) { m_limits = limits; }

    // Clients for the signed-in accounts; plain values that create jobs (see Job).
    AgentbotClient agentbotClient() const;
    XpanderClient xpanderClient() const;
    // A client for a key not signed in yet (the sign-in check).
    XpanderClient xpanderClient(const ServerUrl &server, const QString &apiKey) const;
    AgentbotClient agentbotClient(const ServerUrl &server, const AgentbotSession &session) const;

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
    ClientLimits m_limits;
};

} // namespace Takeout
