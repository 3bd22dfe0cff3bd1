#pragma once

#include <QDateTime>
#include <QLocale>
#include <QString>

namespace Takeout {

// Numbers, times and values as a person writes them, in the language of the locale: what every
// window and the CLI show instead of bytes in KiB, UTC with seconds, or a status as the server
// spells it.
class Wording
{
public:
    // "512 bytes", "4 KB", "1.5 MB": whole kilobytes, one decimal from a megabyte on.
    static QString size(qint64 bytes, const QLocale &locale = QLocale());
    // Local time, the locale's short form with a four-digit year and without seconds.
    static QString dateTime(const QDateTime &when, const QLocale &locale = QLocale());
    // The time of day in the locale's short form, without seconds: "07:48", "7:48 AM".
    static QString timeOfDay(const QTime &time, const QLocale &locale = QLocale());
    // The same instant in UTC with seconds, for a tooltip: "2026-12-07 09:00:05 UTC".
    static QString utc(const QDateTime &when);
    // A day and month ("30 Nov"), with the year when it is not this year's: for a comparison's title.
    static QString shortDate(const QDate &date, const QLocale &locale = QLocale());
    // A record's status in words, translated: "ACTIVE" → "Active", "paused" → "Paused"; a status this
    // app does not know is shown as it is.
    static QString status(const QString &raw);
};

} // namespace Takeout
