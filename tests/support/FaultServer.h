#pragma once

#include "DemoService.h"

#include <QStringList>

namespace Takeout {

// The demo service that misbehaves on request, for the fault tables of the tests and for trying the
// error handling by hand (takeout-testserver). Not shipped: the product serves the plain DemoService.
class FaultServer : public DemoService
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

    explicit FaultServer(QObject *parent = nullptr);

    // The next `times` requests (every one when -1) get this fault instead of the normal answer.
    void setFault(Fault fault, int times = -1, const QByteArray &param = {});
    // Only requests whose path contains `path` get the fault (and count towards `times`); empty: all.
    void setFaultPath(const QString &path) { m_faultPath = path; }
    static bool faultFromName(const QString &name, Fault *fault);
    // Every fault but None, in declaration order.
    static QStringList faultNames();

protected:
    bool intercept(const QHttpServerRequest &request, QHttpServerResponder &responder, const QByteArray &body,
                   const QByteArray &contentDisposition) override;

private:
    // What the Garbage fault sends for a seed: one of four kinds of broken answer, the same for the same seed.
    static QByteArray garbage(quint32 seed, const QByteArray &body);
    // A valid account export of about `megabytes` MB: the sample with its agents repeated.
    static void streamHugeExport(QTcpSocket *socket, int megabytes);

    Fault m_fault = Fault::None;
    int m_faultTimes = 0;
    QByteArray m_faultParam;
    QString m_faultPath;
    QByteArray m_bomb;
};

} // namespace Takeout
