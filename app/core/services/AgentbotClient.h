#pragma once

#include "AgentbotSession.h"
#include "base/ClientLimits.h"
#include "base/ServerUrl.h"

class QNetworkAccessManager;
class QObject;

namespace Takeout {

class ExportJob;
class HttpJob;
struct HttpRequest;

// Agentbot's account export, `GET {base}/api/export` with the browser session. A plain value that
// creates jobs (see Job for how long they live).
class AgentbotClient
{
public:
    AgentbotClient(QNetworkAccessManager *network, ServerUrl server, AgentbotSession session, ClientLimits limits = {});

    static QString serviceName();
    // Where the export (and the session check) is asked for: the URL a browser's cookies must fit.
    static QUrl exportUrl(const ServerUrl &server);

    ServerUrl server() const { return m_server; }
    const ClientLimits &limits() const { return m_limits; }

    // Not started: connect to finished() first, then call start().
    ExportJob *exportAccount(QObject *parent) const;
    // Agentbot has no "who am I": the session is checked with `GET /api/export`, stopped as soon as the
    // status and headers arrive, keeping no body. Not started. Use isSignedIn() on the finished job.
    HttpJob *checkSession(QObject *parent) const;
    // 200 with a JSON body on its way means signed in; 401/403 is an error of the job; a web page
    // (a login form after a redirect) is NotJson.
    static Failure sessionCheckResult(const HttpJob &job);

private:
    HttpRequest exportRequest() const;

    QNetworkAccessManager *m_network;
    ServerUrl m_server;
    AgentbotSession m_session;
    ClientLimits m_limits;
};

} // namespace Takeout
