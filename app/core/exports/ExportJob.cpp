#include "ExportJob.h"

#include "ExportShape.h"
#include "SafeFileName.h"
#include "net/ContentDisposition.h"
#include "json/JsonDocument.h"

namespace Takeout {

namespace {

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
    : Job(parent)
    , m_http(new HttpJob(network, std::move(request), this))
    , m_kind(kind)
    , m_fallbackFileName(std::move(fallbackFileName))
{
    // Kept for the whole job: its request names the credentials to hide from the body check's errors.
    m_http->setAutoDelete(false);
    connect(m_http, &HttpJob::progress, this, &ExportJob::progress);
    connect(m_http, &HttpJob::finished, this, &ExportJob::onHttpFinished);
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
        finish(Failure(Failure::Kind::NotAnExport, QStringLiteral("HTTP %1 with no export").arg(response.status)));
        return;
    }
    if (looksLikeHtml(m_result.bytes, response.header("Content-Type"))) {
        // Credentials echoed in the body are hidden before the cut, so that no piece of them is left at it.
        const QString start = Failure::redacted(QString::fromUtf8(m_result.bytes.left(200)),
                                                HttpJob::credentialsIn(m_http->request().headers));
        finish(Failure(Failure::Kind::NotJson, QStringLiteral("HTTP 200 with Content-Type '%1', body starts with '%2'")
                                                   .arg(m_result.contentType, start.left(40).simplified())));
        return;
    }
    const QByteArray body = m_result.bytes; // shared, not copied
    const ExportKind kind = m_kind;
    const QString service = m_http->request().serviceName;
    m_check = BackgroundTask::run(
        this, [body, kind, service](const TaskControl &) { return checkBody(body, kind, service); },
        [this](Checked checked) { onChecked(std::move(checked)); });
}

void ExportJob::onChecked(Checked checked)
{
    m_result.summary = std::move(checked.summary);
    m_result.document = std::move(checked.document);
    m_result.warnings = std::move(checked.warnings);
    finish(checked.error);
}

ExportJob::Checked ExportJob::checkBody(const QByteArray &body, ExportKind kind, const QString &serviceName)
{
    Checked checked;
    JsonDocument::Error parseError;
    checked.document = JsonDocument::fromBytes(body, &parseError);
    if (!checked.document) {
        checked.error = Failure(Failure::Kind::InvalidJson,
                                QStringLiteral("%1 bytes received; %2").arg(body.size()).arg(parseError.message))
                            .setServiceName(serviceName);
        return checked;
    }
    if (ExportShape::detect(*checked.document) != kind) {
        checked.error = Failure(Failure::Kind::NotAnExport,
                                kind == ExportKind::AgentbotAccount
                                    ? QStringLiteral("not an object with a 'user' object and a 'version' string")
                                    : QStringLiteral("not an object with an 'agent_definition' object"))
                            .setServiceName(serviceName);
        checked.document.reset();
        return checked;
    }
    checked.summary = ExportSummary::read(*checked.document, kind);
    checked.warnings = ExportShape::warnings(*checked.document, kind);
    return checked;
}

void ExportJob::finish(Failure error)
{
    if (m_cancelled && error.kind() != Failure::Kind::Cancelled)
        error = Failure(Failure::Kind::Cancelled, QStringLiteral("cancelled by the user"));
    if (error)
        m_result = {};
    // The body check's own errors quote the body, which a server may have filled with our credentials.
    error.redact(HttpJob::credentialsIn(m_http->request().headers));
    m_error = std::move(error);
    m_running = false;
    emitFinished();
}

} // namespace Takeout
