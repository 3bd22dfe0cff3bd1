#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonArray>
#include <QList>
#include <QObject>
#include <QUrl>

class QHttpServer;
class QHttpServerRequest;
class QHttpServerResponder;
class QSslCertificate;
class QSslKey;
class QTcpSocket;

namespace Takeout {

// A stand-in for both services on loopback, built on Qt HttpServer, serving the sample account and
// agents from resources/demo. It accepts only the demo credentials, answers like the real services
// (status codes, headers, error bodies) and can be told to misbehave, for tests and for trying the
// app's error handling by hand.
class DemoService : public QObject
{
    Q_OBJECT

public:
    enum class Fault
    {
        None,
        SlowDrip,                  // the body trickles in small pieces (param: milliseconds between pieces)
        Stall,                     // headers and half the body, then silence
        TruncatedBody,             // Content-Length promises more than is sent before the connection closes
        ConnectionReset,           // the connection is reset before any answer
        HtmlSignIn,                // 200 with an HTML sign-in page
        ServerError,               // 500 with `error` and `message`
        RateLimited,               // 429 with Retry-After (param: seconds, default 1)
        ServiceUnavailable,        // 503 with Retry-After (param: seconds, default 1)
        HugeBody,                  // a valid export of param MB (default 300), length unknown in advance
        HostileContentDisposition, // the export with param as its Content-Disposition
        CrossOriginRedirect,       // 302 to the same path on another origin
        SameOriginRedirect,        // 302 to the same URL (answered normally the next time)
        Garbage,                   // bytes that are not HTTP at all (param: a seed, for one of many broken answers)
        EndlessHeaders,            // a status line, then header lines that never end
        EndlessBody,               // 200 and a body that never ends
        CompressionBomb,           // a small deflate body that inflates to param MB (default 512)
        InvalidJson,               // 200 application/json whose body is not JSON
        EchoCredentials,           // 500 whose message and body repeat the credentials the request carried
        GzipBomb,                  // a small gzip body that inflates to param MB (default 512)
    };
    Q_ENUM(Fault)

    struct Request
    {
        QByteArray method;
        QString path;
        QString query;
        QByteArray body;
        QByteArray userAgent;
        bool hadCredentials = false;
        bool authorized = false;
    };

    static constexpr const char *agentbotSession = "demo-session";
    static constexpr const char *xpanderApiKey = "demo-key";

    explicit DemoService(QObject *parent = nullptr);
    ~DemoService() override;

    // Listens on 127.0.0.1; port 0 picks a free one. False when the port is taken.
    bool listen(quint16 port = 0);
    // Serves HTTPS with this certificate (call before listen); tests use a self-signed one.
    void useTls(const QSslCertificate &certificate, const QSslKey &key);
    QUrl url() const;

    // The next `times` requests (every one when -1) get this fault instead of the normal answer.
    void setFault(Fault fault, int times = -1, const QByteArray &param = {});
    static bool faultFromName(const QString &name, Fault *fault);
    static QStringList faultNames();

    const QList<Request> &requests() const { return m_requests; }
    void clearRequests() { m_requests.clear(); }

    // The sample data, as served.
    static QByteArray accountExport();
    static QJsonArray agents();
    // A template for one agent as the export endpoint builds it; empty for an unknown id.
    static QByteArray templateExport(const QString &agentId, const QString &name, const QString &description,
                                     const QString &icon, bool withKnowledgeBases);
    static QString accountFileName();

Q_SIGNALS:
    void requestHandled();

private:
    void handleExport(const QHttpServerRequest &request, QHttpServerResponder &&responder);
    void handleAgents(const QHttpServerRequest &request, QHttpServerResponder &&responder);
    void handleTemplate(const QString &agentId, const QHttpServerRequest &request, QHttpServerResponder &&responder);

    Request record(const QHttpServerRequest &request, bool hadCredentials, bool authorized);
    // Serves the active fault, if any; true when it did (the normal answer must not follow).
    bool serveFault(const QHttpServerRequest &request, QHttpServerResponder &responder, const QByteArray &body,
                    const QByteArray &contentDisposition);

    QHttpServer *m_server;
    quint16 m_port = 0;
    bool m_tls = false;
    Fault m_fault = Fault::None;
    int m_faultTimes = 0;
    QByteArray m_faultParam;
    QByteArray m_bomb;
    QList<Request> m_requests;
};

} // namespace Takeout
