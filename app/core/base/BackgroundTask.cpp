#include "BackgroundTask.h"

#include <QCoreApplication>
#include <QPointer>

namespace Takeout {

QThreadPool *BackgroundTask::threads()
{
    // A child of the application: it goes with it, after waiting for the work still running (as Qt
    // waits for its global pool). Created again should another application follow (tests).
    static QPointer<QThreadPool> pool;
    if (!pool) {
        pool = new QThreadPool(QCoreApplication::instance());
        pool->setObjectName(QStringLiteral("Takeout background work"));
        pool->setMaxThreadCount(qMax(2, QThread::idealThreadCount()));
    }
    return pool;
}

} // namespace Takeout
