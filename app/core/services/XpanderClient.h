#pragma once

#include "net/ApiError.h"
#include "net/HttpJob.h"
#include "net/ServerUrl.h"

#include <QJsonObject>
#include <QList>
#include <QObject>

class QNetworkAccessManager;

namespace Takeout {

class ExportJob;

struct AgentSummary
{
    QString id;
    QString name;
    QString description;
    QString icon;
    QString status;
    QString modelProvider;
    QString modelName;
    QJsonObject raw; // every field the server sent, unknown ones included
};

// The four fields of a template export request, sent exactly as given.
struct TemplateRequest
{
    QString name;
    QString description;
    QString icon;
    bool withKnowledgeBases = false;

    QByteArray toJson() const;
};

// Reads every page of `GET {base}/v1/agents`. Ends with finished(); then error() or agents().
class AgentListJob : public QObject
{
    Q_OBJECT

public:
    AgentListJob(QNetworkAccessManager *network, HttpRequest pageTemplate, const ServerUrl &server, int perPage,
                 QObject *parent = nullptr);

    void start();
    void cancel();
    bool isRunning() const { return m_page != nullptr; }

    const ApiError &error() const { return m_error; }
    const QList<AgentSummary> &agents() const { return m_agents; }

    // One page body: the items it holds, and whether the server says more pages follow.
    struct Page
    {
        QList<AgentSummary> items;
        bool hasMore = false;
        bool valid = false;
    };
    static Page parsePage(const QByteArray &body, int page, int perPage);

    static constexpr int maxPages = 1000;

Q_SIGNALS:
    void progress(int pagesRead, int agentsRead);
    void finished();

private:
    void requestPage(int page);
    void onPageFinished();

    QNetworkAccessManager *m_network;
    HttpRequest m_template;
    ServerUrl m_server;
    int m_perPage;
    int m_pageNumber = 0;
    HttpJob *m_page = nullptr;
    QList<AgentSummary> m_agents;
    ApiError m_error;
};

// xpander.ai: the agent list and the agent template export, with the `x-api-key` header.
class XpanderClient : public QObject
{
    Q_OBJECT

public:
    XpanderClient(QNetworkAccessManager *network, ServerUrl server, const QString &apiKey, QObject *parent = nullptr);

    static QString serviceName();
    static ServerUrl defaultServer();

    ServerUrl server() const { return m_server; }
    void setInactivityTimeout(int milliseconds) { m_timeoutMs = milliseconds; }
    void setMaxExportBytes(qint64 bytes) { m_maxBytes = bytes; }
    void setPageSize(int perPage) { m_perPage = qBound(1, perPage, 50); }

    // Jobs are not started and are owned by this client: connect to finished(), then start().
    AgentListJob *listAgents();
    // agentName names the suggested file when the server proposes none.
    ExportJob *exportTemplate(const QString &agentId, const TemplateRequest &request, const QString &agentName = {});

private:
    HttpRequest baseRequest() const;

    QNetworkAccessManager *m_network;
    ServerUrl m_server;
    QByteArray m_apiKey;
    int m_timeoutMs = 120 * 1000;
    qint64 m_maxBytes = qint64(4) << 30;
    int m_perPage = 50;
};

} // namespace Takeout
