#include "exports/ExportWriter.h"

#include <QDir>
#include <QFile>
#include <QLocale>
#include <QScopeGuard>
#include <QSemaphore>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>
#include <cerrno>
#include <memory>

#ifdef Q_OS_UNIX
#include <csignal>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

using namespace Takeout;

class TestExportWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void writesExactBytes();
    void refusesToOverwriteUnlessTold();
    void failureLeavesNothingBehind();
    void folderIsNotAFile();
    void neverWritesThroughALink_data();
    void neverWritesThroughALink();
    void newFilesAreOwnerOnly();
    void racingSavesOneWins();
    void fullDiskAndLimitsAreSaidPlainly();
    void fileSizeLimitIsASentence();

private:
    static QByteArray read(const QString &path);
};

QByteArray TestExportWriter::read(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void TestExportWriter::writesExactBytes()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    // Bytes a re-serialiser would change: key order, duplicate keys, spacing, long numbers, escapes.
    const QByteArray bytes = "{ \"z\": 1, \"a\": 12345678901234567890, \"a\": 1.10,\r\n \"s\": \"\\u00e9\\/\" }\n";
    const QString path = dir.filePath(QStringLiteral("export.json"));
    QVERIFY(!ExportWriter::write(bytes, path));
    QCOMPARE(read(path), bytes);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("export.json")});
}

void TestExportWriter::refusesToOverwriteUnlessTold()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("export.json"));
    QVERIFY(!ExportWriter::write("old", path));
    QCOMPARE(ExportWriter::write("new", path).kind(), Failure::Kind::FileExists);
    QCOMPARE(read(path), QByteArray("old"));
    QVERIFY(!ExportWriter::write("new", path, ExportWriter::Existing::Replace));
    QCOMPARE(read(path), QByteArray("new"));
}

void TestExportWriter::failureLeavesNothingBehind()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("missing-folder/export.json"));
    const Failure error = ExportWriter::write("data", path);
    QCOMPARE(error.kind(), Failure::Kind::FileWriteFailed);
    QVERIFY(!error.message().isEmpty());
    QVERIFY(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden).isEmpty());

    // A folder we may not write into: nothing appears, not even a temporary file.
#ifdef Q_OS_UNIX
    if (::geteuid() != 0) { // root writes anywhere
        QVERIFY(QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::ExeOwner));
        QCOMPARE(ExportWriter::write("data", dir.filePath(QStringLiteral("x.json"))).kind(),
                 Failure::Kind::FileWriteFailed);
        QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        QVERIFY(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden).isEmpty());
    }
#endif
}

void TestExportWriter::folderIsNotAFile()
{
    QTemporaryDir dir;
    QCOMPARE(ExportWriter::write("x", dir.path(), ExportWriter::Existing::Replace).kind(),
             Failure::Kind::FileWriteFailed);
}

void TestExportWriter::neverWritesThroughALink_data()
{
    QTest::addColumn<bool>("dangling");
    QTest::addColumn<int>("existing");
    QTest::newRow("dangling, refuse") << true << int(ExportWriter::Existing::Refuse);
    QTest::newRow("dangling, replace") << true << int(ExportWriter::Existing::Replace);
    QTest::newRow("to a file, refuse") << false << int(ExportWriter::Existing::Refuse);
    QTest::newRow("to a file, replace") << false << int(ExportWriter::Existing::Replace);
}

void TestExportWriter::neverWritesThroughALink()
{
    QFETCH(bool, dangling);
    QFETCH(int, existing);
    QTemporaryDir dir;
    QTemporaryDir elsewhere;
    const QString target = elsewhere.filePath(QStringLiteral("target.json"));
    if (!dangling) {
        QFile file(target);
        QVERIFY(file.open(QIODevice::WriteOnly)); // empty, and must stay so
    }
    const QString path = dir.filePath(QStringLiteral("export.json"));
    QVERIFY(QFile::link(target, path));

    const Failure error = ExportWriter::write("personal data", path, ExportWriter::Existing(existing));
    QCOMPARE(error.kind(), Failure::Kind::FileWriteFailed);
    QCOMPARE(error.message(), QStringLiteral("“export.json” is a link to another place; Agent Takeout does not write "
                                             "through links. Choose another name."));
    QCOMPARE(QFileInfo::exists(target), !dangling);
    QCOMPARE(read(target), QByteArray());
    QVERIFY(QFileInfo(path).isSymLink()); // left as it was
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System),
             QStringList{QStringLiteral("export.json")});
}

void TestExportWriter::newFilesAreOwnerOnly()
{
#ifdef Q_OS_UNIX
    QTemporaryDir dir;
    const auto mode = [](const QString &path) {
        struct stat status = {};
        return ::stat(QFile::encodeName(path).constData(), &status) == 0 ? int(status.st_mode & 07777) : -1;
    };
    const mode_t oldMask = ::umask(022); // the usual one, which would leave the file readable by all
    const auto restore = qScopeGuard([oldMask] { ::umask(oldMask); });
    const QString path = dir.filePath(QStringLiteral("export.json"));
    QVERIFY(!ExportWriter::write("data", path));
    QCOMPARE(mode(path), 0600);

    // Replacing a file others could read leaves an owner-only one.
    const QString shared = dir.filePath(QStringLiteral("shared.json"));
    QVERIFY(QFile(shared).open(QIODevice::WriteOnly));
    QVERIFY(::chmod(QFile::encodeName(shared).constData(), 0644) == 0);
    QVERIFY(!ExportWriter::write("new", shared, ExportWriter::Existing::Replace));
    QCOMPARE(mode(shared), 0600);
    QCOMPARE(read(shared), QByteArray("new"));
#else
    QSKIP("POSIX permissions");
#endif
}

void TestExportWriter::racingSavesOneWins()
{
    // Saves racing for one name without Replace: exactly one is saved, every other one is told the file
    // exists, and the file holds the winner's bytes whole. Several rounds, so that the saves overlap.
    constexpr int writers = 6;
    for (int round = 0; round < 8; ++round) {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("export.json"));
        QSemaphore ready;
        std::atomic<bool> go{false};
        std::vector<Failure> results(writers);
        std::vector<std::unique_ptr<QThread>> threads;
        for (int i = 0; i < writers; ++i) {
            threads.emplace_back(QThread::create([&, i] {
                const QByteArray bytes(262144, char('a' + i));
                ready.release();
                while (!go.load()) {
                }
                results[size_t(i)] = ExportWriter::write(bytes, path);
            }));
            threads.back()->start();
        }
        ready.acquire(writers);
        go = true;
        for (const auto &thread : threads)
            QVERIFY(thread->wait(20000));
        int saved = -1;
        for (int i = 0; i < writers; ++i) {
            if (!results[size_t(i)]) {
                QVERIFY2(saved < 0, "two saves both said they saved the file");
                saved = i;
            } else {
                QCOMPARE(results[size_t(i)].kind(), Failure::Kind::FileExists);
            }
        }
        QVERIFY(saved >= 0);
        QCOMPARE(read(path), QByteArray(262144, char('a' + saved)));
        QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
                 QStringList{QStringLiteral("export.json")});
    }
}

void TestExportWriter::fullDiskAndLimitsAreSaidPlainly()
{
    const QLocale locale;
    const QString path = QStringLiteral("/media/usb/export.json");
    Failure error = ExportWriter::errorFor(ENOSPC, path, 5000000, 1200000);
    QCOMPARE(error.kind(), Failure::Kind::FileWriteFailed);
    QCOMPARE(error.message(), QStringLiteral("The disk is full: saving needs %1, and %2 is free.")
                                  .arg(locale.formattedDataSize(5000000), locale.formattedDataSize(1200000)));
    QVERIFY(error.detail().startsWith(path));
#ifdef EDQUOT
    QCOMPARE(ExportWriter::errorFor(EDQUOT, path, 5, 0).message(),
             ExportWriter::errorFor(ENOSPC, path, 5, 0).message()); // a full quota is a full disk to the user
#endif
    error = ExportWriter::errorFor(EFBIG, path, 5000000, 0);
    QVERIFY2(error.message().contains(QLatin1String("too large for this disk")), qPrintable(error.message()));
    QCOMPARE(ExportWriter::errorFor(EEXIST, path, 5, 0).kind(), Failure::Kind::FileExists);
    error = ExportWriter::errorFor(EACCES, path, 5, 0);
    QCOMPARE(error.message(), Failure(Failure::Kind::FileWriteFailed).message());
}

void TestExportWriter::fileSizeLimitIsASentence()
{
#ifdef Q_OS_UNIX
    // A real write refused by the system: a file size limit, as a quota or `ulimit -f` sets. The programs
    // ignore SIGXFSZ (ProcessProtection), so the write fails with EFBIG instead of ending the process.
    QTemporaryDir dir;
    const auto previousHandler = std::signal(SIGXFSZ, SIG_IGN);
    rlimit previous{};
    QVERIFY(::getrlimit(RLIMIT_FSIZE, &previous) == 0);
    rlimit small = previous;
    small.rlim_cur = 65536;
    QVERIFY(::setrlimit(RLIMIT_FSIZE, &small) == 0);
    const Failure error = ExportWriter::write(QByteArray(1048576, 'x'), dir.filePath(QStringLiteral("big.json")));
    ::setrlimit(RLIMIT_FSIZE, &previous);
    std::signal(SIGXFSZ, previousHandler);
    QCOMPARE(error.kind(), Failure::Kind::FileWriteFailed);
    QVERIFY2(error.message().contains(QLatin1String("too large for this disk")), qPrintable(error.message()));
    QVERIFY(error.message().contains(QLocale().formattedDataSize(1048576)));
    QVERIFY(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden).isEmpty());
#else
    QSKIP("POSIX resource limits");
#endif
}

QTEST_GUILESS_MAIN(TestExportWriter)
#include "tst_exportwriter.moc"
