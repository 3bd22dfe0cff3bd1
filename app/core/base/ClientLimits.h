#pragma once

#include <QtGlobal>

namespace Takeout {

// The limits of every request a client makes: give up after this long without data, and refuse
// exports larger than this. The defaults are written here and nowhere else.
struct ClientLimits
{
    static constexpr int defaultInactivityTimeoutMs = 120 * 1000;
    static constexpr qint64 defaultMaxExportBytes = qint64(4) << 30;

    int inactivityTimeoutMs = defaultInactivityTimeoutMs;
    qint64 maxExportBytes = defaultMaxExportBytes;

    // The `[network] timeoutSeconds` and `maxExportMegabytes` settings (Settings), within sane
    // bounds; the defaults where they are not set.
    static ClientLimits fromSettings();
};

} // namespace Takeout
