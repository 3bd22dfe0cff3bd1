#pragma once

#include "AgentbotSession.h"
#include "accounts/ClientLimits.h"
#include "net/ServerUrl.h"

class QNetworkAccessManager;
class QObject;

namespace Takeout {

class ExportJob;

// Agentbot's account export, `GET {base}/api/export` with the browser session. A plain value that
// creates jobs (see Job for how long they live).
class AgentbotClient
{
public:
    AgentbotClient(QNetworkAccessManager *network, ServerUrl server, AgentbotSession session, ClientLimits limits = {});

    static QString serviceName();

    ServerUrl server() const { return m_server; }
    const ClientLimits &limits() const { return m_limits; }

    // Not started: connect to finished() first, then call start().
    ExportJob *exportAccount(QObject *parent) const;

private:
    QNetworkAccessManager *m_network;
    ServerUrl m_server;
    AgentbotSession m_session;
    ClientLimits m_limits;
};

} // namespace Takeout
