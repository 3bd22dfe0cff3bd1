#include "FaultServer.h"
#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_LINUX
#include <grp.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

using namespace Takeout;
using Fault = FaultServer::Fault;

// agent-takeout-cli as a user or a script runs it, against the demo service over loopback, with the
// keychain of the test session.
class TestCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void usageErrors_data();
    void usageErrors();
    void loginExportLogout();
    void environmentCredentialsSkipTheKeychain();
    void exportFaults_data();
    void exportFaults();
    void outputFileRules();
    void templateDefaultsToTheAgentsOwnValues_data();
    void templateDefaultsToTheAgentsOwnValues();
    void templateWithExplicitValuesSkipsTheList();
    void agentsListing();
    void serverWithBasePath();
    void hostileFileNameStaysInTheFolder();
    void serveDemo();
    void inspect();
    void inspectBrokenFile();
    void get_data();
    void get();
    void outputNeverGoesThroughALink_data();
    void outputNeverGoesThroughALink();
    void fullDiskIsSaidPlainly();
    void noCoreDumps();

private:
    QStringList server() const { return {QStringLiteral("--server"), m_demo->url().toString()}; }
    QProcessEnvironment envWith(const char *name, const QByteArray &value) const;
    QStringList files() const;
    static QByteArray read(const QString &path);

    FaultServer *m_demo = nullptr;
    QTemporaryDir *m_dir = nullptr;
};

void TestCli::init()
{
    m_demo = new FaultServer;
    QVERIFY(m_demo->listen());
    m_dir = new QTemporaryDir;
    QVERIFY(m_dir->isValid());
}

void TestCli::cleanup()
{
    delete m_demo;
    delete m_dir;
}

QProcessEnvironment TestCli::envWith(const char *name, const QByteArray &value) const
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QString::fromLatin1(name), QString::fromUtf8(value));
    return environment;
}

QStringList TestCli::files() const
{
    return QDir(m_dir->path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);
}

QByteArray TestCli::read(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void TestCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("nothing") << QStringList{} << 1;
    QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")} << 1;
    QTest::newRow("unknown service") << QStringList{QStringLiteral("login"), QStringLiteral("other"),
                                                    QStringLiteral("--server"), QStringLiteral("https://x.example")}
                                     << 1;
    QTest::newRow("no server") << QStringList{QStringLiteral("export"), QStringLiteral("account")} << 1;
    QTest::newRow("plain http remote") << QStringList{QStringLiteral("agents"), QStringLiteral("--server"),
                                                      QStringLiteral("http://api.xpander.ai")}
                                       << 1;
    QTest::newRow("bad timeout") << QStringList{QStringLiteral("agents"), QStringLiteral("--server"),
                                                QStringLiteral("https://x.example"), QStringLiteral("--timeout"),
                                                QStringLiteral("soon")}
                                 << 1;
    QTest::newRow("template without agent")
        << QStringList{QStringLiteral("export"), QStringLiteral("template"), QStringLiteral("--server"),
                       QStringLiteral("https://x.example")}
        << 1;
    QTest::newRow("both outputs") << QStringList{QStringLiteral("export"),    QStringLiteral("account"),
                                                 QStringLiteral("--server"),  QStringLiteral("https://x.example"),
                                                 QStringLiteral("-o"),        QStringLiteral("a.json"),
                                                 QStringLiteral("--out-dir"), QStringLiteral(".")}
                                  << 1;
    QTest::newRow("help") << QStringList{QStringLiteral("--help")} << 0;
    QTest::newRow("version") << QStringList{QStringLiteral("--version")} << 0;
}

void TestCli::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    const TestSupport::Run run = TestSupport::runCli(arguments);
    QCOMPARE(run.exitCode, exitCode);
    if (exitCode != 0)
        QVERIFY(!run.err.trimmed().isEmpty());
}

void TestCli::loginExportLogout()
{
    const QStringList login = QStringList{QStringLiteral("login"), QStringLiteral("agentbot")} + server();
    TestSupport::Run run = TestSupport::runCli(login, "demo-session\n");
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(!run.err.contains("demo-session"));

    const QString target = m_dir->filePath(QStringLiteral("mine.json"));
    run = TestSupport::runCli(
        QStringList{QStringLiteral("export"), QStringLiteral("account"), QStringLiteral("-o"), target} + server());
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(read(target), DemoService::accountExport());
    QCOMPARE(run.out.trimmed(), QDir::toNativeSeparators(target).toUtf8());

    // --out-dir uses the server's file name.
    run = TestSupport::runCli(
        QStringList{QStringLiteral("export"), QStringLiteral("account"), QStringLiteral("--out-dir"), m_dir->path()} +
        server());
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(read(m_dir->filePath(DemoService::accountFileName())), DemoService::accountExport());

    run = TestSupport::runCli(QStringList{QStringLiteral("logout"), QStringLiteral("agentbot")} + server());
    QCOMPARE(run.exitCode, 0);
    run = TestSupport::runCli(QStringList{QStringLiteral("export"), QStringLiteral("account"),
                                          QStringLiteral("--out-dir"), m_dir->path(), QStringLiteral("--overwrite")} +
                              server());
    QCOMPARE(run.exitCode, 3);
    QVERIFY(run.err.contains("not signed in"));
}

void TestCli::environmentCredentialsSkipTheKeychain()
{
    // No session bus at all: the keychain cannot be what answers.
    QProcessEnvironment environment =
        envWith("AGENT_TAKEOUT_AGENTBOT_SESSION", "Cookie: agentbot_session=demo-session");
    environment.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent/bus"));
    TestSupport::Run run = TestSupport::runCli(
        QStringList{QStringLiteral("export"), QStringLiteral("account"), QStringLiteral("--out-dir"), m_dir->path()} +
            server(),
        {}, environment);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(files(), QStringList{DemoService::accountFileName()});

    environment.insert(QStringLiteral("AGENT_TAKEOUT_AGENTBOT_SESSION"), QStringLiteral("tst-cookie-value-5d2a8b"));
    run = TestSupport::runCli(QStringList{QStringLiteral("export"), QStringLiteral("account"), QStringLiteral("-o"),
                                          m_dir->filePath(QStringLiteral("other.json"))} +
                                  server(),
                              {}, environment);
    QCOMPARE(run.exitCode, 3);
    QVERIFY(!run.err.contains("tst-cookie-value"));
    QCOMPARE(files().size(), 1);
}

void TestCli::exportFaults_data()
{
    QTest::addColumn<QString>("what");
    QTest::addColumn<int>("fault");
    QTest::addColumn<QByteArray>("param");
    QTest::addColumn<int>("exitCode");
    struct Row
    {
        const char *name;
        Fault fault;
        QByteArray param;
        int exitCode;
    };
    const Row rows[] = {
        {"html sign-in page", Fault::HtmlSignIn, {}, 5},
        {"500", Fault::ServerError, {}, 5},
        {"429", Fault::RateLimited, "0", 5},
        {"invalid json", Fault::InvalidJson, {}, 5},
        {"too large", Fault::HugeBody, "200", 5},
        {"truncated", Fault::TruncatedBody, {}, 4},
        {"reset", Fault::ConnectionReset, {}, 4},
        {"stall", Fault::Stall, {}, 4},
        {"cross-origin redirect", Fault::CrossOriginRedirect, {}, 4},
        {"garbage", Fault::Garbage, {}, 4},
        {"endless headers", Fault::EndlessHeaders, {}, 4},
        {"endless body", Fault::EndlessBody, {}, 5},
        {"deflate bomb", Fault::CompressionBomb, "64", 5},
        {"gzip bomb", Fault::GzipBomb, "64", 5},
        {"echoed credentials", Fault::EchoCredentials, {}, 5},
    };
    for (const char *what : {"account", "template"}) {
        for (const Row &row : rows)
            QTest::addRow("%s, %s", what, row.name)
                << QString::fromLatin1(what) << int(row.fault) << row.param << row.exitCode;
    }
}

void TestCli::exportFaults()
{
    QFETCH(QString, what);
    QFETCH(int, fault);
    QFETCH(QByteArray, param);
    QFETCH(int, exitCode);
    m_demo->setFault(Fault(fault), -1, param);
    QStringList arguments = {QStringLiteral("export"),     what,
                             QStringLiteral("--out-dir"),  m_dir->path(),
                             QStringLiteral("--timeout"),  QStringLiteral("1"),
                             QStringLiteral("--max-size"), QStringLiteral("16")};
    QProcessEnvironment environment = envWith("AGENT_TAKEOUT_AGENTBOT_SESSION", "demo-session");
    if (what == QLatin1String("template")) {
        arguments << QStringLiteral("--agent")
                  << DemoService::agents().at(0).toObject().value(QStringLiteral("id")).toString();
        environment.insert(QStringLiteral("AGENT_TAKEOUT_XPANDER_API_KEY"), QStringLiteral("demo-key"));
    }
    const TestSupport::Run run = TestSupport::runCli(arguments + server(), {}, environment);
    QCOMPARE(run.exitCode, exitCode);
    QCOMPARE(run.err.trimmed().count('\n'), 0); // one plain line
    QVERIFY(!run.err.isEmpty());
    for (const QByteArray &secret : TestSupport::secrets()) {
        QVERIFY2(!run.err.contains(secret), run.err.constData());
        QVERIFY2(!run.out.contains(secret), run.out.constData());
    }
    QVERIFY2(files().isEmpty(), qPrintable(files().join(QLatin1Char(' '))));
}

void TestCli::outputFileRules()
{
    const QProcessEnvironment environment = envWith("AGENT_TAKEOUT_AGENTBOT_SESSION", "demo-session");
    const QString existing = m_dir->filePath(QStringLiteral("existing.json"));
    QVERIFY(TestSupport::writeFile(existing, "keep me"));

    TestSupport::Run run = TestSupport::runCli(
        QStringList{QStringLiteral("export"), QStringLiteral("account"), QStringLiteral("-o"), existing} + server(), {},
        environment);
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(read(existing), QByteArray("keep me"));
    QCOMPARE(m_demo->requests().size(), 0); // refused before downloading anything

    run = TestSupport::runCli(QStringList{QStringLiteral("export"), QStringLiteral("account"), QStringLiteral("-o"),
                                          existing, QStringLiteral("--overwrite")} +
                                  server(),
                              {}, environment);
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(read(existing), DemoService::accountExport());

    run = TestSupport::runCli(QStringList{QStringLiteral("export"), QStringLiteral("account"),
                                          QStringLiteral("--out-dir"),
                                          m_dir->filePath(QStringLiteral("no-such-folder"))} +
                                  server(),
                              {}, environment);
    QCOMPARE(run.exitCode, 2);
}

void TestCli::templateDefaultsToTheAgentsOwnValues_data()
{
    QTest::addColumn<bool>("withKnowledgeBases");
    QTest::newRow("with knowledge bases") << true;
    QTest::newRow("without") << false;
}

void TestCli::templateDefaultsToTheAgentsOwnValues()
{
    QFETCH(bool, withKnowledgeBases);
    const QJsonObject agent = DemoService::agents().at(1).toObject();
    const QString id = agent.value(QStringLiteral("id")).toString();
    QStringList arguments = QStringList{QStringLiteral("export"),    QStringLiteral("template"),
                                        QStringLiteral("--agent"),   id,
                                        QStringLiteral("--out-dir"), m_dir->path()} +
                            server();
    if (withKnowledgeBases)
        arguments << QStringLiteral("--with-knowledge-bases");
    const TestSupport::Run run =
        TestSupport::runCli(arguments, {}, envWith("AGENT_TAKEOUT_XPANDER_API_KEY", "demo-key"));
    QVERIFY2(run.exitCode == 0, run.err.constData());

    const DemoService::Request post = m_demo->requests().last();
    QCOMPARE(post.method, QByteArray("POST"));
    const QJsonObject body = QJsonDocument::fromJson(post.body).object();
    QCOMPARE(body.value(QStringLiteral("name")), agent.value(QStringLiteral("name")));
    QCOMPARE(body.value(QStringLiteral("description")), agent.value(QStringLiteral("description")));
    QCOMPARE(body.value(QStringLiteral("icon")), agent.value(QStringLiteral("icon")));
    QCOMPARE(body.value(QStringLiteral("with_knowledge_bases")).toBool(), withKnowledgeBases);
    QCOMPARE(body.size(), 4);

    QCOMPARE(files().size(), 1);
    QCOMPARE(read(m_dir->filePath(files().first())),
             DemoService::templateExport(id, agent.value(QStringLiteral("name")).toString(),
                                         agent.value(QStringLiteral("description")).toString(),
                                         agent.value(QStringLiteral("icon")).toString(), withKnowledgeBases));
    QVERIFY(files().first().startsWith(QLatin1String("xpander-template-")));
}

void TestCli::templateWithExplicitValuesSkipsTheList()
{
    const QString id = DemoService::agents().at(0).toObject().value(QStringLiteral("id")).toString();
    const TestSupport::Run run = TestSupport::runCli(
        QStringList{QStringLiteral("export"), QStringLiteral("template"), QStringLiteral("--agent"), id,
                    QStringLiteral("--name"), QStringLiteral("Mine"), QStringLiteral("--description"), QString(),
                    QStringLiteral("--icon"), QStringLiteral("🧪"), QStringLiteral("-o"),
                    m_dir->filePath(QStringLiteral("t.json"))} +
            server(),
        {}, envWith("AGENT_TAKEOUT_XPANDER_API_KEY", "demo-key"));
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(m_demo->requests().size(), 1);
    QCOMPARE(QJsonDocument::fromJson(m_demo->requests().first().body).object(),
             QJsonObject({{QStringLiteral("name"), QStringLiteral("Mine")},
                          {QStringLiteral("description"), QString()},
                          {QStringLiteral("icon"), QStringLiteral("🧪")},
                          {QStringLiteral("with_knowledge_bases"), false}}));

    // Unknown agent: exit 5 and no file.
    const TestSupport::Run missing =
        TestSupport::runCli(QStringList{QStringLiteral("export"), QStringLiteral("template"), QStringLiteral("--agent"),
                                        QStringLiteral("nope"), QStringLiteral("--out-dir"), m_dir->path()} +
                                server(),
                            {}, envWith("AGENT_TAKEOUT_XPANDER_API_KEY", "demo-key"));
    QCOMPARE(missing.exitCode, 5);
    QCOMPARE(files(), QStringList{QStringLiteral("t.json")});
}

void TestCli::agentsListing()
{
    TestSupport::Run run =
        TestSupport::runCli(QStringList{QStringLiteral("agents"), QStringLiteral("--json")} + server(), {},
                            envWith("AGENT_TAKEOUT_XPANDER_API_KEY", "demo-key"));
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(QJsonDocument::fromJson(run.out).array(), DemoService::agents());

    run = TestSupport::runCli(QStringList{QStringLiteral("agents")} + server(), {},
                              envWith("AGENT_TAKEOUT_XPANDER_API_KEY", "demo-key"));
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out.count('\n'), DemoService::agents().size());

    run = TestSupport::runCli(QStringList{QStringLiteral("agents")} + server(), {},
                              envWith("AGENT_TAKEOUT_XPANDER_API_KEY", "tst-wrong-key-71be40"));
    QCOMPARE(run.exitCode, 3);
    QVERIFY(!run.err.contains("tst-wrong-key"));
}

void TestCli::serverWithBasePath()
{
    // The endpoint is appended to the base URL's path: /prefix/api/export does not exist on the demo.
    const TestSupport::Run run = TestSupport::runCli(
        {QStringLiteral("export"), QStringLiteral("account"), QStringLiteral("--server"),
         m_demo->url().toString() + QStringLiteral("/prefix"), QStringLiteral("--out-dir"), m_dir->path()},
        {}, envWith("AGENT_TAKEOUT_AGENTBOT_SESSION", "demo-session"));
    QCOMPARE(run.exitCode, 5);
    QVERIFY(files().isEmpty());
}

void TestCli::hostileFileNameStaysInTheFolder()
{
    m_demo->setFault(Fault::HostileContentDisposition, 1, "attachment; filename*=UTF-8''..%2F..%2F.bashrc");
    const TestSupport::Run run = TestSupport::runCli(
        QStringList{QStringLiteral("export"), QStringLiteral("account"), QStringLiteral("--out-dir"), m_dir->path()} +
            server(),
        {}, envWith("AGENT_TAKEOUT_AGENTBOT_SESSION", "demo-session"));
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(files(), QStringList{QStringLiteral("bashrc.json")});
    QCOMPARE(read(m_dir->filePath(QStringLiteral("bashrc.json"))), DemoService::accountExport());
}

void TestCli::serveDemo()
{
    QProcess demo;
    QSignalSpy output(&demo, &QProcess::readyReadStandardOutput);
    demo.start(QString::fromUtf8(TAKEOUT_BIN_DIR "/agent-takeout-cli"), {QStringLiteral("serve-demo")});
    QVERIFY(output.wait(TestSupport::waitMs));
    const QUrl url(QString::fromUtf8(demo.readLine().trimmed()));
    QCOMPARE(url.host(), QStringLiteral("127.0.0.1"));
    QVERIFY(url.port() > 0);
    const TestSupport::Run run =
        TestSupport::runCli({QStringLiteral("agents"), QStringLiteral("--server"), url.toString()}, {},
                            envWith("AGENT_TAKEOUT_XPANDER_API_KEY", "demo-key"));
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out.count('\n'), DemoService::agents().size());
    demo.kill();
    demo.waitForFinished();
}

void TestCli::inspect()
{
    // The demo account, counted by hand: 8 agents, 7 scheduled tasks, 5 workflows, no deviation.
    TestSupport::Run run = TestSupport::runCli(
        {QStringLiteral("inspect"), QString::fromUtf8(TAKEOUT_SOURCE_DIR "/resources/demo/agentbot-account.json"),
         QStringLiteral("--json")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QJsonObject report = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(report.value(QStringLiteral("kind")).toString(), QStringLiteral("agentbot-account"));
    QCOMPARE(report.value(QStringLiteral("counts")).toObject(), QJsonObject({{QStringLiteral("agents"), 8},
                                                                             {QStringLiteral("scheduledTasks"), 7},
                                                                             {QStringLiteral("workflows"), 5}}));
    QCOMPARE(report.value(QStringLiteral("depth")).toInt(), 3);
    QCOMPARE(report.value(QStringLiteral("warnings")).toArray().size(), 0);
    QCOMPARE(report.value(QStringLiteral("bytes")).toInteger(), DemoService::accountExport().size());

    // A template with three deviations from the documented shape; unknown fields are no deviation.
    run = TestSupport::runCli({QStringLiteral("inspect"), QString::fromUtf8(TAKEOUT_TEST_DATA "/odd-template.json"),
                               QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject odd = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(odd.value(QStringLiteral("kind")).toString(), QStringLiteral("xpander-template"));
    QCOMPARE(odd.value(QStringLiteral("counts")).toObject().value(QStringLiteral("documents")).toInt(), 2);
    QCOMPARE(odd.value(QStringLiteral("counts")).toObject().value(QStringLiteral("customFunctions")).toInt(), 2);
    const QJsonArray warnings = odd.value(QStringLiteral("warnings")).toArray();
    QStringList texts;
    for (const QJsonValue warning : warnings)
        texts << warning.toString();
    QCOMPARE(texts,
             (QStringList{QStringLiteral(".organization_id: expected text, found a number"),
                          QStringLiteral(".agent_definition.type: “supervisor” is not one of the documented "
                                         "values (manager, regular, a2a, curl)"),
                          QStringLiteral(".agent_definition.custom_functions[1].status: “compiling” is not one of "
                                         "the documented values (draft, analysing, ready, error)"),
                          QStringLiteral(".agent_definition.connectors[0].total_operations: expected a number, "
                                         "found text")}));

    run = TestSupport::runCli({QStringLiteral("inspect"), QString::fromUtf8(TAKEOUT_TEST_DATA "/values.json")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.startsWith("kind: json\n"));
}

void TestCli::inspectBrokenFile()
{
    const QString broken = m_dir->filePath(QStringLiteral("broken.json"));
    QVERIFY(TestSupport::writeFile(broken, "{\n  \"a\": [1, 2,]\n}"));
    for (const QStringList &arguments : {QStringList{QStringLiteral("inspect"), broken},
                                         QStringList{QStringLiteral("get"), broken, QStringLiteral(".a")}}) {
        const TestSupport::Run run = TestSupport::runCli(arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("Line 2, column 13: a comma before “]” is not allowed"), run.err.constData());
    }
    QCOMPARE(TestSupport::runCli({QStringLiteral("inspect"), m_dir->filePath(QStringLiteral("missing.json"))}).exitCode,
             2);
}

void TestCli::get_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("output");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("number as written") << ".id" << QByteArray("12345678901234567890\n") << 0;
    QTest::newRow("decimal as written") << ".price" << QByteArray("1.10\n") << 0;
    QTest::newRow("string escaped") << ".note"
                                    << QByteArray(R"("Line one\nsays \"hi\" \u00e9")"
                                                  "\n")
                                    << 0;
    QTest::newRow("quoted key, compact") << R"(."a key".nested)"
                                         << QByteArray(R"([1,2,{"deep":null}])"
                                                       "\n")
                                         << 0;
    QTest::newRow("index") << R"(."a key".nested[2].deep)" << QByteArray("null\n") << 0;
    QTest::newRow("last duplicate") << ".dup" << QByteArray("2\n") << 0;
    QTest::newRow("missing") << ".nope" << QByteArray() << 2;
    QTest::newRow("out of range") << R"(."a key".nested[9])" << QByteArray() << 2;
}

void TestCli::get()
{
    QFETCH(QString, path);
    QFETCH(QByteArray, output);
    QFETCH(int, exitCode);
    const TestSupport::Run run =
        TestSupport::runCli({QStringLiteral("get"), QString::fromUtf8(TAKEOUT_TEST_DATA "/values.json"), path});
    QCOMPARE(run.exitCode, exitCode);
    QCOMPARE(run.out, output);
    if (exitCode)
        QVERIFY(run.err.contains("No value at"));
}

void TestCli::outputNeverGoesThroughALink_data()
{
    QTest::addColumn<bool>("outDir");
    QTest::addColumn<bool>("dangling");
    QTest::newRow("-o, dangling link") << false << true;
    QTest::newRow("--out-dir, dangling link") << true << true;
    QTest::newRow("-o --overwrite, link to a file") << false << false;
    QTest::newRow("--out-dir --overwrite, link to a file") << true << false;
}

void TestCli::outputNeverGoesThroughALink()
{
    QFETCH(bool, outDir);
    QFETCH(bool, dangling);
    QTemporaryDir elsewhere;
    const QString target = elsewhere.filePath(QStringLiteral("bashrc"));
    if (!dangling)
        QVERIFY(TestSupport::writeFile(target, "keep me"));
    const QString name = outDir ? DemoService::accountFileName() : QStringLiteral("export.json");
    QVERIFY(QFile::link(target, m_dir->filePath(name)));

    QStringList arguments{QStringLiteral("export"), QStringLiteral("account")};
    arguments << (outDir ? QStringList{QStringLiteral("--out-dir"), m_dir->path()}
                         : QStringList{QStringLiteral("-o"), m_dir->filePath(name)});
    if (!dangling)
        arguments << QStringLiteral("--overwrite");
    const TestSupport::Run run =
        TestSupport::runCli(arguments + server(), {}, envWith("AGENT_TAKEOUT_AGENTBOT_SESSION", "demo-session"));
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("is a link to another place"), run.err.constData());
    QCOMPARE(run.err.count('\n'), 1);
    QCOMPARE(QFileInfo::exists(target), !dangling);
    if (!dangling)
        QCOMPARE(read(target), QByteArray("keep me"));
    QVERIFY(QFileInfo(m_dir->filePath(name)).isSymLink());
    // Only the link (QDir lists a dangling link as a system entry).
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::AllEntries | QDir::System | QDir::NoDotAndDotDot | QDir::Hidden),
             QStringList{name});
}

void TestCli::fullDiskIsSaidPlainly()
{
#ifdef Q_OS_LINUX
    // A real full disk: a 4 KB tmpfs over the output folder, in a mount namespace of the CLI's own (no root
    // needed where user namespaces are allowed). The account export is larger than that.
    QVERIFY(DemoService::accountExport().size() > 4096);
    QProcess probe;
    probe.start(QStringLiteral("unshare"), {QStringLiteral("-rm"), QStringLiteral("true")});
    if (!probe.waitForFinished(TestSupport::waitMs) || probe.exitStatus() != QProcess::NormalExit ||
        probe.exitCode() != 0)
        QSKIP("unshare -rm is not allowed here, so no tmpfs can be mounted");

    QProcess cli;
    cli.setProcessEnvironment(envWith("AGENT_TAKEOUT_AGENTBOT_SESSION", "demo-session"));
    QSignalSpy finished(&cli, &QProcess::finished);
    cli.start(QStringLiteral("unshare"),
              {QStringLiteral("-rm"), QStringLiteral("sh"), QStringLiteral("-c"),
               QStringLiteral("mount -t tmpfs -o size=4k tmpfs \"$1\" && exec \"$2\" export account --out-dir \"$1\" "
                              "--server \"$3\""),
               QStringLiteral("sh"), m_dir->path(), QString::fromUtf8(TAKEOUT_BIN_DIR "/agent-takeout-cli"),
               m_demo->url().toString()});
    QVERIFY(finished.wait(60000));
    const QByteArray err = cli.readAllStandardError();
    QCOMPARE(cli.exitCode(), 2);
    const QLocale locale;
    QVERIFY2(err.contains(QStringLiteral("The disk is full: saving needs %1, and ")
                              .arg(locale.formattedDataSize(DemoService::accountExport().size()))
                              .toUtf8()),
             err.constData());
    QVERIFY2(err.contains(" is free."), err.constData());
    QCOMPARE(err.count('\n'), 1);
#else
    QSKIP("tmpfs and mount namespaces are Linux");
#endif
}

void TestCli::noCoreDumps()
{
#ifdef Q_OS_LINUX
    // The CLI (and the app, through the same call) turns off core dumps first thing. The child starts with
    // core dumps allowed as far as its limits go, and, when the test runs as root, as user nobody: root
    // owns the files in /proc/PID of a process that is not dumpable, its own user those of one that is.
    const bool root = ::geteuid() == 0;
    for (const bool allowed : {false, true}) {
        QProcess demo;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        if (allowed)
            environment.insert(QStringLiteral("AGENT_TAKEOUT_ALLOW_CORE_DUMPS"), QStringLiteral("1"));
        demo.setProcessEnvironment(environment);
        demo.setChildProcessModifier([root] {
            rlimit core{};
            ::getrlimit(RLIMIT_CORE, &core);
            core.rlim_cur = core.rlim_max == 0 && root ? RLIM_INFINITY : core.rlim_max;
            core.rlim_max = qMax(core.rlim_max, core.rlim_cur);
            ::setrlimit(RLIMIT_CORE, &core);
            if (root && (::setgroups(0, nullptr) != 0 || ::setgid(65534) != 0 || ::setuid(65534) != 0))
                ::_exit(99);
        });
        QSignalSpy output(&demo, &QProcess::readyReadStandardOutput);
        demo.start(QString::fromUtf8(TAKEOUT_BIN_DIR "/agent-takeout-cli"), {QStringLiteral("serve-demo")});
        const auto stop = qScopeGuard([&demo] {
            demo.kill();
            demo.waitForFinished();
        });
        QVERIFY2(output.wait(TestSupport::waitMs), demo.readAllStandardError().constData());
        const QString proc = QStringLiteral("/proc/%1").arg(demo.processId());

        QFile limits(proc + QStringLiteral("/limits"));
        QVERIFY(limits.open(QIODevice::ReadOnly));
        QByteArray softCore;
        for (const QByteArray &line : limits.readAll().split('\n')) {
            if (line.startsWith("Max core file size"))
                softCore = line.mid(int(qstrlen("Max core file size"))).simplified().split(' ').value(0);
        }
        QVERIFY(!softCore.isEmpty());
        QCOMPARE(softCore == "0", !allowed);

        struct stat status = {};
        QVERIFY(::stat(QFile::encodeName(proc + QStringLiteral("/status")).constData(), &status) == 0);
        const uid_t childUid = root ? 65534 : ::geteuid();
        QCOMPARE(status.st_uid, allowed ? childUid : uid_t(0));
    }
#else
    QSKIP("RLIMIT_CORE and PR_SET_DUMPABLE are checked on Linux");
#endif
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
