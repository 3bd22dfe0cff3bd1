#include "FaultServer.h"
#include "TestSupport.h"
#include "backup/BackupChanges.h"
#include "backup/BackupFailureNotice.h"
#include "backup/BackupJob.h"
#include "backup/BackupManifest.h"
#include "backup/BackupRetention.h"
#include "backup/BackupSchedule.h"
#include "backup/BackupVerifier.h"
#include "net/HttpJob.h"
#include "services/AgentbotClient.h"
#include "services/XpanderClient.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Takeout;
using Fault = FaultServer::Fault;

// One backup run, its manifest, retention and verify, against the demo service over loopback.
class TestBackup : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void completeBackup();
    void oneAgentFailingLeavesTheRest();
    void unavailableServiceIsAFailedItem();
    void cancelLeavesAnIncompleteManifest();
    void twoRunsInOneSecondGetTheirOwnFolders();
    void keepRemovesOnlyOldCompleteBackups();
    void keepAfterFailures_data();
    void keepAfterFailures();
    void futureDatedBackupsAreLeftAlone();
    void retentionDoesNotFollowASwappedFolder();
    void verifyFindsEveryProblem();
    void scheduleUnits_data();
    void scheduleUnits();
    void failureNoticeText();
    void changesBetweenTheTwoNewestCompleteBackups();

private:
    AgentbotClient agentbot() const
    {
        return {m_network, ServerUrl(m_demo->url()), AgentbotSession::fromUserText(QStringLiteral("demo-session"))};
    }
    XpanderClient xpander() const { return {m_network, ServerUrl(m_demo->url()), QStringLiteral("demo-key")}; }
    // Runs `job` to its end; false when it does not end in time.
    static bool run(BackupJob *job);
    static QByteArray read(const QString &path);

    FaultServer *m_demo = nullptr;
    QNetworkAccessManager *m_network = nullptr;
    QTemporaryDir *m_dir = nullptr;
};

void TestBackup::init()
{
    m_demo = new FaultServer;
    QVERIFY(m_demo->listen());
    m_network = HttpJob::createNetworkAccessManager(nullptr);
    m_dir = new QTemporaryDir;
    QVERIFY(m_dir->isValid());
}

void TestBackup::cleanup()
{
    delete m_network;
    delete m_demo;
    delete m_dir;
}

bool TestBackup::run(BackupJob *job)
{
    QSignalSpy finished(job, &BackupJob::finished);
    job->start();
    return !finished.isEmpty() || finished.wait(TestSupport::waitMs * 3);
}

QByteArray TestBackup::read(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void TestBackup::completeBackup()
{
    BackupJob job(m_dir->path());
    job.setAutoDelete(false);
    job.addAgentbot(agentbot());
    job.addXpander(xpander(), false);
    QList<QPair<int, int>> started;
    connect(&job, &BackupJob::itemStarted, this, [&started](int index, int count) { started.append({index, count}); });
    qint64 received = 0;
    connect(&job, &BackupJob::progress, this, [&received](qint64 bytes) { received = qMax(received, bytes); });
    QVERIFY(run(&job));
    QVERIFY2(!job.error(), qPrintable(job.error().detail()));
    QVERIFY(job.allSaved());
    QVERIFY(received > 0);

    const QJsonArray agents = DemoService::agents();
    const int count = 1 + int(agents.size());
    QCOMPARE(started.size(), count);
    QCOMPARE(started.first(), qMakePair(1, count));
    QCOMPARE(started.last(), qMakePair(count, count));

    // The folder: named for the UTC start time, owner-only, under DIR.
    const QFileInfo folder(job.folder());
    QCOMPARE(folder.absolutePath(), QFileInfo(m_dir->path()).absoluteFilePath());
    QVERIFY(BackupManifest::isFolderName(folder.fileName()));
    QVERIFY(!BackupManifest::isFolderName(folder.fileName() + QLatin1Char('\n')));
    QCOMPARE(folder.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther), QFileDevice::Permissions());

    // The manifest on disk, as the issue names its fields.
    const QJsonObject manifest =
        QJsonDocument::fromJson(read(job.folder() + QStringLiteral("/manifest.json"))).object();
    QCOMPARE(manifest.value(QStringLiteral("app_version")).toString(), QStringLiteral(TAKEOUT_VERSION));
    QVERIFY(manifest.value(QStringLiteral("complete")).toBool());
    QVERIFY(
        QDateTime::fromString(manifest.value(QStringLiteral("started_at")).toString(), Qt::ISODateWithMs).isValid());
    QVERIFY(
        QDateTime::fromString(manifest.value(QStringLiteral("finished_at")).toString(), Qt::ISODateWithMs).isValid());
    const QJsonArray items = manifest.value(QStringLiteral("items")).toArray();
    QCOMPARE(items.size(), count);
    QSet<QString> names;
    for (const QJsonValue value : items) {
        const QJsonObject item = value.toObject();
        QVERIFY(item.value(QStringLiteral("ok")).toBool());
        const QString file = item.value(QStringLiteral("file")).toString();
        QVERIFY2(!names.contains(file), qPrintable(file));
        names.insert(file);
        const QByteArray bytes = read(job.folder() + QLatin1Char('/') + file);
        QCOMPARE(qint64(item.value(QStringLiteral("bytes")).toDouble()), qint64(bytes.size()));
        QCOMPARE(item.value(QStringLiteral("sha256")).toString().toLatin1(),
                 QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
        QCOMPARE(QFileInfo(job.folder() + QLatin1Char('/') + file).permissions() &
                     (QFileDevice::ReadGroup | QFileDevice::ReadOther),
                 QFileDevice::Permissions());
        // The exact bytes a single export brings.
        if (item.value(QStringLiteral("service")).toString() == QLatin1String("agentbot")) {
            QCOMPARE(bytes, DemoService::accountExport());
            continue;
        }
        QCOMPARE(item.value(QStringLiteral("service")).toString(), QStringLiteral("xpander"));
        const QString id = item.value(QStringLiteral("agent_id")).toString();
        const auto agent = std::find_if(agents.begin(), agents.end(), [&id](const QJsonValue &a) {
            return a.toObject().value(QStringLiteral("id")).toString() == id;
        });
        QVERIFY(agent != agents.end());
        const QJsonObject own = agent->toObject();
        QCOMPARE(bytes, DemoService::templateExport(id, own.value(QStringLiteral("name")).toString(),
                                                    own.value(QStringLiteral("description")).toString(),
                                                    own.value(QStringLiteral("icon")).toString(), false));
    }
    // Nothing else in the folder: no temporary file left behind.
    QDir dir(job.folder());
    QCOMPARE(dir.entryList(QDir::Files | QDir::Hidden).size(), count + 1);
    QVERIFY(BackupVerifier::verify(job.folder()).isEmpty());
}

void TestBackup::oneAgentFailingLeavesTheRest()
{
    const QString failing = DemoService::agents().at(2).toObject().value(QStringLiteral("id")).toString();
    m_demo->setFaultPath(failing);
    m_demo->setFault(Fault::ServerError, 1);
    BackupJob job(m_dir->path());
    job.setAutoDelete(false);
    job.addAgentbot(agentbot());
    job.addXpander(xpander(), false);
    QVERIFY(run(&job));
    QVERIFY(!job.error());
    QVERIFY(!job.allSaved());
    const BackupManifest &manifest = job.manifest();
    // It ran to the end, but with an item missing it is not complete.
    QVERIFY(manifest.finishedAt.isValid());
    QVERIFY(!manifest.complete);
    QCOMPARE(manifest.items.size(), 1 + DemoService::agents().size());
    for (const BackupManifest::Item &item : manifest.items) {
        if (item.agentId == failing) {
            QVERIFY(!item.ok);
            QCOMPARE(item.error.kind(), Failure::Kind::ServerError);
            QVERIFY(!item.errorText.isEmpty());
            QVERIFY(item.file.isEmpty());
        } else {
            QVERIFY(item.ok);
        }
    }
    BackupManifest onDisk;
    QVERIFY(BackupManifest::read(job.folder(), &onDisk));
    QCOMPARE(onDisk.items.size(), manifest.items.size());
    const QList<BackupVerifier::Problem> problems = BackupVerifier::verify(job.folder());
    QCOMPARE(problems.size(), 1);
    QVERIFY(problems.first().file.contains(failing));
}

void TestBackup::unavailableServiceIsAFailedItem()
{
    BackupJob job(m_dir->path());
    job.setAutoDelete(false);
    job.addUnavailable(Service::Agentbot,
                       Failure(Failure::Kind::NoCredentials).setServiceName(QStringLiteral("Agentbot")));
    job.addXpander(xpander(), true);
    QVERIFY(run(&job));
    QVERIFY(!job.error());
    QCOMPARE(job.manifest().items.size(), 1 + DemoService::agents().size());
    QCOMPARE(job.manifest().items.first().service, Service::Agentbot);
    QVERIFY(!job.manifest().items.first().ok);
    QCOMPARE(job.manifest().items.first().error.kind(), Failure::Kind::NoCredentials);
    // With knowledge bases: the agent that has them brings their documents.
    const QString withDocuments = TestSupport::agentWithKnowledgeBases().value(QStringLiteral("id")).toString();
    QVERIFY(!withDocuments.isEmpty());
    int checked = 0;
    for (const BackupManifest::Item &item : job.manifest().items) {
        if (item.agentId != withDocuments)
            continue;
        QVERIFY(read(job.folder() + QLatin1Char('/') + item.file).contains("\"documents\""));
        ++checked;
    }
    QCOMPARE(checked, 1);
}

void TestBackup::cancelLeavesAnIncompleteManifest()
{
    m_demo->setFaultPath(QStringLiteral("/export"));
    m_demo->setFault(Fault::SlowDrip, -1, "200");
    auto *job = new BackupJob(m_dir->path(), this);
    QPointer<BackupJob> alive(job);
    job->addAgentbot(agentbot());
    job->addXpander(xpander(), false);
    QString folder;
    Failure error;
    connect(job, &BackupJob::finished, this, [&] {
        folder = job->folder();
        error = job->error();
    });
    connect(job, &BackupJob::progress, job, &BackupJob::cancel);
    QSignalSpy finished(job, &BackupJob::finished);
    job->start();
    QVERIFY(finished.wait(TestSupport::waitMs));
    QCOMPARE(error.kind(), Failure::Kind::Cancelled);
    QTRY_VERIFY(!alive); // it let itself go
    BackupManifest manifest;
    QVERIFY(BackupManifest::read(folder, &manifest));
    QVERIFY(!manifest.complete);
    QVERIFY(manifest.items.isEmpty());
    QCOMPARE(QDir(folder).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("manifest.json")});
    QVERIFY(!BackupVerifier::verify(folder).isEmpty());
}

void TestBackup::twoRunsInOneSecondGetTheirOwnFolders()
{
    QStringList folders;
    for (int i = 0; i < 3; ++i) {
        BackupJob job(m_dir->path());
        job.setAutoDelete(false);
        job.addAgentbot(agentbot());
        QVERIFY(run(&job));
        QVERIFY(job.allSaved());
        QVERIFY(!folders.contains(job.folder()));
        QVERIFY(BackupManifest::isFolderName(QFileInfo(job.folder()).fileName()));
        folders << job.folder();
    }
    QCOMPARE(BackupRetention::completeBackups(m_dir->path()).size(), 3);
    BackupManifest newest;
    QCOMPARE(BackupManifest::newestIn(m_dir->path(), &newest), folders.last());
    QVERIFY(newest.complete);
}

void TestBackup::keepRemovesOnlyOldCompleteBackups()
{
    QStringList made;
    for (int i = 0; i < 4; ++i) {
        BackupJob job(m_dir->path());
        job.setAutoDelete(false);
        job.addAgentbot(agentbot());
        QVERIFY(run(&job));
        made << job.folder();
    }
    QDir dir(m_dir->path());
    // Foreign folders: one named like a backup without a manifest, one with someone else's manifest,
    // an incomplete backup older than all, and a folder of the person's own.
    QVERIFY(dir.mkdir(QStringLiteral("2000-01-01T000000Z")));
    QVERIFY(TestSupport::writeFile(dir.filePath(QStringLiteral("2000-01-01T000000Z/notes.json")), "{}"));
    QVERIFY(dir.mkdir(QStringLiteral("2000-01-02T000000Z")));
    QVERIFY(TestSupport::writeFile(dir.filePath(QStringLiteral("2000-01-02T000000Z/manifest.json")),
                                   R"({"files": ["a.json"], "complete": true})"));
    QVERIFY(dir.mkdir(QStringLiteral("2000-01-03T000000Z")));
    BackupManifest incomplete;
    incomplete.appVersion = QStringLiteral("0.1.0");
    incomplete.startedAt = QDateTime(QDate(2000, 1, 3), QTime(0, 0), Qt::UTC);
    QVERIFY(
        TestSupport::writeFile(dir.filePath(QStringLiteral("2000-01-03T000000Z/manifest.json")), incomplete.toJson()));
    QVERIFY(dir.mkdir(QStringLiteral("photos")));
    // A file the person put into the oldest complete backup keeps that folder.
    QVERIFY(TestSupport::writeFile(made.at(0) + QStringLiteral("/my-notes.txt"), "mine"));

    const BackupRetention::Result result = BackupRetention::keepNewest(m_dir->path(), 2);
    QCOMPARE(result.removed, QStringList{made.at(1)});
    QCOMPARE(result.problems.size(), 1); // the folder with the person's file
    QVERIFY(QFileInfo::exists(made.at(0) + QStringLiteral("/my-notes.txt")));
    QVERIFY(!QFileInfo::exists(made.at(0) + QStringLiteral("/agentbot-account.json")));
    QVERIFY(!QFileInfo::exists(made.at(1)));
    QVERIFY(QFileInfo::exists(made.at(2) + QStringLiteral("/manifest.json")));
    QVERIFY(QFileInfo::exists(made.at(3) + QStringLiteral("/manifest.json")));
    QVERIFY(QFileInfo::exists(dir.filePath(QStringLiteral("2000-01-01T000000Z/notes.json"))));
    QVERIFY(QFileInfo::exists(dir.filePath(QStringLiteral("2000-01-02T000000Z/manifest.json"))));
    QVERIFY(QFileInfo::exists(dir.filePath(QStringLiteral("2000-01-03T000000Z/manifest.json"))));
    QVERIFY(QFileInfo::exists(dir.filePath(QStringLiteral("photos"))));
    QCOMPARE(BackupRetention::completeBackups(m_dir->path()), (QStringList{made.at(3), made.at(2)}));
}

void TestBackup::keepAfterFailures_data()
{
    // One letter a run, oldest first: g everything saved, f every item failed (an expired sign-in),
    // p partly saved. `remaining`: the same letters, "." for a folder --keep deleted.
    QTest::addColumn<QString>("runs");
    QTest::addColumn<int>("keep");
    QTest::addColumn<QString>("remaining");
    QTest::newRow("good, two failed, good; keep 2") << "gffg" << 2 << "gffg";
    QTest::newRow("a week failed, then good; keep 7") << "gfffffffg" << 7 << "gfffffffg";
    QTest::newRow("a week failed, then good; keep 1") << "gfffffffg" << 1 << ".fffffffg";
    QTest::newRow("three good; keep 1") << "ggg" << 1 << "..g";
    QTest::newRow("partial between good; keep 2") << "ggpg" << 2 << ".gpg";
    QTest::newRow("partial and failed last; keep 1") << "ggpf" << 1 << ".gpf";
    QTest::newRow("only failed; keep 1") << "ffff" << 1 << "ffff";
    QTest::newRow("partial then good; keep 1") << "gpfg" << 1 << ".pfg";
}

void TestBackup::keepAfterFailures()
{
    QFETCH(QString, runs);
    QFETCH(int, keep);
    QFETCH(QString, remaining);
    const Failure expired(Failure::Kind::Unauthorized, QStringLiteral("session expired"));
    // A folder by its path and its run's start: a deleted folder's name may be made again.
    QList<QPair<QString, QDateTime>> made;
    for (const QChar run : runs) {
        BackupJob job(m_dir->path());
        job.setAutoDelete(false);
        if (run == QLatin1Char('f')) {
            job.addUnavailable(Service::Agentbot, expired);
            job.addUnavailable(Service::Xpander, expired);
        } else {
            job.addAgentbot(agentbot());
            if (run == QLatin1Char('p'))
                job.addUnavailable(Service::Xpander, expired);
        }
        QVERIFY(this->run(&job));
        QVERIFY(!job.error());
        made.append({job.folder(), job.manifest().startedAt});
        // The manifest says whether every item was saved.
        BackupManifest written;
        QVERIFY(BackupManifest::read(job.folder(), &written));
        QCOMPARE(written.complete, run == QLatin1Char('g'));
        QCOMPARE(job.allSaved(), run == QLatin1Char('g'));
        // As `backup --keep` and the dialog do: only after a run that saved everything.
        if (job.allSaved()) {
            const BackupRetention::Result result = BackupRetention::keepNewest(m_dir->path(), keep, job.folder());
            QVERIFY2(result.problems.isEmpty(), qPrintable(result.problems.join(QLatin1Char('\n'))));
            QVERIFY(QFileInfo::exists(job.folder() + QStringLiteral("/manifest.json")));
        }
    }
    QString left;
    for (qsizetype i = 0; i < made.size(); ++i) {
        BackupManifest there;
        const bool kept = BackupManifest::read(made.at(i).first, &there) && there.startedAt == made.at(i).second;
        left += kept ? runs.at(i) : QLatin1Char('.');
    }
    QCOMPARE(left, remaining);
}

void TestBackup::futureDatedBackupsAreLeftAlone()
{
    // A folder from a machine whose clock was wrong (name and manifest in 2099), and one copied in
    // under an old name whose manifest says 2099.
    const auto plant = [this](const QString &name, const QDateTime &started) {
        const QString folder = m_dir->filePath(name);
        BackupManifest manifest;
        manifest.appVersion = QStringLiteral("test");
        manifest.startedAt = started;
        manifest.finishedAt = started.addSecs(5);
        manifest.complete = true;
        BackupManifest::Item account;
        account.file = QStringLiteral("agentbot-account.json");
        account.ok = true;
        manifest.items << account;
        return QDir().mkpath(folder) && TestSupport::writeFile(folder + QLatin1Char('/') + account.file, "{}") &&
               TestSupport::writeFile(folder + QStringLiteral("/manifest.json"), manifest.toJson());
    };
    const QDateTime future(QDate(2099, 1, 1), QTime(0, 0), Qt::UTC);
    QVERIFY(plant(QStringLiteral("2099-01-01T000000Z"), future));
    QVERIFY(plant(QStringLiteral("2001-01-01T000000Z"), future));
    QVERIFY(plant(QStringLiteral("2000-01-01T000000Z"), QDateTime(QDate(2000, 1, 1), QTime(0, 0), Qt::UTC)));

    BackupJob job(m_dir->path());
    job.setAutoDelete(false);
    job.addAgentbot(agentbot());
    QVERIFY(run(&job));
    QVERIFY(job.allSaved());

    // The order every reader uses: the new backup is the newest, the 2099 ones are not listed.
    QCOMPARE(BackupRetention::completeBackups(m_dir->path()),
             (QStringList{job.folder(), m_dir->filePath(QStringLiteral("2000-01-01T000000Z"))}));
    QCOMPARE(BackupManifest::newestIn(m_dir->path()), job.folder());
    const QList<BackupChanges::Item> changes = BackupChanges::between(m_dir->path());
    QCOMPARE(changes.size(), 1);
    QCOMPARE(changes.first().newerFile, job.folder() + QStringLiteral("/agentbot-account.json"));
    QCOMPARE(changes.first().olderFile, m_dir->filePath(QStringLiteral("2000-01-01T000000Z/agentbot-account.json")));

    // Even without being told which run just finished, --keep 1 keeps it; the 2099 ones are untouched.
    const BackupRetention::Result result = BackupRetention::keepNewest(m_dir->path(), 1);
    QCOMPARE(result.removed, QStringList{m_dir->filePath(QStringLiteral("2000-01-01T000000Z"))});
    QVERIFY(QFileInfo::exists(job.folder() + QStringLiteral("/agentbot-account.json")));
    QVERIFY(QFileInfo::exists(m_dir->filePath(QStringLiteral("2099-01-01T000000Z/agentbot-account.json"))));
    QVERIFY(QFileInfo::exists(m_dir->filePath(QStringLiteral("2001-01-01T000000Z/agentbot-account.json"))));
}

void TestBackup::retentionDoesNotFollowASwappedFolder()
{
    QStringList made;
    for (int i = 0; i < 2; ++i) {
        BackupJob job(m_dir->path());
        job.setAutoDelete(false);
        job.addAgentbot(agentbot());
        QVERIFY(run(&job));
        made << job.folder();
    }
    const QStringList doomed = BackupRetention::toRemove(m_dir->path(), 1, made.at(1));
    QCOMPARE(doomed, QStringList{made.at(0)});

    // Between the check and the deletion someone who can write the folder swaps the old backup for a
    // link to a folder outside that holds files of the same names.
    QTemporaryDir outside;
    QVERIFY(outside.isValid());
    for (const QString &name : {QStringLiteral("manifest.json"), QStringLiteral("agentbot-account.json")})
        QVERIFY(QFile::copy(made.at(0) + QLatin1Char('/') + name, outside.filePath(name)));
    QVERIFY(QDir().rename(made.at(0), m_dir->filePath(QStringLiteral("moved-away"))));
    QVERIFY(QFile::link(outside.path(), made.at(0)));

    const BackupRetention::Result result = BackupRetention::remove(m_dir->path(), doomed);
    QVERIFY(result.removed.isEmpty());
    QCOMPARE(result.problems.size(), 1);
    QVERIFY(QFileInfo::exists(outside.filePath(QStringLiteral("manifest.json"))));
    QVERIFY(QFileInfo::exists(outside.filePath(QStringLiteral("agentbot-account.json"))));
    QVERIFY(QFileInfo(made.at(0)).isSymLink());
    QVERIFY(QFileInfo::exists(made.at(1) + QStringLiteral("/manifest.json")));
}

void TestBackup::verifyFindsEveryProblem()
{
    BackupJob job(m_dir->path());
    job.setAutoDelete(false);
    job.addAgentbot(agentbot());
    job.addXpander(xpander(), false);
    QVERIFY(run(&job));
    QVERIFY(job.allSaved());
    QVERIFY(BackupVerifier::verify(job.folder()).isEmpty());
    const QList<BackupManifest::Item> items = job.manifest().items;
    QVERIFY(items.size() >= 4);

    // A flipped byte (same size), a missing file, a file cut short, a link in place of a file.
    const QString flipped = items.at(0).file;
    QByteArray bytes = read(job.folder() + QLatin1Char('/') + flipped);
    bytes[bytes.size() / 2] = char(bytes.at(bytes.size() / 2) ^ 0x01);
    QFile::remove(job.folder() + QLatin1Char('/') + flipped);
    QVERIFY(TestSupport::writeFile(job.folder() + QLatin1Char('/') + flipped, bytes));
    const QString missing = items.at(1).file;
    QVERIFY(QFile::remove(job.folder() + QLatin1Char('/') + missing));
    const QString cut = items.at(2).file;
    QVERIFY(QFile::resize(job.folder() + QLatin1Char('/') + cut, 10));
    const QString linked = items.at(3).file;
    QVERIFY(QFile::rename(job.folder() + QLatin1Char('/') + linked, m_dir->filePath(QStringLiteral("elsewhere.json"))));
    QVERIFY(QFile::link(m_dir->filePath(QStringLiteral("elsewhere.json")), job.folder() + QLatin1Char('/') + linked));

    const QList<BackupVerifier::Problem> problems = BackupVerifier::verify(job.folder());
    QStringList named;
    for (const BackupVerifier::Problem &problem : problems)
        named << problem.file;
    QCOMPARE(named, (QStringList{flipped, missing, cut, linked}));

    // No manifest at all.
    QVERIFY(QFile::remove(job.folder() + QStringLiteral("/manifest.json")));
    const QList<BackupVerifier::Problem> none = BackupVerifier::verify(job.folder());
    QCOMPARE(none.size(), 1);
    QCOMPARE(none.first().file, QStringLiteral("manifest.json"));
}

void TestBackup::scheduleUnits_data()
{
    QTest::addColumn<int>("frequency");
    QTest::addColumn<QByteArray>("calendar");
    QTest::newRow("daily") << int(BackupSchedule::Frequency::Daily) << QByteArray("OnCalendar=daily");
    QTest::newRow("weekly") << int(BackupSchedule::Frequency::Weekly) << QByteArray("OnCalendar=weekly");
}

void TestBackup::scheduleUnits()
{
    QFETCH(int, frequency);
    QFETCH(QByteArray, calendar);
    const QString units = m_dir->filePath(QStringLiteral("config/systemd/user"));
    const QString program = QString::fromUtf8(TAKEOUT_BIN_DIR "/agent-takeout-cli");
    BackupSchedule::Settings settings;
    settings.frequency = BackupSchedule::Frequency(frequency);
    // A folder name with what systemd would otherwise read as quoting, a specifier or a variable.
    settings.directory = m_dir->filePath(QStringLiteral("My \"Backups\" 100% $HOME"));
    settings.agentbotServer = m_demo->url().toString();
    settings.keep = {5, 0, 3, 12};
    settings.withKnowledgeBases = true;
    QVERIFY(!BackupSchedule::install(settings, program, units));
    QCOMPARE(int(BackupSchedule::installed(units)), frequency);

    const QString service = units + QLatin1Char('/') + BackupSchedule::serviceFileName();
    const QString timer = units + QLatin1Char('/') + BackupSchedule::timerFileName();
    const QByteArray serviceText = read(service);
    const QByteArray timerText = read(timer);
    QVERIFY(timerText.contains(QByteArray(calendar + '\n')));
    QVERIFY(timerText.contains("WantedBy=timers.target"));
    QVERIFY2(serviceText.contains(QByteArray("ExecStart=\"" + program.toUtf8() + "\" \"backup\" \"--to\"")),
             serviceText.constData());
    QVERIFY2(serviceText.contains("My \\\"Backups\\\" 100%% $$HOME\""), serviceText.constData());
    // The keep policy, every count set, and no option for one that is not.
    QVERIFY(serviceText.contains("\"--keep\" \"5\" \"--keep-weekly\" \"3\" \"--keep-monthly\" \"12\""));
    QVERIFY(!serviceText.contains("--keep-daily"));
    QVERIFY(serviceText.contains("\"--with-knowledge-bases\""));
    QVERIFY(serviceText.contains("\"--agentbot-server\""));
    // Nobody watches the timer's run: a failure is told on the desktop.
    QVERIFY(serviceText.contains("\"--notify-on-failure\"\n"));
    for (const QByteArray &secret : TestSupport::secrets())
        QVERIFY(!serviceText.contains(secret));
    // Enabled as `systemctl --user enable` does it.
    const QFileInfo wanted(units + QStringLiteral("/timers.target.wants/") + BackupSchedule::timerFileName());
    QVERIFY(wanted.isSymLink());
    QCOMPARE(wanted.symLinkTarget(), QFileInfo(timer).absoluteFilePath());

    // systemd's own check of both files (it needs no running systemd).
    const QString analyze = QStandardPaths::findExecutable(QStringLiteral("systemd-analyze"));
    if (analyze.isEmpty())
        QSKIP("systemd-analyze is not installed (packaging/dev.sh installs the systemd package)");
    QProcess process;
    process.start(analyze, {QStringLiteral("verify"), service, timer});
    QVERIFY(process.waitForFinished(TestSupport::waitMs));
    const QByteArray said = process.readAllStandardError() + process.readAllStandardOutput();
    QVERIFY2(process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0, said.constData());
    QVERIFY2(!said.contains("agent-takeout-backup"), said.constData());

    // Installing again replaces the files; a link planted at a unit's name is refused, not written through.
    QVERIFY(!BackupSchedule::install(settings, program, units));
    QVERIFY(QFile::remove(service));
    const QString elsewhere = m_dir->filePath(QStringLiteral("elsewhere"));
    QVERIFY(TestSupport::writeFile(elsewhere, "mine"));
    QVERIFY(QFile::link(elsewhere, service));
    QVERIFY(BackupSchedule::install(settings, program, units));
    QCOMPARE(read(elsewhere), QByteArray("mine"));

    // Off removes both units and the link; the link planted by someone else goes, its target stays.
    settings.frequency = BackupSchedule::Frequency::Off;
    QVERIFY(!BackupSchedule::install(settings, program, units));
    QVERIFY(!QFileInfo(service).isSymLink() && !QFileInfo::exists(service));
    QVERIFY(!QFileInfo::exists(timer));
    QVERIFY(!QFileInfo(wanted.absoluteFilePath()).isSymLink() && !QFileInfo::exists(wanted.absoluteFilePath()));
    QCOMPARE(read(elsewhere), QByteArray("mine"));
    QCOMPARE(BackupSchedule::installed(units), BackupSchedule::Frequency::Off);
}

void TestBackup::failureNoticeText()
{
    BackupManifest manifest;
    manifest.complete = true;
    BackupManifest::Item account;
    account.ok = true;
    manifest.items << account;
    // Nothing failed: nothing to tell.
    QVERIFY(BackupFailureNotice::text(manifest, {}).isEmpty());

    BackupManifest::Item agent;
    agent.service = Service::Xpander;
    agent.agentId = QStringLiteral("agent-1");
    agent.error = Failure(Failure::Kind::ServerError).setServiceName(QStringLiteral("xpander.ai"));
    agent.error.setDetail(QStringLiteral("HTTP 500 from https://api.example/agents/agent-1"));
    manifest.items << agent;
    manifest.items[0].ok = false;
    manifest.items[0].error = Failure(Failure::Kind::NoCredentials).setServiceName(QStringLiteral("Agentbot"));
    const QString text = BackupFailureNotice::text(manifest, {});
    // What failed, why (the first failure's sentence, without its detail) and what to do.
    QVERIFY2(text.startsWith(QStringLiteral("The automatic backup of your Agentbot account and %1 failed: %2")
                                 .arg(BackupFailureNotice::tr("%n of your xpander.ai agents", nullptr, 1),
                                      manifest.items[0].error.message().chopped(1))),
             qPrintable(text));
    QVERIFY(text.endsWith(QLatin1String(". Open Agent Takeout to try again.")));
    QVERIFY(!text.contains(QLatin1String("HTTP 500")));

    // The run itself failing, and old backups that could not be removed.
    const Failure cannotWrite(Failure::Kind::FileWriteFailed, QStringLiteral("detail"));
    QVERIFY(BackupFailureNotice::text({}, cannotWrite)
                .startsWith(QStringLiteral("The automatic backup failed: %1").arg(cannotWrite.message().chopped(1))));
    BackupManifest saved;
    saved.items << BackupManifest::Item{};
    saved.items[0].ok = true;
    QVERIFY(BackupFailureNotice::text(saved, {}, {QStringLiteral("/b/2026 could not be removed completely.")})
                .contains(QLatin1String("old backups could not be removed: /b/2026 could not be removed completely.")));
}

void TestBackup::changesBetweenTheTwoNewestCompleteBackups()
{
    // Backups as the job writes them: the account and two agents' templates, the newest one cut off.
    const QString directory = m_dir->filePath(QStringLiteral("changes"));
    const QDateTime start = QDateTime::currentDateTimeUtc().addDays(-3);
    const auto backUp = [&directory](const QDateTime &when, bool complete, const QStringList &agents) {
        const QString folder = directory + QLatin1Char('/') + BackupManifest::folderName(when);
        BackupManifest manifest;
        manifest.appVersion = QStringLiteral("test");
        manifest.startedAt = when;
        manifest.complete = complete;
        if (complete)
            manifest.finishedAt = when.addSecs(1);
        BackupManifest::Item account;
        account.file = QStringLiteral("agentbot-account.json");
        account.ok = true;
        manifest.items << account;
        for (const QString &agent : agents) {
            BackupManifest::Item item;
            item.service = Service::Xpander;
            item.agentId = agent;
            item.file = agent + QStringLiteral(".json");
            item.ok = agent != QLatin1String("failed");
            manifest.items << item;
        }
        bool written = QDir().mkpath(folder);
        for (const BackupManifest::Item &item : std::as_const(manifest.items))
            written = written && TestSupport::writeFile(folder + QLatin1Char('/') + item.file, "{}");
        written = written && TestSupport::writeFile(folder + QStringLiteral("/manifest.json"), manifest.toJson());
        return written ? folder : QString();
    };
    // One complete backup: nothing to compare yet.
    const QString first = backUp(start, true, {QStringLiteral("a"), QStringLiteral("b")});
    QVERIFY(!first.isEmpty());
    QVERIFY(BackupChanges::between(directory).isEmpty());
    QVERIFY(!BackupChanges::find(directory, Service::Agentbot));

    const QString second = backUp(start.addDays(1), true, {QStringLiteral("b"), QStringLiteral("failed")});
    const QString third = backUp(start.addDays(2), true, {QStringLiteral("b"), QStringLiteral("c")});
    QVERIFY(!second.isEmpty() && !third.isEmpty());
    // Cut off: not used.
    QVERIFY(!backUp(start.addDays(3), false, {QStringLiteral("b"), QStringLiteral("c")}).isEmpty());
    QVERIFY(QDir().mkpath(directory + QStringLiteral("/holiday photos")));

    // The two newest complete ones (the second, with an item failed, is not complete), the account
    // first; only what both saved ("c" is new, "a" is gone).
    const QList<BackupChanges::Item> items = BackupChanges::between(directory);
    QCOMPARE(items.size(), 2);
    QCOMPARE(items.at(0).service, Service::Agentbot);
    QCOMPARE(items.at(0).olderFile, first + QStringLiteral("/agentbot-account.json"));
    QCOMPARE(items.at(0).newerFile, third + QStringLiteral("/agentbot-account.json"));
    QCOMPARE(items.at(1).agentId, QStringLiteral("b"));
    QCOMPARE(items.at(1).olderFile, first + QStringLiteral("/b.json"));
    QCOMPARE(items.at(1).newerFile, third + QStringLiteral("/b.json"));

    const std::optional<BackupChanges::Item> agent =
        BackupChanges::find(directory, Service::Xpander, QStringLiteral("b"));
    QVERIFY(agent);
    QCOMPARE(agent->newerFile, third + QStringLiteral("/b.json"));
    QVERIFY(!BackupChanges::find(directory, Service::Xpander, QStringLiteral("c")));
    QVERIFY(!BackupChanges::find(directory, Service::Xpander, QStringLiteral("a")));
}

QTEST_GUILESS_MAIN(TestBackup)
#include "tst_backup.moc"
