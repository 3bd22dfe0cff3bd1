#pragma once

#include "Failure.h"

#include <QUrl>
#include <QUrlQuery>

namespace Takeout {

// A service's base URL as the user typed it ("agentbot.example.com", "https://host/base/").
// Endpoints are appended to its path, so a server mounted under a path keeps working.
class ServerUrl
{
public:
    ServerUrl() = default;
    explicit ServerUrl(const QUrl &url);

    // Accepts what people paste: adds https:// when no scheme is given, drops a trailing slash.
    static ServerUrl fromUserInput(const QString &text);

    bool isEmpty() const { return m_url.isEmpty(); }
    QUrl url() const { return m_url; }
    QString toString() const { return m_url.toString(); }

    // Empty when the URL may carry credentials: https, or http only to a loopback host.
    Failure check() const;

    QUrl endpoint(const QString &path, const QUrlQuery &query = {}) const;

    // "localhost", or a literal loopback address (127.0.0.0/8, ::1); no other name, whatever it resolves to.
    static bool isLoopbackHost(const QString &host);
    // Redirects keep credentials only inside one origin: scheme, host and port all equal.
    static bool isSameOrigin(const QUrl &a, const QUrl &b);
    // HTTPS, or plain HTTP to a loopback host (the demo service and tests).
    static bool isAllowedTransport(const QUrl &url);

private:
    QUrl m_url;
};

} // namespace Takeout
