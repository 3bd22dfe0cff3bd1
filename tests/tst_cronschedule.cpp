#include "exports/CronSchedule.h"
#include "i18n/Translations.h"

#include <QLocale>
#include <QTest>
#include <QTimeZone>

using namespace Takeout;

class TestCronSchedule : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale::c());
        installTranslations(QLocale::c());
    }
    void words_data();
    void words();
    void wordsInGerman();
    void nextRun_data();
    void nextRun();
};

void TestCronSchedule::words_data()
{
    QTest::addColumn<QString>("expression");
    QTest::addColumn<QString>("words");
    QTest::newRow("daily") << "0 9 * * *"
                           << "every day at 09:00";
    QTest::newRow("quarter hours") << "*/15 * * * *"
                                   << "every 15 minutes";
    QTest::newRow("weekdays") << "30 8 * * 1-5"
                              << "every Monday to Friday at 08:30";
    QTest::newRow("monthly") << "0 0 1 * *"
                             << "at 00:00 on day 1 of every month";
    QTest::newRow("fridays") << "0 18 * * 5"
                             << "every Friday at 18:00";
    QTest::newRow("three days") << "45 6 * * 1,3,5"
                                << "every Monday, Wednesday and Friday at 06:45";
    QTest::newRow("two-hourly") << "0 */2 * * *"
                                << "every 2 hours, on the hour";
    QTest::newRow("hourly") << "0 * * * *"
                            << "every hour, on the hour";
    QTest::newRow("twice a day") << "0 9,17 * * *"
                                 << "every day at 09:00 and 17:00";
    QTest::newRow("names") << "0 7 * * sat,sun"
                           << "every Saturday and Sunday at 07:00";
    QTest::newRow("sunday as 7") << "0 7 * * 7"
                                 << "every Sunday at 07:00";
    QTest::newRow("every minute") << "* * * * *"
                                  << "every minute";
    QTest::newRow("custom") << "5 4 * 2 *"
                            << "on a custom schedule (5 4 * 2 *)";
    QTest::newRow("too few fields") << "0 9 * *"
                                    << "not a valid schedule (0 9 * *)";
    QTest::newRow("out of range") << "0 24 * * *"
                                  << "not a valid schedule (0 24 * * *)";
    QTest::newRow("bad step") << "*/0 * * * *"
                              << "not a valid schedule (*/0 * * * *)";
}

void TestCronSchedule::words()
{
    QFETCH(QString, expression);
    QFETCH(QString, words);
    QCOMPARE(CronSchedule(expression).toWords(), words);
}

// With a German system the schedule reads in German, day names and plural forms included.
void TestCronSchedule::wordsInGerman()
{
    const QLocale german(QLocale::German, QLocale::Germany);
    QLocale::setDefault(german);
    QVERIFY(installTranslations(german));
    const QString weekly = CronSchedule(QStringLiteral("0 9 * * 1")).toWords();
    const QString quarter = CronSchedule(QStringLiteral("*/15 * * * *")).toWords();
    const QString hourly = CronSchedule(QStringLiteral("*/1 * * * *")).toWords();
    QLocale::setDefault(QLocale::c());
    installTranslations(QLocale::c());

    QVERIFY2(weekly.contains(QLatin1String("Montag")) && weekly.contains(QLatin1String("09:00")), qPrintable(weekly));
    QVERIFY2(!weekly.contains(QLatin1String("every")), qPrintable(weekly));
    QVERIFY2(quarter.contains(QLatin1String("15 Minuten")), qPrintable(quarter));
    QVERIFY2(!hourly.contains(QLatin1String("1 Minuten")), qPrintable(hourly));
    QCOMPARE(CronSchedule(QStringLiteral("*/1 * * * *")).toWords(), QStringLiteral("every minute"));
}

void TestCronSchedule::nextRun_data()
{
    QTest::addColumn<QString>("expression");
    QTest::addColumn<QString>("after");
    QTest::addColumn<QString>("next");
    // 2026-11-23 is a Monday.
    QTest::newRow("later today") << "0 9 * * *"
                                 << "2026-11-23T08:00:00Z"
                                 << "2026-11-23T09:00:00Z";
    QTest::newRow("exactly now is not next") << "0 9 * * *"
                                             << "2026-11-23T09:00:00Z"
                                             << "2026-11-24T09:00:00Z";
    QTest::newRow("quarter") << "*/15 * * * *"
                             << "2026-11-23T10:07:30Z"
                             << "2026-11-23T10:15:00Z";
    QTest::newRow("friday") << "0 18 * * 5"
                            << "2026-11-23T12:00:00Z"
                            << "2026-11-27T18:00:00Z";
    QTest::newRow("month end rolls") << "0 0 1 * *"
                                     << "2026-12-15T00:00:00Z"
                                     << "2027-01-01T00:00:00Z";
    QTest::newRow("weekend after friday") << "30 8 * * 1-5"
                                          << "2026-11-27T09:00:00Z"
                                          << "2026-11-30T08:30:00Z";
    QTest::newRow("day or weekday") << "0 12 13 * 5"
                                    << "2026-11-23T00:00:00Z"
                                    << "2026-11-27T12:00:00Z";
    QTest::newRow("leap day") << "0 0 29 2 *"
                              << "2026-03-01T00:00:00Z"
                              << "2028-02-29T00:00:00Z";
}

void TestCronSchedule::nextRun()
{
    QFETCH(QString, expression);
    QFETCH(QString, after);
    QFETCH(QString, next);
    const QDateTime from = QDateTime::fromString(after, Qt::ISODate);
    QCOMPARE(CronSchedule(expression).nextRun(from).toUTC().toString(Qt::ISODate), next);
    QVERIFY(!CronSchedule(QStringLiteral("0 0 31 2 *")).nextRun(from).isValid()); // never
}

QTEST_GUILESS_MAIN(TestCronSchedule)
#include "tst_cronschedule.moc"
