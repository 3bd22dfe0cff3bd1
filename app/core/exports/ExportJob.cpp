#include "ExportJob.h"

#include "SafeFileName.h"
#include "net/ContentDisposition.h"

#include <QtConcurrent/QtConcurrentRun>

#include <simdjson.h>

namespace Takeout {

namespace {

// Deep but valid documents must not be rejected; simdjson needs only a few bytes per level.
constexpr size_t maxJsonDepth = 1 << 16;

bool looksLikeHtml(const QByteArray &body, const QByteArray &contentType)
{
    if (contentType.toLower().contains("html"))
        return true;
    for (const char c : body) {
        if (c == ' ' || c == '\n' || c == '\r' || c == '\t')
            continue;
        return c == '<';
    }
    return false;
}

} // namespace

ExportJob::ExportJob(QNetworkAccessManager *network, HttpRequest request, ExportKind kind, QString fallbackFileName,
                     QObject *parent)
    : QObject(parent)
    , m_http(new HttpJob(network, std::move(request), this))
    , m_kind(kind)
    , m_fallbackFileName(std::move(fallbackFileName))
{
    connect(m_http, &HttpJob::progress, this, &ExportJob::progress);
    connect(m_http, &HttpJob::finished, this, &ExportJob::onHttpFinished);
    connect(&m_check, &QFutureWatcher<Checked>::finished, this, &ExportJob::onChecked);
}

void ExportJob::start()
{
    if (m_running)
        return;
    m_running = true;
    m_cancelled = false;
    m_error = {};
    m_result = {};
    m_http->start();
}

void ExportJob::cancel()
{
    if (!m_running)
        return;
    m_cancelled = true;
    if (m_http->isRunning())
        m_http->cancel();
    // A running body check cannot be interrupted; its result is dropped in onChecked().
}

void ExportJob::onHttpFinished()
{
    if (m_http->error()) {
        finish(m_http->error());
        return;
    }
    HttpResponse response = m_http->takeResponse();
    m_result.kind = m_kind;
    m_result.source = response.url;
    m_result.receivedAt = QDateTime::currentDateTimeUtc();
    m_result.contentType = QString::fromLatin1(response.header("Content-Type"));
    m_result.suggestedFileName = SafeFileName::sanitize(
        ContentDisposition::fileName(response.header("Content-Disposition")), m_fallbackFileName);
    m_result.bytes = std::move(response.body);

    if (response.status != 200) {
        finish(ApiError(ApiError::Kind::NotAnExport, QStringLiteral("HTTP %1 with no export").arg(response.status)));
        return;
    }
    if (looksLikeHtml(m_result.bytes, response.header("Content-Type"))) {
        finish(ApiError(ApiError::Kind::NotJson,
                        QStringLiteral("HTTP 200 with Content-Type '%1', body starts with '%2'")
                            .arg(m_result.contentType, QString::fromUtf8(m_result.bytes.left(40)).simplified())));
        return;
    }
    const QByteArray body = m_result.bytes; // shared, not copied
    const ExportKind kind = m_kind;
    const QString service =
        m_kind == ExportKind::AgentbotAccount ? QStringLiteral("Agentbot") : QStringLiteral("xpander.ai");
    m_check.setFuture(QtConcurrent::run([body, kind, service] { return checkBody(body, kind, service); }));
}

void ExportJob::onChecked()
{
    Checked checked = m_check.result();
    m_result.summary = std::move(checked.summary);
    finish(checked.error);
}

namespace {

QString text(simdjson::dom::element element)
{
    std::string_view value;
    if (element.get(value) != simdjson::SUCCESS)
        return {};
    return QString::fromUtf8(value.data(), qsizetype(value.size()));
}

QString text(simdjson::dom::object object, const char *key)
{
    simdjson::dom::element element;
    return object[key].get(element) == simdjson::SUCCESS ? text(element) : QString();
}

int arraySize(simdjson::dom::object object, const char *key)
{
    simdjson::dom::array array;
    return object[key].get(array) == simdjson::SUCCESS ? int(array.size()) : 0;
}

QList<ExportSummary::Item> items(simdjson::dom::object object, const char *key)
{
    QList<ExportSummary::Item> out;
    simdjson::dom::array array;
    if (object[key].get(array) != simdjson::SUCCESS)
        return out;
    for (simdjson::dom::element element : array) {
        simdjson::dom::object entry;
        if (element.get(entry) != simdjson::SUCCESS)
            continue;
        ExportSummary::Item item;
        item.id = text(entry, "id");
        item.name = text(entry, "name");
        item.model = text(entry, "model");
        item.status = text(entry, "status");
        item.schedule = text(entry, "cronSchedule");
        bool enabled = false;
        item.enabled = entry["enabled"].get(enabled) == simdjson::SUCCESS && enabled;
        item.createdAt = text(entry, "createdAt");
        item.updatedAt = text(entry, "updatedAt");
        out.append(item);
    }
    return out;
}

void summariseAccount(simdjson::dom::object root, ExportSummary *summary)
{
    summary->exportedAt = text(root, "exportedAt");
    summary->version = text(root, "version");
    simdjson::dom::object user;
    if (root["user"].get(user) == simdjson::SUCCESS) {
        summary->userName = text(user, "name");
        summary->userEmail = text(user, "email");
        summary->plan = text(user, "plan");
    }
    summary->agents = items(root, "agents");
    summary->scheduledTasks = items(root, "scheduledTasks");
    summary->workflows = items(root, "workflows");
}

void summariseTemplate(simdjson::dom::object root, ExportSummary *summary)
{
    summary->templateName = text(root, "name");
    summary->icon = text(root, "icon");
    summary->description = text(root, "description");
    simdjson::dom::object agent;
    if (root["agent_definition"].get(agent) != simdjson::SUCCESS)
        return;
    summary->agentName = text(agent, "name");
    summary->agentType = text(agent, "type");
    summary->modelProvider = text(agent, "model_provider");
    summary->modelName = text(agent, "model_name");
    summary->status = text(agent, "status");
    summary->customFunctions = arraySize(agent, "custom_functions");
    summary->connectors = arraySize(agent, "connectors");
    summary->subAgents = arraySize(agent, "sub_agents");
    simdjson::dom::array knowledgeBases;
    if (agent["knowledge_bases"].get(knowledgeBases) == simdjson::SUCCESS) {
        summary->knowledgeBases = int(knowledgeBases.size());
        for (simdjson::dom::element element : knowledgeBases) {
            simdjson::dom::object knowledgeBase;
            if (element.get(knowledgeBase) == simdjson::SUCCESS)
                summary->documents += arraySize(knowledgeBase, "documents");
        }
    }
}

} // namespace

ExportJob::Checked ExportJob::checkBody(const QByteArray &body, ExportKind kind, const QString &serviceName)
{
    const auto *data = reinterpret_cast<const uint8_t *>(body.constData());
    const size_t length = size_t(body.size());
    const bool padded = body.capacity() - body.size() >= qsizetype(simdjson::SIMDJSON_PADDING);
    const auto failed = [&serviceName](ApiError::Kind errorKind, const QString &detail) {
        return Checked{ApiError(errorKind, detail).setServiceName(serviceName), {}};
    };

    simdjson::dom::parser parser;
    if (parser.allocate(qMax<size_t>(length, 1), maxJsonDepth) != simdjson::SUCCESS)
        return failed(ApiError::Kind::TooLarge, QStringLiteral("cannot allocate a parser for %1 bytes").arg(length));
    simdjson::dom::element root;
    const simdjson::error_code parsed = parser.parse(data, length, !padded).get(root);
    if (parsed != simdjson::SUCCESS) {
        return failed(ApiError::Kind::InvalidJson, QStringLiteral("%1 bytes received; JSON error: %2")
                                                       .arg(length)
                                                       .arg(QString::fromUtf8(simdjson::error_message(parsed))));
    }
    simdjson::dom::object object;
    if (root.get(object) != simdjson::SUCCESS)
        return failed(ApiError::Kind::NotAnExport, QStringLiteral("the JSON value is not an object"));

    Checked checked;
    checked.summary.kind = kind;
    checked.summary.bytes = body.size();
    simdjson::dom::object child;
    if (kind == ExportKind::AgentbotAccount) {
        std::string_view version;
        if (object["user"].get(child) != simdjson::SUCCESS || object["version"].get(version) != simdjson::SUCCESS)
            return failed(ApiError::Kind::NotAnExport, QStringLiteral("no 'user' object or 'version' string"));
        summariseAccount(object, &checked.summary);
    } else {
        if (object["agent_definition"].get(child) != simdjson::SUCCESS)
            return failed(ApiError::Kind::NotAnExport, QStringLiteral("no 'agent_definition' object"));
        summariseTemplate(object, &checked.summary);
    }
    return checked;
}

void ExportJob::finish(ApiError error)
{
    if (m_cancelled && error.kind() != ApiError::Kind::Cancelled)
        error = ApiError(ApiError::Kind::Cancelled, QStringLiteral("cancelled by the user"));
    if (error)
        m_result = {};
    m_error = std::move(error);
    m_running = false;
    Q_EMIT finished();
}

} // namespace Takeout
