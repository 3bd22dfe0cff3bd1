#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QPromise>
#include <QThread>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>
#include <functional>
#include <memory>
#include <type_traits>
#include <utility>

namespace Takeout {

// The one way work leaves the UI thread: run a function on Qt's thread pool, then hand its result to a
// callback on the thread of a context object, if that object still exists and nobody cancelled the task.
//
//     m_search = BackgroundTask::run(
//         this, [doc, options](const TaskControl &task) { return JsonSearch::run(*doc, options, task.cancelFlag()); },
//         [this](std::vector<quint32> matches) { showMatches(std::move(matches)); });
//
// The rules, the same at every call:
// - Destroying the context cancels the task, and its callbacks are never called: a window closed (or an
//   application quitting) while a large file loads cannot be called back into. The work itself holds
//   what it reads by value or by shared pointer, never a pointer into the context.
// - cancel() (or a new task put in the same BackgroundTask) drops the answer of the old one, even when
//   the worker had already finished: its callback is not called. Letting a handle go does not cancel:
//   a task nobody needs to cancel by hand may drop its handle, the context still ends it.
// - The work polls TaskControl::isCancelled() (or hands cancelFlag() to the engine's loaders) to stop
//   early; reporting progress is thread-safe and may be called from helper threads of its own, which
//   end before the work returns. The work does not throw.
// - done() may delete the context (a dialog closing itself); the task's own object is out of it by then.
// - The application's thread pool is waited for when QCoreApplication is destroyed, so no work outlives
//   the process's objects; cancelled work only has to notice in good time.
class TaskControl
{
public:
    // What the handle, the worker and the context's callbacks share.
    struct State
    {
        std::atomic_bool cancelled{false};
        bool ended = false; // the answer was delivered or dropped (context's thread only)
    };

    // A control nobody cancels and whose progress goes nowhere: for running a task's work in the call.
    TaskControl()
        : m_state(std::make_shared<State>())
    {
    }
    // `report` takes permille; it must stay callable as long as this control (and its copies) are used.
    explicit TaskControl(std::shared_ptr<State> state, std::function<void(int)> report = {})
        : m_state(std::move(state))
        , m_report(std::move(report))
    {
    }

    bool isCancelled() const { return m_state->cancelled.load(std::memory_order_relaxed); }
    // For the loaders that take a flag (JsonDocument::Control::cancel, JsonSearch, the diff).
    const std::atomic_bool *cancelFlag() const { return &m_state->cancelled; }
    // How far the work is, as done out of total; delivered to the task's progress callback on the
    // context's thread. Values arrive in rising order: one lower than an earlier one (another thread's
    // older count) is dropped, and a slow receiver sees the latest rather than every one (Qt's future
    // coalesces them; the last step, 1000, always arrives).
    void setProgress(qint64 done, qint64 total) const
    {
        if (m_report && total > 0)
            m_report(int(qBound(0.0, double(done) * 1000.0 / double(total), 1000.0)));
    }

private:
    std::shared_ptr<State> m_state;
    std::function<void(int)> m_report;
};

class BackgroundTask
{
public:
    BackgroundTask() = default;
    ~BackgroundTask() = default;
    BackgroundTask(BackgroundTask &&other) noexcept = default;
    BackgroundTask &operator=(BackgroundTask &&other) noexcept
    {
        if (this != &other) {
            cancel();
            m_state = std::move(other.m_state);
        }
        return *this;
    }
    BackgroundTask(const BackgroundTask &) = delete;
    BackgroundTask &operator=(const BackgroundTask &) = delete;

    // The threads the app's long work runs on, apart from Qt's global pool: Qt paints with that one
    // (the raster engine hands large fills and lines to it), and a paint must never wait behind a
    // load, a sort or a comparison. Work that splits itself (QtConcurrent::run inside a task) uses
    // these too.
    static QThreadPool *threads();

    // Runs work(const TaskControl &) on a worker; then, on context's thread, done(result) (done() for
    // work returning void). progress(permille), if given, is called on context's thread while it runs.
    // Called on context's thread. The result may be move-only.
    template<typename Work, typename Done>
    static BackgroundTask run(QObject *context, Work work, Done done, std::function<void(int)> progress = {})
    {
        using Result = std::invoke_result_t<Work &, const TaskControl &>;
        Q_ASSERT(context && context->thread() == QThread::currentThread());
        auto state = std::make_shared<TaskControl::State>();
        // A child of the context: destroying the context destroys it, which tells the work to stop, and
        // takes the connections below (their receiver is the context) with it.
        auto *watcher = new QFutureWatcher<Result>(context);
        QObject::connect(watcher, &QObject::destroyed, [state] { state->cancelled.store(true); });
        if (progress) {
            // Only rising values: the watcher also repeats the current one (0) when it is attached.
            QObject::connect(watcher, &QFutureWatcherBase::progressValueChanged, context,
                             [state, progress = std::move(progress), last = 0](int value) mutable {
                                 if (state->cancelled.load() || value <= last)
                                     return;
                                 last = value;
                                 progress(value);
                             });
        }
        QObject::connect(watcher, &QFutureWatcherBase::finished, context,
                         [state, watcher, done = std::move(done)]() mutable {
                             // Out of the context before done() runs: were the context deleted there, it
                             // would delete the watcher while it is still emitting this signal.
                             watcher->setParent(nullptr);
                             watcher->deleteLater();
                             state->ended = true;
                             if (state->cancelled.load())
                                 return; // also when the work had no result to give
                             if constexpr (std::is_void_v<Result>) {
                                 done();
                             } else {
                                 done(watcher->future().takeResult());
                             }
                         });
        watcher->setFuture(
            QtConcurrent::run(threads(), [state, work = std::move(work)](QPromise<Result> &promise) mutable {
                promise.setProgressRange(0, 1000);
                // The promise lives as long as this call: so does every use of the control (see the rules).
                const TaskControl control(state, [&promise](int permille) { promise.setProgressValue(permille); });
                if (control.isCancelled())
                    return; // cancelled while it waited for a thread
                if constexpr (std::is_void_v<Result>) {
                    work(control);
                } else {
                    promise.addResult(work(control));
                }
            }));
        BackgroundTask task;
        task.m_state = std::move(state);
        return task;
    }

    // Tells the work to stop and drops its answer. Call on the context's thread.
    void cancel()
    {
        if (m_state)
            m_state->cancelled.store(true);
        m_state.reset();
    }
    // True from run() until the answer was delivered, or the task cancelled (by cancel() or by the
    // context going).
    bool isRunning() const { return m_state && !m_state->ended && !m_state->cancelled.load(); }

private:
    std::shared_ptr<TaskControl::State> m_state;
};

} // namespace Takeout
