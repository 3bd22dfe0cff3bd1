#include "DemoService.h"

#include <QDate>
#include <QDateTime>
#include <QFile>
#include <QHostAddress>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMetaEnum>
#include <QRandomGenerator>
#include <QSslCertificate>
#include <QSslKey>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrlQuery>
#include <QUuid>

namespace Takeout {

namespace {

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
    case 303:
        return "See Other";
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
    m_server->route(
        QStringLiteral("/v1/agents/template_import/<arg>"), QHttpServerRequest::Method::Post,
        [this](const QString &templateId, const QHttpServerRequest &request, QHttpServerResponder &&responder) {
            handleImport(templateId, request, std::move(responder));
        });
    m_server->route(QStringLiteral("/login"), QHttpServerRequest::Method::Get,
                    [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
                        handleLoginPage(request, std::move(responder));
                    });
    m_server->route(QStringLiteral("/login"), QHttpServerRequest::Method::Post,
                    [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
                        handleLogin(request, std::move(responder));
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

bool DemoService::intercept(const QHttpServerRequest &, QHttpServerResponder &, const QByteArray &, const QByteArray &)
{
    return false;
}

QByteArray DemoService::head(int status, const Headers &headers)
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    for (const auto &header : headers)
        out += header.first + ": " + header.second + "\r\n";
    return out + "\r\n";
}

void DemoService::send(QTcpSocket *socket, int status, Headers headers, const QByteArray &body)
{
    headers.append({"Content-Length", QByteArray::number(body.size())});
    socket->write(head(status, headers));
    socket->write(body);
}

void DemoService::sendJson(QTcpSocket *socket, int status, const QJsonObject &object, Headers extra)
{
    extra.prepend({"Content-Type", "application/json"});
    send(socket, status, extra, QJsonDocument(object).toJson(QJsonDocument::Compact));
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
    out += "  \"id\": " + jsonString(templateId(agentId, name, description, icon, withKnowledgeBases)) + ",\n";
    out += "  \"name\": " + jsonString(name) + ",\n";
    out += "  \"icon\": " + jsonString(icon) + ",\n";
    out += "  \"description\": " + jsonString(description) + ",\n";
    out += "  \"organization_id\": \"org_demo_4821\",\n";
    out += "  \"agent_definition\": " + indent(definition, 2) + "\n}\n";
    return out;
}

QString DemoService::templateId(const QString &agentId, const QString &name, const QString &description,
                                const QString &icon, bool withKnowledgeBases)
{
    static const QUuid space = QUuid::fromString(QLatin1String("6f0f1d2e-3c4b-4a59-8e7d-1b2c3d4e5f60"));
    const QStringList parts = {agentId, name, description, icon,
                               withKnowledgeBases ? QStringLiteral("1") : QStringLiteral("0")};
    return QUuid::createUuidV5(space, parts.join(QChar(0))).toString(QUuid::WithoutBraces);
}

QString DemoService::sampleTemplateId(const QString &agentId)
{
    for (const QJsonValue value : agents()) {
        const QJsonObject agent = value.toObject();
        if (agent.value(QLatin1String("id")).toString() == agentId)
            return templateId(agentId, agent.value(QLatin1String("name")).toString(),
                              agent.value(QLatin1String("description")).toString(),
                              agent.value(QLatin1String("icon")).toString(), true);
    }
    return {};
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
    const QByteArray cookie = request.value("Cookie");
    if (!cookie.isEmpty()) {
        for (const QByteArray &pair : cookie.split(';'))
            entry.cookieNames << pair.trimmed().split('=').first();
    }
    entry.hadCredentials = hadCredentials;
    entry.authorized = authorized;
    m_requests.append(entry);
    return entry;
}

void DemoService::handleExport(const QHttpServerRequest &request, QHttpServerResponder &&responder)
{
    const QByteArray authorization = request.value("Authorization");
    const QByteArray cookie = request.value("Cookie");
    bool authorized = authorization == QByteArray("Bearer ") + agentbotSession;
    for (const QByteArray &pair : cookie.split(';')) {
        const qsizetype equals = pair.indexOf('=');
        const QByteArray value = pair.mid(equals + 1).trimmed();
        if (equals > 0 && (value == agentbotSession || m_sessions.contains(value)))
            authorized = true;
    }
    record(request, !authorization.isEmpty() || !cookie.isEmpty(), authorized);

    const QByteArray body = accountExport();
    const QByteArray disposition = "attachment; filename=\"" + accountFileName().toUtf8() + '"';
    if (!intercept(request, responder, body, disposition)) {
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

QByteArray DemoService::loginPage(const QString &error) const
{
    // Fixed texts only: nothing the browser sent is put back into the page.
    QByteArray page = "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>" +
                      tr("Sign in to Agentbot (demo)").toHtmlEscaped().toUtf8() +
                      "</title></head>\n<body style=\"font-family: sans-serif; max-width: 28em; margin: 3em auto\">\n"
                      "<h1>" +
                      tr("Sign in to Agentbot (demo)").toHtmlEscaped().toUtf8() + "</h1>\n";
    if (!error.isEmpty())
        page += "<p role=\"alert\" style=\"color: darkred\">" + error.toHtmlEscaped().toUtf8() + "</p>\n";
    page += "<form method=\"post\" action=\"/login\">\n<p><label>" + tr("E-mail").toHtmlEscaped().toUtf8() +
            "<br><input type=\"email\" name=\"email\" autocomplete=\"username\" required></label></p>\n"
            "<p><label>" +
            tr("Password").toHtmlEscaped().toUtf8() +
            "<br><input type=\"password\" name=\"password\" autocomplete=\"current-password\" required></label></p>\n"
            "<p><button type=\"submit\">" +
            tr("Sign in").toHtmlEscaped().toUtf8() + "</button></p>\n</form>\n<p>" +
            tr("This is the demo: any e-mail address, and the password demo.").toHtmlEscaped().toUtf8() +
            "</p>\n</body></html>\n";
    return page;
}

void DemoService::handleLoginPage(const QHttpServerRequest &request, QHttpServerResponder &&responder)
{
    record(request, false, false);
    const QByteArray page = loginPage({});
    if (!intercept(request, responder, page, {}))
        send(responder.socket(), 200, {{"Content-Type", "text/html; charset=utf-8"}, {"Cache-Control", "no-store"}},
             page);
    Q_EMIT requestHandled();
}

void DemoService::handleLogin(const QHttpServerRequest &request, QHttpServerResponder &&responder)
{
    const QUrlQuery form(QString::fromUtf8(request.body()).replace(QLatin1Char('+'), QLatin1Char(' ')));
    const bool accepted =
        form.queryItemValue(QStringLiteral("password"), QUrl::FullyDecoded) == QLatin1String(loginPassword);
    record(request, true, accepted);
    if (!accepted) {
        const QByteArray page = loginPage(tr("That password is not the demo's. Type demo as the password."));
        if (!intercept(request, responder, page, {}))
            send(responder.socket(), 200, {{"Content-Type", "text/html; charset=utf-8"}, {"Cache-Control", "no-store"}},
                 page);
        Q_EMIT requestHandled();
        return;
    }
    // A fresh session each time, unguessable, as a real site hands out.
    QByteArray random(32, '\0');
    QRandomGenerator::system()->generate(reinterpret_cast<quint32 *>(random.data()),
                                         reinterpret_cast<quint32 *>(random.data() + random.size()));
    const QByteArray session = random.toHex();
    m_sessions.insert(session);
    QByteArray cookie = QByteArray(sessionCookieName) + '=' + session + "; Path=/; HttpOnly; SameSite=Lax";
    if (m_tls)
        cookie += "; Secure";
    const QByteArray page = "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>" +
                            tr("Signed in to Agentbot (demo)").toHtmlEscaped().toUtf8() +
                            "</title></head>\n<body style=\"font-family: sans-serif; max-width: 28em; margin: 3em "
                            "auto\">\n<h1>" +
                            tr("You are signed in").toHtmlEscaped().toUtf8() + "</h1>\n<p>" +
                            tr("Now press “Use my sign-in from …” in Agent Takeout, or run agent-takeout-cli login "
                               "agentbot --from-browser.")
                                .toHtmlEscaped()
                                .toUtf8() +
                            "</p>\n</body></html>\n";
    if (!intercept(request, responder, page, {}))
        send(responder.socket(), 200,
             {{"Content-Type", "text/html; charset=utf-8"}, {"Cache-Control", "no-store"}, {"Set-Cookie", cookie}},
             page);
    Q_EMIT requestHandled();
}

void DemoService::handleAgents(const QHttpServerRequest &request, QHttpServerResponder &&responder)
{
    const QByteArray key = request.value("x-api-key");
    const bool authorized = key == xpanderApiKey;
    record(request, !key.isEmpty(), authorized);

    QJsonArray all = agents();
    for (const QJsonValue created : std::as_const(m_createdAgents))
        all.append(created);
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
    if (!intercept(request, responder, QJsonDocument(listing).toJson(QJsonDocument::Compact), {})) {
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
    QByteArray body;
    if (problems.isEmpty()) {
        const QString name = object.value(QStringLiteral("name")).toString();
        const QString description = object.value(QStringLiteral("description")).toString();
        const QString icon = object.value(QStringLiteral("icon")).toString();
        const bool withKnowledgeBases = object.value(QStringLiteral("with_knowledge_bases")).toBool();
        body = m_createdDefinitions.contains(agentId)
                   ? createdTemplateExport(agentId, name, description, icon, withKnowledgeBases)
                   : templateExport(agentId, name, description, icon, withKnowledgeBases);
    }
    // The export makes a template that stays on the service (answered or not, as the real one).
    if (authorized && !body.isEmpty())
        m_templates.insert(QJsonDocument::fromJson(body).object().value(QLatin1String("id")).toString(), body);
    if (!intercept(request, responder, body, "attachment; filename=\"template.json\"")) {
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

QByteArray DemoService::createdTemplateExport(const QString &agentId, const QString &name, const QString &description,
                                              const QString &icon, bool withKnowledgeBases) const
{
    QJsonObject definition = m_createdDefinitions.value(agentId);
    if (definition.isEmpty())
        return {};
    if (!withKnowledgeBases)
        definition.insert(QLatin1String("knowledge_bases"), QJsonArray());
    QByteArray out = "{\n";
    out += "  \"id\": " + jsonString(templateId(agentId, name, description, icon, withKnowledgeBases)) + ",\n";
    out += "  \"name\": " + jsonString(name) + ",\n";
    out += "  \"icon\": " + jsonString(icon) + ",\n";
    out += "  \"description\": " + jsonString(description) + ",\n";
    out += "  \"organization_id\": \"org_demo_4821\",\n";
    out += "  \"agent_definition\": " + indent(QJsonDocument(definition).toJson(QJsonDocument::Indented), 2) + "\n}\n";
    return out;
}

void DemoService::handleImport(const QString &templateId, const QHttpServerRequest &request,
                               QHttpServerResponder &&responder)
{
    const QByteArray key = request.value("x-api-key");
    const bool authorized = key == xpanderApiKey;
    record(request, !key.isEmpty(), authorized);

    // FastAPI-style validation: a name (a non-empty string), and optional description, icon and
    // with_knowledge_bases of their types; nothing else.
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(request.body(), &parseError);
    const QJsonObject object = document.object();
    QJsonArray problems;
    const auto problem = [&problems](const QString &field, const QString &message, const QString &type) {
        problems.append(fastApiError({QStringLiteral("body"), field}, message, type)
                            .value(QStringLiteral("detail"))
                            .toArray()
                            .first());
    };
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        problems = fastApiError({QStringLiteral("body")}, QStringLiteral("Input should be a valid JSON object"),
                                QStringLiteral("model_attributes_type"))
                       .value(QStringLiteral("detail"))
                       .toArray();
    } else {
        const QJsonValue name = object.value(QStringLiteral("name"));
        if (name.isUndefined())
            problem(QStringLiteral("name"), QStringLiteral("Field required"), QStringLiteral("missing"));
        else if (!name.isString())
            problem(QStringLiteral("name"), QStringLiteral("Input should be a valid string"),
                    QStringLiteral("string_type"));
        else if (name.toString().trimmed().isEmpty())
            problem(QStringLiteral("name"), QStringLiteral("String should have at least 1 character"),
                    QStringLiteral("string_too_short"));
        for (const char *field : {"description", "icon"}) {
            const QJsonValue value = object.value(QLatin1String(field));
            if (!value.isUndefined() && !value.isString())
                problem(QLatin1String(field), QStringLiteral("Input should be a valid string"),
                        QStringLiteral("string_type"));
        }
        const QJsonValue withKnowledgeBases = object.value(QStringLiteral("with_knowledge_bases"));
        if (!withKnowledgeBases.isUndefined() && !withKnowledgeBases.isBool())
            problem(QStringLiteral("with_knowledge_bases"), QStringLiteral("Input should be a valid boolean"),
                    QStringLiteral("bool_type"));
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (it.key() != QLatin1String("name") && it.key() != QLatin1String("description") &&
                it.key() != QLatin1String("icon") && it.key() != QLatin1String("with_knowledge_bases"))
                problem(it.key(), QStringLiteral("Extra inputs are not permitted"), QStringLiteral("extra_forbidden"));
        }
    }

    // The template: one this run's exports made, or a sample's under its stable id.
    QByteArray templateBytes = m_templates.value(templateId);
    if (templateBytes.isEmpty()) {
        for (const QJsonValue value : agents()) {
            const QJsonObject agent = value.toObject();
            const QString agentId = agent.value(QLatin1String("id")).toString();
            if (sampleTemplateId(agentId) == templateId)
                templateBytes = templateExport(agentId, agent.value(QLatin1String("name")).toString(),
                                               agent.value(QLatin1String("description")).toString(),
                                               agent.value(QLatin1String("icon")).toString(), true);
        }
    }

    QJsonObject created;
    if (authorized && problems.isEmpty() && !templateBytes.isEmpty()) {
        const QJsonObject templateObject = QJsonDocument::fromJson(templateBytes).object();
        QJsonObject definition = templateObject.value(QLatin1String("agent_definition")).toObject();
        const auto chosen = [&object, &templateObject](const char *field) {
            const QString value = object.value(QLatin1String(field)).toString();
            return value.isEmpty() ? templateObject.value(QLatin1String(field)).toString() : value;
        };
        const QString name = chosen("name");
        const QString description = chosen("description");
        const QString icon = chosen("icon");
        const QString agentId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const auto newId = [] { return QUuid::createUuid().toString(QUuid::WithoutBraces); };
        // A new, independent agent: its records (sub-agents recreated as new agents) get new ids.
        definition.insert(QLatin1String("id"), agentId);
        const QString uniqueName =
            name.toLower().replace(QLatin1Char(' '), QLatin1Char('-')) + QLatin1Char('-') + agentId.left(4);
        definition.insert(QLatin1String("unique_name"), uniqueName);
        definition.insert(QLatin1String("name"), name);
        definition.insert(QLatin1String("description"), description);
        definition.insert(QLatin1String("icon"), icon);
        for (const char *records : {"custom_functions", "connectors", "knowledge_bases", "sub_agents"}) {
            QJsonArray array = definition.value(QLatin1String(records)).toArray();
            for (qsizetype i = 0; i < array.size(); ++i) {
                if (array.at(i).isString()) {
                    array.replace(i, newId());
                } else if (array.at(i).isObject()) {
                    QJsonObject record = array.at(i).toObject();
                    if (record.contains(QLatin1String("id")))
                        record.insert(QLatin1String("id"), newId());
                    array.replace(i, record);
                }
            }
            definition.insert(QLatin1String(records), array);
        }
        const bool withKnowledgeBases = object.value(QStringLiteral("with_knowledge_bases")).toBool(true);
        if (!withKnowledgeBases)
            definition.insert(QLatin1String("knowledge_bases"), QJsonArray());
        m_createdDefinitions.insert(agentId, definition);

        const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
        const QJsonObject listed{{QStringLiteral("id"), agentId},
                                 {QStringLiteral("name"), name},
                                 {QStringLiteral("description"), description},
                                 {QStringLiteral("icon"), icon},
                                 {QStringLiteral("status"), QStringLiteral("ACTIVE")},
                                 {QStringLiteral("type"), definition.value(QLatin1String("type"))},
                                 {QStringLiteral("model_provider"), definition.value(QLatin1String("model_provider"))},
                                 {QStringLiteral("model_name"), definition.value(QLatin1String("model_name"))},
                                 {QStringLiteral("origin_template"), templateId},
                                 {QStringLiteral("created_at"), now},
                                 {QStringLiteral("updated_at"), now}};
        m_createdAgents.append(listed);
        created = listed;
        created.insert(QStringLiteral("organization_id"), QStringLiteral("org_demo_4821"));
        created.insert(QStringLiteral("deployment_type"), QStringLiteral("serverless"));
        created.insert(QStringLiteral("framework"), QStringLiteral("xpander"));
        created.insert(QStringLiteral("instructions"), definition.value(QLatin1String("instructions")));
        created.insert(QStringLiteral("knowledge_bases"), definition.value(QLatin1String("knowledge_bases")));
    }

    const QByteArray body = QJsonDocument(created).toJson(QJsonDocument::Compact);
    if (!intercept(request, responder, body, {})) {
        QTcpSocket *socket = responder.socket();
        if (!authorized)
            sendJson(socket, 401, {{QStringLiteral("detail"), QStringLiteral("Invalid or missing API key")}});
        else if (!problems.isEmpty())
            sendJson(socket, 422, {{QStringLiteral("detail"), problems}});
        else if (templateBytes.isEmpty())
            sendJson(socket, 404, {{QStringLiteral("detail"), QStringLiteral("Template not found")}});
        else
            sendJson(socket, 200, created);
    }
    Q_EMIT requestHandled();
}

} // namespace Takeout
