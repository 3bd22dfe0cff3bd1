#pragma once

#include "base/Failure.h"

#include <QCoreApplication>
#include <QStringList>

namespace Takeout {

// The clouds a restic repository can be in through rclone: the remotes `rclone listremotes` knows
// ("gdrive:"), set up beforehand with `rclone config`. rclone reads its own configuration
// (RCLONE_CONFIG, else its default file). Runs rclone and waits: call it off the UI thread.
class RcloneRemotes
{
    Q_DECLARE_TR_FUNCTIONS(RcloneRemotes)

public:
    // rclone's path, or empty when it is not installed.
    static QString program();
    // The remotes, each with its colon; an error when rclone is missing or failed.
    static QStringList list(Failure *error);
};

} // namespace Takeout
