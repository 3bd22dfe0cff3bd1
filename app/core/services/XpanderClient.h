#pragma once

#include "base/ClientLimits.h"
#include "base/Failure.h"
#include "base/ServerUrl.h"
#include "net/HttpJob.h"

#include <QJsonObject>
#include <QList>

#include <optional>

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

// The body of `POST /v1/agents/template_import/{template_id}`: a new agent from a template.
struct ImportRequest
{
    QString name;        // required: empty fails locally with Kind::Validation and sends nothing
    QString description; // empty: left out of the body (the template's own)
    QString icon;        // empty: left out
    bool withKnowledgeBases = true;

    QByteArray toJson() const;
};

// The agent an import created, as the service answered.
struct CreatedAgent
{
    QString id;
    QString name;
    QString originTemplate;
    QJsonObject raw;
};

// Creates an agent from a template: sent once, never retried (not on 429/503, not when the connection
// closes before the answer), on a connection of its own. Ends with finished(); then error() or
// agent(). A Job: it deletes itself after finished() unless kept (see Job).
class ImportJob : public Job
{
    Q_OBJECT

public:
    ImportJob(QNetworkAccessManager *network, HttpRequest request, QString templateId, QString name,
              QObject *parent = nullptr);

    void start();
    // Before sent(): nothing was created (Kind::Cancelled); after: Kind::OutcomeUnknown.
    void cancel();
    bool isRunning() const { return m_running; }
    // The request's bytes left this computer.
    bool wasSent() const { return m_sent; }
    const QString &templateId() const { return m_templateId; }

    // 401 Unauthorized (needsSignIn), 403 NoAccess (the template is not shared with the organization: no
    // sign-in helps), 404 NotFound, 422 Validation, a connection cut after sending OutcomeUnknown; each
    // with a sentence about the import.
    const Failure &error() const { return m_error; }
    const CreatedAgent &agent() const { return m_agent; }

    // The agent in an import's answer; nullopt when it is no JSON object with an id.
    static std::optional<CreatedAgent> parseAgent(const QByteArray &body);

Q_SIGNALS:
    void sent();

private:
    void onFinished();
    void fail(Failure error);

    QNetworkAccessManager *m_network;
    HttpRequest m_request;
    QString m_templateId;
    QString m_name;
    HttpJob *m_http = nullptr;
    CreatedAgent m_agent;
    Failure m_error;
    bool m_running = false;
    bool m_sent = false;
};

// Reads every page of `GET {base}/v1/agents`. Ends with finished(); then error() or agents(). A Job:
// it deletes itself after finished() unless kept (see Job).
class AgentListJob : public Job
{
    Q_OBJECT

public:
    AgentListJob(QNetworkAccessManager *network, HttpRequest pageTemplate, const ServerUrl &server, int perPage,
                 QObject *parent = nullptr);

    void start();
    void cancel();
    bool isRunning() const { return m_page != nullptr; }

    const Failure &error() const { return m_error; }
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
    Failure m_error;
};

// xpander.ai: the agent list and the agent template export, with the `x-api-key` header. A plain
// value that creates jobs (see Job for how long they live).
class XpanderClient
{
public:
    XpanderClient(QNetworkAccessManager *network, ServerUrl server, const QString &apiKey, ClientLimits limits = {});

    static QString serviceName();
    static ServerUrl defaultServer();

    ServerUrl server() const { return m_server; }
    const ClientLimits &limits() const { return m_limits; }
    void setPageSize(int perPage) { m_perPage = qBound(1, perPage, 50); }

    // Jobs are not started: connect to finished(), then start().
    AgentListJob *listAgents(QObject *parent) const;
    // agentName names the suggested file when the server proposes none (empty: the template's name).
    ExportJob *exportTemplate(const QString &agentId, const TemplateRequest &request, const QString &agentName,
                              QObject *parent) const;
    // A new agent from the template with this id (the `id` of a template export).
    ImportJob *importTemplate(const QString &templateId, const ImportRequest &request, QObject *parent) const;

private:
    HttpRequest baseRequest() const;

    QNetworkAccessManager *m_network;
    ServerUrl m_server;
    QByteArray m_apiKey;
    ClientLimits m_limits;
    int m_perPage = 50;
};

} // namespace Takeout
