#pragma once

#include "CommandGroup.h"

namespace Takeout {

// agent-takeout-cli itself: --help (the commands, one line each), --version, and the commands.
// Runs inside the event loop; emits done(code) once.
class Cli : public CommandGroup
{
    Q_OBJECT

public:
    explicit Cli(QObject *parent = nullptr);

protected:
    void run() override;
};

} // namespace Takeout
