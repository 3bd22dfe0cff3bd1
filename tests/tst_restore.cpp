#include "FaultServer.h"
#include "TestSupport.h"
#include "backup/BackupJob.h"
#include "restore/BackupRestore.h"
#include "restore/ImportAndVerifyJob.h"
#include "restore/TemplateFacts.h"
#include "services/AgentbotClient.h"
#include "services/XpanderClient.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QTest>

using namespace Takeout;

// Bringing agents back: what a template file says, a backup folder read for restoring, and restoring it
// against the demo service over loopback, checked with the comparison.
class TestRestore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void templateFacts_data();
    void templateFacts();
    void templateFactsFromAFile();
    void importAndVerifyMatches();
    void restoreABackup();
    void damagedItemIsNotRestored();
    void dryRunCreatesNothing();

private:
    XpanderClient xpander() const { return {m_network, ServerUrl(m_demo->url()), QStringLiteral("demo-key")}; }
    // A whole demo backup (the account and every agent's template), made by BackupJob; its folder.
    QString makeBackup();
    int imports() const;
    QList<RestoreRunJob::Outcome> restore(const QList<BackupRestore::Item> &items, RestoreRunJob::Options options,
                                          Failure *error = nullptr);

    QNetworkAccessManager *m_network = nullptr;
    FaultServer *m_demo = nullptr;
    QTemporaryDir *m_dir = nullptr;
};

void TestRestore::init()
{
    m_network = HttpJob::createNetworkAccessManager(nullptr);
    m_demo = new FaultServer;
    QVERIFY(m_demo->listen());
    m_dir = new QTemporaryDir;
    QVERIFY(m_dir->isValid());
}

void TestRestore::cleanup()
{
    delete m_demo;
    delete m_network;
    delete m_dir;
}

QString TestRestore::makeBackup()
{
    auto *job = new BackupJob(m_dir->path(), this);
    job->addAgentbot(AgentbotClient(m_network, ServerUrl(m_demo->url()),
                                    AgentbotSession::fromUserText(QStringLiteral("demo-session"))));
    job->addXpander(xpander(), true);
    QString folder;
    connect(job, &BackupJob::finished, this, [&] { folder = job->folder(); });
    QSignalSpy finished(job, &BackupJob::finished);
    job->start();
    if (!finished.wait(TestSupport::waitMs))
        return {};
    m_demo->clearRequests();
    return folder;
}

int TestRestore::imports() const
{
    int count = 0;
    for (const DemoService::Request &request : m_demo->requests())
        count += request.path.startsWith(QLatin1String("/v1/agents/template_import/")) ? 1 : 0;
    return count;
}

QList<RestoreRunJob::Outcome> TestRestore::restore(const QList<BackupRestore::Item> &items,
                                                   RestoreRunJob::Options options, Failure *error)
{
    auto *job = new RestoreRunJob(xpander(), items, std::move(options), this);
    job->setAutoDelete(false);
    QSignalSpy done(job, &RestoreRunJob::itemDone);
    job->start();
    if (!TestSupport::waitFor(job, &RestoreRunJob::finished, TestSupport::waitMs * 3))
        return {};
    if (error)
        *error = job->error();
    QList<RestoreRunJob::Outcome> outcomes = job->outcomes();
    // One signal per outcome, in order.
    if (done.size() != outcomes.size())
        return {};
    delete job;
    return outcomes;
}

void TestRestore::templateFacts_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<bool>("isTemplate");
    QTest::addColumn<QString>("id");
    QTest::addColumn<bool>("knowledgeBases");
    QTest::newRow("template with documents")
        << QByteArray(R"({"id":"t-1","name":"N","icon":"🧭","description":"D","agent_definition":)"
                      R"({"knowledge_bases":[{"name":"K","documents":[{"name":"d"}]}]}})")
        << true << QStringLiteral("t-1") << true;
    QTest::newRow("knowledge base without documents")
        << QByteArray(R"({"id":"t-2","agent_definition":{"knowledge_bases":[{"name":"K","documents":[]}]}})") << true
        << QStringLiteral("t-2") << false;
    QTest::newRow("no knowledge bases") << QByteArray(R"({"id":"t-3","agent_definition":{}})") << true
                                        << QStringLiteral("t-3") << false;
    QTest::newRow("no id") << QByteArray(R"({"name":"N","agent_definition":{}})") << false << QString() << false;
    QTest::newRow("id not a string") << QByteArray(R"({"id":7,"agent_definition":{}})") << false << QString() << false;
    QTest::newRow("account export") << DemoService::accountExport() << false << QString() << false;
    QTest::newRow("not JSON") << QByteArray("{\"id\":") << false << QString() << false;
}

void TestRestore::templateFacts()
{
    QFETCH(QByteArray, json);
    QFETCH(bool, isTemplate);
    QFETCH(QString, id);
    QFETCH(bool, knowledgeBases);
    const std::optional<TemplateFacts> facts = TemplateFacts::fromJson(json);
    QCOMPARE(facts.has_value(), isTemplate);
    if (!facts)
        return;
    QCOMPARE(facts->templateId, id);
    QCOMPARE(facts->holdsKnowledgeBases, knowledgeBases);
}

void TestRestore::templateFactsFromAFile()
{
    const QJsonObject agent = TestSupport::agentWithKnowledgeBases();
    const QString agentId = agent.value(QStringLiteral("id")).toString();
    const QString name = agent.value(QStringLiteral("name")).toString();
    const QByteArray bytes =
        DemoService::templateExport(agentId, name, QStringLiteral("D"), QStringLiteral("🧭"), true);
    const QString path = m_dir->filePath(QStringLiteral("t.json"));
    QVERIFY(TestSupport::writeFile(path, bytes));
    Failure error;
    const std::optional<TemplateFacts> facts = TemplateFacts::fromFile(path, &error);
    QVERIFY(facts);
    QVERIFY(!error);
    QCOMPARE(facts->templateId,
             DemoService::templateId(agentId, name, QStringLiteral("D"), QStringLiteral("🧭"), true));
    QCOMPARE(facts->name, name);
    QCOMPARE(facts->description, QStringLiteral("D"));
    QCOMPARE(facts->icon, QStringLiteral("🧭"));
    QVERIFY(facts->holdsKnowledgeBases);

    const QString other = m_dir->filePath(QStringLiteral("account.json"));
    QVERIFY(TestSupport::writeFile(other, DemoService::accountExport()));
    QVERIFY(!TemplateFacts::fromFile(other, &error));
    QCOMPARE(error.kind(), Failure::Kind::NotAnExport);
    QVERIFY(!TemplateFacts::fromFile(m_dir->filePath(QStringLiteral("missing.json")), &error));
    QVERIFY(error);
}

void TestRestore::importAndVerifyMatches()
{
    const QJsonObject agent = TestSupport::agentWithKnowledgeBases();
    const QString agentId = agent.value(QStringLiteral("id")).toString();
    const QByteArray templateJson = DemoService::templateExport(agentId, agent.value(QStringLiteral("name")).toString(),
                                                                agent.value(QStringLiteral("description")).toString(),
                                                                agent.value(QStringLiteral("icon")).toString(), true);
    const std::optional<TemplateFacts> facts = TemplateFacts::fromJson(templateJson);
    QVERIFY(facts);
    for (const bool withKnowledgeBases : {true, false}) {
        ImportRequest request;
        request.name = facts->name;
        request.withKnowledgeBases = withKnowledgeBases;
        auto *job = new ImportAndVerifyJob(xpander(), facts->templateId, request, templateJson, true, this);
        job->setAutoDelete(false);
        QSignalSpy sent(job, &ImportAndVerifyJob::sent);
        job->start();
        QVERIFY(TestSupport::waitFor(job, &ImportAndVerifyJob::finished));
        QVERIFY2(!job->error(), qPrintable(job->error().message()));
        QVERIFY(job->created());
        QCOMPARE(sent.size(), 1);
        QVERIFY(job->verified());
        // The export for the check holds the new ids; the comparison leaves them out. Without its
        // knowledge bases the new agent differs from a template that has them, and says where.
        QVERIFY(job->newExport().contains(job->agent().id.toUtf8()));
        QCOMPARE(job->verified()->matches, withKnowledgeBases);
        if (!withKnowledgeBases) {
            QVERIFY(!job->verified()->differences.isEmpty());
            QVERIFY(job->verified()->differences.first().second.contains(QLatin1String("knowledge_bases")));
        }
        delete job;
    }
}

void TestRestore::restoreABackup()
{
    const QString folder = makeBackup();
    QVERIFY(!folder.isEmpty());
    BackupRestore backup;
    Failure error;
    QVERIFY(BackupRestore::read(folder, &backup, &error));
    QCOMPARE(backup.items().size(), 1 + DemoService::agents().size());
    // The Agentbot account is listed, and cannot be put back.
    QVERIFY(!backup.items().first().isXpander());
    QVERIFY(!backup.items().first().canRestore());
    QVERIFY(backup.items().first().problem.contains(QLatin1String("Agentbot")));
    const QList<BackupRestore::Item> items = backup.xpanderItems();
    QCOMPARE(items.size(), DemoService::agents().size());
    for (const BackupRestore::Item &item : items)
        QVERIFY2(item.canRestore(), qPrintable(item.problem));

    // The backed-up agents are all still there: each is skipped by its name, nothing is sent.
    QList<RestoreRunJob::Outcome> outcomes = restore(items, {});
    QCOMPARE(outcomes.size(), items.size());
    for (const RestoreRunJob::Outcome &outcome : std::as_const(outcomes))
        QCOMPARE(outcome.state, RestoreRunJob::Outcome::State::Skipped);
    QCOMPARE(imports(), 0);

    // --again creates every one, one request each, and each comes back whole.
    RestoreRunJob::Options again;
    again.again = true;
    again.verify = true;
    outcomes = restore(items, again);
    QCOMPARE(outcomes.size(), items.size());
    for (const RestoreRunJob::Outcome &outcome : std::as_const(outcomes)) {
        QVERIFY2(outcome.state == RestoreRunJob::Outcome::State::Created, qPrintable(outcome.reason));
        QVERIFY(!outcome.agent.id.isEmpty());
        QVERIFY(outcome.verified);
        QVERIFY2(outcome.verified->matches, qPrintable(outcome.verified->lines.join(QLatin1Char('\n'))));
    }
    QCOMPARE(imports(), items.size());

    // The restored agents are in the list now, from the backup's templates: a second run skips them
    // (an agent of the same name from another template would not count).
    m_demo->clearRequests();
    outcomes = restore(items, {});
    for (const RestoreRunJob::Outcome &outcome : std::as_const(outcomes))
        QCOMPARE(outcome.state, RestoreRunJob::Outcome::State::Skipped);
    QCOMPARE(imports(), 0);
}

void TestRestore::damagedItemIsNotRestored()
{
    const QString folder = makeBackup();
    QVERIFY(!folder.isEmpty());
    BackupManifest manifest;
    QVERIFY(BackupManifest::read(folder, &manifest));
    const QString damaged = manifest.items.at(1).file;
    QFile file(QDir(folder).filePath(damaged));
    QVERIFY(file.open(QIODevice::ReadWrite));
    QByteArray bytes = file.readAll();
    bytes[5] = char(bytes.at(5) ^ 0x20);
    QVERIFY(file.seek(0));
    QCOMPARE(file.write(bytes), bytes.size());
    file.close();

    BackupRestore backup;
    Failure error;
    QVERIFY(BackupRestore::read(folder, &backup, &error));
    const QList<BackupRestore::Item> items = backup.xpanderItems({manifest.items.at(1).agentId});
    QCOMPARE(items.size(), 1);
    QVERIFY(!items.first().canRestore());
    QVERIFY(items.first().problem.contains(QLatin1String("damaged")));
    RestoreRunJob::Options again;
    again.again = true;
    const QList<RestoreRunJob::Outcome> outcomes = restore(items, again);
    QCOMPARE(outcomes.size(), 1);
    QCOMPARE(outcomes.first().state, RestoreRunJob::Outcome::State::Failed);
    QCOMPARE(imports(), 0);

    // A folder without a manifest is no backup.
    QVERIFY(!BackupRestore::read(m_dir->filePath(QStringLiteral("nothing")), &backup, &error));
    QCOMPARE(error.kind(), Failure::Kind::NotAnExport);
}

void TestRestore::dryRunCreatesNothing()
{
    const QString folder = makeBackup();
    QVERIFY(!folder.isEmpty());
    BackupRestore backup;
    Failure error;
    QVERIFY(BackupRestore::read(folder, &backup, &error));
    RestoreRunJob::Options options;
    options.dryRun = true;
    options.again = true;
    const QList<RestoreRunJob::Outcome> outcomes = restore(backup.xpanderItems(), options);
    QCOMPARE(outcomes.size(), DemoService::agents().size());
    for (const RestoreRunJob::Outcome &outcome : outcomes)
        QCOMPARE(outcome.state, RestoreRunJob::Outcome::State::WouldCreate);
    for (const DemoService::Request &request : m_demo->requests())
        QCOMPARE(request.method, QByteArray("GET"));
    QCOMPARE(imports(), 0);
}

QTEST_GUILESS_MAIN(TestRestore)
#include "tst_restore.moc"
