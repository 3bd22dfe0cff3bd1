#include "XpanderClient.h"

#include "base/Service.h"
#include "exports/ExportJob.h"
#include "exports/SafeFileName.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrlQuery>

namespace Takeout {

namespace {

constexpr qint64 maxPageBytes = 32 << 20;

QString stringField(const QJsonObject &object, const char *key)
{
    const QJsonValue value = object.value(QLatin1String(key));
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(value.toDouble());
    return {};
}

} // namespace

QByteArray TemplateRequest::toJson() const
{
    QJsonObject object;
    object.insert(QLatin1String("name"), name);
    object.insert(QLatin1String("description"), description);
    object.insert(QLatin1String("icon"), icon);
    object.insert(QLatin1String("with_knowledge_bases"), withKnowledgeBases);
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

AgentListJob::AgentListJob(QNetworkAccessManager *network, HttpRequest pageTemplate, const ServerUrl &server,
                           int perPage, QObject *parent)
    : Job(parent)
    , m_network(network)
    , m_template(std::move(pageTemplate))
    , m_server(server)
    , m_perPage(perPage)
{
}

void AgentListJob::start()
{
    if (m_page)
        return;
    m_agents.clear();
    m_error = {};
    requestPage(1);
}

void AgentListJob::cancel()
{
    if (m_page)
        m_page->cancel();
}

void AgentListJob::requestPage(int page)
{
    m_pageNumber = page;
    HttpRequest request = m_template;
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("page"), QString::number(page));
    query.addQueryItem(QStringLiteral("per_page"), QString::number(m_perPage));
    request.url = m_server.endpoint(QStringLiteral("/v1/agents"), query);
    m_page = new HttpJob(m_network, std::move(request), this);
    connect(m_page, &HttpJob::finished, this, &AgentListJob::onPageFinished);
    m_page->start();
}

void AgentListJob::onPageFinished()
{
    const HttpJob *job = m_page; // deletes itself once this returns
    m_page = nullptr;
    if (job->error()) {
        m_error = job->error();
        m_agents.clear();
        emitFinished();
        return;
    }
    const Page page = parsePage(job->response().body, m_pageNumber, m_perPage);
    if (!page.valid) {
        m_error = Failure(Failure::Kind::NotAnExport,
                          QStringLiteral("page %1 of the agent list is not a JSON object with 'items' nor an array")
                              .arg(m_pageNumber))
                      .setServiceName(m_template.serviceName);
        m_agents.clear();
        emitFinished();
        return;
    }
    m_agents += page.items;
    Q_EMIT progress(m_pageNumber, int(m_agents.size()));
    if (page.hasMore && m_pageNumber < maxPages) {
        requestPage(m_pageNumber + 1);
        return;
    }
    emitFinished();
}

AgentListJob::Page AgentListJob::parsePage(const QByteArray &body, int pageNumber, int perPage)
{
    Page page;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return page;

    QJsonArray items;
    QJsonObject envelope;
    if (document.isArray()) {
        items = document.array();
    } else {
        envelope = document.object();
        const QJsonValue value = envelope.value(QLatin1String("items"));
        if (!value.isArray())
            return page;
        items = value.toArray();
    }
    page.valid = true;
    for (const QJsonValue entry : std::as_const(items)) {
        const QJsonObject object = entry.toObject();
        AgentSummary agent;
        agent.id = stringField(object, "id");
        if (agent.id.isEmpty())
            continue;
        agent.name = stringField(object, "name");
        agent.description = stringField(object, "description");
        agent.icon = stringField(object, "icon");
        agent.status = stringField(object, "status");
        agent.modelProvider = stringField(object, "model_provider");
        agent.modelName = stringField(object, "model_name");
        agent.raw = object;
        page.items.append(agent);
    }

    // A short page ends the list; otherwise the pagination fields, when present, decide.
    page.hasMore = items.size() >= perPage && !items.isEmpty();
    if (page.hasMore && !envelope.isEmpty()) {
        // A JSON number is a double, and int() of one out of int's range is undefined: a count past
        // INT_MAX means INT_MAX, one at or below -1 (as before) or not finite means absent.
        const auto number = [&envelope](const char *key) {
            const QJsonValue value = envelope.value(QLatin1String(key));
            const double count = value.isDouble() ? value.toDouble() : -1;
            if (!qIsFinite(count) || count <= -1)
                return -1;
            constexpr int most = std::numeric_limits<int>::max();
            return count >= double(most) ? most : int(count);
        };
        const QJsonValue hasMore = envelope.value(QLatin1String("has_more"));
        const int pages = qMax(number("total_pages"), number("pages"));
        const int total = number("total");
        if (hasMore.isBool())
            page.hasMore = hasMore.toBool();
        else if (pages >= 0)
            page.hasMore = pageNumber < pages;
        else if (total >= 0)
            page.hasMore = qint64(pageNumber) * perPage < total;
        else if (envelope.contains(QLatin1String("next")))
            page.hasMore = !envelope.value(QLatin1String("next")).isNull();
    }
    return page;
}

XpanderClient::XpanderClient(QNetworkAccessManager *network, ServerUrl server, const QString &apiKey,
                             ClientLimits limits)
    : m_network(network)
    , m_server(std::move(server))
    , m_apiKey(apiKey.trimmed().toUtf8())
    , m_limits(limits)
{
}

QString XpanderClient::serviceName()
{
    return serviceDisplayName(Service::Xpander);
}

ServerUrl XpanderClient::defaultServer()
{
    return ServerUrl(QUrl(QStringLiteral("https://api.xpander.ai")));
}

HttpRequest XpanderClient::baseRequest() const
{
    HttpRequest request;
    request.headers = {{QByteArrayLiteral("x-api-key"), m_apiKey}};
    request.serviceName = serviceName();
    request.inactivityTimeoutMs = m_limits.inactivityTimeoutMs;
    return request;
}

AgentListJob *XpanderClient::listAgents(QObject *parent) const
{
    HttpRequest request = baseRequest();
    request.method = "GET";
    request.maxBytes = maxPageBytes;
    request.retryWhenBusy = true;
    return new AgentListJob(m_network, std::move(request), m_server, m_perPage, parent);
}

ExportJob *XpanderClient::exportTemplate(const QString &agentId, const TemplateRequest &templateRequest,
                                         const QString &agentName, QObject *parent) const
{
    HttpRequest request = baseRequest();
    request.method = "POST";
    // The id goes into the path as one encoded segment: "/" or ".." in it cannot change the endpoint.
    request.url = m_server.endpoint(
        QStringLiteral("/v1/agents/%1/export").arg(QString::fromLatin1(QUrl::toPercentEncoding(agentId))));
    request.headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")});
    request.body = templateRequest.toJson();
    request.maxBytes = m_limits.maxExportBytes;
    request.retryWhenBusy = false;
    const QString nameForFile = agentName.isEmpty() ? templateRequest.name : agentName;
    return new ExportJob(m_network, std::move(request), ExportKind::XpanderTemplate,
                         SafeFileName::xpanderTemplate(nameForFile), parent);
}

} // namespace Takeout
