#pragma once

#include "Command.h"

namespace Takeout {

// get FILE PATH: the value at a jq-style path, as compact JSON, exactly as the file writes it.
class GetCommand : public Command
{
    Q_OBJECT

public:
    explicit GetCommand(QObject *parent = nullptr);

protected:
    void run() override;
};

} // namespace Takeout
