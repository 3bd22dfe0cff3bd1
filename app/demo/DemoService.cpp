#include "DemoService.h"

#include <QDate>
#include <QFile>
#include <QHostAddress>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMetaEnum>
#include <QPointer>
#include <QRandomGenerator>
#include <QSslCertificate>
#include <QSslKey>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrlQuery>

#include <limits>

#include <zlib.h>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#endif

namespace Takeout {

namespace {

using Headers = QList<QPair<QByteArray, QByteArray>>;

QByteArray readResource(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 302:
        return "Found";
    case 401:
        return "Unauthorized";
    case 404:
        return "Not Found";
    case 422:
        return "Unprocessable Entity";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 503:
        return "Service Unavailable";
    default:
        return "Status";
    }
}

QByteArray head(int status, const Headers &headers)
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    for (const auto &header : headers)
        out += header.first + ": " + header.second + "\r\n";
    return out + "\r\n";
}

// The whole answer in one go, with its length. Written straight to the socket so that the faults
// below can send exactly the bytes they need.
void send(QTcpSocket *socket, int status, Headers headers, const QByteArray &body)
{
    headers.append({"Content-Length", QByteArray::number(body.size())});
    socket->write(head(status, headers));
    socket->write(body);
}

void sendJson(QTcpSocket *socket, int status, const QJsonObject &object, Headers extra = {})
{
    extra.prepend({"Content-Type", "application/json"});
    send(socket, status, extra, QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonObject fastApiError(const QStringList &location, const QString &message, const QString &type)
{
    QJsonObject item{{QStringLiteral("loc"), QJsonArray::fromStringList(location)},
                     {QStringLiteral("msg"), message},
                     {QStringLiteral("type"), type}};
    return QJsonObject{{QStringLiteral("detail"), QJsonArray{item}}};
}

// JSON text of one string value, escapes included.
QByteArray jsonString(const QString &text)
{
    const QByteArray array = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2);
}

QByteArray indent(const QByteArray &text, int spaces)
{
    const QByteArray newline = QByteArray("\n") + QByteArray(spaces, ' ');
    return text.trimmed().replace("\n", newline);
}

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

// What the Garbage fault sends for a seed: one of four kinds of broken answer, the same for the same seed.
QByteArray randomGarbage(quint32 seed, const QByteArray &body)
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

// A valid account export of about `megabytes` MB: the sample with its agents repeated.
void streamHugeExport(QTcpSocket *socket, int megabytes)
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

} // namespace

DemoService::DemoService(QObject *parent)
    : QObject(parent)
    , m_server(new QHttpServer(this))
{
    m_server->route(QStringLiteral("/api/export"), QHttpServerRequest::Method::Get,
                    [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
                        handleExport(request, std::move(responder));
                    });
    m_server->route(QStringLiteral("/v1/agents"), QHttpServerRequest::Method::Get,
                    [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
                        handleAgents(request, std::move(responder));
                    });
    m_server->route(
        QStringLiteral("/v1/agents/<arg>/export"), QHttpServerRequest::Method::Post,
        [this](const QString &agentId, const QHttpServerRequest &request, QHttpServerResponder &&responder) {
            handleTemplate(agentId, request, std::move(responder));
        });
}

DemoService::~DemoService() = default;

bool DemoService::listen(quint16 port)
{
    m_port = m_server->listen(QHostAddress::LocalHost, port);
    return m_port != 0;
}

void DemoService::useTls(const QSslCertificate &certificate, const QSslKey &key)
{
    m_server->sslSetup(certificate, key);
    m_tls = true;
}

QUrl DemoService::url() const
{
    QUrl url;
    url.setScheme(m_tls ? QStringLiteral("https") : QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(m_port);
    return url;
}

void DemoService::setFault(Fault fault, int times, const QByteArray &param)
{
    m_fault = fault;
    m_faultTimes = times;
    m_faultParam = param;
    // The bombs are made now, so that answering is instant.
    const int megabytes = param.toInt() > 0 ? param.toInt() : 512;
    if (fault == Fault::CompressionBomb || fault == Fault::GzipBomb)
        m_bomb = compressedSpaces(qsizetype(megabytes) << 20, fault == Fault::GzipBomb ? Wrapper::Gzip : Wrapper::Zlib);
}

bool DemoService::faultFromName(const QString &name, Fault *fault)
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

QStringList DemoService::faultNames()
{
    QStringList names;
    const QMetaEnum meta = QMetaEnum::fromType<Fault>();
    for (int i = 1; i < meta.keyCount(); ++i)
        names << QString::fromLatin1(meta.key(i));
    return names;
}

QByteArray DemoService::accountExport()
{
    return readResource(QStringLiteral(":/demo/agentbot-account.json"));
}

QJsonArray DemoService::agents()
{
    return QJsonDocument::fromJson(readResource(QStringLiteral(":/demo/xpander-agents.json"))).array();
}

QString DemoService::accountFileName()
{
    return QStringLiteral("agentbot-export-user_7f3a-%1.json").arg(QDate::currentDate().toString(Qt::ISODate));
}

QByteArray DemoService::templateExport(const QString &agentId, const QString &name, const QString &description,
                                       const QString &icon, bool withKnowledgeBases)
{
    QByteArray definition = readResource(QStringLiteral(":/demo/xpander-definitions/%1.json").arg(agentId));
    if (definition.isEmpty())
        return {};
    // Assembled as text so that the field order is the one in the sample files, as a real server sends it.
    if (withKnowledgeBases) {
        const QByteArray placeholder = "\"knowledge_bases\": []";
        const QByteArray knowledgeBases =
            readResource(QStringLiteral(":/demo/xpander-knowledge-bases/%1.json").arg(agentId));
        const qsizetype at = definition.lastIndexOf(placeholder);
        if (at >= 0 && !knowledgeBases.trimmed().isEmpty())
            definition.replace(at, placeholder.size(),
                               QByteArray(QByteArray("\"knowledge_bases\": ") + indent(knowledgeBases, 2)));
    }
    QByteArray out = "{\n";
    out += "  \"id\": " + jsonString(QStringLiteral("tpl_") + agentId.left(8)) + ",\n";
    out += "  \"name\": " + jsonString(name) + ",\n";
    out += "  \"icon\": " + jsonString(icon) + ",\n";
    out += "  \"description\": " + jsonString(description) + ",\n";
    out += "  \"organization_id\": \"org_demo_4821\",\n";
    out += "  \"agent_definition\": " + indent(definition, 2) + "\n}\n";
    return out;
}

DemoService::Request DemoService::record(const QHttpServerRequest &request, bool hadCredentials, bool authorized)
{
    Request entry;
    const QMetaEnum methods = QMetaEnum::fromType<QHttpServerRequest::Method>();
    entry.method = QByteArray(methods.valueToKey(int(request.method()))).toUpper();
    entry.path = request.url().path();
    entry.query = request.url().query();
    entry.body = request.body();
    entry.userAgent = request.value("User-Agent");
    entry.hadCredentials = hadCredentials;
    entry.authorized = authorized;
    m_requests.append(entry);
    return entry;
}

bool DemoService::serveFault(const QHttpServerRequest &request, QHttpServerResponder &responder, const QByteArray &body,
                             const QByteArray &contentDisposition)
{
    if (m_fault == Fault::None || m_faultTimes == 0)
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
            socket->write(randomGarbage(quint32(param), body));
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

void DemoService::handleExport(const QHttpServerRequest &request, QHttpServerResponder &&responder)
{
    const QByteArray authorization = request.value("Authorization");
    const QByteArray cookie = request.value("Cookie");
    bool authorized = authorization == QByteArray("Bearer ") + agentbotSession;
    for (const QByteArray &pair : cookie.split(';')) {
        const qsizetype equals = pair.indexOf('=');
        if (equals > 0 && pair.mid(equals + 1).trimmed() == agentbotSession)
            authorized = true;
    }
    record(request, !authorization.isEmpty() || !cookie.isEmpty(), authorized);

    const QByteArray body = accountExport();
    const QByteArray disposition = "attachment; filename=\"" + accountFileName().toUtf8() + '"';
    if (!serveFault(request, responder, body, disposition)) {
        QTcpSocket *socket = responder.socket();
        if (!authorized)
            sendJson(socket, 401, {{QStringLiteral("error"), QStringLiteral("Unauthorized")}});
        else
            send(socket, 200,
                 {{"Content-Type", "application/json"},
                  {"Content-Disposition", disposition},
                  {"Cache-Control", "no-store"}},
                 body);
    }
    Q_EMIT requestHandled();
}

void DemoService::handleAgents(const QHttpServerRequest &request, QHttpServerResponder &&responder)
{
    const QByteArray key = request.value("x-api-key");
    const bool authorized = key == xpanderApiKey;
    record(request, !key.isEmpty(), authorized);

    const QJsonArray all = agents();
    const QUrlQuery query(request.url());
    bool pageOk = true;
    bool perPageOk = true;
    const int page =
        query.hasQueryItem(QStringLiteral("page")) ? query.queryItemValue(QStringLiteral("page")).toInt(&pageOk) : 1;
    const int perPage = query.hasQueryItem(QStringLiteral("per_page"))
                            ? query.queryItemValue(QStringLiteral("per_page")).toInt(&perPageOk)
                            : 20;
    QJsonObject listing;
    const qsizetype start = qsizetype(page - 1) * perPage;
    if (pageOk && perPageOk && page >= 1 && perPage >= 1 && perPage <= 50) {
        QJsonArray items;
        for (qsizetype i = start; i < qMin<qsizetype>(all.size(), start + perPage); ++i)
            items.append(all.at(i));
        listing = {{QStringLiteral("items"), items},
                   {QStringLiteral("page"), page},
                   {QStringLiteral("per_page"), perPage},
                   {QStringLiteral("total"), int(all.size())},
                   {QStringLiteral("total_pages"), int((all.size() + perPage - 1) / perPage)}};
    }
    if (!serveFault(request, responder, QJsonDocument(listing).toJson(QJsonDocument::Compact), {})) {
        QTcpSocket *socket = responder.socket();
        if (!authorized)
            sendJson(socket, 401, {{QStringLiteral("detail"), QStringLiteral("Invalid or missing API key")}});
        else if (!pageOk || page < 1)
            sendJson(socket, 422,
                     fastApiError({QStringLiteral("query"), QStringLiteral("page")},
                                  QStringLiteral("Input should be greater than or equal to 1"),
                                  QStringLiteral("greater_than_equal")));
        else if (listing.isEmpty())
            sendJson(socket, 422,
                     fastApiError({QStringLiteral("query"), QStringLiteral("per_page")},
                                  QStringLiteral("Input should be less than or equal to 50"),
                                  QStringLiteral("less_than_equal")));
        else
            sendJson(socket, 200, listing);
    }
    Q_EMIT requestHandled();
}

void DemoService::handleTemplate(const QString &agentId, const QHttpServerRequest &request,
                                 QHttpServerResponder &&responder)
{
    const QByteArray key = request.value("x-api-key");
    const bool authorized = key == xpanderApiKey;
    record(request, !key.isEmpty(), authorized);

    // FastAPI-style validation: exactly the four documented fields, each of its type.
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(request.body(), &parseError);
    const QJsonObject object = document.object();
    QJsonArray problems;
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        problems = fastApiError({QStringLiteral("body")}, QStringLiteral("Input should be a valid JSON object"),
                                QStringLiteral("model_attributes_type"))
                       .value(QStringLiteral("detail"))
                       .toArray();
    } else {
        const QList<QPair<QString, bool>> fields = {{QStringLiteral("name"), false},
                                                    {QStringLiteral("description"), false},
                                                    {QStringLiteral("icon"), false},
                                                    {QStringLiteral("with_knowledge_bases"), true}};
        for (const auto &field : fields) {
            const QJsonValue value = object.value(field.first);
            QString message;
            if (value.isUndefined())
                message = QStringLiteral("Field required");
            else if (field.second && !value.isBool())
                message = QStringLiteral("Input should be a valid boolean");
            else if (!field.second && !value.isString())
                message = QStringLiteral("Input should be a valid string");
            if (!message.isEmpty())
                problems.append(fastApiError({QStringLiteral("body"), field.first}, message, QStringLiteral("invalid"))
                                    .value(QStringLiteral("detail"))
                                    .toArray()
                                    .first());
        }
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (it.key() != QLatin1String("name") && it.key() != QLatin1String("description") &&
                it.key() != QLatin1String("icon") && it.key() != QLatin1String("with_knowledge_bases"))
                problems.append(fastApiError({QStringLiteral("body"), it.key()},
                                             QStringLiteral("Extra inputs are not permitted"),
                                             QStringLiteral("extra_forbidden"))
                                    .value(QStringLiteral("detail"))
                                    .toArray()
                                    .first());
        }
    }
    const QByteArray body = problems.isEmpty()
                                ? templateExport(agentId, object.value(QStringLiteral("name")).toString(),
                                                 object.value(QStringLiteral("description")).toString(),
                                                 object.value(QStringLiteral("icon")).toString(),
                                                 object.value(QStringLiteral("with_knowledge_bases")).toBool())
                                : QByteArray();
    if (!serveFault(request, responder, body, "attachment; filename=\"template.json\"")) {
        QTcpSocket *socket = responder.socket();
        if (!authorized)
            sendJson(socket, 401, {{QStringLiteral("detail"), QStringLiteral("Invalid or missing API key")}});
        else if (!problems.isEmpty())
            sendJson(socket, 422, {{QStringLiteral("detail"), problems}});
        else if (body.isEmpty())
            sendJson(socket, 404, {{QStringLiteral("detail"), QStringLiteral("Agent not found")}});
        else
            send(socket, 200, {{"Content-Type", "application/json"}}, body);
    }
    Q_EMIT requestHandled();
}

} // namespace Takeout
