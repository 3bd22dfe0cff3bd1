#include "BrowserProfilesJob.h"

#include "BrowserProfiles.h"
#include "BrowserSession.h"

namespace Takeout {

BrowserProfilesJob::BrowserProfilesJob(QUrl url, QObject *parent)
    : Job(parent)
    , m_url(std::move(url))
{
}

QList<BrowserProfilesJob::Entry> BrowserProfilesJob::find(const QUrl &url)
{
    QList<Entry> entries;
    for (const BrowserProfile &profile : BrowserProfiles::find())
        entries.append({profile, !url.isEmpty() && BrowserSession::holdsCookies(profile, url)});
    return entries;
}

void BrowserProfilesJob::start()
{
    if (m_task.isRunning())
        return;
    m_entries.clear();
    m_task = BackgroundTask::run(
        this, [url = m_url](const TaskControl &) { return find(url); },
        [this](QList<Entry> entries) {
            m_entries = std::move(entries);
            emitFinished();
        });
}

} // namespace Takeout
