#include "ServiceAccount.h"

#include "services/AgentbotClient.h"
#include "services/XpanderClient.h"

namespace Takeout {

QString ServiceAccount::key() const
{
    return serviceId(service) + QLatin1Char(':') + server.url().toString(QUrl::FullyEncoded);
}

QString ServiceAccount::serviceId(Service service)
{
    return service == Service::Agentbot ? QStringLiteral("agentbot") : QStringLiteral("xpander");
}

QString ServiceAccount::displayName(Service service)
{
    return service == Service::Agentbot ? AgentbotClient::serviceName() : XpanderClient::serviceName();
}

bool ServiceAccount::parseServiceId(const QString &id, Service *service)
{
    if (id == QLatin1String("agentbot")) {
        *service = Service::Agentbot;
        return true;
    }
    if (id == QLatin1String("xpander")) {
        *service = Service::Xpander;
        return true;
    }
    return false;
}

} // namespace Takeout
