#include "AgentbotClient.h"

#include "base/Service.h"
#include "exports/ExportJob.h"
#include "exports/SafeFileName.h"
#include "net/HttpJob.h"

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

QUrl AgentbotClient::exportUrl(const ServerUrl &server)
{
    return server.endpoint(QStringLiteral("/api/export"));
}

// The export request with the session; the session check sends the same one and stops at the status.
HttpRequest AgentbotClient::exportRequest() const
{
    HttpRequest request;
    request.method = "GET";
    request.url = exportUrl(m_server);
    request.headers = {{m_session.headerName(), m_session.headerValue()}};
    request.serviceName = serviceName();
    request.inactivityTimeoutMs = m_limits.inactivityTimeoutMs;
    return request;
}

ExportJob *AgentbotClient::exportAccount(QObject *parent) const
{
    HttpRequest request = exportRequest();
    request.maxBytes = m_limits.maxExportBytes;
    request.retryWhenBusy = true;
    return new ExportJob(m_network, std::move(request), ExportKind::AgentbotAccount, SafeFileName::agentbotFallback(),
                         parent);
}

HttpJob *AgentbotClient::checkSession(QObject *parent) const
{
    HttpRequest request = exportRequest();
    request.headersOnly = true;
    return new HttpJob(m_network, std::move(request), parent);
}

Failure AgentbotClient::sessionCheckResult(const HttpJob &job)
{
    if (job.error())
        return job.error();
    const QByteArray type = job.response().header("Content-Type").toLower();
    if (!type.startsWith("application/json") && !type.contains("+json")) {
        return Failure(Failure::Kind::NotJson, QStringLiteral("GET %1: status %2, Content-Type %3")
                                                   .arg(job.request().url.toString(QUrl::RemoveQuery))
                                                   .arg(job.response().status)
                                                   .arg(QString::fromLatin1(type)))
            .setServiceName(serviceName());
    }
    return {};
}

} // namespace Takeout
