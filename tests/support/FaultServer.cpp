#include "FaultServer.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonObject>
#include <QMetaEnum>
#include <QRandomGenerator>
#include <QTcpSocket>
#include <QTimer>

#include <functional>
#include <limits>
#include <memory>

#include <zlib.h>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#endif

namespace Takeout {

namespace {

// Writes `total` bytes made by `chunkAt(offset)` as fast as the peer reads, then closes.
class BodyStream : public QObject
{
public:
    BodyStream(QTcpSocket *socket, qint64 total, std::function<QByteArray(qint64)> chunkAt)
        : QObject(socket)
        , m_socket(socket)
        , m_total(total)
        , m_chunkAt(std::move(chunkAt))
    {
        connect(socket, &QTcpSocket::bytesWritten, this, &BodyStream::pump);
        pump();
    }

private:
    void pump()
    {
        while (m_sent < m_total && m_socket->bytesToWrite() < (4 << 20)) {
            QByteArray chunk = m_chunkAt(m_sent);
            if (m_sent + chunk.size() > m_total)
                chunk.truncate(m_total - m_sent);
            m_sent += chunk.size();
            m_socket->write(chunk);
        }
        if (m_sent >= m_total && m_socket->bytesToWrite() == 0)
            m_socket->disconnectFromHost();
    }

    QTcpSocket *m_socket;
    qint64 m_total;
    qint64 m_sent = 0;
    std::function<QByteArray(qint64)> m_chunkAt;
};

enum class Wrapper
{
    Zlib, // what Content-Encoding: deflate means
    Gzip, // header, deflate data, CRC
};

// `size` spaces compressed with zlib, a megabyte at a time: a bomb of hundreds of megabytes is made
// without holding them.
QByteArray compressedSpaces(qsizetype size, Wrapper wrapper)
{
    z_stream stream{};
    const int windowBits = wrapper == Wrapper::Gzip ? 15 + 16 : 15;
    if (deflateInit2(&stream, Z_BEST_COMPRESSION, Z_DEFLATED, windowBits, 9, Z_DEFAULT_STRATEGY) != Z_OK)
        return {};
    const QByteArray chunk(1 << 20, ' ');
    QByteArray out;
    char buffer[1 << 16];
    for (qsizetype done = 0; done < size;) {
        const qsizetype piece = qMin<qsizetype>(chunk.size(), size - done);
        done += piece;
        stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(chunk.constData()));
        stream.avail_in = uInt(piece);
        const int flush = done == size ? Z_FINISH : Z_NO_FLUSH;
        do {
            stream.next_out = reinterpret_cast<Bytef *>(buffer);
            stream.avail_out = sizeof buffer;
            deflate(&stream, flush);
            out.append(buffer, qsizetype(sizeof buffer - stream.avail_out));
        } while (stream.avail_out == 0);
    }
    deflateEnd(&stream);
    return out;
}

} // namespace

FaultServer::FaultServer(QObject *parent)
    : DemoService(parent)
{
}

void FaultServer::setFault(Fault fault, int times, const QByteArray &param)
{
    m_fault = fault;
    m_faultTimes = times;
    m_faultParam = param;
    // The bombs are made now, so that answering is instant.
    const int megabytes = param.toInt() > 0 ? param.toInt() : 512;
    if (fault == Fault::CompressionBomb || fault == Fault::GzipBomb)
        m_bomb = compressedSpaces(qsizetype(megabytes) << 20, fault == Fault::GzipBomb ? Wrapper::Gzip : Wrapper::Zlib);
}

bool FaultServer::faultFromName(const QString &name, Fault *fault)
{
    const QMetaEnum meta = QMetaEnum::fromType<Fault>();
    for (int i = 0; i < meta.keyCount(); ++i) {
        if (name.compare(QLatin1String(meta.key(i)), Qt::CaseInsensitive) == 0) {
            *fault = Fault(meta.value(i));
            return true;
        }
    }
    return false;
}

QStringList FaultServer::faultNames()
{
    QStringList names;
    const QMetaEnum meta = QMetaEnum::fromType<Fault>();
    for (int i = 1; i < meta.keyCount(); ++i)
        names << QString::fromLatin1(meta.key(i));
    return names;
}

QByteArray FaultServer::garbage(quint32 seed, const QByteArray &body)
{
    QRandomGenerator random(seed);
    const QByteArray valid =
        head(200, {{"Content-Type", "application/json"}, {"Content-Length", QByteArray::number(body.size())}}) + body;
    const auto randomBytes = [&random](qsizetype size, bool printable) {
        QByteArray bytes(size, '\0');
        for (char &byte : bytes)
            byte = char(printable ? random.bounded(32, 127) : random.bounded(256));
        return bytes;
    };
    switch (random.bounded(4)) {
    case 0: // noise
        return randomBytes(random.bounded(1, 8192), false);
    case 1: { // a good answer with a few bytes changed, most of them in the status line and headers
        QByteArray mutated = valid;
        const int changes = random.bounded(1, 17);
        for (int i = 0; i < changes; ++i) {
            const qsizetype at = random.bounded(2) ? random.bounded(qMin<qsizetype>(200, mutated.size()))
                                                   : random.bounded(mutated.size());
            mutated[at] = char(random.bounded(256));
        }
        return mutated;
    }
    case 2: // a good answer cut anywhere
        return valid.left(random.bounded(valid.size()));
    default: { // a status line and header lines of random text, then a body
        QByteArray answer = "HTTP/1.1 " + QByteArray::number(random.bounded(100, 600)) + ' ' +
                            randomBytes(random.bounded(0, 20), true) + "\r\n";
        const int lines = random.bounded(0, 40);
        for (int i = 0; i < lines; ++i)
            answer += randomBytes(random.bounded(1, 30), true) + ": " +
                      randomBytes(random.bounded(0, 200), random.bounded(4) != 0) + "\r\n";
        return answer + "\r\n" + randomBytes(random.bounded(0, 4096), random.bounded(2) != 0);
    }
    }
}

void FaultServer::streamHugeExport(QTcpSocket *socket, int megabytes)
{
    const QByteArray prefix =
        R"({"exportedAt":"2026-11-20T09:14:03.512Z","version":"1.0","user":{"id":"user_huge","email":"huge@example.com",)"
        R"("name":"Huge Export","plan":"network","role":"user","referralCode":null,"referralCredits":0},"agents":[)";
    const QByteArray suffix = R"(],"scheduledTasks":[],"workflows":[]})";
    QByteArray agent =
        R"({"id":"agent_000000000","name":"bulk-agent \"quoted\" \u00e9","model":"gpt-4o","status":"running",)"
        R"("createdAt":"2026-03-01T00:00:00.000Z","updatedAt":"2026-04-01T00:00:00.000Z"},)";
    const qint64 count = qMax<qint64>(1, (qint64(megabytes) << 20) / agent.size());
    const qint64 total = prefix.size() + count * agent.size() - 1 + suffix.size();
    socket->write(head(200, {{"Content-Type", "application/json"}, {"Connection", "close"}}));
    const QByteArray block = agent.repeated(4096);
    new BodyStream(socket, total, [=](qint64 offset) -> QByteArray {
        if (offset < prefix.size())
            return prefix.mid(offset);
        const qint64 agentsEnd = prefix.size() + count * agent.size() - 1;
        if (offset < agentsEnd) {
            const qint64 inAgents = offset - prefix.size();
            QByteArray piece = block.mid(inAgents % agent.size());
            return piece.left(qMin<qint64>(piece.size(), agentsEnd - offset));
        }
        return suffix.mid(offset - agentsEnd);
    });
}

bool FaultServer::intercept(const QHttpServerRequest &request, QHttpServerResponder &responder, const QByteArray &body,
                            const QByteArray &contentDisposition)
{
    if (m_fault == Fault::None || m_faultTimes == 0)
        return false;
    if (!m_faultPath.isEmpty() && !request.url().path().contains(m_faultPath))
        return false;
    if (m_faultTimes > 0)
        --m_faultTimes;
    QTcpSocket *socket = responder.socket();
    const int param = m_faultParam.isEmpty() ? -1 : m_faultParam.toInt();
    const Headers jsonHeaders = {{"Content-Type", "application/json"}};

    switch (m_fault) {
    case Fault::None:
        return false;
    case Fault::SlowDrip: {
        const int interval = param > 0 ? param : 50;
        socket->write(head(200, Headers(jsonHeaders) << QPair<QByteArray, QByteArray>(
                                    "Content-Length", QByteArray::number(body.size()))));
        const qsizetype piece = qMax<qsizetype>(1, body.size() / 10 + 1);
        auto *timer = new QTimer(socket);
        auto offset = std::make_shared<qsizetype>(0);
        connect(timer, &QTimer::timeout, socket, [socket, timer, body, piece, offset] {
            socket->write(body.mid(*offset, piece));
            *offset += piece;
            if (*offset >= body.size())
                timer->stop();
        });
        timer->start(interval);
        return true;
    }
    case Fault::Stall:
        socket->write(head(200, Headers(jsonHeaders) << QPair<QByteArray, QByteArray>(
                                    "Content-Length", QByteArray::number(body.size()))));
        socket->write(body.left(body.size() / 2));
        return true; // and then nothing, until the client gives up
    case Fault::TruncatedBody:
        socket->write(head(200, Headers(jsonHeaders) << QPair<QByteArray, QByteArray>(
                                    "Content-Length", QByteArray::number(body.size()))));
        socket->write(body.left(body.size() / 2));
        socket->disconnectFromHost();
        return true;
    case Fault::ConnectionReset: {
#ifdef Q_OS_UNIX
        // SO_LINGER with a zero timeout makes close() send RST instead of FIN.
        const linger reset{1, 0};
        ::setsockopt(int(socket->socketDescriptor()), SOL_SOCKET, SO_LINGER, &reset, sizeof reset);
#endif
        socket->abort();
        return true;
    }
    case Fault::HtmlSignIn:
        send(socket, 200, {{"Content-Type", "text/html; charset=utf-8"}},
             "<!DOCTYPE html>\n<html><head><title>Sign in</title></head><body><form method=\"post\" "
             "action=\"/login\"><h1>Sign in to continue</h1><input name=\"email\"><input type=\"password\" "
             "name=\"password\"><button>Sign in</button></form></body></html>\n");
        return true;
    case Fault::ServerError:
        sendJson(socket, 500,
                 {{QStringLiteral("error"), QStringLiteral("export_failed")},
                  {QStringLiteral("message"),
                   QStringLiteral("The export could not be generated. Please try again later.")}});
        return true;
    case Fault::RateLimited:
    case Fault::ServiceUnavailable: {
        const bool limited = m_fault == Fault::RateLimited;
        sendJson(socket, limited ? 429 : 503,
                 {{QStringLiteral("detail"), limited ? QStringLiteral("Rate limit exceeded")
                                                     : QStringLiteral("Service temporarily unavailable")}},
                 {{"Retry-After", QByteArray::number(param >= 0 ? param : 1)}});
        return true;
    }
    case Fault::HugeBody:
        streamHugeExport(socket, param > 0 ? param : 300);
        return true;
    case Fault::HostileContentDisposition:
        send(socket, 200,
             Headers(jsonHeaders) << QPair<QByteArray, QByteArray>(
                 "Content-Disposition", m_faultParam.isEmpty() ? contentDisposition : m_faultParam),
             body);
        return true;
    case Fault::CrossOriginRedirect: {
        QUrl target = request.url();
        target.setHost(target.host() == QLatin1String("localhost") ? QStringLiteral("127.0.0.1")
                                                                   : QStringLiteral("localhost"));
        send(socket, 302, {{"Location", target.toEncoded()}}, {});
        return true;
    }
    case Fault::SameOriginRedirect:
        send(socket, 302, {{"Location", request.url().toEncoded()}}, {});
        return true;
    case Fault::InvalidJson:
        send(socket, 200, jsonHeaders, body.left(body.size() / 2) + ",,]");
        return true;
    case Fault::Garbage: {
        if (param >= 0) {
            socket->write(garbage(quint32(param), body));
            socket->disconnectFromHost();
            return true;
        }
        QByteArray noise(4096, '\0');
        for (qsizetype i = 0; i < noise.size(); ++i)
            noise[i] = char((i * 7919 + 13) % 251);
        socket->write(noise);
        socket->disconnectFromHost();
        return true;
    }
    case Fault::EndlessHeaders: {
        socket->write("HTTP/1.1 200 OK\r\n");
        const QByteArray line = "X-Filler: " + QByteArray(1000, 'a') + "\r\n";
        new BodyStream(socket, std::numeric_limits<qint64>::max(), [line](qint64) { return line.repeated(64); });
        return true;
    }
    case Fault::EndlessBody: {
        socket->write(head(200, {{"Content-Type", "application/json"}, {"Connection", "close"}}));
        const QByteArray filler = QByteArray("[") + QByteArray(65535, ' ');
        new BodyStream(socket, std::numeric_limits<qint64>::max(),
                       [filler](qint64 offset) { return offset == 0 ? filler : QByteArray(65536, ' '); });
        return true;
    }
    case Fault::EchoCredentials: {
        const QByteArray sent =
            request.value("Authorization") + ' ' + request.value("Cookie") + ' ' + request.value("x-api-key");
        const QString echo =
            QStringLiteral("could not process request with credentials %1 (%2)")
                .arg(QString::fromLatin1(sent),
                     QString::fromLatin1(QUrl::toPercentEncoding(QString::fromLatin1(sent.simplified()))));
        sendJson(socket, 500,
                 {{QStringLiteral("error"), QStringLiteral("internal_error")},
                  {QStringLiteral("message"), echo},
                  {QStringLiteral("detail"), echo}});
        return true;
    }
    case Fault::CompressionBomb:
    case Fault::GzipBomb:
        send(socket, 200,
             {{"Content-Type", "application/json"},
              {"Content-Encoding", m_fault == Fault::GzipBomb ? "gzip" : "deflate"}},
             m_bomb);
        return true;
    }
    return false;
}

} // namespace Takeout
