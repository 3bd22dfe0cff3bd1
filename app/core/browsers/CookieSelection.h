#pragma once

#include "BrowserCookie.h"

#include <QList>
#include <QUrl>

namespace Takeout {

// The cookies a browser would send with a request to a URL (RFC 6265 §5.4), and the header they make.
class CookieSelection
{
public:
    // Domain (host-only or leading-dot domain) and path match, Secure only over https or to a
    // loopback host, not expired at `nowMs`; longer paths first, then the earlier created.
    static QList<BrowserCookie> select(const QList<BrowserCookie> &cookies, const QUrl &url, qint64 nowMs);
    // "name=value; name=value".
    static QByteArray header(const QList<BrowserCookie> &cookies);

    static bool domainMatches(const QString &cookieDomain, const QString &host);
    static bool pathMatches(const QString &cookiePath, const QString &requestPath);
    // The domains under which a browser may keep cookies for `host`: the host itself and each parent,
    // with and without the leading dot; what the stores are asked for, so no other site's cookie is read.
    static QStringList storedDomainsFor(const QString &host);
};

} // namespace Takeout
