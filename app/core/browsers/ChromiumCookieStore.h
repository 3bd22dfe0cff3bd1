#pragma once

#include "Browser.h"
#include "BrowserCookie.h"
#include "base/Failure.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>

namespace Takeout {

// Reads a Chromium-family `Cookies` database (tables cookies and meta) from a private copy and
// decrypts the values (ChromiumCipher), asking the keyring (SafeStoragePassword) only when a "v11"
// value is among the cookies for the host. Blocking: call it off the UI thread.
class ChromiumCookieStore
{
    Q_DECLARE_TR_FUNCTIONS(ChromiumCookieStore)

public:
    static Failure read(const QSqlDatabase &database, Browser browser, const QStringList &domains,
                        QList<BrowserCookie> *cookies);

    // Chromium keeps times as microseconds since 1601-01-01 (UTC).
    static qint64 chromiumTimeToUnixUs(qint64 chromiumUs);
    static qint64 unixUsToChromiumTime(qint64 unixUs);
};

} // namespace Takeout
