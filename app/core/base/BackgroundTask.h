#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QPromise>
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
//   the worker had already finished: its callback is not called.
// - The work polls TaskControl::isCancelled() (or hands cancelFlag() to the engine's loaders) to stop
//   early; reporting progress is thread-safe and may be called from helper threads of its own.
// - The application's thread pool is waited for when QCoreApplication is destroyed, so no work outlives
//   the process's objects; cancelled work only has to notice in good time.
class TaskControl
{
public:
    struct State
    {
        std::atomic_bool cancelled{false};
        bool ended = false;              // the answer was delivered or dropped (context's thread only)
        std::function<void(int)> report; // set by the worker before the work starts; reports permille
    };

    explicit TaskControl(std::shared_ptr<State> state)
        : m_state(std::move(state))
    {
    }

    bool isCancelled() const { return m_state->cancelled.load(std::memory_order_relaxed); }
    // For the loaders that take a flag (JsonDocument::Control::cancel, JsonSearch, the diff).
    const std::atomic_bool *cancelFlag() const { return &m_state->cancelled; }
    // How far the work is, as done out of total; delivered to the task's progress callback on the
    // context's thread (coalesced: a slow receiver sees the latest value, not every one).
    void setProgress(qint64 done, qint64 total) const
    {
        if (m_state->report)
            m_state->report(total > 0 ? int(qBound<qint64>(0, done * 1000 / total, 1000)) : 0);
    }

private:
    std::shared_ptr<State> m_state;
};

class BackgroundTask
{
public:
    BackgroundTask() = default;
    // A handle going away leaves its task running: it is the context, not the handle, that ends a task.
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

    // Runs work(const TaskControl &) on a worker; then, on context's thread, done(result) (done() for
    // work returning void). progress(permille), if given, is called on context's thread while it runs.
    template<typename Work, typename Done>
    static BackgroundTask run(QObject *context, Work work, Done done, std::function<void(int)> progress = {})
    {
        using Result = std::invoke_result_t<Work, const TaskControl &>;
        auto state = std::make_shared<TaskControl::State>();
        auto *watcher = new QFutureWatcher<Result>(context);
        // Destroying the context destroys the watcher: the work is told to stop, and nothing calls back.
        QObject::connect(watcher, &QObject::destroyed, [state] { state->cancelled.store(true); });
        if (progress) {
            QObject::connect(watcher, &QFutureWatcherBase::progressValueChanged, context,
                             [state, progress = std::move(progress)](int value) {
                                 if (!state->cancelled.load())
                                     progress(value);
                             });
        }
        QObject::connect(watcher, &QFutureWatcherBase::finished, context,
                         [state, watcher, done = std::move(done)]() mutable {
                             watcher->deleteLater();
                             state->ended = true;
                             if (state->cancelled.load())
                                 return;
                             if constexpr (std::is_void_v<Result>) {
                                 done();
                             } else {
                                 done(watcher->future().takeResult());
                             }
                         });
        watcher->setFuture(QtConcurrent::run([state, work = std::move(work)](QPromise<Result> &promise) mutable {
            promise.setProgressRange(0, 1000);
            state->report = [&promise](int permille) { promise.setProgressValue(permille); };
            const TaskControl control(state);
            if constexpr (std::is_void_v<Result>) {
                work(control);
            } else {
                promise.addResult(work(control));
            }
            state->report = nullptr; // the promise goes with this frame
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
    // True from run() until the answer was delivered, or the task cancelled.
    bool isRunning() const { return m_state && !m_state->ended && !m_state->cancelled.load(); }

private:
    std::shared_ptr<TaskControl::State> m_state;
};

} // namespace Takeout
