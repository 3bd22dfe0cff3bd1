#include "Wording.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <iterator>

namespace Takeout {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Wording)
};

} // namespace

QString Wording::size(qint64 bytes, const QLocale &locale)
{
    if (bytes < 1024)
        return Text::tr("%n byte(s)", nullptr, int(qMax<qint64>(0, bytes)));
    // The units people write ("KB" of 1024 bytes), whole kilobytes, one decimal from a megabyte on.
    static const char *const units[] = {"KB", "MB", "GB", "TB"};
    double amount = double(bytes) / 1024;
    size_t unit = 0;
    while (amount >= 1024 && unit + 1 < std::size(units)) {
        amount /= 1024;
        ++unit;
    }
    const int precision = unit == 0 || amount >= 100 ? 0 : 1;
    QString number = locale.toString(amount, 'f', precision);
    // "2.0 MB" says no more than "2 MB".
    const QString zero = locale.decimalPoint() + locale.zeroDigit();
    if (precision > 0 && number.endsWith(zero))
        number.chop(zero.size());
    return number + QChar(0x00a0) + QLatin1String(units[unit]);
}

QString Wording::dateTime(const QDateTime &when, const QLocale &locale)
{
    if (!when.isValid())
        return {};
    QString format = locale.dateTimeFormat(QLocale::ShortFormat);
    // Some locales shorten the year to two digits ("11.02.26"): a year reads as four.
    static const QRegularExpression twoDigitYear(QStringLiteral("(?<!y)yy(?!y)"));
    format.replace(twoDigitYear, QStringLiteral("yyyy"));
    static const QRegularExpression seconds(QStringLiteral("[:.]ss?"));
    format.remove(seconds);
    return locale.toString(when.toLocalTime(), format);
}

QString Wording::timeOfDay(const QTime &time, const QLocale &locale)
{
    QString format = locale.timeFormat(QLocale::ShortFormat);
    static const QRegularExpression seconds(QStringLiteral("[:.]ss?"));
    format.remove(seconds);
    return locale.toString(time, format);
}

QString Wording::utc(const QDateTime &when)
{
    if (!when.isValid())
        return {};
    return when.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) + QStringLiteral(" UTC");
}

QString Wording::shortDate(const QDate &date, const QLocale &locale)
{
    if (!date.isValid())
        return {};
    //: The form of a day and month in a comparison's title ("30 Nov"), as QDate::toString reads it.
    const QString dayMonth = Text::tr("d MMM");
    //: The form of a date of another year in a comparison's title ("30 Nov 2025").
    const QString dayMonthYear = Text::tr("d MMM yyyy");
    return locale.toString(date, date.year() == QDate::currentDate().year() ? dayMonth : dayMonthYear);
}

QString Wording::status(const QString &raw)
{
    const QString key = raw.trimmed().toLower();
    struct Known
    {
        const char *key;
        const char *words;
    };
    static constexpr Known known[] = {
        {"active", QT_TRANSLATE_NOOP("Wording", "Active")},
        {"inactive", QT_TRANSLATE_NOOP("Wording", "Inactive")},
        {"draft", QT_TRANSLATE_NOOP("Wording", "Draft")},
        {"paused", QT_TRANSLATE_NOOP("Wording", "Paused")},
        {"running", QT_TRANSLATE_NOOP("Wording", "Running")},
        {"stopped", QT_TRANSLATE_NOOP("Wording", "Stopped")},
        {"error", QT_TRANSLATE_NOOP("Wording", "Error")},
        {"ready", QT_TRANSLATE_NOOP("Wording", "Ready")},
        {"analysing", QT_TRANSLATE_NOOP("Wording", "Analysing")},
        {"enabled", QT_TRANSLATE_NOOP("Wording", "On")},
        {"disabled", QT_TRANSLATE_NOOP("Wording", "Off")},
    };
    for (const Known &k : known)
        if (key == QLatin1String(k.key))
            return QCoreApplication::translate("Wording", k.words);
    return raw;
}

} // namespace Takeout
