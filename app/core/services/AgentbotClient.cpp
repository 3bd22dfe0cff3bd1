#include "AgentbotClient.h"

#include "accounts/Service.h"
#include "exports/ExportJob.h"
#include "exports/SafeFileName.h"

namespace Takeout {

AgentbotClient::AgentbotClient(QNetworkAccessManager *network, ServerUrl server, AgentbotSession session,
                               ClientLimits limits)
    : m_network(network)
    , m_server(std::move(server))
    , m_session(std::move(session))
    , m_limits(limits)
{
}

QString AgentbotClient::serviceName()
{
    return serviceDisplayName(Service::Agentbot);
}

ExportJob *AgentbotClient::exportAccount(QObject *parent) const
{
    HttpRequest request;
    request.method = "GET";
    request.url = m_server.endpoint(QStringLiteral("/api/export"));
    request.headers = {{m_session.headerName(), m_session.headerValue()}};
    request.serviceName = serviceName();
    request.inactivityTimeoutMs = m_limits.inactivityTimeoutMs;
    request.maxBytes = m_limits.maxExportBytes;
    request.retryWhenBusy = true;
    return new ExportJob(m_network, std::move(request), ExportKind::AgentbotAccount, SafeFileName::agentbotFallback(),
                         parent);
}

} // namespace Takeout
