#pragma once

#include "ServiceCommand.h"

namespace Takeout {

// restore: the xpander.ai agents of a backup folder created again, one request each, one line per item.
class RestoreCommand : public ServiceCommand
{
    Q_OBJECT

public:
    explicit RestoreCommand(QObject *parent = nullptr);

protected:
    void run() override;

private:
    int m_exitCode = Success;
};

} // namespace Takeout
