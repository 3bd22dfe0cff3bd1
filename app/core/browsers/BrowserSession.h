#pragma once

#include "BrowserProfile.h"
#include "base/Failure.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QUrl>

namespace Takeout {

// The sign-in a browser profile holds for a URL: the `Cookie` header the browser would send there.
// Only the cookies stored for that host are read, from a private copy deleted at once. The header
// is a secret: never print it. Blocking (files, the keyring): run it off the UI thread (BrowserSessionJob).
class BrowserSession
{
    Q_DECLARE_TR_FUNCTIONS(BrowserSession)

public:
    // The session in one profile; NoBrowserSession when it holds no cookie for the URL.
    static BrowserSession read(const BrowserProfile &profile, const QUrl &url);
    // The first of `profiles` that holds a session (the order given: the profile in use first). When
    // none does, the first error that is not "no session" (a store that cannot be read says so), else
    // NoBrowserSession; BrowserNotFound when `profiles` is empty. `browserName` is for the sentences
    // ("Firefox"; empty for any browser).
    static BrowserSession find(const QList<BrowserProfile> &profiles, const QUrl &url, const QString &browserName);
    // Whether the profile keeps unexpired cookies for the URL's host (or a parent domain): only the rows
    // are counted, no value is read and the keyring is not asked. False when the store cannot be read.
    static bool holdsCookies(const BrowserProfile &profile, const QUrl &url);

    Failure error() const { return m_error; }
    const BrowserProfile &profile() const { return m_profile; }
    QByteArray cookieHeader() const { return m_cookieHeader; }
    // "Firefox (profile default-release)": where the session came from, for sentences.
    QString source() const;
    static QString sourceOf(const BrowserProfile &profile);

private:
    Failure m_error;
    BrowserProfile m_profile;
    QByteArray m_cookieHeader;
};

} // namespace Takeout
