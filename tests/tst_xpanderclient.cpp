#include "CannedHttpServer.h"
#include "FaultServer.h"
#include "TestSupport.h"
#include "exports/ExportJob.h"
#include "exports/SafeFileName.h"
#include "services/XpanderClient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTest>

using namespace Takeout;
using Fault = FaultServer::Fault;

class TestXpanderClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void listReadsEveryPage_data();
    void listReadsEveryPage();
    void wrongKey();
    void templateRequestBody_data();
    void templateRequestBody();
    void unknownAgentIsNotFound();
    void agentIdCannotEscapeThePath();
    void templatePostIsNotRetried();
    void pageParsing_data();
    void pageParsing();

private:
    XpanderClient client(const QString &key = QStringLiteral("demo-key")) const;
    // A job these tests read after finished(), so kept (see Job), and a child of this test.
    template<typename J>
    J *kept(J *job)
    {
        job->setAutoDelete(false);
        return job;
    }

    QNetworkAccessManager *m_network = nullptr;
    FaultServer *m_demo = nullptr;
};

void TestXpanderClient::init()
{
    delete m_demo;
    delete m_network;
    m_network = HttpJob::createNetworkAccessManager(nullptr);
    m_demo = new FaultServer;
    QVERIFY(m_demo->listen());
}

XpanderClient TestXpanderClient::client(const QString &key) const
{
    return {m_network, ServerUrl(m_demo->url()), key};
}

void TestXpanderClient::listReadsEveryPage_data()
{
    QTest::addColumn<int>("perPage");
    QTest::newRow("2 per page") << 2;
    QTest::newRow("3 per page (exact multiple)") << 3;
    QTest::newRow("50 per page") << 50;
}

void TestXpanderClient::listReadsEveryPage()
{
    QFETCH(int, perPage);
    XpanderClient xpander = client();
    xpander.setPageSize(perPage);
    AgentListJob *job = kept(xpander.listAgents(this));
    QSignalSpy progress(job, &AgentListJob::progress);
    job->start();
    QVERIFY(TestSupport::waitFor(job, &AgentListJob::finished));
    QVERIFY2(!job->error(), qPrintable(job->error().detail()));

    const QJsonArray expected = DemoService::agents();
    QVERIFY(expected.size() >= 6);
    QCOMPARE(job->agents().size(), expected.size());
    for (int i = 0; i < expected.size(); ++i) {
        const QJsonObject agent = expected.at(i).toObject();
        QCOMPARE(job->agents().at(i).id, agent.value(QStringLiteral("id")).toString());
        QCOMPARE(job->agents().at(i).name, agent.value(QStringLiteral("name")).toString());
        QCOMPARE(job->agents().at(i).icon, agent.value(QStringLiteral("icon")).toString());
        QCOMPARE(job->agents().at(i).raw, agent);
    }
    const int pages = int((expected.size() + perPage - 1) / perPage);
    QCOMPARE(m_demo->requests().size(), pages);
    QCOMPARE(progress.size(), pages);
    QCOMPARE(m_demo->requests().last().query, QStringLiteral("page=%1&per_page=%2").arg(pages).arg(perPage));
}

void TestXpanderClient::wrongKey()
{
    AgentListJob *job = kept(client(QStringLiteral("tst-wrong-key-71be40")).listAgents(this));
    job->start();
    QVERIFY(TestSupport::waitFor(job, &AgentListJob::finished));
    QCOMPARE(job->error().kind(), Failure::Kind::Unauthorized);
    QVERIFY(job->agents().isEmpty());
    QVERIFY(!job->error().detail().contains(QLatin1String("tst-wrong-key")));
}

void TestXpanderClient::templateRequestBody_data()
{
    QTest::addColumn<bool>("withKnowledgeBases");
    QTest::newRow("with knowledge bases") << true;
    QTest::newRow("without knowledge bases") << false;
}

void TestXpanderClient::templateRequestBody()
{
    QFETCH(bool, withKnowledgeBases);
    const QJsonObject agent = TestSupport::agentWithKnowledgeBases();
    QVERIFY(!agent.isEmpty());
    const QString id = agent.value(QStringLiteral("id")).toString();
    TemplateRequest request;
    request.name = QStringLiteral("Support \"template\" ✓");
    request.description = QStringLiteral("Line one\nline two \\ done");
    request.icon = QStringLiteral("🧭");
    request.withKnowledgeBases = withKnowledgeBases;

    ExportJob *job = kept(client().exportTemplate(id, request, agent.value(QStringLiteral("name")).toString(), this));
    job->start();
    QVERIFY(TestSupport::waitFor(job, &ExportJob::finished));
    QVERIFY2(!job->error(), qPrintable(job->error().detail()));

    // The server received exactly the four fields, with the values given.
    QCOMPARE(m_demo->requests().size(), 1);
    const DemoService::Request sent = m_demo->requests().first();
    QCOMPARE(sent.method, QByteArray("POST"));
    QCOMPARE(sent.path, QStringLiteral("/v1/agents/%1/export").arg(id));
    const QJsonObject body = QJsonDocument::fromJson(sent.body).object();
    QCOMPARE(body.keys(), (QStringList{QStringLiteral("description"), QStringLiteral("icon"), QStringLiteral("name"),
                                       QStringLiteral("with_knowledge_bases")}));
    QCOMPARE(body.value(QStringLiteral("name")).toString(), request.name);
    QCOMPARE(body.value(QStringLiteral("description")).toString(), request.description);
    QCOMPARE(body.value(QStringLiteral("icon")).toString(), request.icon);
    QCOMPARE(body.value(QStringLiteral("with_knowledge_bases")), QJsonValue(withKnowledgeBases));

    // The export is the server's bytes, untouched, and holds documents only when asked to.
    const ExportResult &result = job->result();
    QCOMPARE(result.bytes,
             DemoService::templateExport(id, request.name, request.description, request.icon, withKnowledgeBases));
    QCOMPARE(result.bytes.contains("\"documents\""), withKnowledgeBases);
    QCOMPARE(result.kind, ExportKind::XpanderTemplate);
    const QString slug = SafeFileName::slug(agent.value(QStringLiteral("name")).toString());
    QCOMPARE(result.suggestedFileName, SafeFileName::xpanderTemplate(agent.value(QStringLiteral("name")).toString()));
    QVERIFY(result.suggestedFileName.startsWith(QStringLiteral("xpander-template-%1-").arg(slug)));
}

void TestXpanderClient::unknownAgentIsNotFound()
{
    TemplateRequest request{QStringLiteral("n"), QStringLiteral("d"), QStringLiteral("i"), false};
    ExportJob *job =
        kept(client().exportTemplate(QStringLiteral("00000000-0000-4000-8000-000000000000"), request, {}, this));
    job->start();
    QVERIFY(TestSupport::waitFor(job, &ExportJob::finished));
    QCOMPARE(job->error().kind(), Failure::Kind::NotFound);
}

void TestXpanderClient::agentIdCannotEscapeThePath()
{
    // A server that turns every request down and keeps what it was sent: the demo service would
    // route none of these paths, so it would not see them at all.
    CannedHttpServer server("HTTP/1.1 404 Not Found\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n{}");
    QVERIFY(server.listen());
    const XpanderClient toServer(m_network, ServerUrl(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(server.port()))),
                                 QStringLiteral("demo-key"));
    TemplateRequest request{QStringLiteral("n"), QStringLiteral("d"), QStringLiteral("i"), false};
    for (const QString &id : {QStringLiteral(".."), QStringLiteral("../../api/export"), QStringLiteral("a/b?c#d")}) {
        ExportJob *job = kept(toServer.exportTemplate(id, request, {}, this));
        job->start();
        QVERIFY(TestSupport::waitFor(job, &ExportJob::finished));
        QVERIFY(job->error());
    }
    // An id with a dot segment is refused before anything is sent; any other goes out as one segment
    // of the export's path.
    QStringList paths;
    for (const QByteArray &line : server.received().split('\n')) {
        if (line.startsWith("POST "))
            paths << QString::fromLatin1(line.split(' ').value(1));
    }
    QCOMPARE(paths, QStringList{QStringLiteral("/v1/agents/a%2Fb%3Fc%23d/export")});
}

void TestXpanderClient::templatePostIsNotRetried()
{
    m_demo->setFault(Fault::ServiceUnavailable, -1, "0");
    const QString id = TestSupport::agentWithKnowledgeBases().value(QStringLiteral("id")).toString();
    ExportJob *job = kept(
        client().exportTemplate(id, {QStringLiteral("n"), QStringLiteral("d"), QStringLiteral("i"), true}, {}, this));
    job->start();
    QVERIFY(TestSupport::waitFor(job, &ExportJob::finished));
    QCOMPARE(job->error().kind(), Failure::Kind::ServerError);
    QCOMPARE(m_demo->requests().size(), 1);
}

void TestXpanderClient::pageParsing_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("page");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<int>("items");
    QTest::addColumn<bool>("hasMore");
    QTest::newRow("bare array, full") << QByteArray(R"([{"id":"a"},{"id":"b"}])") << 1 << true << 2 << true;
    QTest::newRow("bare array, short") << QByteArray(R"([{"id":"a"}])") << 1 << true << 1 << false;
    QTest::newRow("last by total_pages") << QByteArray(R"({"items":[{"id":"a"},{"id":"b"}],"total_pages":3})") << 3
                                         << true << 2 << false;
    QTest::newRow("more by total") << QByteArray(R"({"items":[{"id":"a"},{"id":"b"}],"total":5})") << 2 << true << 2
                                   << true;
    QTest::newRow("has_more false") << QByteArray(R"({"items":[{"id":"a"},{"id":"b"}],"has_more":false})") << 1 << true
                                    << 2 << false;
    QTest::newRow("next null") << QByteArray(R"({"items":[{"id":"a"},{"id":"b"}],"next":null})") << 1 << true << 2
                               << false;
    QTest::newRow("empty page") << QByteArray(R"({"items":[]})") << 1 << true << 0 << false;
    QTest::newRow("no items") << QByteArray(R"({"agents":[]})") << 1 << false << 0 << false;
    QTest::newRow("html") << QByteArray("<html></html>") << 1 << false << 0 << false;
    QTest::newRow("item without id skipped") << QByteArray(R"({"items":[{"name":"x"}]})") << 1 << true << 0 << false;
    // Page counts beyond int's range (once undefined behaviour, found by the fuzzer): huge means many, negative absent.
    QTest::newRow("short page, total_pages 1e300")
        << QByteArray(R"({"items":[{"id":"a"}],"total_pages":1e300})") << 1 << true << 1 << false;
    QTest::newRow("total_pages 1e300") << QByteArray(R"({"items":[{"id":"a"},{"id":"b"}],"total_pages":1e300})") << 1
                                       << true << 2 << true;
    QTest::newRow("total_pages 1e20") << QByteArray(R"({"items":[{"id":"a"},{"id":"b"}],"total_pages":1e20})") << 7
                                      << true << 2 << true;
    QTest::newRow("pages just over INT_MAX")
        << QByteArray(R"({"items":[{"id":"a"},{"id":"b"}],"pages":2147483648})") << 1 << true << 2 << true;
    QTest::newRow("total 1e300") << QByteArray(R"({"items":[{"id":"a"},{"id":"b"}],"total":1e300})") << 1 << true << 2
                                 << true;
    QTest::newRow("total_pages -1e20 is absent, total decides")
        << QByteArray(R"({"items":[{"id":"a"},{"id":"b"}],"total_pages":-1e20,"total":2})") << 1 << true << 2 << false;
}

void TestXpanderClient::pageParsing()
{
    QFETCH(QByteArray, body);
    QFETCH(int, page);
    QFETCH(bool, valid);
    QFETCH(int, items);
    QFETCH(bool, hasMore);
    const AgentListJob::Page parsed = AgentListJob::parsePage(body, page, 2);
    QCOMPARE(parsed.valid, valid);
    QCOMPARE(int(parsed.items.size()), items);
    QCOMPARE(parsed.hasMore, hasMore);
}

QTEST_GUILESS_MAIN(TestXpanderClient)
#include "tst_xpanderclient.moc"
