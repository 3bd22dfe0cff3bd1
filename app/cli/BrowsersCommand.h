#pragma once

#include "ServiceCommand.h"

namespace Takeout {

// browsers [--server URL]: one tab-separated line per browser profile with a cookie database (browser,
// profile, database path) and, with --server, whether it holds cookies for that Agentbot site. No
// cookie value is read for it, let alone printed.
class BrowsersCommand : public ServiceCommand
{
    Q_OBJECT

public:
    explicit BrowsersCommand(QObject *parent = nullptr);

protected:
    void run() override;
};

} // namespace Takeout
