#pragma once

#include "ExportCommand.h"

namespace Takeout {

// export account: the whole Agentbot account export, into a file.
class ExportAccountCommand : public ExportCommand
{
    Q_OBJECT

public:
    explicit ExportAccountCommand(QObject *parent = nullptr);

protected:
    void run() override;
};

} // namespace Takeout
