#include "CannedHttpServer.h"
#include "FaultServer.h"
#include "NotificationService.h"
#include "TestCookieStores.h"
#include "TestSupport.h"
#include "WaitingKeychain.h"
#include "base/ServerUrl.h"
#include "credentials/CredentialStore.h"
#include "services/XpanderClient.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocalServer>
#include <QLocalSocket>
#include <QProcess>
#include <QProcessEnvironment>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

#ifdef Q_OS_LINUX
#include <grp.h>
#include <sys/resource.h>
#include <sys/stat.h>
#endif
#ifdef Q_OS_UNIX
#include <csignal>
#include <fcntl.h>
#include <sys/ioctl.h>
#include <sys/wait.h>
#include <termios.h>
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
    void optionsOfOtherCommands_data();
    void optionsOfOtherCommands();
    void helpPerCommand_data();
    void helpPerCommand();
    void xpanderServerDefaultsToTheApi();
    void loginChecksTheXpanderKey();
    void agentbotNeedsTheSiteAddress_data();
    void agentbotNeedsTheSiteAddress();
    void agentListFromAHostileServer();
    void errorFromAHostileServer();
    void inspectAndGetAHostileFile();
    void secretPromptGivesTheEchoBack_data();
    void secretPromptGivesTheEchoBack();
    void diffExitCodes();
    void diffOutputIsBounded();
    void diffOfTwoAccountExports();
    void diffIsSafeForTheTerminal();
    void diffShowsALineDiffUnderAChangedText();
    void diffPathsThatNeedQuotesResolveWithGet();
    // backup and verify
    void backupAndVerify();
    void backupWithOneAgentFailing();
    void backupWithoutASignIn();
    void backupKeep();
    void backupKeepIgnoresAFutureDate();
    void backupKilledMidway();
    void backupFailureNotifies();
    void backupUsage_data();
    void backupUsage();
    void scheduleDailyThenOff();
    void scheduledRunKeepsTheServerAddress();
    // the sign-in from a browser
    void loginFromFirefox();
    void loginFromChromiumWithAny();
    void loginFromBrowserFindsNothing();
    void loginFromBrowserTurnedDown();
    void loginFromChromiumJarStaysACookieHeader();
    void loginFromBrowserWithAFifoReturns();
    void loginWaitingForTheKeyringLeavesNoCopy();
    void loginFromBrowserUsage_data();
    void loginFromBrowserUsage();
    void browsersListing();
    // bringing agents back
    void importTemplate();
    void importTemplateCutConnection();
    void importTemplateNoAccess();
    void importTemplateUsage_data();
    void importTemplateUsage();
    void restoreBackup();

private:
    QStringList server() const { return {QStringLiteral("--server"), m_demo->url().toString()}; }
    QProcessEnvironment envWith(const char *name, const QByteArray &value) const;
    QStringList files() const;
    static QByteArray read(const QString &path);
    // A loopback server that answers every request with `response`, for what the demo never sends.
    static void answerWith(QTcpServer *server, const QByteArray &response);
    static void verifyNoTerminalControls(const QByteArray &output);
    QStringList backupArguments() const;
    // The import requests the demo received.
    int imports() const;
    QProcessEnvironment backupEnvironment() const;
    static QJsonObject manifestIn(const QString &folder);
    // A HOME of its own for the browsers' cookie stores (inside the test HOME, for tst_secretsaudit),
    // and the environment that points the CLI at it.
    void makeBrowserHome();
    QProcessEnvironment browserEnvironment() const;
    QStringList fromBrowser(const QString &browser) const
    {
        return QStringList{QStringLiteral("login"), QStringLiteral("agentbot"), QStringLiteral("--from-browser"),
                           browser} +
               server();
    }

    FaultServer *m_demo = nullptr;
    QTemporaryDir *m_dir = nullptr;
    std::unique_ptr<QTemporaryDir> m_browserHome;
    std::unique_ptr<TestCookieStores> m_stores;
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
    m_stores.reset();
    m_browserHome.reset();
    TestCookieStores::clearSafeStoragePassword("chromium");
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

void TestCli::optionsOfOtherCommands_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("named");
    const QString file = QString::fromUtf8(TAKEOUT_TEST_DATA "/values.json");
    const QString url = QStringLiteral("https://x.example");
    QTest::newRow("agents --with-knowledge-bases")
        << QStringList{QStringLiteral("agents"), QStringLiteral("--with-knowledge-bases")}
        << QStringLiteral("with-knowledge-bases");
    QTest::newRow("agents --max-size") << QStringList{QStringLiteral("agents"), QStringLiteral("--max-size"),
                                                      QStringLiteral("5")}
                                       << QStringLiteral("max-size");
    QTest::newRow("inspect --server") << QStringList{QStringLiteral("inspect"), file, QStringLiteral("--server"), url}
                                      << QStringLiteral("server");
    QTest::newRow("get --json") << QStringList{QStringLiteral("get"), file, QStringLiteral(".id"),
                                               QStringLiteral("--json")}
                                << QStringLiteral("json");
    QTest::newRow("serve-demo --fault") << QStringList{QStringLiteral("serve-demo"), QStringLiteral("--fault"),
                                                       QStringLiteral("Stall")}
                                        << QStringLiteral("fault");
    QTest::newRow("login --timeout") << QStringList{QStringLiteral("login"), QStringLiteral("xpander"),
                                                    QStringLiteral("--timeout"), QStringLiteral("5")}
                                     << QStringLiteral("timeout");
    QTest::newRow("logout -o") << QStringList{QStringLiteral("logout"), QStringLiteral("xpander"), QStringLiteral("-o"),
                                              QStringLiteral("x.json")}
                               << QStringLiteral("o");
    QTest::newRow("export account --agent")
        << QStringList{QStringLiteral("export"),  QStringLiteral("account"), QStringLiteral("--server"), url,
                       QStringLiteral("--agent"), QStringLiteral("a")}
        << QStringLiteral("agent");
    QTest::newRow("export template --port")
        << QStringList{QStringLiteral("export"), QStringLiteral("template"), QStringLiteral("--agent"),
                       QStringLiteral("a"),      QStringLiteral("--port"),   QStringLiteral("1")}
        << QStringLiteral("port");
    QTest::newRow("export --json") << QStringList{QStringLiteral("export"), QStringLiteral("--json"),
                                                  QStringLiteral("account")}
                                   << QStringLiteral("json");
    QTest::newRow("--server before the command")
        << QStringList{QStringLiteral("--server"), url, QStringLiteral("agents")} << QStringLiteral("server");
    QTest::newRow("inspect without FILE") << QStringList{QStringLiteral("inspect")} << QStringLiteral("FILE");
    QTest::newRow("get without PATH") << QStringList{QStringLiteral("get"), file} << QStringLiteral("PATH");
    QTest::newRow("login without service")
        << QStringList{QStringLiteral("login")} << QStringLiteral("agentbot|xpander");
    QTest::newRow("agents with an argument")
        << QStringList{QStringLiteral("agents"), QStringLiteral("extra-word")} << QStringLiteral("extra-word");
    QTest::newRow("get with a third argument")
        << QStringList{QStringLiteral("get"), file, QStringLiteral(".id"), QStringLiteral("extra-word")}
        << QStringLiteral("extra-word");
    QTest::newRow("export with an unknown kind")
        << QStringList{QStringLiteral("export"), QStringLiteral("backup")} << QStringLiteral("export backup");
}

void TestCli::optionsOfOtherCommands()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, named);
    const TestSupport::Run run = TestSupport::runCli(arguments);
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.out.isEmpty());
    const QList<QByteArray> lines = run.err.trimmed().split('\n');
    QCOMPARE(lines.size(), 2); // what is wrong, and where the help is
    QVERIFY2(lines.at(0).contains(named.toUtf8()), run.err.constData());
    QVERIFY2(lines.at(1).contains("--help"), run.err.constData());
    QCOMPARE(m_demo->requests().size(), 0);
}

void TestCli::helpPerCommand_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QStringList>("shown");
    QTest::addColumn<QStringList>("notShown");
    QTest::newRow("program") << QStringList{QStringLiteral("--help")}
                             << QStringList{QStringLiteral("login agentbot|xpander"),
                                            QStringLiteral("agents "),
                                            QStringLiteral("export account|template"),
                                            QStringLiteral("serve-demo"),
                                            QStringLiteral("inspect FILE"),
                                            QStringLiteral("get FILE PATH"),
                                            QStringLiteral("Exit codes")}
                             << QStringList{QStringLiteral("--agent"), QStringLiteral("--port"),
                                            QStringLiteral("--out-dir"), QStringLiteral("--fault")};
    QTest::newRow("export") << QStringList{QStringLiteral("export"), QStringLiteral("--help")}
                            << QStringList{QStringLiteral("export account"),
                                           QStringLiteral("export template"),
                                           QStringLiteral("--agent"),
                                           QStringLiteral("--out-dir"),
                                           QStringLiteral("--with-knowledge-bases"),
                                           QStringLiteral("--max-size")}
                            << QStringList{QStringLiteral("--port"), QStringLiteral("--json"),
                                           QStringLiteral("--fault")};
    QTest::newRow("export template")
        << QStringList{QStringLiteral("export"), QStringLiteral("template"), QStringLiteral("--help")}
        << QStringList{QStringLiteral("export template [options]"), QStringLiteral("--agent"),
                       QStringLiteral("--with-knowledge-bases"), QStringLiteral("https://api.xpander.ai")}
        << QStringList{QStringLiteral("--port"), QStringLiteral("--json"), QStringLiteral("export account")};
    QTest::newRow("export account") << QStringList{QStringLiteral("export"), QStringLiteral("account"),
                                                   QStringLiteral("-h")}
                                    << QStringList{QStringLiteral("--out-dir"), QStringLiteral("--overwrite"),
                                                   QStringLiteral("--timeout")}
                                    << QStringList{QStringLiteral("--agent"), QStringLiteral("api.xpander.ai")};
    QTest::newRow("agents") << QStringList{QStringLiteral("agents"), QStringLiteral("--help")}
                            << QStringList{QStringLiteral("--json"), QStringLiteral("--server"),
                                           QStringLiteral("--timeout")}
                            << QStringList{QStringLiteral("--agent"), QStringLiteral("--out-dir"),
                                           QStringLiteral("--max-size")};
    QTest::newRow("serve-demo") << QStringList{QStringLiteral("serve-demo"), QStringLiteral("--help")}
                                << QStringList{QStringLiteral("--port")}
                                << QStringList{QStringLiteral("--fault"), QStringLiteral("--server")};
    QTest::newRow("inspect") << QStringList{QStringLiteral("inspect"), QStringLiteral("--help")}
                             << QStringList{QStringLiteral("--json"), QStringLiteral("FILE")}
                             << QStringList{QStringLiteral("--server"), QStringLiteral("PATH")};
    QTest::newRow("login") << QStringList{QStringLiteral("login"), QStringLiteral("--help")}
                           << QStringList{QStringLiteral("agentbot|xpander"), QStringLiteral("--server")}
                           << QStringList{QStringLiteral("--timeout"), QStringLiteral("--json")};
}

void TestCli::helpPerCommand()
{
    QFETCH(QStringList, arguments);
    QFETCH(QStringList, shown);
    QFETCH(QStringList, notShown);
    const TestSupport::Run run = TestSupport::runCli(arguments);
    QCOMPARE(run.exitCode, 0);
    for (const QString &text : shown)
        QVERIFY2(run.out.contains(text.toUtf8()), qPrintable(text));
    for (const QString &text : notShown)
        QVERIFY2(!run.out.contains(text.toUtf8()), qPrintable(text));
}

void TestCli::xpanderServerDefaultsToTheApi()
{
    // Nothing stored for the public API yet: the commands say so, naming it, without going online.
    const QString api = XpanderClient::defaultServer().toString();
    QCOMPARE(api, QStringLiteral("https://api.xpander.ai"));
    for (const QStringList &arguments :
         {QStringList{QStringLiteral("agents")},
          QStringList{QStringLiteral("export"), QStringLiteral("template"), QStringLiteral("--agent"),
                      QStringLiteral("a"), QStringLiteral("--out-dir"), m_dir->path()}}) {
        const TestSupport::Run run = TestSupport::runCli(arguments);
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(run.err.contains(QByteArray(QByteArray("not signed in to xpander.ai at ") + api.toUtf8())),
                 run.err.constData());
    }

    // logout without --server deletes the key of the public API.
    WaitingKeychain keychain;
    QVERIFY(!keychain.save({Service::Xpander, XpanderClient::defaultServer()},
                           QStringLiteral("tst-keychain-secret-93f1c07e")));
    TestSupport::Run run = TestSupport::runCli({QStringLiteral("logout"), QStringLiteral("xpander")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(run.err.contains(api.toUtf8()));
    QCOMPARE(keychain.load({Service::Xpander, XpanderClient::defaultServer()}).first.kind(),
             Failure::Kind::NoCredentials);

    // login without --server checks the key with the public API before keeping it. This machine
    // cannot reach it, or it turns the key down: either way nothing is kept.
    run = TestSupport::runCli({QStringLiteral("login"), QStringLiteral("xpander")}, "tst-wrong-key-71be40\n");
    QVERIFY2(run.exitCode == 3 || run.exitCode == 4, run.err.constData());
    QCOMPARE(keychain.load({Service::Xpander, XpanderClient::defaultServer()}).first.kind(),
             Failure::Kind::NoCredentials);
}

void TestCli::loginChecksTheXpanderKey()
{
    WaitingKeychain keychain;
    const ServiceAccount account{Service::Xpander, ServerUrl(m_demo->url())};
    const QStringList login = QStringList{QStringLiteral("login"), QStringLiteral("xpander")} + server();

    // A key the service turns down: exit 3, one plain sentence, nothing kept, and so not signed in.
    TestSupport::Run run = TestSupport::runCli(login, "tst-wrong-key-71be40\n");
    QCOMPARE(run.exitCode, 3);
    QVERIFY2(run.err.contains("did not accept this API key"), run.err.constData());
    QVERIFY(!run.err.contains("tst-wrong-key-71be40") && !run.out.contains("tst-wrong-key-71be40"));
    QCOMPARE(keychain.load(account).first.kind(), Failure::Kind::NoCredentials);
    run = TestSupport::runCli(QStringList{QStringLiteral("agents")} + server());
    QCOMPARE(run.exitCode, 3);
    QVERIFY2(run.err.contains("not signed in"), run.err.constData());

    // The right one is checked, kept, and used.
    run = TestSupport::runCli(login, "demo-key\n");
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(keychain.load(account).second, QStringLiteral("demo-key"));
    run = TestSupport::runCli(QStringList{QStringLiteral("agents")} + server());
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(run.out.count('\n'), DemoService::agents().size());
    QCOMPARE(TestSupport::runCli(QStringList{QStringLiteral("logout"), QStringLiteral("xpander")} + server()).exitCode,
             0);
}

void TestCli::agentbotNeedsTheSiteAddress_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("login") << QStringList{QStringLiteral("login"), QStringLiteral("agentbot")};
    QTest::newRow("logout") << QStringList{QStringLiteral("logout"), QStringLiteral("agentbot")};
    QTest::newRow("export account") << QStringList{QStringLiteral("export"), QStringLiteral("account")};
}

void TestCli::agentbotNeedsTheSiteAddress()
{
    QFETCH(QStringList, arguments);
    const TestSupport::Run run =
        TestSupport::runCli(arguments, "demo-session\n", envWith("AGENT_TAKEOUT_AGENTBOT_SESSION", "demo-session"));
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.startsWith("The address of your Agentbot site is needed: --server https://"), run.err.constData());
}

void TestCli::answerWith(QTcpServer *server, const QByteArray &response)
{
    connect(server, &QTcpServer::newConnection, server, [server, response] {
        while (QTcpSocket *socket = server->nextPendingConnection()) {
            connect(socket, &QTcpSocket::readyRead, socket, [socket, response] {
                if (!socket->readAll().contains("\r\n\r\n"))
                    return; // a GET: the request ends with its headers
                socket->write(response);
                socket->disconnectFromHost();
            });
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        }
    });
}

void TestCli::verifyNoTerminalControls(const QByteArray &output)
{
    for (qsizetype i = 0; i < output.size(); ++i) {
        const auto c = uchar(output.at(i));
        QVERIFY2((c >= 0x20 || c == '\n' || c == '\t') && c != 0x7f,
                 qPrintable(QStringLiteral("byte %1 at %2").arg(c).arg(i)));
    }
    for (const char *sequence :
         {"\xc2\x80", "\xc2\x9b", "\xc2\x9f", "\xe2\x80\xae", "\xe2\x80\xaa", "\xe2\x81\xa6", "\xe2\x81\xa9"})
        QVERIFY2(!output.contains(sequence), output.constData());
}

void TestCli::agentListFromAHostileServer()
{
    // One agent whose every field tries to drive the terminal: OSC 52 (set the clipboard), CSI (clear
    // the screen, C0 and C1 forms), a bidi override, a newline that would forge a second row.
    const QByteArray agents =
        R"([{"id": "evil\n1", "name": "Pwn\u001b]52;c;ZWNobyBoaQ==\u0007 me", "icon": "\u001b[2J",)"
        R"( "status": "ready\u202e\u009b2J", "model_provider": "open\u007fai", "model_name": "\u2066x\u2069",)"
        R"( "description": "d"}])";
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    answerWith(&server, "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " +
                            QByteArray::number(agents.size()) + "\r\nConnection: close\r\n\r\n" + agents);
    const QStringList arguments = {QStringLiteral("agents"), QStringLiteral("--server"),
                                   QStringLiteral("http://127.0.0.1:%1").arg(server.serverPort())};
    const QProcessEnvironment environment = envWith("AGENT_TAKEOUT_XPANDER_API_KEY", "demo-key");

    TestSupport::Run run = TestSupport::runCli(arguments, {}, environment);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    verifyNoTerminalControls(run.out);
    QCOMPARE(run.out,
             QByteArray(R"(evil\x0a1	\x1b[2J Pwn\x1b]52;c;ZWNobyBoaQ==\x07 me	ready\u202e\x9b2J	)"
                        R"(open\x7fai/\u2066x\u2069)"
                        "\n"));

    // As JSON: the same value, with every one of those characters as a JSON escape.
    run = TestSupport::runCli(arguments + QStringList{QStringLiteral("--json")}, {}, environment);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    verifyNoTerminalControls(run.out);
    QCOMPARE(QJsonDocument::fromJson(run.out).array(), QJsonDocument::fromJson(agents).array());
}

void TestCli::errorFromAHostileServer()
{
    const QByteArray body = R"({"error": "x", "message": "\u001b]52;c;ZWNobyBoaQ==\u0007\u202e"})";
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    answerWith(&server, "HTTP/1.1 500 Internal Server Error\r\nContent-Type: application/json\r\nContent-Length: " +
                            QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
    const TestSupport::Run run = TestSupport::runCli({QStringLiteral("agents"), QStringLiteral("--server"),
                                                      QStringLiteral("http://127.0.0.1:%1").arg(server.serverPort())},
                                                     {}, envWith("AGENT_TAKEOUT_XPANDER_API_KEY", "demo-key"));
    QCOMPARE(run.exitCode, 5);
    QCOMPARE(run.err.trimmed().count('\n'), 0);
    verifyNoTerminalControls(run.err);
}

void TestCli::inspectAndGetAHostileFile()
{
    // A template whose agent type tries OSC 52: inspect quotes it in a warning.
    QByteArray odd = read(QString::fromUtf8(TAKEOUT_TEST_DATA "/odd-template.json"));
    QVERIFY(odd.contains("\"supervisor\""));
    odd.replace("\"supervisor\"", R"("\u001b]52;c;ZWNobyBoaQ==\u0007\u202e")");
    const QString file = m_dir->filePath(QStringLiteral("odd.json"));
    QVERIFY(TestSupport::writeFile(file, odd));
    TestSupport::Run run = TestSupport::runCli({QStringLiteral("inspect"), file});
    QCOMPARE(run.exitCode, 0);
    verifyNoTerminalControls(run.out);
    QVERIFY2(run.out.contains(R"(  .agent_definition.type: “\x1b]52;c;ZWNobyBoaQ==\x07\u202e” is not one of)"),
             run.out.constData());
    run = TestSupport::runCli({QStringLiteral("inspect"), file, QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    verifyNoTerminalControls(run.out);
    QVERIFY(QJsonDocument::fromJson(run.out)
                .object()
                .value(QStringLiteral("warnings"))
                .toArray()
                .at(1)
                .toString()
                .contains(QStringLiteral("\x1b]52;c;ZWNobyBoaQ==\x07\u202e")));

    // Raw DEL, C1 and bidi characters are valid inside JSON strings: get writes them as JSON escapes,
    // so the value is the same and the terminal sees none of them. Escapes in the file stay as written.
    const QString raw = m_dir->filePath(QStringLiteral("raw.json"));
    QVERIFY(TestSupport::writeFile(raw, "{\"a\": \"x\x7fy\xc2\x9b"
                                        "2J\xe2\x80\xae"
                                        "z\", \"b\": \"\\u001b]52\"}"));
    run = TestSupport::runCli({QStringLiteral("get"), raw, QStringLiteral(".a")});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, QByteArray(R"("x\u007fy\u009b2J\u202ez")"
                                 "\n"));
    run = TestSupport::runCli({QStringLiteral("get"), raw, QStringLiteral(".")});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, QByteArray(R"({"a":"x\u007fy\u009b2J\u202ez","b":"\u001b]52"})"
                                 "\n"));
}

void TestCli::secretPromptGivesTheEchoBack_data()
{
    QTest::addColumn<QByteArray>("typed");
    QTest::addColumn<int>("signal");
    QTest::addColumn<int>("exitCode");
#ifdef Q_OS_UNIX
    QTest::newRow("Ctrl+C") << QByteArray("\x03") << int(SIGINT) << -1;
    QTest::newRow("Ctrl+\\") << QByteArray("\x1c") << int(SIGQUIT) << -1;
    QTest::newRow("kill") << QByteArray() << int(SIGTERM) << -1;
    QTest::newRow("end of input") << QByteArray("\x04") << 0 << 1;
#endif
}

void TestCli::secretPromptGivesTheEchoBack()
{
#ifndef Q_OS_UNIX
    QSKIP("Pseudo-terminals are a Unix thing.");
#else
    QFETCH(QByteArray, typed);
    QFETCH(int, signal);
    QFETCH(int, exitCode);

    // A pseudo-terminal the CLI gets as its controlling terminal and stdin/stdout/stderr, as in a shell.
    const int master = posix_openpt(O_RDWR | O_NOCTTY);
    QVERIFY(master >= 0);
    QVERIFY(grantpt(master) == 0 && unlockpt(master) == 0);
    char slaveName[64] = {};
    QVERIFY(ptsname_r(master, slaveName, sizeof slaveName) == 0); // ptsname's buffer is shared by every thread
    // Held open here too, so that its settings can be read after the CLI has gone.
    const int slave = open(slaveName, O_RDWR | O_NOCTTY);
    QVERIFY(slave >= 0);
    fcntl(master, F_SETFL, fcntl(master, F_GETFL) | O_NONBLOCK);
    termios settings{};
    QVERIFY(tcgetattr(slave, &settings) == 0);
    QVERIFY(settings.c_lflag & ECHO);

    const QByteArray program = TAKEOUT_BIN_DIR "/agent-takeout-cli";
    const QByteArray login = "login";
    const QByteArray xpander = "xpander";
    char *const argv[] = {const_cast<char *>(program.constData()), const_cast<char *>(login.constData()),
                          const_cast<char *>(xpander.constData()), nullptr};
    const pid_t pid = fork();
    QVERIFY(pid >= 0);
    if (pid == 0) {
        // Only async-signal-safe calls between fork and exec.
        setsid();
        ioctl(slave, TIOCSCTTY, 0);
        dup2(slave, STDIN_FILENO);
        dup2(slave, STDOUT_FILENO);
        dup2(slave, STDERR_FILENO);
        close(master);
        close(slave);
        execv(argv[0], argv);
        _exit(127);
    }
    QByteArray shown;
    const auto readShown = [&shown, master] {
        char buffer[256];
        for (ssize_t n; (n = ::read(master, buffer, sizeof buffer)) > 0;)
            shown.append(buffer, n);
        return shown;
    };
    int status = 0;
    const auto ended = [&status, pid] { return waitpid(pid, &status, WNOHANG) == pid; };

    QTRY_VERIFY_WITH_TIMEOUT(readShown().contains("API key"), TestSupport::waitMs);
    QVERIFY(tcgetattr(slave, &settings) == 0);
    QVERIFY2(!(settings.c_lflag & ECHO), "the prompt is up, so echo is off");
    if (typed.isEmpty())
        kill(pid, signal);
    else
        QCOMPARE(::write(master, typed.constData(), size_t(typed.size())), ssize_t(typed.size()));
    const bool done = QTest::qWaitFor(ended, TestSupport::waitMs);
    if (!done) {
        kill(pid, SIGKILL);
        waitpid(pid, &status, 0);
    }
    QVERIFY(tcgetattr(slave, &settings) == 0);
    close(slave);
    close(master);
    QVERIFY(done);
    if (signal != 0) {
        QVERIFY(WIFSIGNALED(status));
        QCOMPARE(WTERMSIG(status), signal); // ended by the signal itself, as without the handler
    } else {
        QVERIFY(WIFEXITED(status));
        QCOMPARE(WEXITSTATUS(status), exitCode);
    }
    QVERIFY2(settings.c_lflag & ECHO, "echo is back on");
#endif
}

void TestCli::diffExitCodes()
{
    const QString one = m_dir->filePath(QStringLiteral("one.json"));
    const QString same = m_dir->filePath(QStringLiteral("same.json"));
    const QString other = m_dir->filePath(QStringLiteral("other.json"));
    const QString broken = m_dir->filePath(QStringLiteral("broken.json"));
    QVERIFY(TestSupport::writeFile(one, R"({"a": [1, 2], "b": 1.0})"));
    QVERIFY(TestSupport::writeFile(same, "{\"b\": 1,\n \"a\": [1,2]}"));
    QVERIFY(TestSupport::writeFile(other, R"({"a": [1, 2, 3], "b": 1})"));
    QVERIFY(TestSupport::writeFile(broken, "{\n  \"a\": [1,\n    2,,\n}"));
    TestSupport::Run run = TestSupport::runCli({QStringLiteral("diff"), one, same});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, QByteArray("No differences.\n"));
    run = TestSupport::runCli({QStringLiteral("diff"), one, other});
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.out, QByteArray("1 value added\n+ .a[2]  3\n"));
    run = TestSupport::runCli({QStringLiteral("diff"), one, same, QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, QByteArray("[]\n"));
    // Trouble is 2, as in diff(1): a file that is not JSON (named, with line and column), a file that
    // is not there, a usage error.
    run = TestSupport::runCli({QStringLiteral("diff"), one, broken});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.startsWith(QByteArray(broken.toUtf8() + ": ")) && run.err.contains("Line 3, column 7"),
             run.err.constData());
    run = TestSupport::runCli({QStringLiteral("diff"), m_dir->filePath(QStringLiteral("missing.json")), one});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.out.isEmpty());
    run = TestSupport::runCli({QStringLiteral("diff"), one});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("NEW"), run.err.constData());
}

void TestCli::diffOutputIsBounded()
{
    // 3,000 nested objects, a value changed at every level: each change line writes its whole path,
    // so all of them would be millions of characters. The lines stop past the bound and one line counts
    // the rest; --all prints every one.
    const int depth = 3000;
    const auto nested = [depth](const QByteArray &value) {
        QByteArray text;
        for (int i = 0; i < depth; ++i)
            text += "{\"v\": " + value + ", \"c\": ";
        text += "null" + QByteArray(depth, '}');
        return text;
    };
    const QString oldFile = m_dir->filePath(QStringLiteral("deep-old.json"));
    const QString newFile = m_dir->filePath(QStringLiteral("deep-new.json"));
    QVERIFY(TestSupport::writeFile(oldFile, nested("1")));
    QVERIFY(TestSupport::writeFile(newFile, nested("2")));
    TestSupport::Run run = TestSupport::runCli({QStringLiteral("diff"), oldFile, newFile});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.out.size() < qsizetype(2) * 1024 * 1024, QByteArray::number(run.out.size()).constData());
    QList<QByteArray> lines = run.out.trimmed().split('\n');
    QVERIFY(lines.size() > 100);
    QVERIFY(lines[1].startsWith("~ .v  1 → 2"));
    const int shown = int(lines.size()) - 2; // the summary, the count of the rest
    QCOMPARE(lines.last(),
             QByteArray("… ") + QByteArray::number(depth - shown) + " more changes not shown (--all shows every one)");
    run = TestSupport::runCli({QStringLiteral("diff"), oldFile, newFile, QStringLiteral("--all")});
    QCOMPARE(run.exitCode, 1);
    lines = run.out.trimmed().split('\n');
    QCOMPARE(lines.size(), depth + 1);
    QVERIFY(lines.last().endsWith(".v  1 → 2"));
}

void TestCli::diffOfTwoAccountExports()
{
    // The demo account, and a later one: the plan changed, two agents swapped places, one renamed,
    // one schedule changed, one workflow removed.
    const QByteArray before = DemoService::accountExport();
    QJsonObject account = QJsonDocument::fromJson(before).object();
    QJsonObject user = account.value(QStringLiteral("user")).toObject();
    user.insert(QStringLiteral("plan"), QStringLiteral("solo"));
    account.insert(QStringLiteral("user"), user);
    QJsonArray agents = account.value(QStringLiteral("agents")).toArray();
    const QJsonValue first = agents.at(0);
    QJsonObject second = agents.at(1).toObject();
    second.insert(QStringLiteral("name"), QStringLiteral("newsletter-digest-2"));
    agents.replace(0, second);
    agents.replace(1, first);
    account.insert(QStringLiteral("agents"), agents);
    QJsonArray tasks = account.value(QStringLiteral("scheduledTasks")).toArray();
    QJsonObject task = tasks.at(0).toObject();
    task.insert(QStringLiteral("cronSchedule"), QStringLiteral("0 9 * * 1"));
    tasks.replace(0, task);
    account.insert(QStringLiteral("scheduledTasks"), tasks);
    QJsonArray workflows = account.value(QStringLiteral("workflows")).toArray();
    workflows.removeAt(0);
    account.insert(QStringLiteral("workflows"), workflows);
    const QString oldFile = m_dir->filePath(QStringLiteral("before.json"));
    const QString newFile = m_dir->filePath(QStringLiteral("after.json"));
    QVERIFY(TestSupport::writeFile(oldFile, before));
    QVERIFY(TestSupport::writeFile(newFile, QJsonDocument(account).toJson()));

    TestSupport::Run run = TestSupport::runCli({QStringLiteral("diff"), oldFile, newFile});
    QCOMPARE(run.exitCode, 1);
    const QList<QByteArray> lines = run.out.split('\n');
    QVERIFY2(lines.at(0).startsWith("1 agent changed · 1 scheduled task changed · 1 workflow removed · "
                                    "Scheduled task ") &&
                 lines.at(0).contains(" → every Monday at 09:00 · Plan: collective → solo"),
             run.out.constData());
    QVERIFY2(run.out.contains("\n~ .agents[0].name  \"newsletter-digest\" → \"newsletter-digest-2\"\n"),
             run.out.constData());
    QVERIFY2(run.out.contains("\n~ .user.plan  \"collective\" → \"solo\"\n"), run.out.constData());

    run = TestSupport::runCli({QStringLiteral("diff"), oldFile, newFile, QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 1);
    QJsonParseError error;
    const QJsonArray changes = QJsonDocument::fromJson(run.out, &error).array();
    QVERIFY2(error.error == QJsonParseError::NoError, run.out.constData());
    QCOMPARE(changes.size(), 4); // exportedAt is the same here
    int moved = 0;
    for (const QJsonValue value : changes) {
        const QJsonObject change = value.toObject();
        const QString op = change.value(QStringLiteral("op")).toString();
        QVERIFY(op == QLatin1String("added") || op == QLatin1String("removed") || op == QLatin1String("changed"));
        QCOMPARE(change.contains(QStringLiteral("old")), op != QLatin1String("added"));
        QCOMPARE(change.contains(QStringLiteral("new")), op != QLatin1String("removed"));
        // Every path leads, with get, to the value reported, in the right file.
        const bool removed = op == QLatin1String("removed");
        const QString key = removed ? QStringLiteral("old") : QStringLiteral("new");
        const QByteArray expected =
            QJsonDocument(QJsonArray{change.value(key)}).toJson(QJsonDocument::Compact).sliced(1).chopped(1);
        run = TestSupport::runCli(
            {QStringLiteral("get"), removed ? oldFile : newFile, change.value(QStringLiteral("path")).toString()});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson("[" + run.out + "]").toJson(QJsonDocument::Compact).sliced(1).chopped(1),
                 expected);
        if (change.contains(QStringLiteral("old_path"))) {
            ++moved;
            run = TestSupport::runCli(
                {QStringLiteral("get"), oldFile, change.value(QStringLiteral("old_path")).toString()});
            QCOMPARE(run.exitCode, 0);
            QCOMPARE(QJsonDocument::fromJson("[" + run.out + "]").array().at(0), change.value(QStringLiteral("old")));
        }
    }
    QCOMPARE(moved, 1); // the renamed agent, now first
}

void TestCli::diffIsSafeForTheTerminal()
{
    const QString oldFile = m_dir->filePath(QStringLiteral("old.json"));
    const QString newFile = m_dir->filePath(QStringLiteral("new.json"));
    QVERIFY(TestSupport::writeFile(oldFile, R"({"\u001b]52;c;x\u0007": 1, "v": "a"})"));
    QVERIFY(TestSupport::writeFile(newFile, "{\"\\u001b]52;c;x\\u0007\": 2, \"v\": \"\x7f\xc2\x9b"
                                            "2J\xe2\x80\xae\"}"));
    TestSupport::Run run = TestSupport::runCli({QStringLiteral("diff"), oldFile, newFile});
    QCOMPARE(run.exitCode, 1);
    verifyNoTerminalControls(run.out);
    QVERIFY2(run.out.contains(R"(~ .["\u001b]52;c;x\u0007"]  1 → 2)"), run.out.constData());
    run = TestSupport::runCli({QStringLiteral("diff"), oldFile, newFile, QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 1);
    verifyNoTerminalControls(run.out);
    const QJsonArray changes = QJsonDocument::fromJson(run.out).array();
    QCOMPARE(changes.size(), 2);
    QCOMPARE(changes.at(1).toObject().value(QStringLiteral("new")).toString(), QString::fromUtf8("\x7f\xc2\x9b"
                                                                                                 "2J\xe2\x80\xae"));
    // The path with its escapes is one get takes.
    run = TestSupport::runCli(
        {QStringLiteral("get"), newFile, changes.at(0).toObject().value(QStringLiteral("path")).toString()});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, QByteArray("2\n"));
}

void TestCli::diffShowsALineDiffUnderAChangedText()
{
    // A template whose function's source code gained a line and changed another.
    const QString oldFile = m_dir->filePath(QStringLiteral("old.json"));
    const QString newFile = m_dir->filePath(QStringLiteral("new.json"));
    QVERIFY(TestSupport::writeFile(
        oldFile,
        R"({"functions": [{"id": "f1", "code": "def run(x):\n    y = x + 1\n    return y\n"}], "name": "a"})"));
    QVERIFY(TestSupport::writeFile(
        newFile,
        R"({"functions": [{"id": "f1", "code": "def run(x):\n    y = x + 2\n    log(y)\n    return y\n"}], "name": "a"})"));
    TestSupport::Run run = TestSupport::runCli({QStringLiteral("diff"), oldFile, newFile});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.out.endsWith("~ .functions[0].code  \"def run(x):\\n    y = x + 1\\n    return y\\n\" → "
                              "\"def run(x):\\n    y = x + 2\\n    log(y)\\n    return y\\n\"\n"
                              "    @@ -1,4 +1,5 @@\n"
                              "     def run(x):\n"
                              "    -    y = x + 1\n"
                              "    +    y = x + 2\n"
                              "    +    log(y)\n"
                              "         return y\n"
                              "     \n"),
             run.out.constData());
    // The JSON output is as before: values, no line diff.
    run = TestSupport::runCli({QStringLiteral("diff"), oldFile, newFile, QStringLiteral("--json")});
    QCOMPARE(QJsonDocument::fromJson(run.out).array().size(), 1);
}

void TestCli::diffPathsThatNeedQuotesResolveWithGet()
{
    const QString oldFile = m_dir->filePath(QStringLiteral("old.json"));
    const QString newFile = m_dir->filePath(QStringLiteral("new.json"));
    QVERIFY(TestSupport::writeFile(oldFile, "{\"key with space\": 1, \"caf\xc3\xa9\": {\"a]b\": [1]}, \"x\\\"y\": 1}"));
    QVERIFY(
        TestSupport::writeFile(newFile, "{\"key with space\": 2, \"caf\xc3\xa9\": {\"a]b\": [1, 2]}, \"x\\\"y\": 2}"));
    TestSupport::Run run = TestSupport::runCli({QStringLiteral("diff"), oldFile, newFile, QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 1);
    const QJsonArray changes = QJsonDocument::fromJson(run.out).array();
    QStringList paths;
    for (const QJsonValue value : changes)
        paths << value.toObject().value(QStringLiteral("path")).toString();
    const QStringList expected{QStringLiteral(R"(.["key with space"])"), QString::fromUtf8(R"(.["café"]["a]b"][1])"),
                               QStringLiteral(".[\"x\\\"y\"]")};
    QCOMPARE(paths, expected);
    for (const QJsonValue value : changes) {
        run = TestSupport::runCli(
            {QStringLiteral("get"), newFile, value.toObject().value(QStringLiteral("path")).toString()});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out, QByteArray("2\n"));
    }
    // get takes the other quoted form and jq's escapes too.
    run = TestSupport::runCli({QStringLiteral("get"), newFile, QStringLiteral(R"(."caf\u00e9"."a]b"[1])")});
    QCOMPARE(run.out, QByteArray("2\n"));
    run = TestSupport::runCli({QStringLiteral("get"), newFile, QStringLiteral(R"(.["key\u0020with space"])")});
    QCOMPARE(run.out, QByteArray("2\n"));
}

QStringList TestCli::backupArguments() const
{
    return {QStringLiteral("backup"),
            QStringLiteral("--to"),
            m_dir->path(),
            QStringLiteral("--agentbot-server"),
            m_demo->url().toString(),
            QStringLiteral("--xpander-server"),
            m_demo->url().toString()};
}

QProcessEnvironment TestCli::backupEnvironment() const
{
    QProcessEnvironment environment = envWith("AGENT_TAKEOUT_AGENTBOT_SESSION", DemoService::agentbotSession);
    environment.insert(QStringLiteral("AGENT_TAKEOUT_XPANDER_API_KEY"),
                       QString::fromLatin1(DemoService::xpanderApiKey));
    return environment;
}

QJsonObject TestCli::manifestIn(const QString &folder)
{
    return QJsonDocument::fromJson(read(folder + QStringLiteral("/manifest.json"))).object();
}

void TestCli::backupAndVerify()
{
    const TestSupport::Run run = TestSupport::runCli(backupArguments(), {}, backupEnvironment());
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QString folder = QString::fromUtf8(run.out.trimmed());
    QCOMPARE(QFileInfo(folder).absolutePath(), QFileInfo(m_dir->path()).absoluteFilePath());
    QVERIFY(!run.err.contains("[1/")); // no progress when stderr is no terminal

    // One account and one template per agent, each the bytes a single export saves.
    const QJsonObject manifest = manifestIn(folder);
    QVERIFY(manifest.value(QStringLiteral("complete")).toBool());
    const QJsonArray items = manifest.value(QStringLiteral("items")).toArray();
    QCOMPARE(items.size(), 1 + DemoService::agents().size());
    const QJsonObject account = items.first().toObject();
    QCOMPARE(read(folder + QLatin1Char('/') + account.value(QStringLiteral("file")).toString()),
             DemoService::accountExport());
    const QJsonObject agent = DemoService::agents().first().toObject();
    const TestSupport::Run single =
        TestSupport::runCli(QStringList{QStringLiteral("export"), QStringLiteral("template"), QStringLiteral("--agent"),
                                        agent.value(QStringLiteral("id")).toString(), QStringLiteral("-o"),
                                        m_dir->filePath(QStringLiteral("single.json"))} +
                                server(),
                            {}, backupEnvironment());
    QCOMPARE(single.exitCode, 0);
    const QJsonObject first = items.at(1).toObject();
    QCOMPARE(first.value(QStringLiteral("agent_id")).toString(), agent.value(QStringLiteral("id")).toString());
    QCOMPARE(read(folder + QLatin1Char('/') + first.value(QStringLiteral("file")).toString()),
             read(m_dir->filePath(QStringLiteral("single.json"))));

    const QStringList verify{QStringLiteral("verify"), folder};
    TestSupport::Run checked = TestSupport::runCli(verify);
    QVERIFY2(checked.exitCode == 0, checked.err.constData());

    // A flipped byte and a missing file: exit 2, one line each, naming the file.
    const QString flipped = account.value(QStringLiteral("file")).toString();
    QByteArray bytes = read(folder + QLatin1Char('/') + flipped);
    bytes[10] = char(bytes.at(10) ^ 0x20);
    QVERIFY(QFile::remove(folder + QLatin1Char('/') + flipped));
    QVERIFY(TestSupport::writeFile(folder + QLatin1Char('/') + flipped, bytes));
    const QString missing = items.at(2).toObject().value(QStringLiteral("file")).toString();
    QVERIFY(QFile::remove(folder + QLatin1Char('/') + missing));
    checked = TestSupport::runCli(verify);
    QCOMPARE(checked.exitCode, 2);
    const QList<QByteArray> lines = checked.err.trimmed().split('\n');
    QCOMPARE(lines.size(), 2);
    QVERIFY2(lines.at(0).startsWith(QByteArray(flipped.toUtf8() + ':')), checked.err.constData());
    QVERIFY2(lines.at(1).startsWith(QByteArray(missing.toUtf8() + ':')), checked.err.constData());
}

void TestCli::backupWithOneAgentFailing()
{
    const QString failing = DemoService::agents().at(1).toObject().value(QStringLiteral("id")).toString();
    m_demo->setFaultPath(failing);
    m_demo->setFault(Fault::ServerError, 1);
    const TestSupport::Run run = TestSupport::runCli(backupArguments(), {}, backupEnvironment());
    QCOMPARE(run.exitCode, 5);
    QVERIFY2(run.err.contains(failing.toUtf8()), run.err.constData());
    const QString folder = QString::fromUtf8(run.out.trimmed());
    const QJsonObject manifest = manifestIn(folder);
    // Ran to the end, but not complete: an item is missing.
    QVERIFY(manifest.value(QStringLiteral("finished_at")).isString());
    QVERIFY(!manifest.value(QStringLiteral("complete")).toBool());
    int saved = 0;
    for (const QJsonValue value : manifest.value(QStringLiteral("items")).toArray()) {
        const QJsonObject item = value.toObject();
        if (item.value(QStringLiteral("agent_id")).toString() == failing) {
            QVERIFY(!item.value(QStringLiteral("ok")).toBool());
            QVERIFY(!item.value(QStringLiteral("error")).toString().isEmpty());
        } else {
            QVERIFY(item.value(QStringLiteral("ok")).toBool());
            QVERIFY(QFileInfo::exists(folder + QLatin1Char('/') + item.value(QStringLiteral("file")).toString()));
            ++saved;
        }
    }
    QCOMPARE(saved, DemoService::agents().size());
    QCOMPARE(TestSupport::runCli({QStringLiteral("verify"), folder}).exitCode, 2);
}

void TestCli::backupWithoutASignIn()
{
    // xpander.ai's key from the environment; no Agentbot session anywhere: that one item fails, exit 3.
    const TestSupport::Run run = TestSupport::runCli(
        backupArguments(), {}, envWith("AGENT_TAKEOUT_XPANDER_API_KEY", DemoService::xpanderApiKey));
    QCOMPARE(run.exitCode, 3);
    QVERIFY2(run.err.contains("not signed in to Agentbot"), run.err.constData());
    const QJsonArray items = manifestIn(QString::fromUtf8(run.out.trimmed())).value(QStringLiteral("items")).toArray();
    QCOMPARE(items.size(), 1 + DemoService::agents().size());
    QVERIFY(!items.first().toObject().value(QStringLiteral("ok")).toBool());
    QVERIFY(items.last().toObject().value(QStringLiteral("ok")).toBool());
}

void TestCli::backupKeep()
{
    QDir dir(m_dir->path());
    QVERIFY(dir.mkdir(QStringLiteral("holiday photos")));
    QVERIFY(dir.mkdir(QStringLiteral("1999-01-01T000000Z"))); // named like one, not made by us
    QStringList arguments = backupArguments();
    arguments << QStringLiteral("--keep") << QStringLiteral("2");
    QStringList made;
    for (int i = 0; i < 4; ++i) {
        const TestSupport::Run run = TestSupport::runCli(arguments, {}, backupEnvironment());
        QVERIFY2(run.exitCode == 0, run.err.constData());
        made << QString::fromUtf8(run.out.trimmed());
    }
    QStringList expected{QStringLiteral("1999-01-01T000000Z"), QStringLiteral("holiday photos"),
                         QFileInfo(made.at(2)).fileName(), QFileInfo(made.at(3)).fileName()};
    expected.sort();
    QCOMPARE(dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name), expected);
}

void TestCli::backupKeepIgnoresAFutureDate()
{
    // A backup copied in from a machine whose clock said 2099, as complete as they come.
    const QString future = m_dir->filePath(QStringLiteral("2099-01-01T000000Z"));
    QVERIFY(QDir().mkpath(future));
    QVERIFY(TestSupport::writeFile(future + QStringLiteral("/agentbot-account.json"), "{}"));
    const QByteArray manifest = R"({"app_version": "0.1.0", "started_at": "2099-01-01T00:00:00.000Z",
        "finished_at": "2099-01-01T00:00:05.000Z", "complete": true, "items": [{"service": "agentbot",
        "file": "agentbot-account.json", "bytes": 2, "sha256": "", "ok": true}]})";
    QVERIFY(TestSupport::writeFile(future + QStringLiteral("/manifest.json"), manifest));
    QStringList arguments = backupArguments();
    arguments << QStringLiteral("--keep") << QStringLiteral("1");
    QStringList made;
    for (int i = 0; i < 2; ++i) {
        const TestSupport::Run run = TestSupport::runCli(arguments, {}, backupEnvironment());
        QVERIFY2(run.exitCode == 0, run.err.constData());
        made << QString::fromUtf8(run.out.trimmed());
    }
    // The backup just written is there; the older one went; the 2099 one is not touched.
    QVERIFY(QFileInfo::exists(made.at(1) + QStringLiteral("/manifest.json")));
    QVERIFY(!QFileInfo::exists(made.at(0)));
    QVERIFY(QFileInfo::exists(future + QStringLiteral("/agentbot-account.json")));
}

void TestCli::backupKilledMidway()
{
#ifndef Q_OS_UNIX
    QSKIP("Killing a process mid-run is tested on Unix.");
#else
    m_demo->setFaultPath(QStringLiteral("/export"));
    m_demo->setFault(Fault::SlowDrip, -1, "40");
    QProcess process;
    process.setProcessEnvironment(backupEnvironment());
    process.start(QString::fromUtf8(TAKEOUT_BIN_DIR "/agent-takeout-cli"), backupArguments());
    QVERIFY(process.waitForStarted(TestSupport::waitMs));
    // Killed once some items are saved and another is on its way.
    QString folder;
    const auto savedSome = [&] {
        const QStringList folders = QDir(m_dir->path()).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        folder = folders.isEmpty() ? QString() : m_dir->filePath(folders.first());
        return !folder.isEmpty() && manifestIn(folder).value(QStringLiteral("items")).toArray().size() >= 2;
    };
    QTRY_VERIFY_WITH_TIMEOUT(savedSome(), TestSupport::waitMs);
    ::kill(pid_t(process.processId()), SIGKILL);
    QVERIFY(process.waitForFinished(TestSupport::waitMs));

    const QJsonObject manifest = manifestIn(folder);
    QVERIFY(!manifest.value(QStringLiteral("complete")).toBool());
    QSet<QString> listed;
    for (const QJsonValue value : manifest.value(QStringLiteral("items")).toArray()) {
        const QJsonObject item = value.toObject();
        QVERIFY(item.value(QStringLiteral("ok")).toBool());
        const QByteArray bytes = read(folder + QLatin1Char('/') + item.value(QStringLiteral("file")).toString());
        QCOMPARE(qint64(bytes.size()), qint64(item.value(QStringLiteral("bytes")).toDouble()));
        listed.insert(item.value(QStringLiteral("file")).toString());
    }
    // Under a final name there is only the manifest and what it lists, whole; at most a hidden temporary file.
    for (const QString &name : QDir(folder).entryList(QDir::Files | QDir::Hidden)) {
        if (name == QLatin1String("manifest.json") || listed.contains(name))
            continue;
        QVERIFY2(name.startsWith(QLatin1String(".agent-takeout-")) && name.endsWith(QLatin1String(".part")),
                 qPrintable(name));
    }
    // verify says it did not finish.
    const TestSupport::Run checked = TestSupport::runCli({QStringLiteral("verify"), folder});
    QCOMPARE(checked.exitCode, 2);
    QVERIFY(checked.err.startsWith("manifest.json:"));
#endif
}

void TestCli::backupFailureNotifies()
{
    // The scheduled run's --notify-on-failure: a real Notify call on the sandbox's session bus.
    QStringList arguments = backupArguments();
    arguments << QStringLiteral("--notify-on-failure");
    const QProcessEnvironment noAgentbot = envWith("AGENT_TAKEOUT_XPANDER_API_KEY", DemoService::xpanderApiKey);
    {
        QObject object;
        auto *notifications = new NotificationService(&object);
        QVERIFY(notifications->registerOnBus());
        TestSupport::Run run = TestSupport::runCli(arguments, {}, noAgentbot);
        QCOMPARE(run.exitCode, 3);
        QCOMPARE(notifications->bodies.size(), 1);
        const QString body = notifications->bodies.first();
        QVERIFY2(body.startsWith(QLatin1String("The automatic backup of your Agentbot account failed: ")),
                 qPrintable(body));
        QVERIFY2(body.endsWith(QLatin1String(". Open Agent Takeout to try again.")), qPrintable(body));
        QCOMPARE(notifications->summaries.first(), QStringLiteral("Automatic backup failed"));
        QCOMPARE(notifications->appNames.first(), QStringLiteral("Agent Takeout"));
        for (const QByteArray &secret : TestSupport::secrets())
            QVERIFY(!body.toUtf8().contains(secret));

        // A backup where everything was saved says nothing; nor does a failure without the option.
        run = TestSupport::runCli(arguments, {}, backupEnvironment());
        QCOMPARE(run.exitCode, 0);
        run = TestSupport::runCli(backupArguments(), {}, noAgentbot);
        QCOMPARE(run.exitCode, 3);
        QCOMPARE(notifications->bodies.size(), 1);
    }
    // No notification service: the same result, and not a word about it.
    const TestSupport::Run run = TestSupport::runCli(arguments, {}, noAgentbot);
    QCOMPARE(run.exitCode, 3);
    QVERIFY2(!run.err.contains("otification") && !run.err.contains("D-Bus") && !run.err.contains("DBus"),
             run.err.constData());
}

void TestCli::backupUsage_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("backup without --to") << QStringList{QStringLiteral("backup")} << 1;
    QTest::newRow("backup --keep 0") << QStringList{QStringLiteral("backup"), QStringLiteral("--to"),
                                                    QStringLiteral("x"), QStringLiteral("--keep"), QStringLiteral("0")}
                                     << 1;
    QTest::newRow("backup --server") << QStringList{QStringLiteral("backup"), QStringLiteral("--to"),
                                                    QStringLiteral("x"), QStringLiteral("--server"),
                                                    QStringLiteral("https://x.example")}
                                     << 1;
    QTest::newRow("verify without DIR") << QStringList{QStringLiteral("verify")} << 1;
    QTest::newRow("verify no such folder")
        << QStringList{QStringLiteral("verify"), QStringLiteral("/nonexistent/x")} << 2;
}

void TestCli::backupUsage()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    const TestSupport::Run run = TestSupport::runCli(arguments, {}, backupEnvironment(), m_dir->path());
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY(!run.err.isEmpty());
    QVERIFY(QDir(m_dir->path()).isEmpty());
    const TestSupport::Run help = TestSupport::runCli({QStringLiteral("--help")});
    QVERIFY(help.out.contains("backup "));
    QVERIFY(help.out.contains("verify DIR"));
}

void TestCli::scheduleDailyThenOff()
{
    // A throwaway config folder, and no running systemd user manager to tell.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir->filePath(QStringLiteral("config")));
    environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_dir->filePath(QStringLiteral("runtime")));
    const QString units = m_dir->filePath(QStringLiteral("config/systemd/user"));
    const QString backups = m_dir->filePath(QStringLiteral("backups"));
    TestSupport::Run run = TestSupport::runCli(
        {QStringLiteral("schedule"), QStringLiteral("weekly"), QStringLiteral("--to"), backups,
         QStringLiteral("--agentbot-server"), m_demo->url().toString(), QStringLiteral("--keep"), QStringLiteral("3"),
         QStringLiteral("--keep-daily"), QStringLiteral("7"), QStringLiteral("--keep-weekly"), QStringLiteral("4"),
         QStringLiteral("--keep-monthly"), QStringLiteral("12")},
        {}, environment);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(QString::fromUtf8(run.out.trimmed()), units + QStringLiteral("/agent-takeout-backup.timer"));
    QVERIFY(read(units + QStringLiteral("/agent-takeout-backup.timer")).contains("OnCalendar=weekly\n"));
    const QByteArray service = read(units + QStringLiteral("/agent-takeout-backup.service"));
    QVERIFY2(service.contains(QByteArray("\"backup\" \"--to\" \"" + backups.toUtf8() + "\"")), service.constData());
    // The scheduled run keeps what `backup` would keep with the same options.
    QVERIFY2(service.contains("\"--keep\" \"3\" \"--keep-daily\" \"7\" \"--keep-weekly\" \"4\" "
                              "\"--keep-monthly\" \"12\""),
             service.constData());
    QVERIFY(QFileInfo(units + QStringLiteral("/timers.target.wants/agent-takeout-backup.timer")).isSymLink());

    run = TestSupport::runCli({QStringLiteral("schedule"), QStringLiteral("off")}, {}, environment);
    QCOMPARE(run.exitCode, 0);
    QVERIFY(QDir(units).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::System).isEmpty());

    run = TestSupport::runCli({QStringLiteral("schedule"), QStringLiteral("hourly"), QStringLiteral("--to"), backups},
                              {}, environment);
    QCOMPARE(run.exitCode, 1);
    // A count that is no whole number above 0 is refused the way `backup` refuses it, and nothing is installed.
    run = TestSupport::runCli({QStringLiteral("schedule"), QStringLiteral("daily"), QStringLiteral("--to"), backups,
                               QStringLiteral("--keep-monthly"), QStringLiteral("0")},
                              {}, environment);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("--keep-monthly takes a whole number greater than 0."), run.err.constData());
    QVERIFY(!QFileInfo::exists(units + QStringLiteral("/agent-takeout-backup.service")));
    // Both commands say the same about the options.
    const TestSupport::Run scheduleHelp = TestSupport::runCli({QStringLiteral("schedule"), QStringLiteral("--help")});
    const TestSupport::Run backupHelp = TestSupport::runCli({QStringLiteral("backup"), QStringLiteral("--help")});
    for (const char *option : {"--keep-daily <D>", "--keep-weekly <W>", "--keep-monthly <M>"}) {
        QVERIFY2(scheduleHelp.out.contains(option), scheduleHelp.out.constData());
        const qsizetype at = backupHelp.out.indexOf(option);
        QVERIFY(at >= 0);
        QVERIFY(scheduleHelp.out.contains(backupHelp.out.mid(at, backupHelp.out.indexOf('\n', at) - at)));
    }
}

namespace {

// The words of an ExecStart= line as systemd splits them: "quoted" or bare words, C escapes, "%%" for
// "%" and "$$" for "$" (all BackupSchedule::execWord writes).
QStringList execStartWords(const QString &line)
{
    QStringList words;
    QString word;
    bool inWord = false;
    bool quoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (!quoted && c.isSpace()) {
            if (inWord)
                words << word;
            word.clear();
            inWord = false;
            continue;
        }
        inWord = true;
        if (c == QLatin1Char('"')) {
            quoted = !quoted;
        } else if (c == QLatin1Char('\\') && i + 1 < line.size()) {
            const QChar next = line.at(++i);
            if (next == QLatin1Char('x') && i + 2 < line.size()) {
                word += QChar(line.mid(i + 1, 2).toUShort(nullptr, 16));
                i += 2;
            } else {
                word += next == QLatin1Char('n') ? QChar(QLatin1Char('\n')) : next;
            }
        } else if ((c == QLatin1Char('%') || c == QLatin1Char('$')) && i + 1 < line.size() && line.at(i + 1) == c) {
            word += c;
            ++i;
        } else {
            word += c;
        }
    }
    if (inWord)
        words << word;
    return words;
}

} // namespace

void TestCli::scheduledRunKeepsTheServerAddress()
{
    // An Agentbot site under a path with a space in it, answering the account export there.
    const QByteArray body = DemoService::accountExport();
    CannedHttpServer site("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " +
                          QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
    QVERIFY(site.listen());
    const QString server = QStringLiteral("http://127.0.0.1:%1/my%20site").arg(site.port());

    QProcessEnvironment environment = backupEnvironment();
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir->filePath(QStringLiteral("config")));
    environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_dir->filePath(QStringLiteral("runtime")));
    const QString backups = m_dir->filePath(QStringLiteral("backups"));
    TestSupport::Run run =
        TestSupport::runCli({QStringLiteral("schedule"), QStringLiteral("daily"), QStringLiteral("--to"), backups,
                             QStringLiteral("--agentbot-server"), server},
                            {}, environment);
    QVERIFY2(run.exitCode == 0, run.err.constData());

    // The service's command line, read back the way systemd reads it.
    const QByteArray unit = read(m_dir->filePath(QStringLiteral("config/systemd/user/agent-takeout-backup.service")));
    QString execStart;
    for (const QByteArray &line : unit.split('\n')) {
        if (line.startsWith("ExecStart="))
            execStart = QString::fromUtf8(line.mid(int(qstrlen("ExecStart="))));
    }
    const QStringList words = execStartWords(execStart);
    QVERIFY2(words.size() > 2, unit.constData());
    QCOMPARE(QFileInfo(words.first()).canonicalFilePath(),
             QFileInfo(QString::fromUtf8(TAKEOUT_BIN_DIR "/agent-takeout-cli")).canonicalFilePath());
    const qsizetype at = words.indexOf(QStringLiteral("--agentbot-server"));
    QVERIFY(at > 0 && at + 1 < words.size());
    const ServerUrl written = ServerUrl::fromUserInput(words.at(at + 1));
    QVERIFY2(!written.check(), qPrintable(words.at(at + 1)));
    QCOMPARE(written.url(), ServerUrl::fromUserInput(server).url());

    // That command, run as the timer would: it reaches the site at its path and saves the account.
    run = TestSupport::runCli(words.mid(1), {}, environment);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY2(site.received().startsWith("GET /my%20site/api/export "), site.received().constData());
    const QString folder = QString::fromUtf8(run.out.trimmed());
    QCOMPARE(read(folder + QStringLiteral("/agentbot-account.json")), body);
}

void TestCli::makeBrowserHome()
{
    m_browserHome = std::make_unique<QTemporaryDir>(QDir::homePath() + QStringLiteral("/browser-home-XXXXXX"));
    QVERIFY(m_browserHome->isValid());
    m_stores = std::make_unique<TestCookieStores>(m_browserHome->path());
}

QProcessEnvironment TestCli::browserEnvironment() const
{
    QProcessEnvironment environment = envWith("HOME", m_browserHome->path().toUtf8());
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_browserHome->path() + QStringLiteral("/.config"));
    return environment;
}

void TestCli::loginFromFirefox()
{
    makeBrowserHome();
    WaitingKeychain keychain;
    const ServiceAccount account{Service::Agentbot, ServerUrl(m_demo->url())};
    const QString database = m_stores->firefoxProfileInUse(QStringLiteral("abcd1234.default-release"));
    const QString host = m_demo->url().host();
    QVERIFY(TestCookieStores::addFirefoxCookie(database, host, QStringLiteral("/"), QStringLiteral("agentbot_session"),
                                               QStringLiteral("demo-session"), TestCookieStores::inOneYear() * 1000));
    // Another site's cookie is never read, and an expired one for the host is not sent.
    QVERIFY(TestCookieStores::addFirefoxCookie(database, QStringLiteral("elsewhere.test"), QStringLiteral("/"),
                                               QStringLiteral("other"), QStringLiteral("x"),
                                               TestCookieStores::inOneYear()));
    QVERIFY(TestCookieStores::addFirefoxCookie(database, host, QStringLiteral("/"), QStringLiteral("old"),
                                               QStringLiteral("y"), QDateTime::currentSecsSinceEpoch() - 60));

    TestSupport::Run run = TestSupport::runCli(fromBrowser(QStringLiteral("firefox")), {}, browserEnvironment());
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY2(run.err.contains("Firefox (profile default-release)"), run.err.constData());
    QVERIFY(!run.err.contains("demo-session") && !run.out.contains("demo-session"));
    QCOMPARE(keychain.load(account).second, QStringLiteral("Cookie: agentbot_session=demo-session"));
    // The check asked for the status only, with the cookie the browser would send.
    QVERIFY(std::any_of(m_demo->requests().begin(), m_demo->requests().end(),
                        [](const DemoService::Request &request) { return request.authorized; }));

    // It is the sign-in from now on.
    const QString target = m_dir->filePath(QStringLiteral("mine.json"));
    run = TestSupport::runCli(
        QStringList{QStringLiteral("export"), QStringLiteral("account"), QStringLiteral("-o"), target} + server());
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(read(target), DemoService::accountExport());

    // --browser-profile takes the name as listed, or as shown.
    run = TestSupport::runCli(fromBrowser(QStringLiteral("firefox")) +
                                  QStringList{QStringLiteral("--browser-profile"), QStringLiteral("default-release")},
                              {}, browserEnvironment());
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(TestSupport::runCli(QStringList{QStringLiteral("logout"), QStringLiteral("agentbot")} + server()).exitCode,
             0);
    // The browser's own files were never opened by SQLite: no -shm beside them.
    QVERIFY(!QFile::exists(database + QStringLiteral("-shm")));
}

void TestCli::loginFromChromiumWithAny()
{
    makeBrowserHome();
    WaitingKeychain keychain;
    const ServiceAccount account{Service::Agentbot, ServerUrl(m_demo->url())};
    // Firefox holds nothing for the site; Chromium holds it as a v11 value, its key in the keyring.
    const QString firefox = m_stores->firefoxProfileInUse(QStringLiteral("abcd1234.default-release"));
    QVERIFY(TestCookieStores::addFirefoxCookie(firefox, QStringLiteral("elsewhere.test"), QStringLiteral("/"),
                                               QStringLiteral("sid"), QStringLiteral("x"),
                                               TestCookieStores::inOneYear()));
    QVERIFY(TestCookieStores::storeSafeStoragePassword("Chromium Safe Storage", "chromium", "tst-safe-storage-pw"));
    const QString chromium = m_stores->chromiumProfile(QStringLiteral("chromium"), QStringLiteral("Default"), 24);
    const QString host = m_demo->url().host();
    const QByteArray prefix = QCryptographicHash::hash(host.toUtf8(), QCryptographicHash::Sha256);
    QVERIFY(TestCookieStores::addChromiumCookie(
        chromium, host, QStringLiteral("agentbot_session"),
        TestCookieStores::encrypt(prefix + "demo-session", "tst-safe-storage-pw", "v11"),
        TestCookieStores::inOneYear()));

    const TestSupport::Run run = TestSupport::runCli(fromBrowser(QStringLiteral("any")), {}, browserEnvironment());
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY2(run.err.contains("Chromium (profile Default)"), run.err.constData());
    QVERIFY(!run.err.contains("demo-session") && !run.out.contains("demo-session"));
    QCOMPARE(keychain.load(account).second, QStringLiteral("Cookie: agentbot_session=demo-session"));
    QCOMPARE(TestSupport::runCli(QStringList{QStringLiteral("logout"), QStringLiteral("agentbot")} + server()).exitCode,
             0);
}

void TestCli::loginFromBrowserFindsNothing()
{
    makeBrowserHome();
    WaitingKeychain keychain;
    const ServiceAccount account{Service::Agentbot, ServerUrl(m_demo->url())};
    const QString database = m_stores->firefoxProfileInUse(QStringLiteral("abcd1234.default-release"));
    QVERIFY(TestCookieStores::addFirefoxCookie(database, QStringLiteral("elsewhere.test"), QStringLiteral("/"),
                                               QStringLiteral("sid"), QStringLiteral("demo-session"),
                                               TestCookieStores::inOneYear()));
    // No sign-in for the site in Firefox.
    TestSupport::Run run = TestSupport::runCli(fromBrowser(QStringLiteral("firefox")), {}, browserEnvironment());
    QCOMPARE(run.exitCode, 3);
    QVERIFY2(run.err.contains(
                 QByteArray(QByteArray("Firefox has no Agentbot sign-in for ") + m_demo->url().host().toUtf8())),
             run.err.constData());
    // No Chrome at all.
    run = TestSupport::runCli(fromBrowser(QStringLiteral("chrome")), {}, browserEnvironment());
    QCOMPARE(run.exitCode, 3);
    QVERIFY2(run.err.contains("Google Chrome was not found on this computer"), run.err.constData());
    // No such profile.
    run = TestSupport::runCli(fromBrowser(QStringLiteral("firefox")) +
                                  QStringList{QStringLiteral("--browser-profile"), QStringLiteral("work")},
                              {}, browserEnvironment());
    QCOMPARE(run.exitCode, 3);
    QVERIFY2(run.err.contains("Firefox has no profile named work"), run.err.constData());
    // A damaged store is said plainly.
    QVERIFY(TestSupport::writeFile(database, QByteArray(4096, '\x7f')));
    run = TestSupport::runCli(fromBrowser(QStringLiteral("firefox")), {}, browserEnvironment());
    QCOMPARE(run.exitCode, 3);
    QVERIFY2(run.err.contains("could not be read"), run.err.constData());
    QVERIFY(!run.err.contains("demo-session") && !run.out.contains("demo-session"));
    QCOMPARE(keychain.load(account).first.kind(), Failure::Kind::NoCredentials);
    QCOMPARE(m_demo->requests().size(), 0);
}

void TestCli::loginFromBrowserTurnedDown()
{
    makeBrowserHome();
    WaitingKeychain keychain;
    const ServiceAccount account{Service::Agentbot, ServerUrl(m_demo->url())};
    const QString database = m_stores->firefoxProfileInUse(QStringLiteral("abcd1234.default-release"));
    QVERIFY(TestCookieStores::addFirefoxCookie(
        database, m_demo->url().host(), QStringLiteral("/"), QStringLiteral("agentbot_session"),
        QStringLiteral("tst-cookie-value-5d2a8b"), TestCookieStores::inOneYear()));
    const TestSupport::Run run = TestSupport::runCli(fromBrowser(QStringLiteral("firefox")), {}, browserEnvironment());
    QCOMPARE(run.exitCode, 3);
    QVERIFY2(run.err.contains("Firefox (profile default-release)"), run.err.constData());
    QVERIFY(!run.err.contains("tst-cookie-value-5d2a8b") && !run.out.contains("tst-cookie-value-5d2a8b"));
    QCOMPARE(keychain.load(account).first.kind(), Failure::Kind::NoCredentials);
}

void TestCli::loginFromChromiumJarStaysACookieHeader()
{
    makeBrowserHome();
    WaitingKeychain keychain;
    const ServiceAccount account{Service::Agentbot, ServerUrl(m_demo->url())};
    const QString chromium = m_stores->chromiumProfile(QStringLiteral("chromium"), QStringLiteral("Default"), 23);
    const QString host = m_demo->url().host();
    // An empty-valued cookie first, as consent banners leave them: the jar must not be taken for a token.
    QVERIFY(TestCookieStores::addChromiumCookie(chromium, host, QStringLiteral("consent"),
                                                TestCookieStores::encrypt("", "peanuts", "v10"),
                                                TestCookieStores::inOneYear()));
    QVERIFY(TestCookieStores::addChromiumCookie(chromium, host, QStringLiteral("agentbot_session"),
                                                TestCookieStores::encrypt("demo-session", "peanuts", "v10"),
                                                TestCookieStores::inOneYear()));
    // Kept for the site inside another site's frame (CHIPS): not sent to the site itself.
    QVERIFY(TestCookieStores::addChromiumCookie(chromium, host, QStringLiteral("embedded_widget"),
                                                TestCookieStores::encrypt("w", "peanuts", "v10"),
                                                TestCookieStores::inOneYear(), QStringLiteral("https://other.test")));

    const TestSupport::Run run = TestSupport::runCli(fromBrowser(QStringLiteral("chromium")), {}, browserEnvironment());
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QString stored = keychain.load(account).second;
    QVERIFY2(stored == QStringLiteral("Cookie: consent=; agentbot_session=demo-session") ||
                 stored == QStringLiteral("Cookie: agentbot_session=demo-session; consent="),
             qPrintable(stored.left(stored.indexOf(QLatin1Char('=')))));
    QVERIFY(!m_demo->requests().isEmpty());
    const DemoService::Request check = m_demo->requests().constLast();
    QVERIFY(check.authorized);
    QByteArrayList names = check.cookieNames;
    std::sort(names.begin(), names.end());
    QCOMPARE(names, (QByteArrayList{"agentbot_session", "consent"}));

    // The stored session is sent as the same cookie header from now on.
    const QString target = m_dir->filePath(QStringLiteral("jar.json"));
    const TestSupport::Run exported = TestSupport::runCli(
        QStringList{QStringLiteral("export"), QStringLiteral("account"), QStringLiteral("-o"), target} + server());
    QVERIFY2(exported.exitCode == 0, exported.err.constData());
    QVERIFY(m_demo->requests().constLast().authorized);
    QCOMPARE(TestSupport::runCli(QStringList{QStringLiteral("logout"), QStringLiteral("agentbot")} + server()).exitCode,
             0);
}

void TestCli::loginFromBrowserWithAFifoReturns()
{
    makeBrowserHome();
    const QString database = m_stores->firefoxProfileInUse(QStringLiteral("abcd1234.default-release"));
    QVERIFY(TestCookieStores::addFirefoxCookie(database, m_demo->url().host(), QStringLiteral("/"),
                                               QStringLiteral("agentbot_session"), QStringLiteral("demo-session"),
                                               TestCookieStores::inOneYear()));
    // Nobody ever writes to it: opening it for reading the usual way would wait forever.
    QCOMPARE(mkfifo(QFile::encodeName(database + QStringLiteral("-wal")).constData(), 0600), 0);
    for (const QStringList &arguments :
         {fromBrowser(QStringLiteral("firefox")), QStringList{QStringLiteral("browsers")}}) {
        QProcess process;
        process.setProcessEnvironment(browserEnvironment());
        QSignalSpy finished(&process, &QProcess::finished);
        process.start(QString::fromUtf8(TAKEOUT_BIN_DIR "/agent-takeout-cli"), arguments);
        const auto stop = qScopeGuard([&process] {
            if (process.state() != QProcess::NotRunning) {
                process.kill();
                process.waitForFinished();
            }
        });
        QVERIFY2(finished.wait(20000), qPrintable(arguments.first() + QStringLiteral(" hangs on a FIFO")));
        const QByteArray err = process.readAllStandardError();
        if (arguments.first() == QLatin1String("login")) {
            QCOMPARE(process.exitCode(), 3);
            QVERIFY2(err.contains("could not be read"), err.constData());
        } else {
            QCOMPARE(process.exitCode(), 0);
        }
    }
}

void TestCli::loginWaitingForTheKeyringLeavesNoCopy()
{
    makeBrowserHome();
    const QString chromium = m_stores->chromiumProfile(QStringLiteral("chromium"), QStringLiteral("Default"), 23);
    QVERIFY(TestCookieStores::addChromiumCookie(chromium, m_demo->url().host(), QStringLiteral("agentbot_session"),
                                                TestCookieStores::encrypt("demo-session", "pw", "v11"),
                                                TestCookieStores::inOneYear()));
    QVERIFY(TestCookieStores::addChromiumCookie(chromium, QStringLiteral("bank.test"), QStringLiteral("bank_session"),
                                                TestCookieStores::encrypt("tst-bank-5d2a8b", "pw", "v11"),
                                                TestCookieStores::inOneYear()));
    QTemporaryDir temp(QDir::homePath() + QStringLiteral("/cli-tmp-XXXXXX"));
    QVERIFY(temp.isValid());
    // A copy left by a process that is gone (no process has this id) is removed when the next one starts.
    const QString stale = temp.filePath(QStringLiteral("agent-takeout-cookies-999999999-AbCdEf"));
    QVERIFY(QDir().mkpath(stale));
    QVERIFY(TestSupport::writeFile(stale + QStringLiteral("/cookies.sqlite"), "left behind"));
    const auto copies = [&temp] {
        return QDir(temp.path())
            .entryList({QStringLiteral("agent-takeout-cookies-*")}, QDir::AllEntries | QDir::Hidden | QDir::System);
    };
    // A keyring that never answers: the session bus accepts the connection and says nothing, as a bus
    // whose keyring waits on an unlock prompt does.
    QLocalServer bus;
    QVERIFY(bus.listen(temp.filePath(QStringLiteral("bus"))));
    QList<QLocalSocket *> connections;
    QObject::connect(&bus, &QLocalServer::newConnection, &bus, [&bus, &connections] {
        while (QLocalSocket *socket = bus.nextPendingConnection())
            connections << socket;
    });
    QProcessEnvironment environment = browserEnvironment();
    environment.insert(QStringLiteral("TMPDIR"), temp.path());
    environment.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=") + bus.fullServerName());

    QProcess process;
    process.setProcessEnvironment(environment);
    QSignalSpy finished(&process, &QProcess::finished);
    QSignalSpy connected(&bus, &QLocalServer::newConnection);
    process.start(QString::fromUtf8(TAKEOUT_BIN_DIR "/agent-takeout-cli"), fromBrowser(QStringLiteral("chromium")));
    const auto stop = qScopeGuard([&process] {
        if (process.state() != QProcess::NotRunning) {
            process.kill();
            process.waitForFinished();
        }
    });
    QVERIFY(connected.wait(20000));
    QCOMPARE(finished.size(), 0);
    // Asking the keyring: the rows are read and the copy of every site's cookies is gone already.
    QCOMPARE(copies(), QStringList());
    process.terminate();
    QVERIFY(finished.wait(20000));
    QCOMPARE(process.exitStatus(), QProcess::CrashExit);
    QCOMPARE(copies(), QStringList());
}

void TestCli::loginFromBrowserUsage_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("named");
    const QString url = QStringLiteral("http://127.0.0.1:1");
    QTest::newRow("unknown browser") << QStringList{QStringLiteral("login"),          QStringLiteral("agentbot"),
                                                    QStringLiteral("--server"),       url,
                                                    QStringLiteral("--from-browser"), QStringLiteral("netscape")}
                                     << QStringLiteral("netscape");
    QTest::newRow("xpander") << QStringList{QStringLiteral("login"), QStringLiteral("xpander"),
                                            QStringLiteral("--from-browser"), QStringLiteral("firefox")}
                             << QStringLiteral("--from-browser");
    QTest::newRow("profile alone") << QStringList{QStringLiteral("login"),
                                                  QStringLiteral("agentbot"),
                                                  QStringLiteral("--server"),
                                                  url,
                                                  QStringLiteral("--browser-profile"),
                                                  QStringLiteral("default")}
                                   << QStringLiteral("--browser-profile");
    QTest::newRow("logout --from-browser")
        << QStringList{QStringLiteral("logout"),         QStringLiteral("agentbot"), QStringLiteral("--server"), url,
                       QStringLiteral("--from-browser"), QStringLiteral("firefox")}
        << QStringLiteral("from-browser");
    QTest::newRow("browsers with a word")
        << QStringList{QStringLiteral("browsers"), QStringLiteral("firefox")} << QStringLiteral("firefox");
}

void TestCli::loginFromBrowserUsage()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, named);
    const TestSupport::Run run = TestSupport::runCli(arguments);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(named.toUtf8()), run.err.constData());
    QVERIFY(run.out.isEmpty());
}

void TestCli::browsersListing()
{
    makeBrowserHome();
    const QString firefox = m_stores->firefoxProfileInUse(QStringLiteral("abcd1234.default-release"));
    QVERIFY(TestCookieStores::addFirefoxCookie(firefox, m_demo->url().host(), QStringLiteral("/"),
                                               QStringLiteral("agentbot_session"), QStringLiteral("demo-session"),
                                               TestCookieStores::inOneYear()));
    const QString chromium = m_stores->chromiumProfile(QStringLiteral("chromium"), QStringLiteral("Profile 1"), 23);

    TestSupport::Run run = TestSupport::runCli({QStringLiteral("browsers")}, {}, browserEnvironment());
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(run.out, QByteArray("firefox\tabcd1234.default-release\t" + firefox.toUtf8() + "\nchromium\tProfile 1\t" +
                                 chromium.toUtf8() + "\n"));

    run = TestSupport::runCli(QStringList{QStringLiteral("browsers")} + server(), {}, browserEnvironment());
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(run.out, QByteArray("firefox\tabcd1234.default-release\t" + firefox.toUtf8() +
                                 "\tyes\nchromium\tProfile "
                                 "1\t" +
                                 chromium.toUtf8() + "\tno\n"));
    QVERIFY(!run.out.contains("demo-session") && !run.err.contains("demo-session"));
    QCOMPARE(m_demo->requests().size(), 0);

    // None at all: nothing on stdout, a sentence on stderr.
    m_browserHome = std::make_unique<QTemporaryDir>(QDir::homePath() + QStringLiteral("/browser-home-XXXXXX"));
    run = TestSupport::runCli({QStringLiteral("browsers")}, {}, browserEnvironment());
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.err.contains("No browser profile"), run.err.constData());
}

int TestCli::imports() const
{
    int count = 0;
    for (const DemoService::Request &request : m_demo->requests())
        count += request.path.startsWith(QLatin1String("/v1/agents/template_import/")) ? 1 : 0;
    return count;
}

void TestCli::importTemplate()
{
    // The key from the keychain, as for export template.
    WaitingKeychain keychain;
    const QStringList login = QStringList{QStringLiteral("login"), QStringLiteral("xpander")} + server();
    TestSupport::Run run = TestSupport::runCli(login, "demo-key\n");
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const auto logout = qScopeGuard([this] {
        TestSupport::runCli(QStringList{QStringLiteral("logout"), QStringLiteral("xpander")} + server());
    });
    const QJsonObject agent = TestSupport::agentWithKnowledgeBases();
    const QString file = m_dir->filePath(QStringLiteral("template.json"));
    run = TestSupport::runCli(QStringList{QStringLiteral("export"), QStringLiteral("template"),
                                          QStringLiteral("--agent"), agent.value(QStringLiteral("id")).toString(),
                                          QStringLiteral("--with-knowledge-bases"), QStringLiteral("-o"), file} +
                              server());
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QString templateId = QJsonDocument::fromJson(read(file)).object().value(QStringLiteral("id")).toString();
    m_demo->clearRequests();

    // The new agent's id on stdout, and nothing else.
    const QStringList import = QStringList{QStringLiteral("import"), QStringLiteral("template"), file} + server();
    run = TestSupport::runCli(import);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QString newId = QString::fromUtf8(run.out.trimmed());
    QCOMPARE(imports(), 1);
    const QJsonObject sent = QJsonDocument::fromJson(m_demo->requests().constLast().body).object();
    QCOMPARE(sent.value(QStringLiteral("name")).toString(), agent.value(QStringLiteral("name")).toString());
    QCOMPARE(sent.value(QStringLiteral("with_knowledge_bases")), QJsonValue(true)); // the template holds them
    run = TestSupport::runCli(QStringList{QStringLiteral("agents")} + server());
    QVERIFY(run.out.contains(newId.toUtf8()));

    // --json: one object; verified is null without --verify.
    run = TestSupport::runCli(
        import + QStringList{QStringLiteral("--json"), QStringLiteral("--name"), QStringLiteral("Second")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QJsonObject object = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(object.value(QStringLiteral("name")).toString(), QStringLiteral("Second"));
    QCOMPARE(object.value(QStringLiteral("template_id")).toString(), templateId);
    QCOMPARE(object.value(QStringLiteral("with_knowledge_bases")), QJsonValue(true));
    QVERIFY(object.value(QStringLiteral("verified")).isNull());
    QVERIFY(object.value(QStringLiteral("differences")).toArray().isEmpty());
    QVERIFY(!object.value(QStringLiteral("agent_id")).toString().isEmpty());

    // --verify: the new agent's export matches the template.
    run = TestSupport::runCli(import + QStringList{QStringLiteral("--verify"), QStringLiteral("--json")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    object = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(object.value(QStringLiteral("verified")), QJsonValue(true));

    // Without the knowledge bases it is created, and differs: exit 6 with the differences.
    run = TestSupport::runCli(import + QStringList{QStringLiteral("--verify"), QStringLiteral("--json"),
                                                   QStringLiteral("--without-knowledge-bases")});
    QCOMPARE(run.exitCode, 6);
    object = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(object.value(QStringLiteral("verified")), QJsonValue(false));
    const QJsonArray differences = object.value(QStringLiteral("differences")).toArray();
    QVERIFY(!differences.isEmpty());
    QCOMPARE(differences.first().toObject().value(QStringLiteral("op")).toString(), QStringLiteral("removed"));
    QVERIFY(differences.first()
                .toObject()
                .value(QStringLiteral("path"))
                .toString()
                .contains(QLatin1String("knowledge_bases")));

    // A file that is no template: exit 2, nothing sent.
    m_demo->clearRequests();
    const QString account = m_dir->filePath(QStringLiteral("account.json"));
    QVERIFY(TestSupport::writeFile(account, DemoService::accountExport()));
    run = TestSupport::runCli(QStringList{QStringLiteral("import"), QStringLiteral("template"), account} + server());
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains("not an xpander.ai agent template"));
    QVERIFY(m_demo->requests().isEmpty());

    // An id the service does not know: one sentence, the server's exit code.
    run = TestSupport::runCli(QStringList{QStringLiteral("import"), QStringLiteral("template"),
                                          QStringLiteral("--template-id"),
                                          QStringLiteral("00000000-0000-4000-8000-000000000000"),
                                          QStringLiteral("--name"), QStringLiteral("N")} +
                              server());
    QCOMPARE(run.exitCode, 5);
    QVERIFY2(run.err.contains("no longer exists"), run.err.constData());
    QCOMPARE(imports(), 1);
}

void TestCli::importTemplateCutConnection()
{
    const QJsonObject agent = TestSupport::agentWithKnowledgeBases();
    m_demo->setFaultPath(QStringLiteral("template_import"));
    m_demo->setFault(Fault::ConnectionReset);
    const QStringList import{
        QStringLiteral("import"),        QStringLiteral("template"),
        QStringLiteral("--template-id"), DemoService::sampleTemplateId(agent.value(QStringLiteral("id")).toString()),
        QStringLiteral("--name"),        QStringLiteral("N")};
    const TestSupport::Run run = TestSupport::runCli(
        import + server(), {}, envWith("AGENT_TAKEOUT_XPANDER_API_KEY", DemoService::xpanderApiKey));
    QCOMPARE(run.exitCode, 4);
    QVERIFY2(run.err.contains("may or may not have been created"), run.err.constData());
    QVERIFY(run.out.isEmpty());
    QCOMPARE(imports(), 1);
}

void TestCli::importTemplateNoAccess()
{
    // 403 at the import: the key is good, the template is not shared with its organization.
    const QByteArray body = R"({"detail":"Not allowed to access this template"})";
    CannedHttpServer service("HTTP/1.1 403 Forbidden\r\nContent-Type: application/json\r\nContent-Length: " +
                             QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
    QVERIFY(service.listen());
    const TestSupport::Run run = TestSupport::runCli(
        {QStringLiteral("import"), QStringLiteral("template"), QStringLiteral("--template-id"),
         QStringLiteral("00000000-0000-4000-8000-000000000000"), QStringLiteral("--name"), QStringLiteral("N"),
         QStringLiteral("--server"), QStringLiteral("http://127.0.0.1:%1").arg(service.port())},
        {}, envWith("AGENT_TAKEOUT_XPANDER_API_KEY", DemoService::xpanderApiKey));
    // Not the sign-in's exit code (3): signing in again would not help.
    QCOMPARE(run.exitCode, 5);
    QVERIFY2(run.err.startsWith("Your xpander.ai organization has no access to this template, so signing in again "
                                "does not help"),
             run.err.constData());
    QCOMPARE(run.err.count('\n'), 1);
    QVERIFY(run.out.isEmpty());
    QCOMPARE(service.connections(), 1);
}

void TestCli::importTemplateUsage_data()
{
    QTest::addColumn<QStringList>("arguments");
    const QString file = QString::fromUtf8(TAKEOUT_TEST_DATA "/values.json");
    const QString id = QStringLiteral("00000000-0000-4000-8000-000000000000");
    QTest::newRow("neither") << QStringList{};
    QTest::newRow("both") << QStringList{file, QStringLiteral("--template-id"), id};
    QTest::newRow("id without name") << QStringList{QStringLiteral("--template-id"), id};
    QTest::newRow("id with verify") << QStringList{QStringLiteral("--template-id"), id, QStringLiteral("--name"),
                                                   QStringLiteral("N"), QStringLiteral("--verify")};
    QTest::newRow("with and without") << QStringList{file, QStringLiteral("--with-knowledge-bases"),
                                                     QStringLiteral("--without-knowledge-bases")};
}

void TestCli::importTemplateUsage()
{
    QFETCH(QStringList, arguments);
    const TestSupport::Run run =
        TestSupport::runCli(QStringList{QStringLiteral("import"), QStringLiteral("template")} + arguments + server(),
                            {}, envWith("AGENT_TAKEOUT_XPANDER_API_KEY", DemoService::xpanderApiKey));
    QCOMPARE(run.exitCode, 1);
    QVERIFY(!run.err.trimmed().isEmpty());
    QVERIFY(m_demo->requests().isEmpty());
}

void TestCli::restoreBackup()
{
    TestSupport::Run run = TestSupport::runCli(backupArguments(), {}, backupEnvironment());
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QString folder = QString::fromUtf8(run.out.trimmed());
    const QJsonArray agents = DemoService::agents();
    m_demo->clearRequests();
    const QStringList restore = QStringList{QStringLiteral("restore"), folder} + server();

    // Every backed-up agent is still there: all skipped by name, with the reason; nothing created.
    run = TestSupport::runCli(restore, {}, backupEnvironment());
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QList<QByteArray> lines = run.out.trimmed().split('\n');
    QCOMPARE(lines.size(), agents.size());
    for (const QByteArray &line : std::as_const(lines))
        QVERIFY2(line.startsWith("skipped ") && line.contains("already exists"), line.constData());
    QVERIFY2(run.err.contains("Agentbot account cannot be put back"), run.err.constData());

    // --dry-run --again: what it would create, and it sends no import.
    run = TestSupport::runCli(restore + QStringList{QStringLiteral("--dry-run"), QStringLiteral("--again")}, {},
                              backupEnvironment());
    QVERIFY2(run.exitCode == 0, run.err.constData());
    lines = run.out.trimmed().split('\n');
    QCOMPARE(lines.size(), agents.size());
    const QString first = agents.first().toObject().value(QStringLiteral("id")).toString();
    QVERIFY2(lines.first().startsWith(QByteArray("would create " + first.toUtf8() + ' ')), lines.first().constData());
    QCOMPARE(imports(), 0);

    // --again --verify for two of them: created, and each matches its template.
    const QString second = agents.at(1).toObject().value(QStringLiteral("id")).toString();
    run =
        TestSupport::runCli(restore + QStringList{QStringLiteral("--again"), QStringLiteral("--verify"),
                                                  QStringLiteral("--agent"), first, QStringLiteral("--agent"), second},
                            {}, backupEnvironment());
    QVERIFY2(run.exitCode == 0, run.err.constData());
    lines = run.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 2);
    const QList<QByteArray> words = lines.first().split(' ');
    QCOMPARE(words.value(0), QByteArray("created"));
    QCOMPARE(words.value(1), first.toUtf8());
    QVERIFY(words.value(2) != first.toUtf8() && words.value(2).size() == 36);
    QVERIFY(lines.at(1).startsWith(QByteArray("created " + second.toUtf8() + ' ')));
    QCOMPARE(imports(), 2);

    // An agent the backup does not hold: exit 2, nothing sent.
    m_demo->clearRequests();
    run = TestSupport::runCli(restore + QStringList{QStringLiteral("--agent"), QStringLiteral("nope")}, {},
                              backupEnvironment());
    QCOMPARE(run.exitCode, 2);
    QVERIFY(m_demo->requests().isEmpty());
    // A folder that is no backup: exit 2.
    run =
        TestSupport::runCli(QStringList{QStringLiteral("restore"), m_dir->path()} + server(), {}, backupEnvironment());
    QCOMPARE(run.exitCode, 2);
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
