#include "ServerUrl.h"

#include <QHostAddress>

namespace Takeout {

ServerUrl::ServerUrl(const QUrl &url)
    : m_url(url.adjusted(QUrl::StripTrailingSlash | QUrl::RemoveQuery | QUrl::RemoveFragment))
{
}

ServerUrl ServerUrl::fromUserInput(const QString &text)
{
    QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return {};
    if (!trimmed.contains(QLatin1String("://")))
        trimmed.prepend(QLatin1String("https://"));
    return ServerUrl(QUrl(trimmed, QUrl::StrictMode));
}

Failure ServerUrl::check() const
{
    if (!m_url.isValid() || m_url.host().isEmpty() || m_url.isRelative())
        return Failure(Failure::Kind::InvalidUrl, QStringLiteral("invalid server URL"));
    if (!m_url.userName().isEmpty() || !m_url.password().isEmpty())
        return Failure(Failure::Kind::InvalidUrl, QStringLiteral("server URL must not contain user information"));
    const QString scheme = m_url.scheme().toLower();
    if (scheme != QLatin1String("https") && scheme != QLatin1String("http"))
        return Failure(Failure::Kind::InvalidUrl, QStringLiteral("unsupported scheme: %1").arg(scheme));
    if (!isAllowedTransport(m_url))
        return Failure(Failure::Kind::InsecureUrl,
                       QStringLiteral("plain http is only allowed to loopback hosts: %1").arg(m_url.host()));
    return {};
}

QUrl ServerUrl::endpoint(const QString &path, const QUrlQuery &query) const
{
    QUrl url = m_url;
    QString base = url.path(QUrl::FullyEncoded);
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    url.setPath(base + path, QUrl::TolerantMode);
    if (!query.isEmpty())
        url.setQuery(query);
    return url;
}

bool ServerUrl::isLoopbackHost(const QString &host)
{
    // By what the name is, not where it leads: "localhost" itself, 127.0.0.0/8 and ::1 written out. A name
    // like "demo.localhost" goes through the resolver (a hosts file, a proxy) and may end up anywhere.
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    if (address.protocol() == QAbstractSocket::IPv4Protocol)
        return (address.toIPv4Address() >> 24) == 127;
    return address.protocol() == QAbstractSocket::IPv6Protocol && address == QHostAddress(QHostAddress::LocalHostIPv6);
}

bool ServerUrl::isSameOrigin(const QUrl &a, const QUrl &b)
{
    const auto defaultPort = [](const QUrl &u) { return u.port(u.scheme() == QLatin1String("https") ? 443 : 80); };
    return a.scheme().compare(b.scheme(), Qt::CaseInsensitive) == 0 &&
           a.host().compare(b.host(), Qt::CaseInsensitive) == 0 && defaultPort(a) == defaultPort(b);
}

bool ServerUrl::isAllowedTransport(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    return scheme == QLatin1String("https") || (scheme == QLatin1String("http") && isLoopbackHost(url.host()));
}

} // namespace Takeout
