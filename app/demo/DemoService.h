#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonArray>
#include <QList>
#include <QObject>
#include <QPair>
#include <QSet>
#include <QUrl>

class QHttpServer;
class QHttpServerRequest;
class QHttpServerResponder;
class QJsonObject;
class QSslCertificate;
class QSslKey;
class QTcpSocket;

namespace Takeout {

// A stand-in for both services on loopback, built on Qt HttpServer, serving the sample account and
// agents from resources/demo. It accepts only the demo credentials, answers like the real services
// (status codes, headers, error bodies). The tests' FaultServer (tests/support/) derives from it to
// misbehave; the product only ever serves the plain demo.
class DemoService : public QObject
{
    Q_OBJECT

public:
    struct Request
    {
        QByteArray method;
        QString path;
        QString query;
        QByteArray body;
        QByteArray userAgent;
        // The names in the Cookie header, in order; the values are not kept.
        QByteArrayList cookieNames;
        bool hadCredentials = false;
        bool authorized = false;
    };

    static constexpr const char *agentbotSession = "demo-session";
    static constexpr const char *xpanderApiKey = "demo-key";
    // The cookie POST /login sets; the demo's password there.
    static constexpr const char *sessionCookieName = "agentbot_session";
    static constexpr const char *loginPassword = "demo";

    explicit DemoService(QObject *parent = nullptr);
    ~DemoService() override;

    // Listens on 127.0.0.1; port 0 picks a free one. False when the port is taken.
    bool listen(quint16 port = 0);
    // Serves HTTPS with this certificate (call before listen); tests use a self-signed one.
    void useTls(const QSslCertificate &certificate, const QSslKey &key);
    QUrl url() const;

    const QList<Request> &requests() const { return m_requests; }
    void clearRequests() { m_requests.clear(); }

    // The sample data, as served.
    static QByteArray accountExport();
    static QJsonArray agents();
    // A template for one agent as the export endpoint builds it; empty for an unknown id.
    static QByteArray templateExport(const QString &agentId, const QString &name, const QString &description,
                                     const QString &icon, bool withKnowledgeBases);
    static QString accountFileName();
    // The id of the template an export with these fields makes: the same for the same request, so that
    // a template exported in an earlier run of the demo can still be imported.
    static QString templateId(const QString &agentId, const QString &name, const QString &description,
                              const QString &icon, bool withKnowledgeBases);
    // The sample agent's template with its own name, description and icon and its knowledge bases:
    // importable from the start, under this stable id.
    static QString sampleTemplateId(const QString &agentId);
    // The agents created by imports in this run, as the list shows them.
    const QJsonArray &createdAgents() const { return m_createdAgents; }

Q_SIGNALS:
    void requestHandled();

protected:
    using Headers = QList<QPair<QByteArray, QByteArray>>;

    // Called before each normal answer, with the body and Content-Disposition that answer would carry:
    // a subclass may answer instead and return true (the normal answer then does not follow).
    virtual bool intercept(const QHttpServerRequest &request, QHttpServerResponder &responder, const QByteArray &body,
                           const QByteArray &contentDisposition);

    // Answers are written straight to the socket, so that a subclass can send exactly the bytes it needs.
    static QByteArray head(int status, const Headers &headers);
    // The whole answer in one go, with its length.
    static void send(QTcpSocket *socket, int status, Headers headers, const QByteArray &body);
    static void sendJson(QTcpSocket *socket, int status, const QJsonObject &object, Headers extra = {});

private:
    void handleExport(const QHttpServerRequest &request, QHttpServerResponder &&responder);
    void handleAgents(const QHttpServerRequest &request, QHttpServerResponder &&responder);
    void handleTemplate(const QString &agentId, const QHttpServerRequest &request, QHttpServerResponder &&responder);
    // POST /v1/agents/template_import/{id}: a new agent from a template this demo made (or a sample's).
    void handleImport(const QString &templateId, const QHttpServerRequest &request, QHttpServerResponder &&responder);
    // A template of an agent an import created; empty for an unknown id.
    QByteArray createdTemplateExport(const QString &agentId, const QString &name, const QString &description,
                                     const QString &icon, bool withKnowledgeBases) const;
    // The sign-in page a person's own browser uses: GET shows the form, POST (any e-mail, password
    // "demo") sets a session cookie that /api/export then accepts.
    void handleLoginPage(const QHttpServerRequest &request, QHttpServerResponder &&responder);
    void handleLogin(const QHttpServerRequest &request, QHttpServerResponder &&responder);
    QByteArray loginPage(const QString &error) const;

    Request record(const QHttpServerRequest &request, bool hadCredentials, bool authorized);

    QHttpServer *m_server;
    quint16 m_port = 0;
    bool m_tls = false;
    QList<Request> m_requests;
    // The sessions handed out by POST /login, for as long as the demo runs.
    QSet<QByteArray> m_sessions;
    // Templates the exports of this run made, by id (the samples' are made on demand).
    QHash<QString, QByteArray> m_templates;
    // What imports created: the list entries, and each agent's definition (knowledge bases included
    // when it got them) by agent id.
    QJsonArray m_createdAgents;
    QHash<QString, QJsonObject> m_createdDefinitions;
};

} // namespace Takeout
