#include "DocumentPair.h"

#include "base/BackgroundTask.h"

#include <QtConcurrent/QtConcurrentRun>

namespace Takeout {

DocumentPair DocumentPair::load(const QString &oldPath, const QString &newPath, const JsonLoadControl &control)
{
    // Each load reports its own bytes; the sum goes on to the caller's progress.
    struct Shared
    {
        std::atomic<qint64> done[2] = {0, 0};
        std::atomic<qint64> total[2] = {0, 0};
    };
    auto shared = std::make_shared<Shared>();
    const auto controlFor = [&control, shared](int which) {
        JsonLoadControl own = control;
        if (control.progress) {
            own.progress = [progress = control.progress, shared, which](qint64 done, qint64 total) {
                shared->done[which] = done;
                shared->total[which] = total;
                progress(shared->done[0] + shared->done[1], shared->total[0] + shared->total[1]);
            };
        }
        return own;
    };
    DocumentPair pair;
    const JsonLoadControl oldControl = controlFor(0);
    QFuture<void> oldLoad = QtConcurrent::run(BackgroundTask::threads(), [&pair, &oldPath, &oldControl] {
        pair.oldDocument = JsonDocument::fromFile(oldPath, &pair.oldError, oldControl);
    });
    pair.newDocument = JsonDocument::fromFile(newPath, &pair.newError, controlFor(1));
    oldLoad.waitForFinished();
    return pair;
}

} // namespace Takeout
