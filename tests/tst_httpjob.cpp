#include "CannedHttpServer.h"
#include "FaultServer.h"
#include "TestSupport.h"
#include "base/ServerUrl.h"
#include "net/HttpJob.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QScopeGuard>
#include <QSslCertificate>
#include <QSslKey>
#include <QTest>

using namespace Takeout;
using Fault = FaultServer::Fault;

// HttpJob against the demo service over loopback: every fault mode and the transport rules.
class TestHttpJob : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void success();
    void slowDripThatKeepsMovingDoesNotTimeOut();
    void stallTimesOut();
    void truncatedBodyIsANetworkError();
    void connectionReset();
    void sizeCapStopsAHugeBody();
    void crossOriginRedirectIsRefusedWithoutForwarding();
    void getRetriesOnceAfterRetryAfter();
    void getGivesUpAfterSecondBusyAnswer();
    void postIsNeverRetried();
    void retryAfterBeyondTheBoundIsNotWaitedFor();
    void serverErrorCarriesTheServersMessage();
    void validationCarriesFieldMessages();
    void sameOriginRedirectIsFollowedWithCredentials();
    void cancel();
    void plainHttpToARemoteHostIsRefused();
    void untrustedCertificateIsATlsError();
    void controlCharacterInAHeaderIsRefused();
    void retryAfterParsing();
    void credentialsAreFoundAndHidden();
    void declaredLengthIsNotReservedUpFront();
    void loopbackIsNeverProxied();
    void cookiesAServerSetsAreNeverSentBack();
    void secretsAreHiddenInAnyShapeBeforeTheCut();

private:
    HttpJob *job(HttpRequest request);
    HttpRequest agentsRequest() const;

    QNetworkAccessManager *m_network = nullptr;
    FaultServer *m_demo = nullptr;
};

void TestHttpJob::init()
{
    delete m_demo;
    delete m_network;
    m_network = HttpJob::createNetworkAccessManager(nullptr);
    m_demo = new FaultServer;
    QVERIFY(m_demo->listen());
}

HttpJob *TestHttpJob::job(HttpRequest request)
{
    auto *job = new HttpJob(m_network, std::move(request), this);
    job->setAutoDelete(false); // read after finished()
    job->start();
    return job;
}

HttpRequest TestHttpJob::agentsRequest() const
{
    HttpRequest request;
    request.url = ServerUrl(m_demo->url()).endpoint(QStringLiteral("/v1/agents"));
    request.headers = {{"x-api-key", DemoService::xpanderApiKey}};
    request.serviceName = QStringLiteral("xpander.ai");
    return request;
}

void TestHttpJob::success()
{
    HttpJob *j = job(agentsRequest());
    QSignalSpy progress(j, &HttpJob::progress);
    QVERIFY(TestSupport::waitFor(j, &HttpJob::finished));
    QVERIFY2(!j->error(), qPrintable(j->error().detail()));
    QCOMPARE(j->response().status, 200);
    QVERIFY(j->response().body.contains("\"items\""));
    QVERIFY(!progress.isEmpty());
    QCOMPARE(m_demo->requests().size(), 1);
    QVERIFY(m_demo->requests().first().authorized);
    QCOMPARE(m_demo->requests().first().userAgent, QByteArray("AgentTakeout/" TAKEOUT_VERSION));
}

void TestHttpJob::sameOriginRedirectIsFollowedWithCredentials()
{
    m_demo->setFault(Fault::SameOriginRedirect, 1);
    HttpJob *j = job(agentsRequest());
    QVERIFY(TestSupport::waitFor(j, &HttpJob::finished));
    QVERIFY2(!j->error(), qPrintable(j->error().detail()));
    // Qt may resend a GET on a fresh connection; every request must still carry the credentials.
    QVERIFY(m_demo->requests().size() >= 2);
    for (const DemoService::Request &sent : m_demo->requests())
        QVERIFY(sent.authorized);
}

void TestHttpJob::untrustedCertificateIsATlsError()
{
    // A server whose certificate nobody vouches for: the job refuses it and nothing reaches the server.
    const auto read = [](const char *name) {
        QFile file(QString::fromUtf8(TAKEOUT_TEST_DATA "/") + QLatin1String(name));
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    };
    DemoService secure;
    secure.useTls(QSslCertificate(read("selfsigned-cert.pem")), QSslKey(read("selfsigned-key.pem"), QSsl::Rsa));
    QVERIFY(secure.listen());
    QCOMPARE(secure.url().scheme(), QStringLiteral("https"));
    HttpRequest request = agentsRequest();
    request.url = ServerUrl(secure.url()).endpoint(QStringLiteral("/v1/agents"));
    HttpJob *j = job(request);
    QVERIFY(TestSupport::waitFor(j, &HttpJob::finished));
    QCOMPARE(j->error().kind(), Failure::Kind::Tls);
    QVERIFY(secure.requests().isEmpty());
}

void TestHttpJob::slowDripThatKeepsMovingDoesNotTimeOut()
{
    // Ten pieces 150 ms apart take longer than the 600 ms inactivity timeout, but never pause that long.
    m_demo->setFault(Fault::SlowDrip, 1, "150");
    HttpRequest request = agentsRequest();
    request.inactivityTimeoutMs = 600;
    QElapsedTimer timer;
    timer.start();
    HttpJob *j = job(request);
    QVERIFY(TestSupport::waitFor(j, &HttpJob::finished));
    QVERIFY2(!j->error(), qPrintable(j->error().detail()));
    QVERIFY(timer.elapsed() > 600);
    QVERIFY(j->response().body.startsWith("{\"items\""));
}

void TestHttpJob::stallTimesOut()
{
    m_demo->setFault(Fault::Stall);
    HttpRequest request = agentsRequest();
    request.inactivityTimeoutMs = 300;
    HttpJob *j = job(request);
    QVERIFY(TestSupport::waitFor(j, &HttpJob::finished));
    QCOMPARE(j->error().kind(), Failure::Kind::Timeout);
    QVERIFY(j->response().body.isEmpty());
}

void TestHttpJob::truncatedBodyIsANetworkError()
{
    m_demo->setFault(Fault::TruncatedBody);
    HttpJob *j = job(agentsRequest());
    QVERIFY(TestSupport::waitFor(j, &HttpJob::finished));
    QCOMPARE(j->error().kind(), Failure::Kind::Network);
    QVERIFY(j->response().body.isEmpty());
}

void TestHttpJob::connectionReset()
{
    m_demo->setFault(Fault::ConnectionReset);
    HttpRequest request = agentsRequest();
    request.retryWhenBusy = false;
    HttpJob *j = job(request);
    QVERIFY(TestSupport::waitFor(j, &HttpJob::finished));
    QCOMPARE(j->error().kind(), Failure::Kind::Network);
}

void TestHttpJob::sizeCapStopsAHugeBody()
{
    // 300 MB of valid JSON with no Content-Length: the cap has to act while data arrives.
    m_demo->setFault(Fault::HugeBody, 1, "300");
    HttpRequest request = agentsRequest();
    request.maxBytes = 8 << 20;
    HttpJob *j = job(request);
    QVERIFY(TestSupport::waitFor(j, &HttpJob::finished));
    QCOMPARE(j->error().kind(), Failure::Kind::TooLarge);
    QVERIFY(j->response().body.isEmpty());
}

void TestHttpJob::crossOriginRedirectIsRefusedWithoutForwarding()
{
    m_demo->setFault(Fault::CrossOriginRedirect);
    HttpJob *j = job(agentsRequest());
    QVERIFY(TestSupport::waitFor(j, &HttpJob::finished));
    QCOMPARE(j->error().kind(), Failure::Kind::CrossOriginRedirect);
    // The redirect target (the same demo under another host name) never saw a request.
    QCOMPARE(m_demo->requests().size(), 1);
}

void TestHttpJob::getRetriesOnceAfterRetryAfter()
{
    m_demo->setFault(Fault::RateLimited, 1, "1");
    QElapsedTimer timer;
    timer.start();
    HttpJob *j = job(agentsRequest());
    QVERIFY(TestSupport::waitFor(j, &HttpJob::finished));
    QVERIFY2(!j->error(), qPrintable(j->error().detail()));
    QCOMPARE(j->attempts(), 2);
    QCOMPARE(m_demo->requests().size(), 2);
    QVERIFY(timer.elapsed() >= 900); // it waited for Retry-After
}

void TestHttpJob::getGivesUpAfterSecondBusyAnswer()
{
    m_demo->setFault(Fault::ServiceUnavailable, -1, "0");
    HttpJob *j = job(agentsRequest());
    QVERIFY(TestSupport::waitFor(j, &HttpJob::finished));
    QCOMPARE(j->error().kind(), Failure::Kind::ServerError);
    QCOMPARE(j->error().httpStatus(), 503);
    QCOMPARE(m_demo->requests().size(), 2);
}

void TestHttpJob::postIsNeverRetried()
{
    m_demo->setFault(Fault::RateLimited, -1, "0");
    HttpRequest request = agentsRequest();
    request.method = "POST";
    request.retryWhenBusy = false;
    request.url = ServerUrl(m_demo->url()).endpoint(QStringLiteral("/v1/agents/x/export"));
    HttpJob *j = job(request);
    QVERIFY(TestSupport::waitFor(j, &HttpJob::finished));
    QCOMPARE(j->error().kind(), Failure::Kind::RateLimited);
    QCOMPARE(j->error().retryAfterSeconds(), 0);
    QCOMPARE(m_demo->requests().size(), 1);
}

void TestHttpJob::retryAfterBeyondTheBoundIsNotWaitedFor()
{
    m_demo->setFault(Fault::RateLimited, -1, "3600");
    HttpJob *j = job(agentsRequest());
    QVERIFY(TestSupport::waitFor(j, &HttpJob::finished));
    QCOMPARE(j->error().kind(), Failure::Kind::RateLimited);
    QCOMPARE(j->error().retryAfterSeconds(), 3600);
    QVERIFY(j->error().message().contains(QLatin1String("3600")));
    QCOMPARE(m_demo->requests().size(), 1);
}

void TestHttpJob::serverErrorCarriesTheServersMessage()
{
    m_demo->setFault(Fault::ServerError);
    HttpJob *j = job(agentsRequest());
    QVERIFY(TestSupport::waitFor(j, &HttpJob::finished));
    QCOMPARE(j->error().kind(), Failure::Kind::ServerError);
    QCOMPARE(j->error().httpStatus(), 500);
    // The server's words are kept for the details; the sentence is ours, in the person's language.
    QVERIFY(j->error().serverMessage().contains(QLatin1String("The export could not be generated")));
    QVERIFY(!j->error().message().contains(QLatin1String("The export could not be generated")));
    QVERIFY(j->error().message().contains(QLatin1String("Your sign-in is fine.")));
}

void TestHttpJob::validationCarriesFieldMessages()
{
    HttpRequest request = agentsRequest();
    request.method = "POST";
    request.retryWhenBusy = false;
    request.url = ServerUrl(m_demo->url()).endpoint(QStringLiteral("/v1/agents/x/export"));
    request.headers.append({QByteArray("Content-Type"), QByteArray("application/json")});
    request.body = R"({"name": 5, "icon": "x", "with_knowledge_bases": "yes", "extra": 1})";
    HttpJob *j = job(request);
    QVERIFY(TestSupport::waitFor(j, &HttpJob::finished));
    QCOMPARE(j->error().kind(), Failure::Kind::Validation);
    const QStringList fields = j->error().fieldMessages();
    QVERIFY2(fields.contains(QStringLiteral("name: Input should be a valid string")),
             qPrintable(fields.join(QLatin1Char('|'))));
    QVERIFY(fields.contains(QStringLiteral("description: Field required")));
    QVERIFY(fields.contains(QStringLiteral("with_knowledge_bases: Input should be a valid boolean")));
    QVERIFY(fields.contains(QStringLiteral("extra: Extra inputs are not permitted")));
    // The server's reasons are its own words: for the details, not the sentence.
    QVERIFY(!j->error().message().contains(QLatin1String("description: Field required")));
}

void TestHttpJob::cancel()
{
    m_demo->setFault(Fault::Stall);
    HttpJob *j = job(agentsRequest());
    QVERIFY(TestSupport::waitFor(m_demo, &DemoService::requestHandled));
    j->cancel();
    if (j->isRunning())
        QVERIFY(TestSupport::waitFor(j, &HttpJob::finished));
    QCOMPARE(j->error().kind(), Failure::Kind::Cancelled);
    QVERIFY(!j->isRunning());
}

void TestHttpJob::plainHttpToARemoteHostIsRefused()
{
    HttpRequest request = agentsRequest();
    request.url = QUrl(QStringLiteral("http://api.xpander.ai/v1/agents"));
    HttpJob *j = job(request);
    QVERIFY(TestSupport::waitFor(j, &HttpJob::finished));
    QCOMPARE(j->error().kind(), Failure::Kind::InsecureUrl);
}

void TestHttpJob::controlCharacterInAHeaderIsRefused()
{
    HttpRequest request = agentsRequest();
    request.headers = {{"x-api-key", "abc\r\nX-Injected: 1"}};
    HttpJob *j = job(request);
    QVERIFY(TestSupport::waitFor(j, &HttpJob::finished));
    QCOMPARE(j->error().kind(), Failure::Kind::InvalidCredentials);
    QVERIFY(!j->error().detail().contains(QLatin1String("abc")));
    QCOMPARE(m_demo->requests().size(), 0);
}

void TestHttpJob::retryAfterParsing()
{
    QCOMPARE(HttpJob::parseRetryAfter("7"), 7);
    QCOMPARE(HttpJob::parseRetryAfter(" 0 "), 0);
    QCOMPARE(HttpJob::parseRetryAfter(""), -1);
    QCOMPARE(HttpJob::parseRetryAfter("soon"), -1);
    QCOMPARE(HttpJob::parseRetryAfter("Wed, 21 Oct 2015 07:28:00 GMT"), 0); // in the past
    const QByteArray future =
        QLocale::c()
            .toString(QDateTime::currentDateTimeUtc().addSecs(120), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"))
            .toLatin1();
    QVERIFY(qAbs(HttpJob::parseRetryAfter(future) - 120) <= 2);
}

void TestHttpJob::credentialsAreFoundAndHidden()
{
    const HeaderList headers = {{"Cookie", "agentbot_session=tst-cookie-value-5d2a8b; theme=dark; lang=de"},
                                {"Authorization", "Bearer tst-keychain-secret-93f1c07e"},
                                {"Content-Type", "application/json"}};
    const QByteArrayList secrets = HttpJob::credentialsIn(headers);
    QVERIFY(secrets.contains("tst-cookie-value-5d2a8b"));
    QVERIFY(secrets.contains("tst-keychain-secret-93f1c07e"));
    QVERIFY(secrets.contains("Bearer tst-keychain-secret-93f1c07e"));
    QVERIFY(!secrets.contains("dark")); // too short to be a secret, and a word
    QVERIFY(!secrets.contains("de"));
    QVERIFY(!secrets.contains("application/json")); // not a credential header

    Failure error(
        Failure::Kind::ServerError,
        QStringLiteral("HTTP 401 for session=tst-cookie-value-5d2a8b, theme dark, %1")
            .arg(QString::fromLatin1(QUrl::toPercentEncoding(QStringLiteral("tst-keychain-secret-93f1c07e")))));
    error.setServerMessage(QStringLiteral("Bearer tst-keychain-secret-93f1c07e is not valid"));
    error.redact(secrets);
    // "session=" and " tst-key" are runs of 8 characters of the headers sent ("Bearer tst-key…"), so they go
    // with the values.
    QCOMPARE(error.detail(), QStringLiteral("HTTP 401 for [hidden], theme dark,[hidden]"));
    QCOMPARE(error.serverMessage(), QStringLiteral("[hidden] is not valid"));
}

void TestHttpJob::declaredLengthIsNotReservedUpFront()
{
    // 4294967295 bytes announced (under the default 4 GB cap), a few sent, then the connection closes.
    CannedHttpServer liar("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 4294967295\r\n\r\n"
                          "{\"items\": [");
    QVERIFY(liar.listen());
    HttpRequest request = agentsRequest();
    request.url = QUrl(QStringLiteral("http://127.0.0.1:%1/v1/agents").arg(liar.port()));
    QCOMPARE(request.maxBytes, qint64(4) << 30);
    auto *j = new HttpJob(m_network, request, this);
    j->setAutoDelete(false); // read after finished()
    const auto cleanup = qScopeGuard([j] { delete j; });
    qsizetype largestCapacity = -1;
    connect(j, &HttpJob::progress, this,
            [j, &largestCapacity] { largestCapacity = qMax(largestCapacity, j->response().body.capacity()); });
    j->start();
    QVERIFY(TestSupport::waitFor(j, &HttpJob::finished));
    QCOMPARE(j->error().kind(), Failure::Kind::Network); // cut short
    QVERIFY(largestCapacity >= 0);                       // bytes arrived and were looked at
    QVERIFY2(largestCapacity <= qsizetype(64) << 20, qPrintable(QString::number(largestCapacity)));
}

void TestHttpJob::cookiesAServerSetsAreNeverSentBack()
{
    // The session a request carries is the one it was given: a cookie the server sets (or a site that sets
    // one on every answer) must neither ride along with later requests nor replace the stored session.
    CannedHttpServer server("HTTP/1.1 200 OK\r\nSet-Cookie: planted=1; Path=/\r\nContent-Type: application/json\r\n"
                            "Content-Length: 2\r\n\r\n{}");
    QVERIFY(server.listen());
    const QUrl url(QStringLiteral("http://127.0.0.1:%1/api/export").arg(server.port()));
    const QList<HeaderList> headerSets = {
        {}, {{"Cookie", "agentbot_session=mine"}}, {{"Cookie", "agentbot_session=mine"}}, {}};
    for (const auto &headers : headerSets) {
        HttpRequest request;
        request.url = url;
        request.headers = headers;
        request.serviceName = QStringLiteral("Agentbot");
        HttpJob *j = job(request);
        QVERIFY(TestSupport::waitFor(j, &HttpJob::finished));
        QVERIFY2(!j->error(), qPrintable(j->error().detail()));
        delete j;
    }
    const QByteArray received = server.received();
    QCOMPARE(server.connections(), 4);
    QVERIFY2(!received.contains("planted"), received.constData());
    QCOMPARE(received.count("\r\nCookie: agentbot_session=mine\r\n"), 2);
    QCOMPARE(received.count("\r\nCookie:"), 2);
}

void TestHttpJob::loopbackIsNeverProxied()
{
    // A proxy that records every connection; it must see none of the loopback requests.
    CannedHttpServer proxy("HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\n\r\n");
    QVERIFY(proxy.listen());
    const QString proxyUrl = QStringLiteral("http://127.0.0.1:%1").arg(proxy.port());
    const QByteArray oldProxy = qgetenv("http_proxy");
    const auto restore = qScopeGuard([oldProxy] {
        qputenv("http_proxy", oldProxy);
        QNetworkProxyFactory::setUseSystemConfiguration(true);
    });
    const QNetworkProxyQuery remote(QUrl(QStringLiteral("http://api.example.com/v1/agents")));
    const QNetworkProxyQuery loopback(QUrl(QStringLiteral("http://127.0.0.1:8080/v1/agents")));

    // The system's proxy (http_proxy), and one the application sets.
    for (const bool fromEnvironment : {true, false}) {
        if (fromEnvironment) {
            qputenv("http_proxy", proxyUrl.toLatin1());
            QNetworkProxyFactory::setUseSystemConfiguration(true);
        } else {
            QNetworkProxy::setApplicationProxy(
                QNetworkProxy(QNetworkProxy::HttpProxy, QStringLiteral("127.0.0.1"), proxy.port()));
        }
        QNetworkProxyFactory *factory = m_network->proxyFactory();
        QVERIFY(factory);
        QCOMPARE(factory->queryProxy(remote).value(0).type(), QNetworkProxy::HttpProxy); // others still use it
        QCOMPARE(factory->queryProxy(loopback).value(0).type(), QNetworkProxy::NoProxy);

        HttpJob *j = job(agentsRequest());
        QVERIFY(TestSupport::waitFor(j, &HttpJob::finished));
        QVERIFY2(!j->error(), qPrintable(j->error().detail()));
        QCOMPARE(proxy.connections(), 0);

        // A name that only ends in .localhost is no loopback: nothing is sent, not even to the proxy.
        HttpRequest named = agentsRequest();
        named.url.setHost(QStringLiteral("demo.localhost"));
        j = job(named);
        QVERIFY(TestSupport::waitFor(j, &HttpJob::finished));
        QCOMPARE(j->error().kind(), Failure::Kind::InsecureUrl);
        QCOMPARE(proxy.connections(), 0);
    }
}

void TestHttpJob::secretsAreHiddenInAnyShapeBeforeTheCut()
{
    const QByteArray secret = "tst-keychain-secret-93f1c07e";
    const QByteArrayList secrets = HttpJob::credentialsIn({{"Authorization", "Bearer " + secret}});
    // Any 8 characters in a row of the secret, in any case, give it away.
    const auto leaks = [&secret](const QString &text) {
        for (qsizetype i = 0; i + 8 <= secret.size(); ++i) {
            if (text.contains(QString::fromLatin1(secret.mid(i, 8)), Qt::CaseInsensitive))
                return true;
        }
        return false;
    };
    QByteArray changed = secret;
    changed[14] = 'X';
    const QList<QByteArray> bodies = {
        QByteArray(290, 'a') + secret + " and more", // 10 of its bytes before the 300-byte cut
        "{\"message\": \"bad key " + secret.toUpper() + "\"}",
        "{\"message\": \"bad key " + changed + "\"}",
        "{\"message\": \"bad key " + secret.mid(3, 12) + "\"}",
        "{\"message\": \"bad key " + QUrl::toPercentEncoding(QString::fromLatin1("Bearer " + secret).toUpper()) + "\"}",
    };
    for (const QByteArray &body : bodies) {
        Failure error = HttpJob::errorForStatus(500, body, {}, QStringLiteral("xpander.ai"), secrets);
        error.redact(secrets); // as the job does when it fails
        QVERIFY2(!leaks(error.detail()), qPrintable(error.detail()));
        QVERIFY2(!leaks(error.message()), qPrintable(error.message()));
        QVERIFY2(error.detail().contains(QLatin1String("[hidden]")), qPrintable(error.detail()));
    }
    // Nothing of it is left at the cut, not even less than 8 characters.
    const Failure across = HttpJob::errorForStatus(500, bodies.first(), {}, {}, secrets);
    QVERIFY2(!across.detail().contains(QLatin1String("tst-")), qPrintable(across.detail()));
    QVERIFY(across.detail().endsWith(QStringLiteral("…")));

    // Secrets under 8 characters: hidden whole and exactly, as before; their pieces are ordinary text.
    QCOMPARE(Failure::redacted(QStringLiteral("a abc123 b ABC123 abc12"), {"abc123"}),
             QStringLiteral("a [hidden] b ABC123 abc12"));
    QCOMPARE(Failure::redacted(QStringLiteral("key=TST-KEYCHAIN-secret-93"), {secret}), QStringLiteral("key=[hidden]"));
}

QTEST_GUILESS_MAIN(TestHttpJob)
#include "tst_httpjob.moc"
