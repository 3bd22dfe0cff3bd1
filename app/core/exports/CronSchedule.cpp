#include "CronSchedule.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>
#include <QTimeZone>

namespace Takeout {

namespace {

// The translation context of the messages in this file.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(CronSchedule)
};

const QStringList monthNames = {QStringLiteral("jan"), QStringLiteral("feb"), QStringLiteral("mar"),
                                QStringLiteral("apr"), QStringLiteral("may"), QStringLiteral("jun"),
                                QStringLiteral("jul"), QStringLiteral("aug"), QStringLiteral("sep"),
                                QStringLiteral("oct"), QStringLiteral("nov"), QStringLiteral("dec")};
const QStringList dayNames = {QStringLiteral("sun"), QStringLiteral("mon"), QStringLiteral("tue"),
                              QStringLiteral("wed"), QStringLiteral("thu"), QStringLiteral("fri"),
                              QStringLiteral("sat")};

int value(const QString &text, const QStringList &names, int nameBase, bool *ok)
{
    const qsizetype named = names.indexOf(text.toLower());
    if (named >= 0) {
        *ok = true;
        return int(named) + nameBase;
    }
    return text.toInt(ok);
}

// One field into the set of values it allows; false when it is not valid cron.
template<size_t N>
bool parseField(const QString &field, int low, int high, const QStringList &names, int nameBase, std::bitset<N> *set)
{
    set->reset();
    for (const QString &part : field.split(QLatin1Char(','))) {
        QString range = part;
        int step = 1;
        if (const qsizetype slash = part.indexOf(QLatin1Char('/')); slash >= 0) {
            bool ok = false;
            step = part.mid(slash + 1).toInt(&ok);
            if (!ok || step <= 0)
                return false;
            range = part.left(slash);
        }
        int from = low;
        int to = high;
        if (range != QLatin1String("*")) {
            bool ok = false;
            const qsizetype dash = range.indexOf(QLatin1Char('-'));
            from = value(dash >= 0 ? range.left(dash) : range, names, nameBase, &ok);
            if (!ok)
                return false;
            to = from;
            if (dash >= 0) {
                to = value(range.mid(dash + 1), names, nameBase, &ok);
                if (!ok)
                    return false;
            } else if (part.contains(QLatin1Char('/'))) {
                to = high; // "5/15": from 5 to the end
            }
        }
        if (from < low || to > high || from > to)
            return false;
        for (int v = from; v <= to; v += step)
            set->set(size_t(v));
    }
    return true;
}

QString twoDigits(int n)
{
    return QStringLiteral("%1").arg(n, 2, 10, QLatin1Char('0'));
}

QString dayName(int day)
{
    return QLocale().standaloneDayName(day == 0 ? 7 : day, QLocale::LongFormat);
}

QString listInWords(const QStringList &items)
{
    if (items.size() <= 1)
        return items.value(0);
    return Text::tr("%1 and %2").arg(items.mid(0, items.size() - 1).join(QStringLiteral(", ")), items.last());
}

} // namespace

CronSchedule::CronSchedule(const QString &expression)
    : m_expression(expression.simplified())
{
    const QStringList fields = m_expression.split(QLatin1Char(' '));
    if (fields.size() != 5)
        return;
    for (int i = 0; i < 5; ++i)
        m_fields[i] = fields.at(i);
    std::bitset<8> weekdays;
    m_valid = parseField(fields[0], 0, 59, {}, 0, &m_minutes) && parseField(fields[1], 0, 23, {}, 0, &m_hours) &&
              parseField(fields[2], 1, 31, {}, 0, &m_days) && parseField(fields[3], 1, 12, monthNames, 1, &m_months) &&
              parseField(fields[4], 0, 7, dayNames, 0, &weekdays);
    if (!m_valid)
        return;
    for (size_t d = 0; d < 7; ++d)
        m_weekdays[d] = weekdays[d] || (d == 0 && weekdays[7]); // 7 is Sunday too
    m_daysRestricted = fields[2] != QLatin1String("*");
    m_weekdaysRestricted = fields[4] != QLatin1String("*");
}

bool CronSchedule::matchesDay(const QDate &date) const
{
    if (!m_months[size_t(date.month())])
        return false;
    const bool day = m_days[size_t(date.day())];
    const bool weekday = m_weekdays[size_t(date.dayOfWeek() % 7)];
    if (m_daysRestricted && m_weekdaysRestricted)
        return day || weekday;
    return day && weekday;
}

QDateTime CronSchedule::nextRun(const QDateTime &after) const
{
    if (!m_valid)
        return {};
    QDateTime start = after.addSecs(60);
    start.setTime(QTime(start.time().hour(), start.time().minute()));
    QDate date = start.date();
    for (int days = 0; days < 4 * 366; ++days, date = date.addDays(1)) {
        if (!matchesDay(date))
            continue;
        const int firstHour = days == 0 ? start.time().hour() : 0;
        for (int hour = firstHour; hour < 24; ++hour) {
            if (!m_hours[size_t(hour)])
                continue;
            const int firstMinute = days == 0 && hour == firstHour ? start.time().minute() : 0;
            for (int minute = firstMinute; minute < 60; ++minute) {
                if (m_minutes[size_t(minute)])
                    return QDateTime(date, QTime(hour, minute), after.timeZone());
            }
        }
    }
    return {};
}

QString CronSchedule::toWords() const
{
    if (!m_valid)
        return Text::tr("not a valid schedule (%1)").arg(m_expression);
    const QString &minute = m_fields[0];
    const QString &hour = m_fields[1];
    const bool everyDay = m_fields[2] == QLatin1String("*") && m_fields[3] == QLatin1String("*");
    const bool anyWeekday = m_fields[4] == QLatin1String("*");

    // When in the day.
    QString when;
    bool fixedTimes = false;
    if (minute == QLatin1String("*") && hour == QLatin1String("*")) {
        when = Text::tr("every minute");
    } else if (minute.startsWith(QLatin1String("*/")) && hour == QLatin1String("*")) {
        when = Text::tr("every %n minute(s)", nullptr, minute.mid(2).toInt());
    } else if (hour == QLatin1String("*") && m_minutes.count() == 1) {
        when = minute == QLatin1String("0") ? Text::tr("every hour, on the hour")
                                            : Text::tr("every hour at minute %1").arg(minute);
    } else if (hour.startsWith(QLatin1String("*/")) && m_minutes.count() == 1) {
        when = minute == QLatin1String("0")
                   ? Text::tr("every %n hour(s), on the hour", nullptr, hour.mid(2).toInt())
                   : Text::tr("every %n hour(s) at minute %1", nullptr, hour.mid(2).toInt()).arg(minute);
    } else if (m_minutes.count() * m_hours.count() <= 6) {
        QStringList times;
        for (size_t h = 0; h < 24; ++h)
            for (size_t m = 0; m < 60; ++m)
                if (m_hours[h] && m_minutes[m])
                    times << twoDigits(int(h)) + QLatin1Char(':') + twoDigits(int(m));
        when = Text::tr("at %1").arg(listInWords(times));
        fixedTimes = true;
    } else {
        return Text::tr("on a custom schedule (%1)").arg(m_expression);
    }

    // Which days.
    if (everyDay && anyWeekday)
        return fixedTimes ? Text::tr("every day %1").arg(when) : when;
    if (everyDay) {
        QStringList days;
        if (m_fields[4] == QLatin1String("1-5"))
            return Text::tr("every Monday to Friday %1").arg(when);
        for (int d : {1, 2, 3, 4, 5, 6, 0})
            if (m_weekdays[size_t(d)])
                days << dayName(d);
        return Text::tr("every %1 %2").arg(listInWords(days), when);
    }
    if (anyWeekday && m_fields[3] == QLatin1String("*") && m_days.count() <= 3) {
        QStringList days;
        for (size_t d = 1; d <= 31; ++d)
            if (m_days[d])
                days << QString::number(d);
        return Text::tr("%1 on day %2 of every month").arg(when, listInWords(days));
    }
    return Text::tr("on a custom schedule (%1)").arg(m_expression);
}

} // namespace Takeout
