#include "exports/ExportWriter.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_UNIX
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
    QCOMPARE(ExportWriter::write("new", path).kind(), ApiError::Kind::FileExists);
    QCOMPARE(read(path), QByteArray("old"));
    QVERIFY(!ExportWriter::write("new", path, ExportWriter::Existing::Replace));
    QCOMPARE(read(path), QByteArray("new"));
}

void TestExportWriter::failureLeavesNothingBehind()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("missing-folder/export.json"));
    const ApiError error = ExportWriter::write("data", path);
    QCOMPARE(error.kind(), ApiError::Kind::FileWriteFailed);
    QVERIFY(!error.message().isEmpty());
    QVERIFY(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden).isEmpty());

    // A folder we may not write into: nothing appears, not even a temporary file.
#ifdef Q_OS_UNIX
    if (::geteuid() != 0) { // root writes anywhere
        QVERIFY(QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::ExeOwner));
        QCOMPARE(ExportWriter::write("data", dir.filePath(QStringLiteral("x.json"))).kind(),
                 ApiError::Kind::FileWriteFailed);
        QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        QVERIFY(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden).isEmpty());
    }
#endif
}

void TestExportWriter::folderIsNotAFile()
{
    QTemporaryDir dir;
    QCOMPARE(ExportWriter::write("x", dir.path(), ExportWriter::Existing::Replace).kind(),
             ApiError::Kind::FileWriteFailed);
}

QTEST_GUILESS_MAIN(TestExportWriter)
#include "tst_exportwriter.moc"
