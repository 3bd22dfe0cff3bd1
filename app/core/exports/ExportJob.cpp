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
    connect(&m_check, &QFutureWatcher<ApiError>::finished, this, &ExportJob::onChecked);
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
    m_result.suggestedFileName =
        SafeFileName::sanitize(ContentDisposition::fileName(response.header("Content-Disposition")), m_fallbackFileName);
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
    const QString service = m_kind == ExportKind::AgentbotAccount ? QStringLiteral("Agentbot") : QStringLiteral("xpander.ai");
    m_check.setFuture(QtConcurrent::run([body, kind, service] { return checkBody(body, kind, service); }));
}

void ExportJob::onChecked()
{
    finish(m_check.result());
}

ApiError ExportJob::checkBody(const QByteArray &body, ExportKind kind, const QString &serviceName)
{
    const auto *data = reinterpret_cast<const uint8_t *>(body.constData());
    const size_t length = size_t(body.size());
    const bool padded = body.capacity() - body.size() >= qsizetype(simdjson::SIMDJSON_PADDING);

    simdjson::dom::parser parser;
    if (parser.allocate(length, maxJsonDepth) != simdjson::SUCCESS)
        return ApiError(ApiError::Kind::TooLarge, QStringLiteral("cannot allocate a parser for %1 bytes").arg(length));
    simdjson::dom::element root;
    const simdjson::error_code parsed = parser.parse(data, length, !padded).get(root);
    if (parsed != simdjson::SUCCESS) {
        return ApiError(ApiError::Kind::InvalidJson,
                        QStringLiteral("%1 bytes received; JSON error: %2")
                            .arg(length)
                            .arg(QString::fromUtf8(simdjson::error_message(parsed))))
            .setServiceName(serviceName);
    }
    simdjson::dom::object object;
    if (root.get(object) != simdjson::SUCCESS)
        return ApiError(ApiError::Kind::NotAnExport, QStringLiteral("the JSON value is not an object"))
            .setServiceName(serviceName);

    const auto hasObject = [&object](const char *key) {
        simdjson::dom::object child;
        return object[key].get(child) == simdjson::SUCCESS;
    };
    if (kind == ExportKind::AgentbotAccount) {
        std::string_view version;
        if (!hasObject("user") || object["version"].get(version) != simdjson::SUCCESS)
            return ApiError(ApiError::Kind::NotAnExport, QStringLiteral("no 'user' object or 'version' string"))
                .setServiceName(serviceName);
    } else if (!hasObject("agent_definition")) {
        return ApiError(ApiError::Kind::NotAnExport, QStringLiteral("no 'agent_definition' object"))
            .setServiceName(serviceName);
    }
    return {};
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
