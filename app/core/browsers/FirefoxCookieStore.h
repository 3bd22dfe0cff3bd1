#pragma once

#include "BrowserCookie.h"
#include "base/Failure.h"

#include <QList>
#include <QSqlDatabase>
#include <QStringList>

namespace Takeout {

// Reads Firefox's cookies.sqlite (table moz_cookies), from a private copy (CookieDatabaseCopy).
class FirefoxCookieStore
{
public:
    // The cookies stored under `domains` (CookieSelection::storedDomainsFor), in the default container
    // only (what a normal window sends). BrowserStoreUnreadable when it is not a Firefox cookie store.
    static Failure read(const QSqlDatabase &database, const QStringList &domains, QList<BrowserCookie> *cookies);

    // moz_cookies.expiry was seconds and is milliseconds in newer schemas; browsers keep expired rows.
    // No cookie outlives the year 5000 in seconds, and no millisecond value is that small after 1973.
    static qint64 expiryToMs(qint64 expiry);
};

} // namespace Takeout
