#include "FaultServer.h"
#include "TestSupport.h"
#include "exports/ExportJob.h"
#include "services/AgentbotClient.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTest>
#include <memory>

using namespace Takeout;
using Fault = FaultServer::Fault;

class TestAgentbotClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void sessionForms_data();
    void sessionForms();
    void browserCookieHeaderStaysACookie();
    void exportsTheExactBytes_data();
    void exportsTheExactBytes();
    void wrongSessionIsUnauthorized();
    void faults_data();
    void faults();
    void hostileContentDispositionBecomesASafeName();
    void hugeValidExportArrivesWhole();
    void bodyCheck_data();
    void bodyCheck();
    void demoSignInPage();

private:
    ExportJob *runExport(const QString &session, qint64 maxBytes = ClientLimits::defaultMaxExportBytes);
    // One request to the demo as a browser sends it (`browser` keeps its cookies), waited for.
    std::unique_ptr<QNetworkReply> request(QNetworkAccessManager *browser, const QByteArray &method,
                                           const QString &path, const QByteArray &body = {});

    QNetworkAccessManager *m_network = nullptr;
    FaultServer *m_demo = nullptr;
};

void TestAgentbotClient::init()
{
    delete m_demo;
    delete m_network;
    m_network = HttpJob::createNetworkAccessManager(nullptr);
    m_demo = new FaultServer;
    QVERIFY(m_demo->listen());
}

ExportJob *TestAgentbotClient::runExport(const QString &session, qint64 maxBytes)
{
    const AgentbotClient client(m_network, ServerUrl(m_demo->url()), AgentbotSession::fromUserText(session),
                                {2000, maxBytes});
    ExportJob *job = client.exportAccount(this);
    job->setAutoDelete(false); // read after finished()
    QSignalSpy finished(job, &ExportJob::finished);
    job->start();
    if (!finished.wait(60000))
        return nullptr;
    return job;
}

void TestAgentbotClient::sessionForms_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QByteArray>("value");
    const int token = int(AgentbotSession::Kind::Token);
    const int cookie = int(AgentbotSession::Kind::Cookie);
    QTest::newRow("bare token") << "abc.def-ghi" << token << QByteArray("Authorization")
                                << QByteArray("Bearer abc.def-ghi");
    QTest::newRow("bearer") << "Bearer xyz" << token << QByteArray("Authorization") << QByteArray("Bearer xyz");
    QTest::newRow("cookie prefix") << "Cookie: a=1; b=2" << cookie << QByteArray("Cookie") << QByteArray("a=1; b=2");
    QTest::newRow("cookie pairs") << "__Secure-next-auth.session-token=eyJ; theme=dark" << cookie
                                  << QByteArray("Cookie")
                                  << QByteArray("__Secure-next-auth.session-token=eyJ; theme=dark");
    QTest::newRow("one pair") << " session=abc " << cookie << QByteArray("Cookie") << QByteArray("session=abc");
    QTest::newRow("base64 padding is a token")
        << "dG9rZW4=" << token << QByteArray("Authorization") << QByteArray("Bearer dG9rZW4=");
    QTest::newRow("spaces mean token") << "not a cookie" << token << QByteArray("Authorization")
                                       << QByteArray("Bearer not a cookie");
}

void TestAgentbotClient::sessionForms()
{
    QFETCH(QString, text);
    QFETCH(int, kind);
    QFETCH(QByteArray, header);
    QFETCH(QByteArray, value);
    const AgentbotSession session = AgentbotSession::fromUserText(text);
    QCOMPARE(int(session.kind()), kind);
    QCOMPARE(session.headerName(), header);
    QCOMPARE(session.headerValue(), value);
}

void TestAgentbotClient::browserCookieHeaderStaysACookie()
{
    // An empty-valued cookie first: as pasted text it would read as a token, but a header from a
    // cookie store is a cookie header, and so is what is kept of it.
    const QByteArray jar = "consent=; agentbot_session=demo-session";
    QCOMPARE(int(AgentbotSession::fromUserText(QString::fromUtf8(jar)).kind()), int(AgentbotSession::Kind::Token));
    const AgentbotSession session = AgentbotSession::fromCookieHeader(jar);
    QCOMPARE(int(session.kind()), int(AgentbotSession::Kind::Cookie));
    QCOMPARE(session.headerName(), QByteArray("Cookie"));
    QCOMPARE(session.headerValue(), jar);
    const AgentbotSession stored = AgentbotSession::fromUserText(session.storedText());
    QCOMPARE(int(stored.kind()), int(AgentbotSession::Kind::Cookie));
    QCOMPARE(stored.headerValue(), jar);
    const AgentbotSession token = AgentbotSession::fromUserText(QStringLiteral("dG9rZW4="));
    QCOMPARE(AgentbotSession::fromUserText(token.storedText()).headerValue(), QByteArray("Bearer dG9rZW4="));
}

void TestAgentbotClient::exportsTheExactBytes_data()
{
    QTest::addColumn<QString>("session");
    QTest::newRow("token") << QStringLiteral("demo-session");
    QTest::newRow("bearer") << QStringLiteral("Bearer demo-session");
    QTest::newRow("cookie") << QStringLiteral("theme=dark; agentbot_session=demo-session");
}

void TestAgentbotClient::exportsTheExactBytes()
{
    QFETCH(QString, session);
    ExportJob *job = runExport(session);
    QVERIFY(job);
    QVERIFY2(!job->error(), qPrintable(job->error().detail()));
    const ExportResult &result = job->result();
    QCOMPARE(result.bytes, DemoService::accountExport());
    QVERIFY(!result.bytes.isEmpty());
    QCOMPARE(result.suggestedFileName, DemoService::accountFileName());
    QCOMPARE(result.kind, ExportKind::AgentbotAccount);
    QVERIFY(result.contentType.startsWith(QLatin1String("application/json")));
}

void TestAgentbotClient::wrongSessionIsUnauthorized()
{
    ExportJob *job = runExport(QStringLiteral("tst-cookie-value-5d2a8b"));
    QVERIFY(job);
    QCOMPARE(job->error().kind(), Failure::Kind::Unauthorized);
    QVERIFY(job->error().needsSignIn());
    QVERIFY(job->result().bytes.isEmpty());
    QVERIFY(!job->error().message().contains(QLatin1String("tst-cookie-value")));
    QVERIFY(!job->error().detail().contains(QLatin1String("tst-cookie-value")));
}

void TestAgentbotClient::faults_data()
{
    QTest::addColumn<int>("fault");
    QTest::addColumn<QByteArray>("param");
    QTest::addColumn<int>("kind");
    QTest::newRow("html sign-in page") << int(Fault::HtmlSignIn) << QByteArray() << int(Failure::Kind::NotJson);
    QTest::newRow("500") << int(Fault::ServerError) << QByteArray() << int(Failure::Kind::ServerError);
    QTest::newRow("invalid json") << int(Fault::InvalidJson) << QByteArray() << int(Failure::Kind::InvalidJson);
    QTest::newRow("truncated") << int(Fault::TruncatedBody) << QByteArray() << int(Failure::Kind::Network);
    QTest::newRow("stall") << int(Fault::Stall) << QByteArray() << int(Failure::Kind::Timeout);
    QTest::newRow("reset") << int(Fault::ConnectionReset) << QByteArray() << int(Failure::Kind::Network);
    QTest::newRow("429 twice") << int(Fault::RateLimited) << QByteArray("0") << int(Failure::Kind::RateLimited);
    QTest::newRow("redirect") << int(Fault::CrossOriginRedirect) << QByteArray()
                              << int(Failure::Kind::CrossOriginRedirect);
    QTest::newRow("too large") << int(Fault::HugeBody) << QByteArray("300") << int(Failure::Kind::TooLarge);
}

void TestAgentbotClient::faults()
{
    QFETCH(int, fault);
    QFETCH(QByteArray, param);
    QFETCH(int, kind);
    m_demo->setFault(Fault(fault), -1, param);
    ExportJob *job = runExport(QStringLiteral("demo-session"), 16 << 20);
    QVERIFY(job);
    QCOMPARE(int(job->error().kind()), kind);
    QVERIFY(!job->error().message().isEmpty());
    QVERIFY(job->result().bytes.isEmpty());
}

void TestAgentbotClient::hostileContentDispositionBecomesASafeName()
{
    m_demo->setFault(Fault::HostileContentDisposition, 1,
                     "attachment; filename=\"../../../.config/autostart/x.desktop\"");
    ExportJob *job = runExport(QStringLiteral("demo-session"));
    QVERIFY(job);
    QVERIFY(!job->error());
    QCOMPARE(job->result().suggestedFileName, QStringLiteral("x.desktop.json"));
}

void TestAgentbotClient::hugeValidExportArrivesWhole()
{
    m_demo->setFault(Fault::HugeBody, 1, "64");
    ExportJob *job = runExport(QStringLiteral("demo-session"));
    QVERIFY(job);
    QVERIFY2(!job->error(), qPrintable(job->error().detail()));
    QVERIFY(job->result().bytes.size() > 60 << 20);
    QVERIFY(job->result().bytes.endsWith("\"workflows\":[]}"));
}

void TestAgentbotClient::bodyCheck_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("kind");
    QTest::newRow("minimal") << QByteArray(R"({"version":"1.0","user":{}})") << int(Failure::Kind::None);
    QTest::newRow("array") << QByteArray("[]") << int(Failure::Kind::NotAnExport);
    QTest::newRow("no user") << QByteArray(R"({"version":"1.0"})") << int(Failure::Kind::NotAnExport);
    QTest::newRow("trailing comma") << QByteArray(R"({"version":"1.0","user":{},})") << int(Failure::Kind::InvalidJson);
    QTest::newRow("garbage after") << QByteArray(R"({"version":"1.0","user":{}} x)") << int(Failure::Kind::InvalidJson);
    QTest::newRow("bad utf-8") << QByteArray("{\"version\":\"1.0\",\"user\":{\"name\":\"\xff\"}}")
                               << int(Failure::Kind::InvalidJson);
    QTest::newRow("empty") << QByteArray() << int(Failure::Kind::InvalidJson);
    QByteArray deep = R"({"version":"1.0","user":{},"x":)" + QByteArray(5000, '[') + QByteArray(5000, ']') + "}";
    QTest::newRow("deep nesting is fine") << deep << int(Failure::Kind::None);
}

void TestAgentbotClient::bodyCheck()
{
    QFETCH(QByteArray, body);
    QFETCH(int, kind);
    QCOMPARE(int(ExportJob::checkBody(body, ExportKind::AgentbotAccount, QStringLiteral("Agentbot")).error.kind()),
             kind);
}

std::unique_ptr<QNetworkReply> TestAgentbotClient::request(QNetworkAccessManager *browser, const QByteArray &method,
                                                           const QString &path, const QByteArray &body)
{
    QUrl url = m_demo->url();
    url.setPath(path);
    QNetworkRequest request(url);
    if (method == "POST")
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
    std::unique_ptr<QNetworkReply> reply(browser->sendCustomRequest(request, method, body));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    if (!reply->isFinished() && !finished.wait(TestSupport::waitMs))
        return nullptr;
    return reply;
}

void TestAgentbotClient::demoSignInPage()
{
    // Not the app's network manager: the cookies the demo sets must not ride along with the app's requests.
    QNetworkAccessManager browser;
    // GET /login: a small form.
    std::unique_ptr<QNetworkReply> reply = request(&browser, "GET", QStringLiteral("/login"));
    QVERIFY(reply);
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    QVERIFY(reply->header(QNetworkRequest::ContentTypeHeader).toString().startsWith(QLatin1String("text/html")));
    QByteArray page = reply->readAll();
    QVERIFY(page.contains("<form method=\"post\" action=\"/login\">"));
    QVERIFY(page.contains("name=\"password\""));

    // A wrong password: the form again with a plain error, and no cookie.
    reply = request(&browser, "POST", QStringLiteral("/login"), "email=ada%40example.com&password=nope");
    QVERIFY(reply);
    QVERIFY(reply->rawHeader("Set-Cookie").isEmpty());
    page = reply->readAll();
    QVERIFY(page.contains("<form"));
    QVERIFY2(page.contains("That password is not the demo"), page.constData());

    // Any e-mail and the password "demo": an HttpOnly session cookie with a fresh random value each time.
    reply = request(&browser, "POST", QStringLiteral("/login"), "email=ada%40example.com&password=demo");
    QVERIFY(reply);
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    const QByteArray cookie = reply->rawHeader("Set-Cookie");
    QVERIFY2(cookie.startsWith("agentbot_session="), cookie.constData());
    QVERIFY(cookie.contains("; HttpOnly"));
    QVERIFY(cookie.contains("; Path=/"));
    const QByteArray session = cookie.mid(cookie.indexOf('=') + 1, cookie.indexOf(';') - cookie.indexOf('=') - 1);
    QCOMPARE(session.size(), 64);
    QVERIFY(session != DemoService::agentbotSession);
    reply = request(&browser, "POST", QStringLiteral("/login"), "email=grace%40example.com&password=demo");
    QVERIFY(reply);
    const QByteArray other = reply->rawHeader("Set-Cookie");
    QVERIFY(!other.contains(session));

    // /api/export accepts it beside demo-session; a made-up one is still turned down.
    ExportJob *job = runExport(QStringLiteral("agentbot_session=") + QString::fromLatin1(session));
    QVERIFY(job);
    QVERIFY2(!job->error(), qPrintable(job->error().detail()));
    QCOMPARE(job->result().bytes, DemoService::accountExport());
    delete job;
    job = runExport(QStringLiteral("agentbot_session=") + QString(64, QLatin1Char('a')));
    QVERIFY(job);
    QCOMPARE(job->error().kind(), Failure::Kind::Unauthorized);
    delete job;
}

QTEST_GUILESS_MAIN(TestAgentbotClient)
#include "tst_agentbotclient.moc"
