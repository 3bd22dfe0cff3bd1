#pragma once

#include "AgentbotSession.h"
#include "net/ServerUrl.h"

#include <QObject>

class QNetworkAccessManager;

namespace Takeout {

class ExportJob;

// Agentbot's account export, `GET {base}/api/export` with the browser session.
class AgentbotClient : public QObject
{
    Q_OBJECT

public:
    AgentbotClient(QNetworkAccessManager *network, ServerUrl server, AgentbotSession session,
                   QObject *parent = nullptr);

    static QString serviceName();

    ServerUrl server() const { return m_server; }
    void setInactivityTimeout(int milliseconds) { m_timeoutMs = milliseconds; }
    void setMaxExportBytes(qint64 bytes) { m_maxBytes = bytes; }

    // Not started: connect to finished() first, then call start(). Owned by this client.
    ExportJob *exportAccount();

private:
    QNetworkAccessManager *m_network;
    ServerUrl m_server;
    AgentbotSession m_session;
    int m_timeoutMs = 120 * 1000;
    qint64 m_maxBytes = qint64(4) << 30;
};

} // namespace Takeout
