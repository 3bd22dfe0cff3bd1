#include "TestSupport.h"
#include "base/BackgroundTask.h"

#include <QCoreApplication>
#include <QPointer>
#include <QSemaphore>
#include <QTest>
#include <QThread>
#include <QThreadPool>

#include <algorithm>
#include <atomic>
#include <memory>
#include <thread>
#include <vector>

using namespace Takeout;

// The one way work leaves the UI thread: where its answer arrives, and when it does not.
class TestBackgroundTask : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void answerArrivesOnTheContextsThread();
    void answerArrivesOnAContextInAnotherThread();
    void aDestroyedContextGetsNoCallbackAndItsWorkStops();
    void cancelDropsTheAnswer();
    void cancelDropsAnAnswerAlreadyComputed();
    void replacingTheHandleDropsTheOldAnswer();
    void voidWork();
    void progressArrivesInOrderFromSeveralThreads();
    void noProgressAfterCancel();
    void moveOnlyResults();
    void doneMayDeleteTheContext();
    void inlineControl();
    void qtsGlobalPoolStaysFree();

private:
    // A worker waits at a gate until the test opens it; the test knows when the worker got there.
    struct Gate
    {
        QSemaphore arrived;
        QSemaphore open;
        std::atomic_bool sawCancel{false};

        // On the worker. Bounded, so that a failing test cannot hang the thread pool at exit.
        void pass(const TaskControl &task)
        {
            arrived.release();
            open.tryAcquire(1, TestSupport::waitMs);
            sawCancel = task.isCancelled();
        }
    };
    // Lets every worker finish and whatever they posted arrive: an answer not delivered by then never is.
    static bool settle()
    {
        const bool done = BackgroundTask::threads()->waitForDone(TestSupport::waitMs);
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
        return done;
    }
};

void TestBackgroundTask::answerArrivesOnTheContextsThread()
{
    QObject context;
    std::atomic<QThread *> workThread{nullptr};
    QThread *doneThread = nullptr;
    int answer = 0;
    BackgroundTask task = BackgroundTask::run(
        &context,
        [&workThread](const TaskControl &) {
            workThread = QThread::currentThread();
            return 42;
        },
        [&](int result) {
            doneThread = QThread::currentThread();
            answer = result;
        });
    QVERIFY(task.isRunning());
    QTRY_COMPARE_WITH_TIMEOUT(answer, 42, TestSupport::waitMs);
    QVERIFY(workThread.load() != context.thread());
    QCOMPARE(doneThread, context.thread());
    QVERIFY(!task.isRunning());
}

void TestBackgroundTask::answerArrivesOnAContextInAnotherThread()
{
    QThread thread;
    thread.start();
    auto *context = new QObject;
    context->moveToThread(&thread);
    std::atomic<QThread *> doneThread{nullptr};
    std::atomic_bool delivered{false};
    QMetaObject::invokeMethod(
        context,
        [context, &doneThread, &delivered] {
            // The handle is not needed: the context ends the task.
            BackgroundTask::run(
                context, [](const TaskControl &) { return QStringLiteral("answer"); },
                [&doneThread, &delivered](const QString &result) {
                    doneThread = QThread::currentThread();
                    delivered = result == QLatin1String("answer");
                });
        },
        Qt::BlockingQueuedConnection);
    QTRY_VERIFY_WITH_TIMEOUT(delivered.load(), TestSupport::waitMs);
    QCOMPARE(doneThread.load(), &thread);
    QMetaObject::invokeMethod(
        context, [context] { delete context; }, Qt::BlockingQueuedConnection);
    thread.quit();
    QVERIFY(thread.wait(TestSupport::waitMs));
}

void TestBackgroundTask::aDestroyedContextGetsNoCallbackAndItsWorkStops()
{
    auto gate = std::make_shared<Gate>();
    auto *context = new QObject;
    int answers = 0;
    int progress = 0;
    BackgroundTask task = BackgroundTask::run(
        context,
        [gate](const TaskControl &control) {
            control.setProgress(1, 10);
            gate->pass(control);
            control.setProgress(10, 10);
            return 1;
        },
        [&answers](int) { ++answers; }, [&progress](int) { ++progress; });
    QVERIFY(gate->arrived.tryAcquire(1, TestSupport::waitMs));
    delete context;
    QVERIFY(!task.isRunning());
    gate->open.release();
    QVERIFY(settle());
    QVERIFY(gate->sawCancel);
    QCOMPARE(answers, 0);
    // The first step may have arrived while the context lived; none after it went.
    QVERIFY(progress <= 1);
}

void TestBackgroundTask::cancelDropsTheAnswer()
{
    auto gate = std::make_shared<Gate>();
    QObject context;
    int answers = 0;
    BackgroundTask task = BackgroundTask::run(
        &context,
        [gate](const TaskControl &control) {
            gate->pass(control);
            return 1;
        },
        [&answers](int) { ++answers; });
    QVERIFY(gate->arrived.tryAcquire(1, TestSupport::waitMs));
    QVERIFY(task.isRunning());
    task.cancel();
    QVERIFY(!task.isRunning());
    gate->open.release();
    QVERIFY(settle());
    QVERIFY(gate->sawCancel);
    QCOMPARE(answers, 0);
}

void TestBackgroundTask::cancelDropsAnAnswerAlreadyComputed()
{
    QObject context;
    std::atomic_bool worked{false};
    int answers = 0;
    BackgroundTask task = BackgroundTask::run(
        &context,
        [&worked](const TaskControl &) {
            worked = true;
            return 1;
        },
        [&answers](int) { ++answers; });
    // The worker is done and its answer is on its way, not yet delivered: this thread has not
    // returned to its event loop.
    QVERIFY(BackgroundTask::threads()->waitForDone(TestSupport::waitMs));
    QVERIFY(worked);
    QVERIFY(task.isRunning());
    task.cancel();
    QVERIFY(settle());
    QCOMPARE(answers, 0);
}

void TestBackgroundTask::replacingTheHandleDropsTheOldAnswer()
{
    auto gate = std::make_shared<Gate>();
    QObject context;
    std::vector<int> answers;
    BackgroundTask task = BackgroundTask::run(
        &context,
        [gate](const TaskControl &control) {
            gate->pass(control);
            return 1;
        },
        [&answers](int answer) { answers.push_back(answer); });
    QVERIFY(gate->arrived.tryAcquire(1, TestSupport::waitMs));
    task = BackgroundTask::run(
        &context, [](const TaskControl &) { return 2; }, [&answers](int answer) { answers.push_back(answer); });
    QVERIFY(task.isRunning());
    gate->open.release();
    QTRY_VERIFY_WITH_TIMEOUT(!answers.empty(), TestSupport::waitMs);
    QVERIFY(settle());
    QVERIFY(gate->sawCancel);
    QCOMPARE(answers, std::vector<int>{2});
    QVERIFY(!task.isRunning());
}

void TestBackgroundTask::voidWork()
{
    QObject context;
    std::atomic_bool worked{false};
    bool done = false;
    BackgroundTask task = BackgroundTask::run(
        &context, [&worked](const TaskControl &) { worked = true; }, [&done] { done = true; });
    QTRY_VERIFY_WITH_TIMEOUT(done, TestSupport::waitMs);
    QVERIFY(worked);
    QVERIFY(!task.isRunning());

    // Cancelled, void work's callback is dropped the same.
    auto gate = std::make_shared<Gate>();
    done = false;
    task = BackgroundTask::run(
        &context, [gate](const TaskControl &control) { gate->pass(control); }, [&done] { done = true; });
    QVERIFY(gate->arrived.tryAcquire(1, TestSupport::waitMs));
    task.cancel();
    gate->open.release();
    QVERIFY(settle());
    QVERIFY(gate->sawCancel);
    QVERIFY(!done);
}

void TestBackgroundTask::progressArrivesInOrderFromSeveralThreads()
{
    QObject context;
    std::vector<int> received;
    bool finished = false;
    bool progressAfterDone = false;
    constexpr int threads = 4;
    constexpr int steps = 2000;
    BackgroundTask task = BackgroundTask::run(
        &context,
        [](const TaskControl &control) {
            // Each helper counts its own share of a total; the shares together make the whole.
            std::atomic<qint64> done{0};
            std::vector<std::thread> helpers;
            helpers.reserve(threads);
            for (int t = 0; t < threads; ++t) {
                helpers.emplace_back([&control, &done] {
                    for (int i = 0; i < steps; ++i)
                        control.setProgress(++done, qint64(threads) * steps);
                });
            }
            for (std::thread &helper : helpers)
                helper.join();
        },
        [&finished] { finished = true; },
        [&](int permille) {
            QCOMPARE(QThread::currentThread(), context.thread());
            if (finished)
                progressAfterDone = true;
            received.push_back(permille);
        });
    QTRY_VERIFY_WITH_TIMEOUT(finished, TestSupport::waitMs);
    QVERIFY(!progressAfterDone);
    QVERIFY(!received.empty());
    for (size_t i = 1; i < received.size(); ++i)
        QVERIFY2(received[i - 1] < received[i],
                 qPrintable(QStringLiteral("%1 then %2").arg(received[i - 1]).arg(received[i])));
    QVERIFY(received.front() >= 0);
    QCOMPARE(received.back(), 1000);
}

void TestBackgroundTask::noProgressAfterCancel()
{
    auto gate = std::make_shared<Gate>();
    QObject context;
    std::vector<int> received;
    BackgroundTask task = BackgroundTask::run(
        &context,
        [gate](const TaskControl &control) {
            control.setProgress(100, 1000);
            gate->pass(control);
            control.setProgress(500, 1000);
            control.setProgress(1000, 1000); // the last step, which is never held back
        },
        [] { QFAIL("a cancelled task answered"); }, [&received](int permille) { received.push_back(permille); });
    QVERIFY(gate->arrived.tryAcquire(1, TestSupport::waitMs));
    QTRY_COMPARE_WITH_TIMEOUT(received, std::vector<int>{100}, TestSupport::waitMs);
    task.cancel();
    gate->open.release();
    QVERIFY(settle());
    QVERIFY(gate->sawCancel);
    QCOMPARE(received, std::vector<int>{100});
}

void TestBackgroundTask::moveOnlyResults()
{
    QObject context;
    std::unique_ptr<int> answer;
    BackgroundTask task = BackgroundTask::run(
        &context, [](const TaskControl &) { return std::make_unique<int>(7); },
        [&answer](std::unique_ptr<int> result) { answer = std::move(result); });
    QTRY_VERIFY_WITH_TIMEOUT(answer, TestSupport::waitMs);
    QCOMPARE(*answer, 7);

    // A move-only value whose work is itself move-only.
    struct Rows
    {
        std::unique_ptr<std::vector<int>> rows;
    };
    auto input = std::make_unique<std::vector<int>>(std::vector<int>{3, 1, 2});
    std::vector<int> sorted;
    task = BackgroundTask::run(
        &context,
        [input = std::move(input)](const TaskControl &) mutable {
            std::sort(input->begin(), input->end());
            return Rows{std::move(input)};
        },
        [&sorted](Rows result) { sorted = *result.rows; });
    QTRY_COMPARE_WITH_TIMEOUT(sorted, (std::vector<int>{1, 2, 3}), TestSupport::waitMs);
}

void TestBackgroundTask::doneMayDeleteTheContext()
{
    // As a dialog closing itself once its work is done.
    QPointer<QObject> context = new QObject;
    bool done = false;
    BackgroundTask::run(
        context.data(), [](const TaskControl &) { return 1; },
        [&done, context](int) {
            done = true;
            delete context.data();
        });
    QTRY_VERIFY_WITH_TIMEOUT(done, TestSupport::waitMs);
    QVERIFY(!context);
    QVERIFY(settle());
}

void TestBackgroundTask::inlineControl()
{
    // A task's work called in place, as for inputs too small for a worker.
    const TaskControl control;
    QVERIFY(!control.isCancelled());
    QVERIFY(!control.cancelFlag()->load());
    control.setProgress(1, 2); // goes nowhere
}

void TestBackgroundTask::qtsGlobalPoolStaysFree()
{
    // As many waiting tasks as the app's threads: Qt's own pool, which paints large fills and lines,
    // still has every thread free.
    QObject context;
    const int count = BackgroundTask::threads()->maxThreadCount();
    auto gate = std::make_shared<Gate>();
    std::vector<BackgroundTask> tasks;
    tasks.reserve(size_t(count));
    for (int i = 0; i < count; ++i)
        tasks.push_back(BackgroundTask::run(
            &context, [gate](const TaskControl &task) { gate->pass(task); }, [] {}));
    QVERIFY(gate->arrived.tryAcquire(count, TestSupport::waitMs));
    QCOMPARE(QThreadPool::globalInstance()->activeThreadCount(), 0);
    QCOMPARE(BackgroundTask::threads()->activeThreadCount(), count);
    std::atomic_bool ran{false};
    QThreadPool::globalInstance()->start([&ran] { ran = true; });
    QTRY_VERIFY_WITH_TIMEOUT(ran.load(), TestSupport::waitMs);
    gate->open.release(count);
    QVERIFY(settle());
}

QTEST_GUILESS_MAIN(TestBackgroundTask)
#include "tst_backgroundtask.moc"
