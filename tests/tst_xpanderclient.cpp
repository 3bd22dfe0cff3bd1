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

Q_DECLARE_METATYPE(Takeout::Failure::Kind)

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
    void importCreatesAnAgent();
    void importErrors_data();
    void importErrors();
    void importWithoutNameSendsNothing();
    void importForbidden();
    void importIsNotRetriedWhenBusy_data();
    void importIsNotRetriedWhenBusy();
    void cutConnectionIsSentOnce_data();
    void cutConnectionIsSentOnce();
    void importCancelledBeforeSendingSendsNothing();
    void importCancelledAfterSendingIsUnknown();

private:
    XpanderClient client(const QString &key = QStringLiteral("demo-key")) const;
    // A job these tests read after finished(), so kept (see Job), and a child of this test.
    template<typename J>
    J *kept(J *job)
    {
        job->setAutoDelete(false);
        return job;
    }

    // The POSTs among the raw bytes a CannedHttpServer received.
    static int posts(const QByteArray &received);

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

void TestXpanderClient::importCancelledAfterSendingIsUnknown()
{
    // The request went out and the answer stalls: cancelling cannot take it back.
    m_demo->setFault(Fault::Stall);
    ImportRequest request;
    request.name = QStringLiteral("n");
    ImportJob *job = kept(client().importTemplate(
        DemoService::sampleTemplateId(TestSupport::agentWithKnowledgeBases().value(QStringLiteral("id")).toString()),
        request, this));
    QSignalSpy finished(job, &ImportJob::finished);
    job->start();
    QVERIFY(TestSupport::waitFor(job, &ImportJob::sent));
    QTRY_COMPARE_WITH_TIMEOUT(m_demo->requests().size(), 1, TestSupport::waitMs);
    job->cancel();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, TestSupport::waitMs);
    QCOMPARE(job->error().kind(), Failure::Kind::OutcomeUnknown);
    QVERIFY(job->error().message().contains(QLatin1String("may or may not have been created")));
    QCOMPARE(m_demo->createdAgents().size(), 1);
}

int TestXpanderClient::posts(const QByteArray &received)
{
    // Requests follow bodies without a line break between them: count request lines wherever they start.
    return int(received.count("POST /"));
}

void TestXpanderClient::importCreatesAnAgent()
{
    const QJsonObject sample = TestSupport::agentWithKnowledgeBases();
    const QString templateId = DemoService::sampleTemplateId(sample.value(QStringLiteral("id")).toString());
    QVERIFY(!templateId.isEmpty());
    ImportRequest request;
    request.name = QStringLiteral("Restored \"lead\" ✓");
    request.withKnowledgeBases = false;
    ImportJob *job = kept(client().importTemplate(templateId, request, this));
    QSignalSpy sent(job, &ImportJob::sent);
    job->start();
    QVERIFY(TestSupport::waitFor(job, &ImportJob::finished));
    QVERIFY2(!job->error(), qPrintable(job->error().detail()));
    QCOMPARE(sent.size(), 1);
    QVERIFY(job->wasSent());
    QVERIFY(!job->agent().id.isEmpty());
    QVERIFY(job->agent().id != sample.value(QStringLiteral("id")).toString());
    QCOMPARE(job->agent().name, request.name);
    QCOMPARE(job->agent().originTemplate, templateId);

    // One request, with the name and the knowledge-base choice; description and icon left out.
    QCOMPARE(m_demo->requests().size(), 1);
    const DemoService::Request received = m_demo->requests().first();
    QCOMPARE(received.path, QStringLiteral("/v1/agents/template_import/%1").arg(templateId));
    const QJsonObject body = QJsonDocument::fromJson(received.body).object();
    QCOMPARE(body.keys(), (QStringList{QStringLiteral("name"), QStringLiteral("with_knowledge_bases")}));
    QCOMPARE(body.value(QStringLiteral("with_knowledge_bases")), QJsonValue(false));

    // The new agent is in the list from now on, with the template it came from.
    AgentListJob *list = kept(client().listAgents(this));
    list->start();
    QVERIFY(TestSupport::waitFor(list, &AgentListJob::finished));
    QCOMPARE(list->agents().size(), DemoService::agents().size() + 1);
    QCOMPARE(list->agents().last().id, job->agent().id);
    QCOMPARE(list->agents().last().raw.value(QStringLiteral("origin_template")).toString(), templateId);
}

void TestXpanderClient::importErrors_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("templateId");
    QTest::addColumn<QString>("name");
    QTest::addColumn<Fault>("fault");
    QTest::addColumn<Failure::Kind>("kind");
    QTest::addColumn<QString>("words");
    const QString sample =
        DemoService::sampleTemplateId(TestSupport::agentWithKnowledgeBases().value(QStringLiteral("id")).toString());
    const QString key = QStringLiteral("demo-key");
    QTest::newRow("401") << QStringLiteral("tst-wrong-key-71be40") << sample << QStringLiteral("n") << Fault::None
                         << Failure::Kind::Unauthorized << QStringLiteral("Sign in again");
    QTest::newRow("404") << key << QStringLiteral("00000000-0000-4000-8000-000000000000") << QStringLiteral("n")
                         << Fault::None << Failure::Kind::NotFound << QStringLiteral("no longer exists");
    QTest::newRow("422") << key << sample << QStringLiteral("  ") << Fault::None << Failure::Kind::Validation
                         << QStringLiteral("name is required");
    QTest::newRow("500") << key << sample << QStringLiteral("n") << Fault::ServerError << Failure::Kind::ServerError
                         << QStringLiteral("problem at xpander.ai");
}

void TestXpanderClient::importErrors()
{
    QFETCH(QString, key);
    QFETCH(QString, templateId);
    QFETCH(QString, name);
    QFETCH(Fault, fault);
    QFETCH(Failure::Kind, kind);
    QFETCH(QString, words);
    m_demo->setFault(fault);
    ImportRequest request;
    request.name = name;
    // A name of blanks is sent: the service is the one to turn it down.
    ImportJob *job = kept(client(key).importTemplate(templateId, request, this));
    job->start();
    QVERIFY(TestSupport::waitFor(job, &ImportJob::finished));
    QCOMPARE(job->error().kind(), kind);
    QVERIFY2(job->error().message().contains(words), qPrintable(job->error().message()));
    QVERIFY(!job->error().detail().contains(QLatin1String("tst-wrong-key")));
    QCOMPARE(m_demo->requests().size(), 1);
}

void TestXpanderClient::importForbidden()
{
    // The demo never turns a valid key down for one template: a server that does.
    CannedHttpServer server("HTTP/1.1 403 Forbidden\r\nContent-Type: application/json\r\nContent-Length: 31\r\n\r\n"
                            "{\"detail\":\"Not allowed here.\"}\n");
    QVERIFY(server.listen());
    const XpanderClient toServer(m_network, ServerUrl(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(server.port()))),
                                 QStringLiteral("demo-key"));
    ImportRequest request;
    request.name = QStringLiteral("n");
    ImportJob *job =
        kept(toServer.importTemplate(QStringLiteral("00000000-0000-4000-8000-000000000000"), request, this));
    job->start();
    QVERIFY(TestSupport::waitFor(job, &ImportJob::finished));
    // Not shared with the key's organization: no sign-in would change that.
    QCOMPARE(job->error().kind(), Failure::Kind::NoAccess);
    QVERIFY(!job->error().needsSignIn());
    QCOMPARE(job->error().httpStatus(), 403);
    QVERIFY2(job->error().message().contains(QLatin1String("no access to this template")),
             qPrintable(job->error().message()));
    QCOMPARE(posts(server.received()), 1);
}

void TestXpanderClient::importWithoutNameSendsNothing()
{
    ImportJob *job = kept(client().importTemplate(QStringLiteral("00000000-0000-4000-8000-000000000000"), {}, this));
    job->start();
    QVERIFY(TestSupport::waitFor(job, &ImportJob::finished));
    QCOMPARE(job->error().kind(), Failure::Kind::Validation);
    QVERIFY(!job->wasSent());
    QVERIFY(m_demo->requests().isEmpty());
}

void TestXpanderClient::importIsNotRetriedWhenBusy_data()
{
    QTest::addColumn<Fault>("fault");
    QTest::addColumn<Failure::Kind>("kind");
    QTest::newRow("429") << Fault::RateLimited << Failure::Kind::RateLimited;
    QTest::newRow("503") << Fault::ServiceUnavailable << Failure::Kind::ServerError;
}

void TestXpanderClient::importIsNotRetriedWhenBusy()
{
    QFETCH(Fault, fault);
    QFETCH(Failure::Kind, kind);
    m_demo->setFault(fault, -1, "0");
    ImportRequest request;
    request.name = QStringLiteral("n");
    ImportJob *job = kept(client().importTemplate(
        DemoService::sampleTemplateId(TestSupport::agentWithKnowledgeBases().value(QStringLiteral("id")).toString()),
        request, this));
    job->start();
    QVERIFY(TestSupport::waitFor(job, &ImportJob::finished));
    QCOMPARE(job->error().kind(), kind);
    QCOMPARE(m_demo->requests().size(), 1);
}

void TestXpanderClient::cutConnectionIsSentOnce_data()
{
    QTest::addColumn<bool>("import");
    QTest::newRow("import") << true;
    QTest::newRow("template export") << false;
}

void TestXpanderClient::cutConnectionIsSentOnce()
{
    QFETCH(bool, import);
    // Reads the whole request and closes the connection without a word: Qt's HTTP layer would send
    // an ordinary POST again on a new connection.
    CannedHttpServer server({});
    QVERIFY(server.listen());
    const XpanderClient toServer(m_network, ServerUrl(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(server.port()))),
                                 QStringLiteral("demo-key"));
    Failure error;
    if (import) {
        ImportRequest request;
        request.name = QStringLiteral("n");
        ImportJob *job =
            kept(toServer.importTemplate(QStringLiteral("00000000-0000-4000-8000-000000000000"), request, this));
        job->start();
        QVERIFY(TestSupport::waitFor(job, &ImportJob::finished));
        QCOMPARE(posts(server.received()), 1);
        error = job->error();
        QVERIFY(job->wasSent());
        QVERIFY2(error.message().contains(QLatin1String("may or may not have been created")),
                 qPrintable(error.message()));
    } else {
        ExportJob *job = kept(toServer.exportTemplate(
            QStringLiteral("a"), {QStringLiteral("n"), QStringLiteral("d"), QStringLiteral("i"), false}, {}, this));
        job->start();
        QVERIFY(TestSupport::waitFor(job, &ExportJob::finished));
        QCOMPARE(posts(server.received()), 1);
        error = job->error();
    }
    QCOMPARE(error.kind(), Failure::Kind::OutcomeUnknown);
    QCOMPARE(posts(server.received()), 1);
    QCOMPARE(server.connections(), 1);
}

void TestXpanderClient::importCancelledBeforeSendingSendsNothing()
{
    CannedHttpServer server({});
    QVERIFY(server.listen());
    const XpanderClient toServer(m_network, ServerUrl(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(server.port()))),
                                 QStringLiteral("demo-key"));
    ImportRequest request;
    request.name = QStringLiteral("n");
    ImportJob *job =
        kept(toServer.importTemplate(QStringLiteral("00000000-0000-4000-8000-000000000000"), request, this));
    QSignalSpy finished(job, &ImportJob::finished);
    job->start();
    job->cancel();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, TestSupport::waitMs);
    QCOMPARE(job->error().kind(), Failure::Kind::Cancelled);
    QVERIFY(!job->wasSent());
    // A request that did go out would have reached the server before this one, on its own connection.
    ExportJob *probe = kept(toServer.exportTemplate(
        QStringLiteral("a"), {QStringLiteral("n"), QStringLiteral("d"), QStringLiteral("i"), false}, {}, this));
    probe->start();
    QVERIFY(TestSupport::waitFor(probe, &ExportJob::finished));
    QCOMPARE(posts(server.received()), 1);
    QVERIFY(server.received().contains("POST /v1/agents/a/export"));
    QVERIFY(!server.received().contains("template_import"));
}

QTEST_GUILESS_MAIN(TestXpanderClient)
#include "tst_xpanderclient.moc"
