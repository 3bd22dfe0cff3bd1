#pragma once

#include "Browser.h"
#include "BrowserCookie.h"
#include "base/Failure.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QSqlRecord>
#include <QStringList>

namespace Takeout {

// Reads a Chromium-family `Cookies` database (tables cookies and meta) from a private copy, then
// decrypts the values (ChromiumCipher), asking the keyring (SafeStoragePassword) only when a "v11"
// value is among the cookies for the host. Two steps, so that the copy is gone before the keyring is
// asked: that may wait on an unlock prompt for as long as the person takes. Blocking: call it off
// the UI thread.
class ChromiumCookieStore
{
    Q_DECLARE_TR_FUNCTIONS(ChromiumCookieStore)

public:
    // The rows for `domains`, values still encrypted.
    struct Rows
    {
        int metaVersion = 0;
        QList<BrowserCookie> cookies;
        QByteArrayList encrypted;
    };
    // Partitioned cookies (CHIPS: set in another site's frame, `top_frame_site_key` not empty) are
    // left out: a browser does not send them to the site itself.
    static Failure readRows(const QSqlDatabase &database, const QStringList &domains, Rows *rows);
    // The cookies of `rows`, decrypted; `rows` is wiped.
    static Failure decrypt(Rows *rows, Browser browser, QList<BrowserCookie> *cookies);
    // The SQL condition that leaves partitioned cookies out, for a table with these columns.
    static QString unpartitioned(const QSqlRecord &columns);

    // Chromium keeps times as microseconds since 1601-01-01 (UTC).
    static qint64 chromiumTimeToUnixUs(qint64 chromiumUs);
    static qint64 unixUsToChromiumTime(qint64 unixUs);
};

} // namespace Takeout
