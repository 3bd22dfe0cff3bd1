#pragma once

#include <QNetworkProxyFactory>

namespace Takeout {

// The app's proxy rule: whatever the system or the application configures, except that a loopback
// server (ServerUrl::isLoopbackHost) is always reached directly. Plain http is allowed only there, so a
// proxy (http_proxy, a PAC file) must never see those requests and the credentials in them.
class LoopbackDirectProxyFactory : public QNetworkProxyFactory
{
public:
    QList<QNetworkProxy> queryProxy(const QNetworkProxyQuery &query) override;
};

} // namespace Takeout
