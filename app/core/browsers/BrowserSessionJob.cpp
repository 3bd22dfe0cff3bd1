#include "BrowserSessionJob.h"

#include <QtConcurrent/QtConcurrentRun>

namespace Takeout {

BrowserSessionJob::BrowserSessionJob(QList<BrowserProfile> profiles, QUrl url, QString browserName, QObject *parent)
    : Job(parent)
    , m_profiles(std::move(profiles))
    , m_url(std::move(url))
    , m_browserName(std::move(browserName))
{
    connect(&m_watcher, &QFutureWatcher<BrowserSession>::finished, this, &BrowserSessionJob::onFinished);
}

void BrowserSessionJob::start()
{
    if (m_watcher.isRunning())
        return;
    m_session = {};
    // Copies, not members: the task may outlive the job.
    m_watcher.setFuture(QtConcurrent::run([profiles = m_profiles, url = m_url, name = m_browserName] {
        return BrowserSession::find(profiles, url, name);
    }));
}

void BrowserSessionJob::onFinished()
{
    m_session = m_watcher.result();
    emitFinished();
}

} // namespace Takeout
