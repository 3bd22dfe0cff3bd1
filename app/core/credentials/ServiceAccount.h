#pragma once

#include "net/ServerUrl.h"

#include <QString>

namespace Takeout {

enum class Service
{
    Agentbot,
    Xpander,
};

// Which secret: one per service and server URL. The keychain key is `<service>:<server url>`.
struct ServiceAccount
{
    Service service = Service::Agentbot;
    ServerUrl server;

    QString key() const;
    static QString serviceId(Service service);   // "agentbot", "xpander"
    static QString displayName(Service service); // "Agentbot", "xpander.ai"
    static bool parseServiceId(const QString &id, Service *service);
};

} // namespace Takeout
