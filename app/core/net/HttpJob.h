#pragma once

#include "base/ClientLimits.h"
#include "base/Failure.h"
#include "base/Job.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;
class QNetworkRequest;
class QTimer;

namespace Takeout {

using HeaderList = QList<QPair<QByteArray, QByteArray>>;

// Everything one request needs. Header values may hold secrets: they go on the wire and nowhere else.
struct HttpRequest
{
    QByteArray method = "GET";
    QUrl url;
    HeaderList headers;
    QByteArray body;
    QString serviceName;
    int inactivityTimeoutMs = ClientLimits::defaultInactivityTimeoutMs;
    qint64 maxBytes = ClientLimits::defaultMaxExportBytes;
    // Idempotent requests may be sent once more after 429/503; a template export is never resent silently.
    bool retryWhenBusy = true;
    int maxRetryWaitSeconds = 30;
    // Stop as soon as the final status and headers are in: the body is neither read nor kept, and the
    // job ends with them (a session check). No retry after 429/503.
    bool headersOnly = false;
    // A request that creates something (an agent, a template): sent at most once. No retry after 429/503;
    // Qt, which sends a request again when the connection closes before the answer, cannot (the body
    // cannot be rewound); and a connection of its own, so that no stale kept-alive one is the cause. A
    // connection cut after the body left ends with Failure::Kind::OutcomeUnknown.
    bool sendOnce = false;
};

struct HttpResponse
{
    int status = 0;
    QUrl url;
    HeaderList headers;
    QByteArray body;

    QByteArray header(const QByteArray &name) const;
};

// One HTTP exchange on the shared QNetworkAccessManager: inactivity timeout, cancel, progress, a size
// cap enforced while data arrives, HTTPS (loopback excepted), same-origin redirects only, no cache.
// Ends with finished(); then either error() is set or response() holds the whole body. A Job: it
// deletes itself after finished() unless kept (see Job).
class HttpJob : public Job
{
    Q_OBJECT

public:
    HttpJob(QNetworkAccessManager *network, HttpRequest request, QObject *parent = nullptr);
    ~HttpJob() override;

    // The one manager the app uses: system proxy settings (never for loopback), no disk cache.
    static QNetworkAccessManager *createNetworkAccessManager(QObject *parent);
    static QByteArray userAgent();

    void start();
    void cancel();

    bool isRunning() const { return m_running; }
    const Failure &error() const { return m_error; }
    const HttpRequest &request() const { return m_request; }
    const HttpResponse &response() const { return m_response; }
    HttpResponse takeResponse() { return std::move(m_response); }
    int attempts() const { return m_attempts; }
    // The whole body left this computer (sendOnce requests; the server may have acted on it).
    bool wasSent() const { return m_sent; }

    // Turns an HTTP status and error body into an Failure (Kind::None for 2xx); `secrets` are hidden
    // in the body's excerpt before it is cut.
    static Failure errorForStatus(int status, const QByteArray &body, const QByteArray &retryAfter,
                                  const QString &serviceName, const QByteArrayList &secrets = {});
    // The values of the credential headers (Authorization, Cookie, x-api-key), whole and in parts, for
    // Failure::redact(); values under 6 bytes are left out.
    static QByteArrayList credentialsIn(const HeaderList &headers);

    // Retry-After as seconds (delta-seconds or an HTTP date); -1 when absent or unreadable.
    static int parseRetryAfter(const QByteArray &value);

Q_SIGNALS:
    // total is -1 while unknown.
    void progress(qint64 received, qint64 total);
    // sendOnce requests: the whole body was handed to the connection. From here on a cancel or a cut
    // connection leaves the outcome unknown.
    void sent();

private:
    void sendRequest();
    void onMetaDataChanged();
    void onReadyRead();
    void onRedirected(const QUrl &url);
    void onReplyFinished();
    void onHeadersTimeout();
    void onUploadProgress(qint64 written);
    QNetworkReply *sendOnceRequest(QNetworkRequest &request);
    void fail(Failure error);
    void finish();

    QNetworkAccessManager *m_network;
    QNetworkAccessManager *m_ownNetwork = nullptr; // sendOnce: the one request's own connection
    HttpRequest m_request;
    QPointer<QNetworkReply> m_reply;
    QTimer *m_retryTimer = nullptr;
    QTimer *m_headersTimer = nullptr;
    HttpResponse m_response;
    Failure m_error;
    bool m_running = false;
    bool m_cancelled = false;
    bool m_headersIn = false;
    bool m_sent = false;
    int m_attempts = 0;
};

} // namespace Takeout
