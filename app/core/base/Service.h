#pragma once

#include <QString>

namespace Takeout {

// The two services the app exports from. Nothing here knows their clients: the keychain, the
// settings and the CLI need only the names.
enum class Service
{
    Agentbot,
    Xpander,
};

// "agentbot", "xpander": in keychain keys, settings keys and CLI arguments.
QString serviceId(Service service);
// "Agentbot", "xpander.ai": in sentences.
QString serviceDisplayName(Service service);
// The service for an id; false for anything else.
bool parseServiceId(const QString &id, Service *service);

} // namespace Takeout
