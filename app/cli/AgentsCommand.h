#pragma once

#include "ServiceCommand.h"

namespace Takeout {

// agents: the xpander.ai agents of the account, as a table (id, icon and name, status, model) or as
// the server's JSON.
class AgentsCommand : public ServiceCommand
{
    Q_OBJECT

public:
    explicit AgentsCommand(QObject *parent = nullptr);

protected:
    void run() override;
};

} // namespace Takeout
