#include "TestSupport.h"

#include <QDirIterator>
#include <QFile>
#include <QTest>

// Runs after every other test (ctest fixture cleanup): no secret the suite used may be found, as plain
// bytes, in any file under the test HOME or temp directory (where every CLI run's stdout and stderr are
// captured), nor in the output ctest captured from every test program so far (the window's included).
class TestSecretsAudit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void noSecretInAnyFile_data();
    void noSecretInAnyFile();
};

void TestSecretsAudit::noSecretInAnyFile_data()
{
    QTest::addColumn<QString>("root");
    QTest::newRow("HOME") << qEnvironmentVariable("HOME");
    // The temp dir holds every CLI run's stdout and stderr (AGENT_TAKEOUT_TEST_CAPTURE).
    QTest::newRow("TMPDIR") << qEnvironmentVariable("TMPDIR");
    QTest::newRow("test output") << QString::fromUtf8(TAKEOUT_BUILD_DIR "/Testing/Temporary");
}

void TestSecretsAudit::noSecretInAnyFile()
{
    QFETCH(QString, root);
    if (root.isEmpty() || root == QLatin1String("/"))
        QSKIP("not run inside packaging/dev.sh test");
    // The suite must run with a throwaway HOME, never a developer's own.
    QVERIFY2(qEnvironmentVariable("AGENT_TAKEOUT_KEYCHAIN_SERVICE") == QLatin1String("AgentTakeoutTests"),
             "run through packaging/dev.sh test");

    int scanned = 0;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QByteArray content = file.readAll();
        ++scanned;
        for (const QByteArray &secret : TestSupport::secrets()) {
            // The name of the file and the index of the secret, never the secret itself.
            QVERIFY2(
                !content.contains(secret),
                qPrintable(
                    QStringLiteral("secret #%1 found in %2").arg(TestSupport::secrets().indexOf(secret)).arg(path)));
        }
    }
    const QString capture = qEnvironmentVariable("AGENT_TAKEOUT_TEST_CAPTURE");
    if (QLatin1String(QTest::currentDataTag()) == QLatin1String("TMPDIR") && QFile::exists(capture)) {
        QVERIFY2(capture.startsWith(root), "the CLI output is captured inside the temp dir");
        QFile file(capture);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY2(file.readAll().contains("--- stderr"), "the captured CLI output is empty");
    }
    if (QLatin1String(QTest::currentDataTag()) == QLatin1String("test output")) {
        QVERIFY2(scanned > 0, qPrintable(root));
        // ctest keeps the whole stdout and stderr of every test program that ran before this one, the CLI's
        // and the window's included (tst_cli captures the CLI's own streams and checks them itself).
        // While ctest runs, its log is LastTest.log.tmp; it is renamed when the run ends.
        QFile log(root + QStringLiteral("/LastTest.log.tmp"));
        if (!log.exists())
            log.setFileName(root + QStringLiteral("/LastTest.log"));
        QVERIFY2(log.open(QIODevice::ReadOnly), "ctest's log of the test output is missing");
        const QByteArray output = log.readAll();
        qInfo("%lld bytes of test output read from %s", qint64(output.size()), qPrintable(log.fileName()));
        const std::pair<const char *, const char *> programs[] = {{"tst_cli", "TestCli::"}, {"tst_gui", "TestGui::"}};
        for (const auto &[program, testClass] : programs) {
            // When ctest ran the program (a -R filter may leave it out), its own output was scanned too.
            if (output.contains(QByteArray(" Test: ").append(program).append('\n')))
                QVERIFY2(output.contains(testClass), program);
        }
    }
    qInfo("%d files scanned under %s", scanned, qPrintable(root));
}

QTEST_GUILESS_MAIN(TestSecretsAudit)
#include "tst_secretsaudit.moc"
