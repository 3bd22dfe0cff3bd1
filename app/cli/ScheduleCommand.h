#pragma once

#include "Command.h"

namespace Takeout {

// schedule daily|weekly|off: backups that run by themselves (BackupSchedule), a systemd user timer
// running `agent-takeout-cli backup` with the options given here; off removes it.
class ScheduleCommand : public Command
{
    Q_OBJECT

public:
    explicit ScheduleCommand(QObject *parent = nullptr);

protected:
    void run() override;
};

} // namespace Takeout
