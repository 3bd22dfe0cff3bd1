#include "AgentbotClient.h"

#include "exports/ExportJob.h"
#include "exports/SafeFileName.h"

namespace Takeout {

AgentbotClient::AgentbotClient(QNetworkAccessManager *network, ServerUrl server, AgentbotSession session,
                               QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_server(std::move(server))
    , m_session(std::move(session))
{
}

QString AgentbotClient::serviceName()
{
    return QStringLiteral("Agentbot");
}

ExportJob *AgentbotClient::exportAccount()
{
    HttpRequest request;
    request.method = "GET";
    request.url = m_server.endpoint(QStringLiteral("/api/export"));
    request.headers = {{m_session.headerName(), m_session.headerValue()}};
    request.serviceName = serviceName();
    request.inactivityTimeoutMs = m_timeoutMs;
    request.maxBytes = m_maxBytes;
    request.retryWhenBusy = true;
    return new ExportJob(m_network, std::move(request), ExportKind::AgentbotAccount, SafeFileName::agentbotFallback(),
                         this);
}

} // namespace Takeout
