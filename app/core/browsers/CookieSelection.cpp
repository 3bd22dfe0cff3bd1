#include "CookieSelection.h"

#include "base/ServerUrl.h"

#include <QHostAddress>
#include <algorithm>

namespace Takeout {

bool CookieSelection::domainMatches(const QString &cookieDomain, const QString &host)
{
    const QString h = host.toLower();
    if (!cookieDomain.startsWith(QLatin1Char('.')))
        return cookieDomain.toLower() == h; // host-only
    const QString domain = cookieDomain.mid(1).toLower();
    if (domain.isEmpty())
        return false;
    if (h == domain)
        return true;
    // A parent domain never matches an IP address (RFC 6265 §5.1.3).
    return h.endsWith(QLatin1Char('.') + domain) && QHostAddress(h).isNull();
}

bool CookieSelection::pathMatches(const QString &cookiePath, const QString &requestPath)
{
    const QString path = cookiePath.isEmpty() ? QStringLiteral("/") : cookiePath;
    const QString request = requestPath.isEmpty() ? QStringLiteral("/") : requestPath;
    if (request == path)
        return true;
    if (!request.startsWith(path))
        return false;
    return path.endsWith(QLatin1Char('/')) || request.at(path.size()) == QLatin1Char('/');
}

QStringList CookieSelection::storedDomainsFor(const QString &host)
{
    const QString h = host.toLower();
    QStringList domains{h, QLatin1Char('.') + h};
    if (QHostAddress(h).isNull()) {
        QString parent = h;
        qsizetype dot = 0;
        while ((dot = parent.indexOf(QLatin1Char('.'))) >= 0) {
            parent = parent.mid(dot + 1);
            if (!parent.isEmpty())
                domains << QLatin1Char('.') + parent;
        }
    }
    return domains;
}

QList<BrowserCookie> CookieSelection::select(const QList<BrowserCookie> &cookies, const QUrl &url, qint64 nowMs)
{
    const QString host = url.host();
    // Browsers treat http://localhost as a secure context, so Secure cookies go there too.
    const bool secureChannel = url.scheme() == QLatin1String("https") || ServerUrl::isLoopbackHost(host);
    QList<BrowserCookie> selected;
    for (const BrowserCookie &cookie : cookies) {
        if (!domainMatches(cookie.domain, host) || !pathMatches(cookie.path, url.path()))
            continue;
        if (cookie.secure && !secureChannel)
            continue;
        if (cookie.expiresMs != 0 && cookie.expiresMs <= nowMs)
            continue; // browsers keep expired rows until they clean up
        selected.append(cookie);
    }
    std::stable_sort(selected.begin(), selected.end(), [](const BrowserCookie &a, const BrowserCookie &b) {
        if (a.path.size() != b.path.size())
            return a.path.size() > b.path.size();
        return a.createdUs < b.createdUs;
    });
    return selected;
}

QByteArray CookieSelection::header(const QList<BrowserCookie> &cookies)
{
    QByteArray header;
    for (const BrowserCookie &cookie : cookies) {
        if (!header.isEmpty())
            header += "; ";
        // A cookie set without a name is sent as its value alone, as browsers do.
        if (!cookie.name.isEmpty())
            header += cookie.name + '=';
        header += cookie.value;
    }
    return header;
}

} // namespace Takeout
