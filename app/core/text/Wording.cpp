#include "Wording.h"

#include <QCoreApplication>
#include <QRegularExpression>

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
    // The traditional units ("KB", 1024 bytes) as file managers show them; decimals only where they
    // tell something.
    const int precision = bytes < (qint64(1) << 20) ? 0 : 1;
    return locale.formattedDataSize(bytes, precision, QLocale::DataSizeTraditionalFormat);
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
