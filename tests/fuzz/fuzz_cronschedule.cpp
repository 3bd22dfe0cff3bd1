// libFuzzer target: any cron text is either refused or put in words, and its next run is later.

#include "exports/CronSchedule.h"

#include <QTimeZone>

using namespace Takeout;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const CronSchedule schedule(QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size)));
    if (schedule.toWords().isEmpty())
        __builtin_trap();
    const QDateTime from(QDate(2026, 11, 23), QTime(10, 7), QTimeZone::utc());
    const QDateTime next = schedule.nextRun(from);
    if (next.isValid() && (!schedule.isValid() || next <= from))
        __builtin_trap();
    return 0;
}
