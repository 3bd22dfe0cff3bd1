#include "BrowserProfilesJob.h"

#include "BrowserProfiles.h"
#include "BrowserSession.h"

#include <QtConcurrent/QtConcurrentRun>

namespace Takeout {

BrowserProfilesJob::BrowserProfilesJob(QUrl url, QObject *parent)
    : Job(parent)
    , m_url(std::move(url))
{
    connect(&m_watcher, &QFutureWatcher<QList<Entry>>::finished, this, &BrowserProfilesJob::onFinished);
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
    if (m_watcher.isRunning())
        return;
    m_entries.clear();
    m_watcher.setFuture(QtConcurrent::run([url = m_url] { return find(url); }));
}

void BrowserProfilesJob::onFinished()
{
    m_entries = m_watcher.result();
    emitFinished();
}

} // namespace Takeout
