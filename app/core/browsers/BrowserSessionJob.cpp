#include "BrowserSessionJob.h"

namespace Takeout {

BrowserSessionJob::BrowserSessionJob(QList<BrowserProfile> profiles, QUrl url, QString browserName, QObject *parent)
    : Job(parent)
    , m_profiles(std::move(profiles))
    , m_url(std::move(url))
    , m_browserName(std::move(browserName))
{
}

void BrowserSessionJob::start()
{
    if (m_task.isRunning())
        return;
    m_session = {};
    // Copies, not members: the task may outlive the job.
    m_task = BackgroundTask::run(
        this,
        [profiles = m_profiles, url = m_url, name = m_browserName](const TaskControl &) {
            return BrowserSession::find(profiles, url, name);
        },
        [this](BrowserSession session) {
            m_session = std::move(session);
            emitFinished();
        });
}

} // namespace Takeout
