#include "ClientLimits.h"

#include <QSettings>

namespace Takeout {

ClientLimits ClientLimits::fromSettings(const QSettings &settings)
{
    constexpr int maxSeconds = 24 * 3600;
    constexpr int maxMegabytes = 1 << 20;
    ClientLimits limits;
    const int seconds =
        settings.value(QStringLiteral("network/timeoutSeconds"), defaultInactivityTimeoutMs / 1000).toInt();
    const int megabytes =
        settings.value(QStringLiteral("network/maxExportMegabytes"), int(defaultMaxExportBytes >> 20)).toInt();
    limits.inactivityTimeoutMs = qBound(1, seconds, maxSeconds) * 1000;
    limits.maxExportBytes = qint64(qBound(1, megabytes, maxMegabytes)) << 20;
    return limits;
}

} // namespace Takeout
