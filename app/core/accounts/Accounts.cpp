#include "Accounts.h"

#include "services/AgentbotClient.h"
#include "services/XpanderClient.h"

namespace Takeout {

Accounts::Accounts(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network)
{
    m_xpander.server = XpanderClient::defaultServer();
}

ServerUrl Accounts::server(Service service) const
{
    return state(service).server;
}

void Accounts::setServer(Service service, const ServerUrl &server)
{
    if (state(service).server.url() == server.url())
        return;
    state(service) = {server, {}};
    Q_EMIT changed(service);
}

bool Accounts::isSignedIn(Service service) const
{
    return !state(service).secret.isEmpty();
}

void Accounts::signIn(Service service, const ServerUrl &server, const QString &secret)
{
    state(service) = {server, secret};
    Q_EMIT changed(service);
}

void Accounts::signOut(Service service)
{
    state(service).secret.clear();
    Q_EMIT changed(service);
}

AgentbotClient Accounts::agentbotClient() const
{
    return agentbotClient(m_agentbot.server, AgentbotSession::fromUserText(m_agentbot.secret));
}

AgentbotClient Accounts::agentbotClient(const ServerUrl &server, const AgentbotSession &session) const
{
    return {m_network, server, session, m_limits};
}

XpanderClient Accounts::xpanderClient() const
{
    return xpanderClient(m_xpander.server, m_xpander.secret);
}

XpanderClient Accounts::xpanderClient(const ServerUrl &server, const QString &apiKey) const
{
    return {m_network, server, apiKey, m_limits};
}

} // namespace Takeout
