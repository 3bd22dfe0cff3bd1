#include "HttpJob.h"

#include "LoopbackDirectProxyFactory.h"
#include "base/ServerUrl.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkProxyFactory>
#include <QNetworkReply>
#include <QSslError>
#include <QTimer>

#include <cstring>

#include <algorithm>

namespace Takeout {

namespace {

constexpr int maxRedirects = 5;

QString jsonText(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isArray() || value.isObject())
        return QString::fromUtf8(
            QJsonDocument(value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject()))
                .toJson(QJsonDocument::Compact));
    return value.toVariant().toString();
}

// FastAPI: {"detail":[{"loc":["body","name"],"msg":"field required"}]} or {"detail":"..."}.
QStringList validationMessages(const QJsonObject &object)
{
    QStringList messages;
    const QJsonValue detail = object.value(QLatin1String("detail"));
    if (detail.isString()) {
        messages << detail.toString();
    } else if (detail.isArray()) {
        for (const QJsonValue entry : detail.toArray()) {
            const QJsonObject item = entry.toObject();
            QStringList location;
            for (const QJsonValue part : item.value(QLatin1String("loc")).toArray()) {
                const QString text = jsonText(part);
                if (text != QLatin1String("body"))
                    location << text;
            }
            const QString msg = item.value(QLatin1String("msg")).toString();
            messages << (location.isEmpty() ? msg : location.join(QLatin1Char('.')) + QLatin1String(": ") + msg);
        }
    }
    return messages;
}

QString serverMessage(const QJsonObject &object)
{
    QString message = object.value(QLatin1String("message")).toString();
    QString error = object.value(QLatin1String("error")).toString();
    if (!message.isEmpty())
        return message;
    if (!error.isEmpty())
        return error;
    return object.value(QLatin1String("detail")).toString();
}

// The first bytes of an error body, for the technical detail only. A server may echo the credentials it
// was sent: they are hidden before the cut, so that an echo across it cannot leave a piece showing.
QString bodyExcerpt(const QByteArray &body, const QByteArrayList &secrets)
{
    constexpr qsizetype shown = 300;
    qsizetype longest = 0;
    for (const QByteArray &secret : secrets)
        longest = qMax(longest, secret.size());
    // Enough past the cut for a secret starting just before it, even percent-encoded (3 bytes a byte).
    const qsizetype window = shown + 3 * longest;
    QString text = Failure::redacted(QString::fromUtf8(body.left(window)), secrets);
    const bool cut = body.size() > window || text.size() > shown;
    text = text.left(shown).simplified();
    if (cut)
        text += QStringLiteral("…");
    return text;
}

// The body of a request that must not be sent twice. Qt sends a request again when the connection
// closes before the answer, after rewinding its body; this body cannot be rewound (reset() and seek()
// fail), so Qt ends the reply with ContentReSendError instead.
class OnceBody : public QIODevice
{
public:
    OnceBody(QByteArray data, QObject *parent)
        : QIODevice(parent)
        , m_data(std::move(data))
    {
        open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    }

    bool isSequential() const override { return true; }
    bool reset() override { return false; }
    bool seek(qint64 /*pos*/) override { return false; }
    qint64 bytesAvailable() const override { return (m_data.size() - m_read) + QIODevice::bytesAvailable(); }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 count = qMin(maxSize, qint64(m_data.size()) - m_read);
        if (count <= 0)
            return m_read >= m_data.size() ? -1 : 0;
        memcpy(data, m_data.constData() + m_read, size_t(count));
        m_read += count;
        return count;
    }
    qint64 writeData(const char * /*data*/, qint64 /*maxSize*/) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_read = 0;
};

} // namespace

QByteArray HttpResponse::header(const QByteArray &name) const
{
    for (const auto &pair : headers) {
        if (pair.first.compare(name, Qt::CaseInsensitive) == 0)
            return pair.second;
    }
    return {};
}

HttpJob::HttpJob(QNetworkAccessManager *network, HttpRequest request, QObject *parent)
    : Job(parent)
    , m_network(network)
    , m_request(std::move(request))
{
}

HttpJob::~HttpJob()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

QByteArrayList HttpJob::credentialsIn(const HeaderList &headers)
{
    QByteArrayList secrets;
    static const QByteArrayList credentialHeaders = {"authorization", "cookie", "x-api-key", "proxy-authorization"};
    // Shorter values ("theme=dark", "lang=de") are no secrets, and hiding them would blank out
    // ordinary words and digits ("HTTP 401") all over the details.
    constexpr qsizetype shortest = 6;
    const auto add = [&secrets](const QByteArray &value) {
        if (value.size() >= shortest)
            secrets << value;
    };
    for (const auto &header : headers) {
        if (!credentialHeaders.contains(header.first.toLower()))
            continue;
        add(header.second);
        // "Bearer TOKEN", "name=VALUE; other=VALUE2": the parts on their own too.
        for (const QByteArray &part : header.second.split(';')) {
            const QByteArray trimmed = part.trimmed();
            const qsizetype space = trimmed.indexOf(' ');
            const qsizetype equals = trimmed.indexOf('=');
            if (space > 0)
                add(trimmed.mid(space + 1).trimmed());
            if (equals > 0)
                add(trimmed.mid(equals + 1).trimmed());
        }
    }
    // Longest first, so that a value is hidden whole before a part of it is.
    std::sort(secrets.begin(), secrets.end(),
              [](const QByteArray &a, const QByteArray &b) { return a.size() > b.size(); });
    return secrets;
}

QNetworkAccessManager *HttpJob::createNetworkAccessManager(QObject *parent)
{
    QNetworkProxyFactory::setUseSystemConfiguration(true);
    auto *network = new QNetworkAccessManager(parent);
    network->setCache(nullptr);
    network->setProxyFactory(new LoopbackDirectProxyFactory); // the manager owns it
    network->setRedirectPolicy(QNetworkRequest::UserVerifiedRedirectPolicy);
    return network;
}

QByteArray HttpJob::userAgent()
{
    return QByteArrayLiteral("AgentTakeout/" TAKEOUT_VERSION);
}

void HttpJob::start()
{
    if (m_running)
        return;
    m_running = true;
    m_cancelled = false;
    m_error = {};
    m_attempts = 0;
    m_sent = false;
    Failure urlError = ServerUrl(m_request.url).check();
    for (const auto &header : m_request.headers) {
        for (const char c : header.second) {
            if (uchar(c) < 0x20 || uchar(c) == 0x7f)
                urlError = Failure(
                    Failure::Kind::InvalidCredentials,
                    QStringLiteral("header %1 holds a control character").arg(QString::fromLatin1(header.first)));
        }
    }
    // An agent id of ".." must not turn /v1/agents/{id}/export into another endpoint.
    const QStringList segments = m_request.url.path().split(QLatin1Char('/'));
    if (segments.contains(QLatin1String("..")) || segments.contains(QLatin1String(".")))
        urlError = Failure(Failure::Kind::InvalidUrl, QStringLiteral("dot segment in the request path"));
    if (urlError) {
        // Report asynchronously, like every other outcome, so callers connect before anything happens.
        QTimer::singleShot(0, this, [this, urlError] { fail(urlError); });
        return;
    }
    sendRequest();
}

void HttpJob::sendRequest()
{
    ++m_attempts;
    // Qt's transfer timeout counts body bytes only, and Qt 6.4 puts no limit on the size of the headers:
    // a server that sends header lines without end must still be cut off. A real server sends its
    // headers in one go, so they get as long as the inactivity timeout, counted from the request.
    if (!m_headersTimer) {
        m_headersTimer = new QTimer(this);
        m_headersTimer->setSingleShot(true);
        connect(m_headersTimer, &QTimer::timeout, this, &HttpJob::onHeadersTimeout);
    }
    m_headersTimer->start(m_request.inactivityTimeoutMs);
    m_response = {};
    m_response.url = m_request.url;

    QNetworkRequest request(m_request.url);
    request.setHeader(QNetworkRequest::UserAgentHeader, userAgent());
    request.setRawHeader("Accept", "application/json");
    for (const auto &header : m_request.headers)
        request.setRawHeader(header.first, header.second);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::UserVerifiedRedirectPolicy);
    request.setMaximumRedirectsAllowed(maxRedirects);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    // The session is the Cookie header the caller gives: cookies a server sets are neither kept nor sent.
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    request.setTransferTimeout(m_request.inactivityTimeoutMs);

    m_reply = m_request.sendOnce ? sendOnceRequest(request)
                                 : m_network->sendCustomRequest(request, m_request.method, m_request.body);
    connect(m_reply, &QNetworkReply::metaDataChanged, this, &HttpJob::onMetaDataChanged);
    connect(m_reply, &QNetworkReply::readyRead, this, &HttpJob::onReadyRead);
    connect(m_reply, &QNetworkReply::redirected, this, &HttpJob::onRedirected);
    connect(m_reply, &QNetworkReply::downloadProgress, this, &HttpJob::progress);
    connect(m_reply, &QNetworkReply::finished, this, &HttpJob::onReplyFinished);
    // TLS errors are never ignored: the reply fails with SslHandshakeFailedError, mapped below.
}

QNetworkReply *HttpJob::sendOnceRequest(QNetworkRequest &request)
{
    if (!m_ownNetwork)
        m_ownNetwork = createNetworkAccessManager(this);
    // Without buffering Qt reads the body from the device as it sends, and cannot rewind it to resend.
    request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
    request.setHeader(QNetworkRequest::ContentLengthHeader, m_request.body.size());
    auto *body = new OnceBody(m_request.body, this);
    QNetworkReply *reply = m_ownNetwork->sendCustomRequest(request, m_request.method, body);
    body->setParent(reply);
    connect(reply, &QNetworkReply::uploadProgress, this,
            [this](qint64 written, qint64 /*total*/) { onUploadProgress(written); });
    return reply;
}

void HttpJob::onUploadProgress(qint64 written)
{
    if (m_sent || written < m_request.body.size() || !m_running)
        return;
    m_sent = true;
    Q_EMIT sent();
}

void HttpJob::cancel()
{
    if (!m_running)
        return;
    m_cancelled = true;
    if (m_retryTimer && m_retryTimer->isActive()) {
        m_retryTimer->stop();
        fail(Failure(Failure::Kind::Cancelled, QStringLiteral("cancelled while waiting to retry")));
        return;
    }
    if (m_headersTimer)
        m_headersTimer->stop();
    if (m_reply)
        m_reply->abort();
}

void HttpJob::onHeadersTimeout()
{
    if (!m_reply || m_error)
        return;
    m_error = Failure(
        Failure::Kind::Timeout,
        QStringLiteral("the response headers did not end within %1 s").arg(m_request.inactivityTimeoutMs / 1000.0));
    m_reply->abort();
}

void HttpJob::onMetaDataChanged()
{
    if (!m_reply)
        return;
    m_headersTimer->stop();
    if (m_request.headersOnly) {
        const QVariant status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
        // A redirect's headers are not the answer: the (same-origin) target's are.
        if (!status.isValid() || (status.toInt() >= 300 && status.toInt() < 400))
            return;
        m_headersIn = true;
        m_response.status = status.toInt();
        m_response.headers = m_reply->rawHeaderPairs();
        m_reply->abort(); // finished() follows, and onReplyFinished() ends the job with the status
        return;
    }
    const QVariant length = m_reply->header(QNetworkRequest::ContentLengthHeader);
    if (!length.isValid())
        return;
    const qint64 declared = length.toLongLong();
    if (declared > m_request.maxBytes) {
        m_error =
            Failure(Failure::Kind::TooLarge, QStringLiteral("declared Content-Length %1 exceeds the limit of %2 bytes")
                                                 .arg(declared)
                                                 .arg(m_request.maxBytes));
        m_reply->abort();
        return;
    }
    // The length is the server's word, not bytes in hand: reserve no more than the cap and a sensible
    // first block (4294967295 must not allocate 4 GB up front); the body grows with what arrives.
    constexpr qint64 largestReserve = qint64(64) << 20;
    if (declared > 0)
        m_response.body.reserve(qMin(declared, qMin(m_request.maxBytes, largestReserve)));
}

void HttpJob::onReadyRead()
{
    if (!m_reply || m_error || m_headersIn)
        return;
    const qint64 available = m_reply->bytesAvailable();
    if (m_response.body.size() + available > m_request.maxBytes) {
        m_error = Failure(Failure::Kind::TooLarge,
                          QStringLiteral("response exceeded the limit of %1 bytes").arg(m_request.maxBytes));
        m_reply->abort();
        return;
    }
    m_response.body.append(m_reply->readAll());
}

void HttpJob::onRedirected(const QUrl &url)
{
    if (!m_reply)
        return;
    if (!ServerUrl::isSameOrigin(m_request.url, url) || !ServerUrl::isAllowedTransport(url)) {
        m_error = Failure(Failure::Kind::CrossOriginRedirect,
                          QStringLiteral("refused redirect from %1 to %2")
                              .arg(m_request.url.adjusted(QUrl::RemoveQuery).toString(),
                                   url.adjusted(QUrl::RemoveQuery | QUrl::RemoveUserInfo).toString()));
        m_reply->abort();
        return;
    }
    m_response.url = url;
    m_headersTimer->start(m_request.inactivityTimeoutMs);
    Q_EMIT m_reply->redirectAllowed();
}

void HttpJob::onReplyFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply)
        return;
    m_headersTimer->stop();
    if (!m_error && reply->isReadable())
        onReadyRead();
    // A reply can still deliver queued signals (metaDataChanged after a ContentReSendError) once it
    // has finished: nothing of it reaches this job any more.
    reply->disconnect(this);
    reply->deleteLater();
    m_reply.clear();

    if (m_error) {
        fail(m_error);
        return;
    }
    if (m_headersIn) {
        // Aborted on purpose once the headers were in: the status is the verdict, and there is no body.
        const Failure statusError = errorForStatus(m_response.status, {}, m_response.header("Retry-After"),
                                                   m_request.serviceName, credentialsIn(m_request.headers));
        if (statusError)
            fail(statusError);
        else
            finish();
        return;
    }

    const QVariant statusAttribute = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    const QNetworkReply::NetworkError networkError = reply->error();
    const QString requestLine = QStringLiteral("%1 %2").arg(QString::fromLatin1(m_request.method),
                                                            m_request.url.adjusted(QUrl::RemoveQuery).toString());
    const QString technical = QStringLiteral("%1: %2").arg(requestLine, reply->errorString());

    // Qt wanted to send the request again and could not rewind its body: the first one may have arrived.
    if (m_request.sendOnce && networkError == QNetworkReply::ContentReSendError) {
        fail(Failure(Failure::Kind::OutcomeUnknown, technical));
        return;
    }
    if (m_cancelled) {
        fail(Failure(Failure::Kind::Cancelled, QStringLiteral("cancelled by the user")));
        return;
    }
    if (networkError == QNetworkReply::OperationCanceledError || networkError == QNetworkReply::TimeoutError) {
        fail(
            Failure(Failure::Kind::Timeout,
                    QStringLiteral("no data for %1 s: %2").arg(m_request.inactivityTimeoutMs / 1000.0).arg(technical)));
        return;
    }
    if (networkError == QNetworkReply::SslHandshakeFailedError) {
        fail(Failure(Failure::Kind::Tls, technical));
        return;
    }
    // Qt refuses a compressed body that inflates far beyond its size (a compression bomb).
    if (networkError != QNetworkReply::NoError && reply->errorString().contains(QLatin1String("ecompress"))) {
        fail(Failure(Failure::Kind::TooLarge, technical));
        return;
    }
    if (!statusAttribute.isValid()) {
        fail(Failure(Failure::Kind::Network, technical));
        return;
    }

    m_response.status = statusAttribute.toInt();
    m_response.headers = reply->rawHeaderPairs();

    // A body cut short after good headers is a network failure, not a server verdict.
    if (networkError != QNetworkReply::NoError && m_response.status >= 200 && m_response.status < 300) {
        fail(Failure(Failure::Kind::Network, technical));
        return;
    }
    // Qt can end a reply without an error when the server closes the connection early (seen on a
    // loaded machine): a body shorter than the length the server declared is cut short all the same. A
    // compressed body is counted after inflating, so only an uncompressed one is compared.
    const QVariant declaredLength = reply->header(QNetworkRequest::ContentLengthHeader);
    const QByteArray encoding = m_response.header("Content-Encoding").trimmed().toLower();
    if (m_response.status >= 200 && m_response.status < 300 && declaredLength.isValid() &&
        (encoding.isEmpty() || encoding == "identity") && m_response.body.size() < declaredLength.toLongLong()) {
        fail(Failure(Failure::Kind::Network, QStringLiteral("%1: the connection closed after %2 of %3 bytes")
                                                 .arg(requestLine)
                                                 .arg(m_response.body.size())
                                                 .arg(declaredLength.toLongLong())));
        return;
    }

    const Failure statusError = errorForStatus(m_response.status, m_response.body, m_response.header("Retry-After"),
                                               m_request.serviceName, credentialsIn(m_request.headers));
    if (statusError) {
        const bool busy = m_response.status == 429 || m_response.status == 503;
        const int wait = statusError.retryAfterSeconds() < 0 ? 1 : statusError.retryAfterSeconds();
        if (busy && m_request.retryWhenBusy && !m_request.sendOnce && m_attempts == 1 &&
            wait <= m_request.maxRetryWaitSeconds) {
            if (!m_retryTimer) {
                m_retryTimer = new QTimer(this);
                m_retryTimer->setSingleShot(true);
                connect(m_retryTimer, &QTimer::timeout, this, &HttpJob::sendRequest);
            }
            m_retryTimer->start(wait * 1000);
            return;
        }
        fail(statusError);
        return;
    }
    if (networkError != QNetworkReply::NoError) {
        fail(Failure(Failure::Kind::Network, technical));
        return;
    }
    finish();
}

Failure HttpJob::errorForStatus(int status, const QByteArray &body, const QByteArray &retryAfter,
                                const QString &serviceName, const QByteArrayList &secrets)
{
    if (status >= 200 && status < 300)
        return {};
    const QJsonObject object = QJsonDocument::fromJson(body).object();
    const QString detail = QStringLiteral("HTTP %1 %2").arg(status).arg(bodyExcerpt(body, secrets));
    Failure error;
    switch (status) {
    case 401:
        error = Failure(Failure::Kind::Unauthorized, detail);
        break;
    case 403:
        error = Failure(Failure::Kind::Forbidden, detail);
        break;
    case 404:
        error = Failure(Failure::Kind::NotFound, detail);
        break;
    case 400:
    case 422:
        error = Failure(Failure::Kind::Validation, detail);
        error.setFieldMessages(validationMessages(object));
        break;
    case 429:
        error = Failure(Failure::Kind::RateLimited, detail);
        error.setRetryAfterSeconds(parseRetryAfter(retryAfter));
        break;
    default:
        error = Failure(Failure::Kind::ServerError, detail);
        error.setServerMessage(serverMessage(object));
        if (status == 503)
            error.setRetryAfterSeconds(parseRetryAfter(retryAfter));
        break;
    }
    error.setHttpStatus(status);
    error.setServiceName(serviceName);
    return error;
}

int HttpJob::parseRetryAfter(const QByteArray &value)
{
    const QByteArray trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return -1;
    bool ok = false;
    const qint64 seconds = trimmed.toLongLong(&ok);
    if (ok)
        return seconds < 0 ? -1 : int(qMin<qint64>(seconds, 24 * 3600));
    const QDateTime when =
        QLocale::c().toDateTime(QString::fromLatin1(trimmed).left(25), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss"));
    if (!when.isValid())
        return -1;
    QDateTime utc = when;
    utc.setTimeSpec(Qt::UTC);
    return int(qBound(qint64(0), QDateTime::currentDateTimeUtc().secsTo(utc), qint64(24 * 3600)));
}

void HttpJob::fail(Failure error)
{
    // Once the body of a request sent once has left, no answer is no verdict: the server may have acted.
    const Failure::Kind kind = error.kind();
    if (m_request.sendOnce && m_sent &&
        (kind == Failure::Kind::Network || kind == Failure::Kind::Timeout || kind == Failure::Kind::Cancelled))
        error = Failure(Failure::Kind::OutcomeUnknown, kind == Failure::Kind::Cancelled
                                                           ? QStringLiteral("cancelled after the request was sent")
                                                           : error.detail());
    if (error.kind() != Failure::Kind::Cancelled)
        error.setServiceName(m_request.serviceName);
    error.redact(credentialsIn(m_request.headers));
    m_error = std::move(error);
    m_response.body.clear();
    m_response.body.squeeze();
    finish();
}

void HttpJob::finish()
{
    m_running = false;
    emitFinished();
}

} // namespace Takeout
