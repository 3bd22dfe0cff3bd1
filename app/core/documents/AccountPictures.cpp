#include "AccountPictures.h"

#include "exports/AgentbotFormat.h"
#include "exports/CronSchedule.h"
#include "json/JsonDocument.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QStringList>
#include <algorithm>

namespace Takeout {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(AccountPictures)
};

using Type = JsonDocument::Type;
namespace Key = AgentbotFormat;

// Bars beyond this many are added up as "Other".
constexpr int mostBars = 12;

QString text(const JsonDocument &document, quint32 object, QLatin1StringView key)
{
    if (document.type(object) != Type::Object)
        return {};
    const quint32 value = document.member(object, key);
    return value == JsonDocument::none ? QString() : document.text(value);
}

template<typename Each>
void forEach(const JsonDocument &document, quint32 array, Each each)
{
    if (array == JsonDocument::none || document.type(array) != Type::Array)
        return;
    for (quint32 item = document.firstChild(array); item != JsonDocument::none; item = document.nextSibling(item))
        each(item);
}

AccountPictures::Bars bars(const QHash<QString, int> &counts)
{
    AccountPictures::Bars list;
    for (auto it = counts.begin(); it != counts.end(); ++it)
        list.append({it.key().isEmpty() ? Text::tr("(none)") : it.key(), it.value()});
    std::sort(list.begin(), list.end(), [](const auto &a, const auto &b) {
        return a.second != b.second ? a.second > b.second : a.first < b.first;
    });
    if (list.size() > mostBars) {
        int other = 0;
        for (qsizetype i = mostBars - 1; i < list.size(); ++i)
            other += list.at(i).second;
        list.resize(mostBars - 1);
        list.append({Text::tr("Other"), other});
    }
    return list;
}

} // namespace

AccountPictures AccountPictures::read(const JsonDocument &document, const QDate &day)
{
    AccountPictures pictures;
    if (document.type(JsonDocument::root()) != Type::Object)
        return pictures;
    const quint32 root = JsonDocument::root();
    QHash<QString, int> byStatus;
    QHash<QString, int> byModel;
    forEach(document, document.member(root, Key::agents), [&](quint32 agent) {
        ++byStatus[text(document, agent, Key::status)];
        ++byModel[text(document, agent, Key::model)];
    });
    pictures.byStatus = bars(byStatus);
    pictures.byModel = bars(byModel);

    pictures.monday = day.addDays(1 - day.dayOfWeek());
    const QDateTime monday(pictures.monday, QTime(0, 0), Qt::UTC);
    const QDateTime end = monday.addDays(7);
    forEach(document, document.member(root, Key::scheduledTasks), [&](quint32 task) {
        if (document.type(task) != Type::Object)
            return;
        const quint32 enabled = document.member(task, Key::enabled);
        if (enabled != JsonDocument::none && document.type(enabled) == Type::False)
            return;
        const CronSchedule schedule(text(document, task, Key::cronSchedule));
        if (!schedule.isValid())
            return;
        QDateTime after = monday.addSecs(-1);
        for (;;) {
            const QDateTime next = schedule.nextRun(after);
            if (!next.isValid() || next >= end)
                break;
            ++pictures.week[size_t(monday.daysTo(next))][size_t(next.time().hour())];
            // Once per hour is what the grid shows: on to the next hour.
            after = QDateTime(next.date(), QTime(next.time().hour(), 59, 59), Qt::UTC);
        }
    });
    return pictures;
}

QString AccountPictures::weekText() const
{
    const QLocale locale;
    QStringList days;
    for (int day = 0; day < 7; ++day) {
        QStringList hours;
        for (int hour = 0; hour < 24; ++hour) {
            if (const int count = week[size_t(day)][size_t(hour)])
                hours << QStringLiteral("%1:00 (%2)").arg(hour, 2, 10, QLatin1Char('0')).arg(count);
        }
        if (!hours.isEmpty())
            days << locale.dayName(day + 1) + QStringLiteral(": ") + hours.join(QStringLiteral(", "));
    }
    return days.isEmpty() ? Text::tr("No enabled scheduled task runs this week.")
                          : days.join(QStringLiteral("; ")) + QLatin1Char('.');
}

QString AccountPictures::barsText(const Bars &bars)
{
    QStringList items;
    for (const auto &bar : bars)
        items << QStringLiteral("%1: %2").arg(bar.first).arg(bar.second);
    return items.join(QStringLiteral(", "));
}

} // namespace Takeout
