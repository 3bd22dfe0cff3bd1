#include "XpanderClient.h"

#include "base/Service.h"
#include "exports/ExportJob.h"
#include "exports/SafeFileName.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTimer>
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

QByteArray ImportRequest::toJson() const
{
    QJsonObject object;
    object.insert(QLatin1String("name"), name);
    if (!description.isEmpty())
        object.insert(QLatin1String("description"), description);
    if (!icon.isEmpty())
        object.insert(QLatin1String("icon"), icon);
    object.insert(QLatin1String("with_knowledge_bases"), withKnowledgeBases);
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

ImportJob::ImportJob(QNetworkAccessManager *network, HttpRequest request, QString templateId, QString name,
                     QObject *parent)
    : Job(parent)
    , m_network(network)
    , m_request(std::move(request))
    , m_templateId(std::move(templateId))
    , m_name(std::move(name))
{
}

void ImportJob::start()
{
    if (m_running)
        return;
    m_running = true;
    m_sent = false;
    m_error = {};
    m_agent = {};
    // A name of blanks goes out: the service is the judge of what a name may be.
    if (m_name.isEmpty() || m_templateId.trimmed().isEmpty()) {
        Failure error(Failure::Kind::Validation,
                      m_name.isEmpty() ? QStringLiteral("no name given") : QStringLiteral("no template id given"));
        // Reported like every other outcome, after the caller connected.
        QTimer::singleShot(0, this, [this, error] { fail(error); });
        return;
    }
    m_http = new HttpJob(m_network, m_request, this);
    connect(m_http, &HttpJob::sent, this, [this] {
        m_sent = true;
        Q_EMIT sent();
    });
    connect(m_http, &HttpJob::finished, this, &ImportJob::onFinished);
    m_http->start();
}

void ImportJob::cancel()
{
    if (m_http)
        m_http->cancel();
}

std::optional<CreatedAgent> ImportJob::parseAgent(const QByteArray &body)
{
    const QJsonDocument document = QJsonDocument::fromJson(body);
    if (!document.isObject())
        return std::nullopt;
    CreatedAgent agent;
    agent.raw = document.object();
    agent.id = stringField(agent.raw, "id");
    agent.name = stringField(agent.raw, "name");
    agent.originTemplate = stringField(agent.raw, "origin_template");
    if (agent.id.isEmpty())
        return std::nullopt;
    return agent;
}

void ImportJob::onFinished()
{
    const HttpJob *job = m_http; // deletes itself once this returns
    m_http = nullptr;
    m_sent = m_sent || job->wasSent();
    if (job->error()) {
        fail(job->error());
        return;
    }
    const std::optional<CreatedAgent> agent = parseAgent(job->response().body);
    if (!agent) {
        // Created, most likely, but the answer does not say what: the agent list does.
        fail(Failure(Failure::Kind::OutcomeUnknown,
                     QStringLiteral("HTTP %1 with a body that is no agent").arg(job->response().status))
                 .setServiceName(m_request.serviceName));
        return;
    }
    m_agent = *agent;
    m_running = false;
    emitFinished();
}

void ImportJob::fail(Failure error)
{
    const QString service = m_request.serviceName;
    switch (error.kind()) {
    case Failure::Kind::NotFound:
        error.setMessage(tr("The template no longer exists on %1: it was deleted, or it is not shared with this "
                            "organization. Export the agent again.")
                             .arg(service));
        break;
    case Failure::Kind::Forbidden:
        // The key was good enough to ask (a bad one is a 401): the template is not shared with its
        // organization, and signing in again would not change that.
        error.setKind(Failure::Kind::NoAccess)
            .setMessage(tr("Your %1 organization has no access to this template, so signing in again does not help: "
                           "ask whoever shared it to share it with your organization.")
                            .arg(service));
        break;
    case Failure::Kind::Validation:
        error.setMessage(error.fieldMessages().isEmpty() || m_name.trimmed().isEmpty() ||
                                 error.fieldMessages().join(QLatin1Char(' ')).contains(QLatin1String("name"))
                             ? tr("A name is required for the new agent.")
                             : tr("%1 did not accept the new agent: %2")
                                   .arg(service, error.fieldMessages().join(QLatin1String("; "))));
        break;
    case Failure::Kind::Unauthorized:
        error.setMessage(tr("%1 did not accept your sign-in. Sign in again, then create the agent.").arg(service));
        break;
    case Failure::Kind::OutcomeUnknown:
        error.setMessage(tr("The connection to %1 closed before it answered: the agent may or may not have been "
                            "created. Look at your agent list.")
                             .arg(service));
        break;
    case Failure::Kind::Cancelled:
        error.setMessage(tr("Cancelled. No agent was created."));
        break;
    default:
        break;
    }
    m_error = std::move(error);
    m_running = false;
    emitFinished();
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
    // The export makes a template on the service: never twice for one click.
    request.sendOnce = true;
    const QString nameForFile = agentName.isEmpty() ? templateRequest.name : agentName;
    return new ExportJob(m_network, std::move(request), ExportKind::XpanderTemplate,
                         SafeFileName::xpanderTemplate(nameForFile), parent);
}

} // namespace Takeout

namespace Takeout {

ImportJob *XpanderClient::importTemplate(const QString &templateId, const ImportRequest &importRequest,
                                         QObject *parent) const
{
    HttpRequest request = baseRequest();
    request.method = "POST";
    request.url = m_server.endpoint(
        QStringLiteral("/v1/agents/template_import/%1").arg(QString::fromLatin1(QUrl::toPercentEncoding(templateId))));
    request.headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")});
    request.body = importRequest.toJson();
    request.maxBytes = maxPageBytes;
    request.retryWhenBusy = false;
    request.sendOnce = true;
    return new ImportJob(m_network, std::move(request), templateId, importRequest.name, parent);
}

} // namespace Takeout
