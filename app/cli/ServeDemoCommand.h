#pragma once

#include "Command.h"

namespace Takeout {

// serve-demo: the demo service in the foreground, its address on stdout, until Ctrl+C.
class ServeDemoCommand : public Command
{
    Q_OBJECT

public:
    explicit ServeDemoCommand(QObject *parent = nullptr);

protected:
    void run() override;
};

} // namespace Takeout
