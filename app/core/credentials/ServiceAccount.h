#pragma once

#include "accounts/Service.h"
#include "net/ServerUrl.h"

#include <QString>

namespace Takeout {

// Which secret: one per service and server URL. The keychain key is `<service>:<server url>`.
struct ServiceAccount
{
    Service service = Service::Agentbot;
    ServerUrl server;

    QString key() const;
};

} // namespace Takeout
