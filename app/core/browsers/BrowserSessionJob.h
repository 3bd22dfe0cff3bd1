#pragma once

#include "BrowserSession.h"
#include "base/BackgroundTask.h"
#include "base/Job.h"

namespace Takeout {

// BrowserSession::find off the UI thread: copying a cookie database and asking the keyring block.
// A Job (see Job.h): parented to the caller, finished() once, then it deletes itself unless kept.
// The search works on its own copies of the arguments, so the job may go while it runs; the result
// is then dropped.
class BrowserSessionJob : public Job
{
    Q_OBJECT

public:
    // The arguments of BrowserSession::find: the profiles in the order to try, the URL the session is
    // for, and the browser's name for the sentences (empty for any browser).
    BrowserSessionJob(QList<BrowserProfile> profiles, QUrl url, QString browserName, QObject *parent = nullptr);

    void start();
    bool isRunning() const { return m_task.isRunning(); }

    // After finished(): the session found, or its error. The cookie header is a secret.
    const BrowserSession &session() const { return m_session; }
    Failure error() const { return m_session.error(); }

private:
    QList<BrowserProfile> m_profiles;
    QUrl m_url;
    QString m_browserName;
    BackgroundTask m_task;
    BrowserSession m_session;
};

} // namespace Takeout
