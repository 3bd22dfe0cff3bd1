#pragma once

#include "base/ServerUrl.h"
#include "base/Service.h"

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
