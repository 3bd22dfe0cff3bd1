#include "Service.h"

namespace Takeout {

QString serviceId(Service service)
{
    return service == Service::Agentbot ? QStringLiteral("agentbot") : QStringLiteral("xpander");
}

QString serviceDisplayName(Service service)
{
    return service == Service::Agentbot ? QStringLiteral("Agentbot") : QStringLiteral("xpander.ai");
}

bool parseServiceId(const QString &id, Service *service)
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
