#include "FaultServer.h"
#include "TestSupport.h"
#include "backup/BackupManifest.h"
#include "backup/BackupRetention.h"
#include "backup/ResticBackupJob.h"
#include "backup/ResticRepository.h"
#include "net/HttpJob.h"
#include "restore/BackupRestore.h"
#include "services/AgentbotClient.h"
#include "services/XpanderClient.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace Takeout;

// Backups into restic repositories, with the real restic: a local one and a REST server (rclone serve
// restic) on loopback; the data comes from the demo service over loopback.
class TestRestic : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void backupDedupVerify();
    void corruptedPackIsCaught();
    void wrongPassword();
    void plainErrors();
    void killedRunLeavesTheRepositoryWhole();
    void cancelAddsNoSnapshot();
    void forgetKeepsByPolicy();
    void folderKeepPolicy();
    void whatChangedAcrossTwoSnapshots();
    void restServer();
    void cliBackupAndVerify();
    void restoreFromSnapshot();
    void passwordInAddressIsRefused();

private:
    XpanderClient xpander() const { return {m_network, ServerUrl(m_demo->url()), QStringLiteral("demo-key")}; }
    AgentbotClient agentbot() const
    {
        return {m_network, ServerUrl(m_demo->url()), AgentbotSession::fromUserText(QStringLiteral("demo-session"))};
    }
    // One backup run to its end; the job is kept for reading.
    bool backUp(ResticBackupJob *job);
    QString repositoryPath() const { return m_dir->filePath(QStringLiteral("repo")); }
    static qint64 sizeOf(const QString &directory);

    FaultServer *m_demo = nullptr;
    QNetworkAccessManager *m_network = nullptr;
    QTemporaryDir *m_dir = nullptr;
    const QString m_password = QStringLiteral("Test-Password-For-Restic-9f3a");
};

void TestRestic::initTestCase()
{
    if (ResticRepository::program().isEmpty())
        QFAIL("restic is a test dependency (packaging/dev.sh)");
}

void TestRestic::init()
{
    m_demo = new FaultServer;
    QVERIFY(m_demo->listen());
    m_network = HttpJob::createNetworkAccessManager(nullptr);
    m_dir = new QTemporaryDir;
    QVERIFY(m_dir->isValid());
}

void TestRestic::cleanup()
{
    delete m_network;
    delete m_demo;
    delete m_dir;
}

bool TestRestic::backUp(ResticBackupJob *job)
{
    job->setAutoDelete(false);
    QSignalSpy finished(job, &ResticBackupJob::finished);
    job->start();
    return !finished.isEmpty() || finished.wait(TestSupport::waitMs * 3);
}

qint64 TestRestic::sizeOf(const QString &directory)
{
    qint64 total = 0;
    QDirIterator files(directory, QDir::Files, QDirIterator::Subdirectories);
    while (files.hasNext())
        total += files.nextFileInfo().size();
    return total;
}

void TestRestic::backupDedupVerify()
{
    const ResticRepository repository(repositoryPath(), m_password);
    QByteArray commandLine;
    QByteArray environment;
    {
        ResticBackupJob job(repository);
        job.items()->addAgentbot(agentbot());
        job.items()->addXpander(xpander(), false);
        // While restic runs: its command line and environment hold no password.
        connect(&job, &ResticBackupJob::resticStarted, this, [&job, &commandLine, &environment] {
            const QString proc = QStringLiteral("/proc/%1/").arg(job.process()->processId());
            QFile cmdline(proc + QStringLiteral("cmdline"));
            if (cmdline.open(QIODevice::ReadOnly))
                commandLine = cmdline.readAll();
            QFile environ(proc + QStringLiteral("environ"));
            if (environ.open(QIODevice::ReadOnly))
                environment = environ.readAll();
        });
        QVERIFY(backUp(&job));
        QVERIFY2(!job.error(), qPrintable(job.error().detail()));
        QVERIFY(job.createdRepository());
        QVERIFY(!job.snapshotId().isEmpty());
        QVERIFY(job.manifest().isWhole());
    }
    QVERIFY(commandLine.contains("backup"));
    QVERIFY(commandLine.contains(repositoryPath().toUtf8()));
    QVERIFY(!commandLine.contains(m_password.toUtf8()));
    QVERIFY(!environment.isEmpty());
    QVERIFY(!environment.contains(m_password.toUtf8()));
    // Nothing staged is left behind.
    QVERIFY(QDir(qEnvironmentVariable("XDG_RUNTIME_DIR", QDir::tempPath()))
                .entryList({QStringLiteral("agent-takeout-backup-*")})
                .isEmpty());

    const qint64 afterFirst = sizeOf(repositoryPath());
    {
        ResticBackupJob job(repository);
        job.items()->addAgentbot(agentbot());
        job.items()->addXpander(xpander(), false);
        QVERIFY(backUp(&job));
        QVERIFY2(!job.error(), qPrintable(job.error().detail()));
        QVERIFY(!job.createdRepository());
    }
    // The same data again: new metadata only, no new file contents.
    const qint64 grown = sizeOf(repositoryPath()) - afterFirst;
    QVERIFY2(grown < afterFirst / 2, qPrintable(QStringLiteral("%1 after %2").arg(grown).arg(afterFirst)));

    Failure error;
    const QList<ResticRepository::Snapshot> snapshots = repository.snapshots(&error);
    QVERIFY(!error);
    QCOMPARE(snapshots.size(), 2);
    QString checked;
    QList<BackupVerifier::Problem> problems = repository.verify({}, &error, &checked);
    QVERIFY2(!error, qPrintable(error.detail()));
    QVERIFY(problems.isEmpty());
    QCOMPARE(checked, snapshots.last().id);
    problems = repository.verify(snapshots.first().shortId, &error);
    QVERIFY(!error);
    QVERIFY(problems.isEmpty());

    // The snapshot holds the same files as a folder backup, at its top.
    BackupManifest manifest;
    QVERIFY(repository.readManifest(snapshots.last().id, &manifest, &error));
    QCOMPARE(manifest.items.size(), 1 + DemoService::agents().size());
    const QByteArray account = repository.dump(snapshots.last().id, manifest.items.first().file, &error);
    QVERIFY(!error);
    QCOMPARE(account.size(), manifest.items.first().bytes);
}

void TestRestic::corruptedPackIsCaught()
{
    const ResticRepository repository(repositoryPath(), m_password);
    ResticBackupJob job(repository);
    job.items()->addXpander(xpander(), false);
    QVERIFY(backUp(&job));
    QVERIFY2(!job.error(), qPrintable(job.error().detail()));

    // Flip bytes inside every pack file: same size, other contents.
    int damaged = 0;
    QDirIterator packs(repositoryPath() + QStringLiteral("/data"), QDir::Files, QDirIterator::Subdirectories);
    while (packs.hasNext()) {
        QFile pack(packs.next());
        QVERIFY(QFile::setPermissions(pack.fileName(), QFileDevice::ReadOwner | QFileDevice::WriteOwner));
        QVERIFY(pack.open(QIODevice::ReadWrite));
        QByteArray bytes = pack.readAll();
        for (qsizetype i = 0; i < qMin<qsizetype>(bytes.size() / 2, 64); ++i)
            bytes[i] = char(bytes[i] ^ 0x5a);
        pack.seek(0);
        pack.write(bytes);
        ++damaged;
    }
    QVERIFY(damaged > 0);
    Failure error;
    const QList<BackupVerifier::Problem> problems = repository.verify(job.snapshotId(), &error);
    QVERIFY(!problems.isEmpty() || error);
}

void TestRestic::wrongPassword()
{
    {
        ResticBackupJob job(ResticRepository(repositoryPath(), m_password));
        job.items()->addXpander(xpander(), false);
        QVERIFY(backUp(&job));
        QVERIFY(!job.error());
    }
    ResticBackupJob job(ResticRepository(repositoryPath(), QStringLiteral("not-the-password")));
    job.items()->addXpander(xpander(), false);
    QVERIFY(backUp(&job));
    QCOMPARE(job.error().kind(), Failure::Kind::InvalidCredentials);
    QCOMPARE(job.error().message(), QStringLiteral("The password for this backup is not right."));
    QVERIFY(job.snapshotId().isEmpty());

    // The command line: exit code 3 and the sentence; the password from RESTIC_PASSWORD_FILE.
    const QString file = m_dir->filePath(QStringLiteral("wrong-password"));
    QFile wrong(file);
    QVERIFY(wrong.open(QIODevice::WriteOnly));
    wrong.write("not-the-password\n");
    wrong.close();
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("RESTIC_PASSWORD_FILE"), file);
    const TestSupport::Run run = TestSupport::runCli(
        {QStringLiteral("verify"), QLatin1String(ResticRepository::scheme) + repositoryPath()}, {}, environment);
    QCOMPARE(run.exitCode, 3);
    QVERIFY2(run.err.contains("The password for this backup is not right"), run.err.constData());

    // A backup with it: the same, before anything is downloaded, and no snapshot.
    environment.insert(QStringLiteral("AGENT_TAKEOUT_XPANDER_API_KEY"),
                       QString::fromLatin1(DemoService::xpanderApiKey));
    const TestSupport::Run backup = TestSupport::runCli({QStringLiteral("backup"), QStringLiteral("--to"),
                                                         QLatin1String(ResticRepository::scheme) + repositoryPath(),
                                                         QStringLiteral("--xpander-server"), m_demo->url().toString()},
                                                        {}, environment);
    QCOMPARE(backup.exitCode, 3);
    QVERIFY2(backup.err.contains("The password for this backup is not right"), backup.err.constData());
    Failure error;
    QCOMPARE(ResticRepository(repositoryPath(), m_password).snapshots(&error).size(), 1);

    // Without restic: one sentence on how to get it.
    environment.insert(QStringLiteral("PATH"), m_dir->filePath(QStringLiteral("empty")));
    const TestSupport::Run missing = TestSupport::runCli(
        {QStringLiteral("verify"), QLatin1String(ResticRepository::scheme) + repositoryPath()}, {}, environment);
    QVERIFY(missing.exitCode != 0);
    QVERIFY2(missing.err.contains("restic is not installed: install the package"), missing.err.constData());
}

void TestRestic::plainErrors()
{
    // Nothing listens on port 1 of loopback.
    bool exists = true;
    Failure error = ResticRepository(QStringLiteral("rest:http://127.0.0.1:1/"), m_password).probe(&exists);
    QCOMPARE(error.kind(), Failure::Kind::Network);
    QVERIFY(error.message().contains(QStringLiteral("cannot be reached")));

    // A folder of other things is not a repository, and is not made one.
    const QString other = m_dir->filePath(QStringLiteral("photos"));
    QVERIFY(QDir().mkpath(other));
    QFile photo(other + QStringLiteral("/photo.jpg"));
    QVERIFY(photo.open(QIODevice::WriteOnly));
    photo.close();
    error = ResticRepository(other, m_password).probe(&exists);
    QCOMPARE(error.kind(), Failure::Kind::NotAnExport);
    QVERIFY(!QFileInfo::exists(other + QStringLiteral("/config")));

    // A folder that is not there yet is made a repository on the first backup.
    error = ResticRepository(m_dir->filePath(QStringLiteral("new")), m_password).probe(&exists);
    QVERIFY(!error);
    QVERIFY(!exists);

    // A repository locked by another run is told as such.
    const QByteArray locked = "Fatal: unable to create lock in backend: repository is already locked by PID 1";
    error = ResticRepository(repositoryPath()).failureFor(1, false, locked);
    QVERIFY(error.message().contains(QStringLiteral("Another program is using this backup")));
    error = ResticRepository(repositoryPath()).failureFor(1, false, "Fatal: write: no space left on device");
    QCOMPARE(error.message(), QStringLiteral("There is no room left where the backup is kept."));
}

void TestRestic::killedRunLeavesTheRepositoryWhole()
{
    const ResticRepository repository(repositoryPath(), m_password);
    QVERIFY(!repository.init());
    // A large account export keeps restic busy long enough to be stopped in the middle.
    m_demo->setFault(FaultServer::Fault::HugeBody, 1, "40");
    ResticBackupJob job(repository);
    job.items()->addAgentbot(agentbot());
    bool killed = false;
    connect(&job, &ResticBackupJob::storing, this, [&job, &killed] {
        if (!killed)
            killed = ::kill(pid_t(job.process()->processId()), SIGKILL) == 0;
    });
    QVERIFY(backUp(&job));
    QVERIFY(killed);
    QVERIFY(job.error());
    QVERIFY(job.snapshotId().isEmpty());
    // The lock of the killed restic is gone: restic's own check runs at once.
    QVERIFY(QDir(repositoryPath() + QStringLiteral("/locks")).isEmpty());
    QProcess check;
    repository.prepare(&check, {QStringLiteral("check")});
    check.start();
    QVERIFY(check.waitForStarted());
    repository.writePassword(&check);
    QVERIFY(check.waitForFinished(TestSupport::waitMs * 3));
    QVERIFY2(check.exitCode() == 0, check.readAllStandardError().constData());
    // Either no snapshot or a whole one.
    Failure error;
    const QList<ResticRepository::Snapshot> snapshots = repository.snapshots(&error);
    QVERIFY(!error);
    QVERIFY(snapshots.size() <= 1);
    if (!snapshots.isEmpty()) {
        QVERIFY(repository.verify(snapshots.first().id, &error).isEmpty());
        QVERIFY(!error);
    }
}

void TestRestic::cancelAddsNoSnapshot()
{
    const ResticRepository repository(repositoryPath(), m_password);
    QVERIFY(!repository.init());
    m_demo->setFault(FaultServer::Fault::HugeBody, 1, "40");
    ResticBackupJob job(repository);
    job.items()->addAgentbot(agentbot());
    connect(&job, &ResticBackupJob::storing, &job, &ResticBackupJob::cancel);
    QVERIFY(backUp(&job));
    QCOMPARE(job.error().kind(), Failure::Kind::Cancelled);
    const ResticRepository::Result check = repository.run({QStringLiteral("check")});
    QVERIFY2(!check.error, check.errors.constData());
    // restic removed its lock on SIGINT: nothing is left in locks/.
    QVERIFY(QDir(repositoryPath() + QStringLiteral("/locks")).isEmpty());
    Failure error;
    QVERIFY(repository.snapshots(&error).size() <= 1);
}

void TestRestic::forgetKeepsByPolicy()
{
    const ResticRepository repository(repositoryPath(), m_password);
    KeepPolicy policy;
    policy.last = 2;
    for (int run = 0; run < 3; ++run) {
        ResticBackupJob job(repository);
        job.items()->addXpander(xpander(), false);
        job.setKeepPolicy(policy);
        QVERIFY(backUp(&job));
        QVERIFY2(!job.error(), qPrintable(job.error().detail()));
        QVERIFY2(!job.keepError(), qPrintable(job.keepError().detail()));
        QCOMPARE(job.removed().size(), run == 2 ? 1 : 0);
    }
    // A failed run (the server fails every request) adds nothing and pushes nothing out.
    m_demo->setFault(FaultServer::Fault::ServerError);
    {
        ResticBackupJob job(repository);
        job.items()->addXpander(xpander(), false);
        job.setKeepPolicy(policy);
        QVERIFY(backUp(&job));
        QVERIFY(!job.manifest().isWhole());
        QVERIFY(job.snapshotId().isEmpty());
        QVERIFY(job.removed().isEmpty());
    }
    Failure error;
    QCOMPARE(repository.snapshots(&error).size(), 2);
    QVERIFY(!repository.run({QStringLiteral("check")}).error);
}

void TestRestic::folderKeepPolicy()
{
    // Complete backups on four days and a failed run on the newest day.
    const QStringList names = {QStringLiteral("2026-11-02T100000Z"), QStringLiteral("2026-11-02T120000Z"),
                               QStringLiteral("2026-11-10T090000Z"), QStringLiteral("2026-11-30T080000Z"),
                               QStringLiteral("2026-12-01T080000Z"), QStringLiteral("2026-12-01T090000Z")};
    for (const QString &name : names) {
        const QString folder = m_dir->filePath(name);
        QVERIFY(QDir().mkpath(folder));
        BackupManifest manifest;
        manifest.appVersion = QStringLiteral(TAKEOUT_VERSION);
        manifest.startedAt = BackupManifest::folderTime(name);
        manifest.finishedAt = manifest.startedAt.addSecs(5);
        manifest.complete = name != names.last();
        BackupManifest::Item item;
        item.ok = manifest.complete;
        item.errorText = QStringLiteral("failed");
        manifest.items.append(item);
        QFile file(folder + QStringLiteral("/manifest.json"));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(manifest.toJson());
    }
    const auto removedNames = [this](const KeepPolicy &policy) {
        QStringList removed;
        for (const QString &path : BackupRetention::toRemove(m_dir->path(), policy))
            removed << QFileInfo(path).fileName();
        removed.sort();
        return removed;
    };
    KeepPolicy daily;
    daily.daily = 2;
    // The failed run holds no day's place: the two newest days with a complete backup stay.
    QCOMPARE(removedNames(daily), QStringList({names.at(0), names.at(1), names.at(2)}));
    KeepPolicy monthly;
    monthly.monthly = 2;
    QCOMPARE(removedNames(monthly), QStringList({names.at(0), names.at(1), names.at(2)}));
    KeepPolicy both;
    both.last = 1;
    both.weekly = 2;
    // 2026-11-30 and 2026-12-01 are one ISO week.
    QCOMPARE(removedNames(both), QStringList({names.at(0), names.at(1), names.at(3)}));
}

void TestRestic::whatChangedAcrossTwoSnapshots()
{
    const ResticRepository repository(repositoryPath(), m_password);
    Failure error;
    QVERIFY(repository.changes(&error).isEmpty());
    // The second backup holds the knowledge bases too: the templates of agents with one differ.
    for (const bool withKnowledgeBases : {false, true}) {
        ResticBackupJob job(repository);
        job.items()->addAgentbot(agentbot());
        job.items()->addXpander(xpander(), withKnowledgeBases);
        QVERIFY(backUp(&job));
        QVERIFY2(!job.error(), qPrintable(job.error().detail()));
    }
    const QList<ResticRepository::Change> changes = repository.changes(&error);
    QVERIFY(!error);
    QCOMPARE(changes.size(), 1 + DemoService::agents().size());
    QCOMPARE(changes.first().service, Service::Agentbot);
    QVERIFY(changes.first().same);
    QVERIFY(changes.first().olderSnapshot != changes.first().newerSnapshot);
    const auto changed = std::find_if(changes.cbegin(), changes.cend(),
                                      [](const ResticRepository::Change &change) { return !change.same; });
    QVERIFY(changed != changes.cend());
    // Both versions read into memory, as the comparison opens them.
    const QByteArray older = repository.dump(changed->olderSnapshot, changed->olderFile, &error);
    QVERIFY(!error);
    const QByteArray newer = repository.dump(changed->newerSnapshot, changed->newerFile, &error);
    QVERIFY(!error);
    QVERIFY(!older.isEmpty());
    QVERIFY(older != newer);

    // Home's last backup.
    ResticRepository::Snapshot snapshot;
    BackupManifest manifest;
    QVERIFY(repository.newest(&snapshot, &manifest, &error));
    QCOMPARE(snapshot.id, changes.first().newerSnapshot);
    QVERIFY(manifest.isWhole());
}

void TestRestic::restServer()
{
    const QString rclone = QStandardPaths::findExecutable(QStringLiteral("rclone"));
    QVERIFY2(!rclone.isEmpty(), "rclone is a test dependency (packaging/dev.sh)");
    // A free port on loopback, given to rclone.
    quint16 port = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        port = probe.serverPort();
    }
    const QString served = m_dir->filePath(QStringLiteral("served"));
    QVERIFY(QDir().mkpath(served));
    QProcess server;
    server.setProcessChannelMode(QProcess::MergedChannels);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("RCLONE_CONFIG"), m_dir->filePath(QStringLiteral("rclone.conf")));
    server.setProcessEnvironment(environment);
    server.start(rclone, {QStringLiteral("serve"), QStringLiteral("restic"), QStringLiteral("--addr"),
                          QStringLiteral("127.0.0.1:%1").arg(port), served});
    QVERIFY(server.waitForStarted(TestSupport::waitMs));
    // Listening once a connection gets through.
    QTRY_VERIFY_WITH_TIMEOUT(
        [port] {
            QTcpSocket socket;
            socket.connectToHost(QHostAddress::LocalHost, port);
            return socket.waitForConnected(200);
        }(),
        TestSupport::waitMs);

    const ResticRepository repository(QStringLiteral("rest:http://127.0.0.1:%1/agents").arg(port), m_password);
    ResticBackupJob job(repository);
    job.items()->addAgentbot(agentbot());
    job.items()->addXpander(xpander(), false);
    QVERIFY(backUp(&job));
    QVERIFY2(!job.error(), qPrintable(job.error().detail()));
    QVERIFY(job.createdRepository());
    QVERIFY(QFileInfo::exists(served + QStringLiteral("/agents/config")));
    Failure error;
    QVERIFY(repository.verify({}, &error).isEmpty());
    QVERIFY2(!error, qPrintable(error.detail()));

    server.terminate();
    QVERIFY(server.waitForFinished(TestSupport::waitMs));
}

void TestRestic::cliBackupAndVerify()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("AGENT_TAKEOUT_AGENTBOT_SESSION"),
                       QString::fromLatin1(DemoService::agentbotSession));
    environment.insert(QStringLiteral("AGENT_TAKEOUT_XPANDER_API_KEY"),
                       QString::fromLatin1(DemoService::xpanderApiKey));
    const QString target = QLatin1String(ResticRepository::scheme) + repositoryPath();
    const QStringList backup = {QStringLiteral("backup"),
                                QStringLiteral("--to"),
                                target,
                                QStringLiteral("--agentbot-server"),
                                m_demo->url().toString(),
                                QStringLiteral("--xpander-server"),
                                m_demo->url().toString(),
                                QStringLiteral("--keep"),
                                QStringLiteral("1")};
    // No password anywhere: a new one, kept in the keychain, used again by the next runs.
    TestSupport::Run run = TestSupport::runCli(backup, {}, environment);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(run.err.contains("kept in the keychain"));
    run = TestSupport::runCli(backup, {}, environment);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY2(run.err.contains("Removed the old snapshot"), run.err.constData());
    run = TestSupport::runCli({QStringLiteral("verify"), target}, {}, environment);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(run.out.contains("whole"));

    // Restore from the newest snapshot: the demo has agents of the same names, so they are skipped,
    // unless --again; one import each then.
    const QStringList restore = {QStringLiteral("restore"), target, QStringLiteral("--server"),
                                 m_demo->url().toString()};
    const int agents = int(DemoService::agents().size());
    run = TestSupport::runCli(restore, {}, environment);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(run.out.count("skipped "), agents);
    QVERIFY(m_demo->createdAgents().isEmpty());
    run = TestSupport::runCli(restore + QStringList{QStringLiteral("--again")}, {}, environment);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(run.out.count("created "), agents);
    QCOMPARE(m_demo->createdAgents().size(), agents);
    // A snapshot that is not there: said plainly, nothing created.
    run = TestSupport::runCli(restore + QStringList{QStringLiteral("--snapshot"), QStringLiteral("0123abcd")}, {},
                              environment);
    QVERIFY(run.exitCode != 0);
    QVERIFY(run.out.isEmpty());
    QCOMPARE(m_demo->createdAgents().size(), agents);
}

void TestRestic::restoreFromSnapshot()
{
    const ResticRepository repository(repositoryPath(), m_password);
    {
        ResticBackupJob job(repository);
        job.items()->addAgentbot(agentbot());
        job.items()->addXpander(xpander(), true);
        QVERIFY(backUp(&job));
        QVERIFY2(!job.error(), qPrintable(job.error().detail()));
    }
    BackupRestore backup;
    Failure error;
    QVERIFY2(BackupRestore::readSnapshot(repository, {}, &backup, &error), qPrintable(error.detail()));
    QVERIFY(!backup.snapshot().isEmpty());
    QCOMPARE(backup.items().size(), 1 + DemoService::agents().size());
    QVERIFY(!backup.items().first().canRestore());     // the Agentbot account
    QVERIFY(backup.items().first().content.isEmpty()); // not read: it cannot be restored
    for (const BackupRestore::Item &item : backup.xpanderItems()) {
        QVERIFY2(item.canRestore(), qPrintable(item.problem));
        QVERIFY(!item.facts->templateId.isEmpty());
        QCOMPARE(item.templateJson(), repository.dump(backup.snapshot(), item.entry.file, &error));
    }

    // Restored through the service and checked against the template in memory.
    RestoreRunJob::Options options;
    options.verify = true;
    options.again = true; // the demo has agents of these names
    RestoreRunJob run(xpander(), backup.xpanderItems(), options);
    run.setAutoDelete(false);
    QSignalSpy finished(&run, &RestoreRunJob::finished);
    run.start();
    QVERIFY(finished.wait(TestSupport::waitMs * 3));
    QVERIFY2(!run.error(), qPrintable(run.error().detail()));
    QCOMPARE(run.outcomes().size(), DemoService::agents().size());
    for (const RestoreRunJob::Outcome &outcome : run.outcomes()) {
        QCOMPARE(outcome.state, RestoreRunJob::Outcome::State::Created);
        QVERIFY(outcome.verified.has_value());
        QVERIFY2(outcome.verified->matches, qPrintable(outcome.verified->lines.join(QLatin1Char('\n'))));
    }

    // A wrong password or a snapshot that is not there: an error, nothing read.
    BackupRestore wrong;
    QVERIFY(!BackupRestore::readSnapshot(ResticRepository(repositoryPath(), QStringLiteral("not-the-password")), {},
                                         &wrong, &error));
    QCOMPARE(error.kind(), Failure::Kind::InvalidCredentials);
    QVERIFY(!BackupRestore::readSnapshot(repository, QStringLiteral("0123abcd"), &wrong, &error));
    QVERIFY(error);
}

void TestRestic::passwordInAddressIsRefused()
{
    const QString target = QStringLiteral("restic:rest:http://me:pass-in-address@127.0.0.1:9/agents");
    QVERIFY(ResticRepository::holdsPassword(target));
    QVERIFY(!ResticRepository::holdsPassword(QStringLiteral("restic:rest:http://127.0.0.1:9/agents")));
    QVERIFY(!ResticRepository::holdsPassword(QStringLiteral("restic:sftp:me@host:/backups")));
    const QList<QStringList> commands = {
        {QStringLiteral("backup"), QStringLiteral("--to"), target},
        {QStringLiteral("verify"), target},
        {QStringLiteral("schedule"), QStringLiteral("daily"), QStringLiteral("--to"), target}};
    for (const QStringList &arguments : commands) {
        const TestSupport::Run run = TestSupport::runCli(arguments);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("holds a password"), run.err.constData());
        QVERIFY(!run.err.contains("pass-in-address") && !run.out.contains("pass-in-address"));
    }
}

QTEST_GUILESS_MAIN(TestRestic)
#include "tst_restic.moc"
