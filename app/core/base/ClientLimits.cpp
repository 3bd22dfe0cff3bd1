#include "ClientLimits.h"
#include "Settings.h"

namespace Takeout {

ClientLimits ClientLimits::fromSettings()
{
    constexpr int maxSeconds = 24 * 3600;
    constexpr int maxMegabytes = 1 << 20;
    ClientLimits limits;
    const int seconds = Settings::networkTimeoutSeconds(defaultInactivityTimeoutMs / 1000);
    const int megabytes = Settings::maxExportMegabytes(int(defaultMaxExportBytes >> 20));
    limits.inactivityTimeoutMs = qBound(1, seconds, maxSeconds) * 1000;
    limits.maxExportBytes = qint64(qBound(1, megabytes, maxMegabytes)) << 20;
    return limits;
}

} // namespace Takeout
