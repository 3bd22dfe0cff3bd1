#include "TestSupport.h"
#include "base/BackgroundTask.h"
#include "exports/FileHistory.h"
#include "shell/MainWindow.h"

#include <QApplication>
#include <QPointer>
#include <QProgressBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>

using namespace Takeout;

// A window that goes while a large file loads, as main()'s window does when the application quits: the
// load stops, nothing calls back into the window, and the application ends cleanly. Its own executable,
// so that the last test can leave a load running when QApplication is destroyed (the sanitizer build
// reports any touch of freed memory).
class TestQuitWhileLoading : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void aClosedWindowsLoadStopsAndLeavesNoTrace();
    void quittingDuringALoad();

private:
    // A JSON array of records, `megabytes` large.
    static bool generate(const QString &path, int megabytes)
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return false;
        file.write("[\n");
        const qint64 target = qint64(megabytes) << 20;
        for (qint64 i = 0, written = 0; written < target; ++i) {
            QByteArray chunk;
            for (int j = 0; j < 1000; ++j) {
                const QByteArray n = QByteArray::number(i * 1000 + j);
                chunk += "  {\"id\": \"agent_" + n + "\", \"name\": \"Agent " + n +
                         "\", \"enabled\": true, \"score\": " + n + ".5, \"tags\": [\"a\", \"b\"]},\n";
            }
            if (file.write(chunk) != chunk.size())
                return false;
            written += chunk.size();
        }
        file.write("  null\n]\n");
        return file.error() == QFileDevice::NoError;
    }
    // Opens `path` in `window` and waits until the load has really started: its first progress arrived,
    // and its answer has not.
    static bool openAndWaitForProgress(MainWindow *window, const QString &path)
    {
        window->openFile(path);
        const QPointer<QWidget> loading = window->findChild<QWidget *>(QStringLiteral("openProgress"));
        if (!loading)
            return false;
        const QPointer<QProgressBar> bar = loading->findChild<QProgressBar *>();
        return bar && QTest::qWaitFor([&] { return !loading || bar->value() > 0; }, TestSupport::waitMs) && loading &&
               window->tabs()->count() == 1;
    }

    QTemporaryDir m_dir;
};

void TestQuitWhileLoading::initTestCase()
{
    QApplication::setOrganizationName(QStringLiteral("AgentTakeoutTests"));
    QApplication::setApplicationName(QStringLiteral("tst_quitwhileloading"));
    QVERIFY(m_dir.isValid());
    FileHistory::clear();
}

void TestQuitWhileLoading::aClosedWindowsLoadStopsAndLeavesNoTrace()
{
    const QString path = m_dir.filePath(QStringLiteral("large.json"));
    QVERIFY(generate(path, 40));
    auto *window = new MainWindow;
    window->show();
    QVERIFY(openAndWaitForProgress(window, path));
    delete window;
    // The load was cancelled, not finished: the file did not join the recent list (which a finished
    // load adds it to, on the UI thread, so a window that is gone cannot).
    QVERIFY(BackgroundTask::threads()->waitForDone(TestSupport::waitMs));
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
    QVERIFY2(!FileHistory::recentFiles().contains(path), qPrintable(FileHistory::recentFiles().join(u'\n')));

    // The same file opens in a window that stays.
    MainWindow stays;
    stays.show();
    stays.openFile(path);
    QTRY_COMPARE_WITH_TIMEOUT(stays.tabs()->count(), 2, TestSupport::waitMs);
    QTRY_VERIFY_WITH_TIMEOUT(FileHistory::recentFiles().contains(path), TestSupport::waitMs);
}

void TestQuitWhileLoading::quittingDuringALoad()
{
    const QString path = m_dir.filePath(QStringLiteral("quit.json"));
    QVERIFY(generate(path, 40));
    auto *window = new MainWindow;
    window->show();
    QVERIFY(openAndWaitForProgress(window, path));
    // As main() returning: the window first, then QApplication (after this test), with the load still
    // on a worker.
    delete window;
}

QTEST_MAIN(TestQuitWhileLoading)
#include "tst_quitwhileloading.moc"
