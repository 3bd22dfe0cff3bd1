#pragma once

#include "Command.h"

namespace Takeout {

// table FILE NAME [-o OUT.csv] [--overwrite]: one table of a saved export as CSV, on stdout or in a file.
class TableCommand : public Command
{
    Q_OBJECT

public:
    explicit TableCommand(QObject *parent = nullptr);

protected:
    void run() override;
};

} // namespace Takeout
