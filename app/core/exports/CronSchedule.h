#pragma once

#include <QDateTime>
#include <QString>
#include <bitset>

namespace Takeout {

// A five-field cron expression (minute hour day-of-month month day-of-week) as scheduled tasks use
// it: numbers, names (jan, mon), lists, ranges and steps. Says the schedule in words and finds the
// next run. Day of month and day of week, when both are restricted, match either (as cron does).
class CronSchedule
{
public:
    explicit CronSchedule(const QString &expression);

    bool isValid() const { return m_valid; }
    QString expression() const { return m_expression; }
    // "every day at 09:00", "every 15 minutes", "every Monday to Friday at 08:30", …
    QString toWords() const;
    // The first run strictly after `after` (its time zone is the schedule's); invalid if none within
    // four years.
    QDateTime nextRun(const QDateTime &after) const;

private:
    bool matchesDay(const QDate &date) const;

    QString m_expression;
    QString m_fields[5];
    std::bitset<60> m_minutes;
    std::bitset<24> m_hours;
    std::bitset<32> m_days;    // 1..31
    std::bitset<13> m_months;  // 1..12
    std::bitset<7> m_weekdays; // 0 = Sunday
    bool m_daysRestricted = false;
    bool m_weekdaysRestricted = false;
    bool m_valid = false;
};

} // namespace Takeout
