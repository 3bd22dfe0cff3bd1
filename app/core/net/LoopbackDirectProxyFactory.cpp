#include "LoopbackDirectProxyFactory.h"

#include "base/ServerUrl.h"

namespace Takeout {

QList<QNetworkProxy> LoopbackDirectProxyFactory::queryProxy(const QNetworkProxyQuery &query)
{
    const QString host = query.url().isValid() ? query.url().host() : query.peerHostName();
    if (ServerUrl::isLoopbackHost(host))
        return {QNetworkProxy(QNetworkProxy::NoProxy)};
    // The application's setting, or the system's (QNetworkProxyFactory::setUseSystemConfiguration).
    return QNetworkProxyFactory::proxyForQuery(query);
}

} // namespace Takeout
