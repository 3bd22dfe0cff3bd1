#pragma once

#include "BrowserProfile.h"
#include "base/BackgroundTask.h"
#include "base/Job.h"

#include <QList>
#include <QUrl>

namespace Takeout {

// The browser profiles on this computer (BrowserProfiles::find) and, for a URL, which of them hold
// cookies for it (BrowserSession::holdsCookies: no value read, no keyring asked), off the UI thread.
// A Job (see Job.h): parented to the caller, finished() once, then it deletes itself unless kept.
class BrowserProfilesJob : public Job
{
    Q_OBJECT

public:
    struct Entry
    {
        BrowserProfile profile;
        // Only looked at when the job has a URL.
        bool holdsCookies = false;
    };

    // An empty `url` only lists the profiles.
    explicit BrowserProfilesJob(QUrl url = {}, QObject *parent = nullptr);

    void start();
    bool isRunning() const { return m_task.isRunning(); }

    // After finished(): every profile with a cookie database, in BrowserProfiles::find's order.
    const QList<Entry> &entries() const { return m_entries; }

    // The same, blocking (the CLI, and the job's task).
    static QList<Entry> find(const QUrl &url);

private:
    QUrl m_url;
    BackgroundTask m_task;
    QList<Entry> m_entries;
};

} // namespace Takeout
