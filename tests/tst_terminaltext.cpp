#include "i18n/Translations.h"
#include "text/TerminalText.h"
#include "text/Wording.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Takeout;

// Text from servers and files as the CLI prints it: every control character that could drive the
// terminal (C0, DEL, C1, bidi embeddings/overrides/isolates) becomes a visible escape.
class TestTerminalText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void plainText_data();
    void plainText();
    void json_data();
    void json();
    void jsonKeepsItsValue();
    void everyCodePointOfTheSets();
    void wording();
};

void TestTerminalText::plainText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("shown");
    QTest::newRow("ordinary") << QStringLiteral("Support bot 🤖 (ärger-frei)")
                              << QStringLiteral("Support bot 🤖 (ärger-frei)");
    QTest::newRow("backslash kept") << QStringLiteral(R"(C:\x1b)") << QStringLiteral(R"(C:\x1b)");
    QTest::newRow("OSC 52") << QStringLiteral("a\x1b]52;c;ZWNobyBoaQ==\x07z")
                            << QStringLiteral(R"(a\x1b]52;c;ZWNobyBoaQ==\x07z)");
    QTest::newRow("tab, newline, CR") << QStringLiteral("a\tb\nc\r") << QStringLiteral(R"(a\x09b\x0ac\x0d)");
    QTest::newRow("NUL") << QString(QChar(0)) << QStringLiteral(R"(\x00)");
    QTest::newRow("DEL and C1 CSI") << QStringLiteral("\u007f\u009b2J\u0080\u009f")
                                    << QStringLiteral(R"(\x7f\x9b2J\x80\x9f)");
    QTest::newRow("bidi") << QStringLiteral("txt\u202egnp.exe \u2066x\u2069 \u202a\u202d")
                          << QStringLiteral(R"(txt\u202egnp.exe \u2066x\u2069 \u202a\u202d)");
    QTest::newRow("neighbours kept") << QStringLiteral("\u00a0\u2029\u2065\u206a\u2029")
                                     << QStringLiteral("\u00a0\u2029\u2065\u206a\u2029");
}

void TestTerminalText::plainText()
{
    QFETCH(QString, text);
    QFETCH(QString, shown);
    QCOMPARE(TerminalText::escaped(text), shown);
}

void TestTerminalText::json_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QByteArray>("shown");
    QTest::newRow("ordinary, escapes kept")
        << QByteArray(R"({"a": "\u001b \n é"})") << QByteArray(R"({"a": "\u001b \n é"})");
    QTest::newRow("layout kept") << QByteArray("[\n\t1,\r\n 2]") << QByteArray("[\n\t1,\r\n 2]");
    QTest::newRow("raw ESC") << QByteArray("\"\x1b]52;c;x\x07\"") << QByteArray(R"("\u001b]52;c;x\u0007")");
    QTest::newRow("DEL, C1, bidi") << QByteArray("\"\x7f\xc2\x9b\xe2\x80\xae\xe2\x81\xa9\"")
                                   << QByteArray(R"("\u007f\u009b\u202e\u2069")");
    QTest::newRow("not UTF-8") << QByteArray("\"\x9b\xc2\"") << QByteArray("\"\xef\xbf\xbd\xef\xbf\xbd\"");
    QTest::newRow("overlong ESC") << QByteArray("\"\xc0\x9b\"") << QByteArray("\"\xef\xbf\xbd\xef\xbf\xbd\"");
    QTest::newRow("four bytes kept") << QByteArray("\"\xf0\x9f\xa4\x96\"") << QByteArray("\"\xf0\x9f\xa4\x96\"");
}

void TestTerminalText::json()
{
    QFETCH(QByteArray, json);
    QFETCH(QByteArray, shown);
    QCOMPARE(TerminalText::escapedJson(json), shown);
}

void TestTerminalText::jsonKeepsItsValue()
{
    const QJsonObject value{{QStringLiteral("name"), QStringLiteral("\x1b]52;c;x\x07 \u202e \u009b \u007f")}};
    const QByteArray json = QJsonDocument(value).toJson();
    const QByteArray shown = TerminalText::escapedJson(json);
    QCOMPARE(QJsonDocument::fromJson(shown).object(), value);
    for (const char unsafe : {'\x1b', '\x07', '\x7f'})
        QVERIFY(!shown.contains(unsafe));
    QVERIFY(!shown.contains("\xe2\x80\xae"));
    QVERIFY(!shown.contains("\xc2\x9b"));
}

void TestTerminalText::everyCodePointOfTheSets()
{
    for (char32_t c = 0; c < 0x3000; ++c) {
        const bool unsafe =
            c < 0x20 || (c >= 0x7f && c <= 0x9f) || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
        QCOMPARE(TerminalText::isUnsafe(c), unsafe);
        if (c >= 0xd800)
            continue;
        const QString one{QChar(char16_t(c))};
        QCOMPARE(TerminalText::escaped(one) != one, unsafe);
        const QByteArray utf8 = one.toUtf8();
        const bool layout = c == '\t' || c == '\n' || c == '\r';
        QCOMPARE(TerminalText::escapedJson(utf8) != utf8, unsafe && !layout);
    }
}

// Numbers, times and statuses as people write them, in English and in German.
void TestTerminalText::wording()
{
    installTranslations(QLocale::c()); // the English plurals
    const QLocale english(QLocale::English, QLocale::UnitedStates);
    QCOMPARE(Wording::size(512, english), QStringLiteral("512 bytes"));
    QCOMPARE(Wording::size(4332, english), QStringLiteral("4\u00a0KB"));
    QCOMPARE(Wording::size(1572864, english), QStringLiteral("1.5\u00a0MB"));
    QVERIFY(!Wording::size(4332, english).contains(QLatin1String("KiB")));
    const QDateTime when(QDate(2026, 2, 11), QTime(9, 5, 42), Qt::LocalTime);
    // Local time without seconds, the year in four digits in every language.
    QCOMPARE(Wording::dateTime(when, english), QStringLiteral("2/11/2026 9:05 AM"));
    QCOMPARE(Wording::dateTime(when, QLocale(QLocale::German, QLocale::Germany)), QStringLiteral("11.02.2026 09:05"));
    QVERIFY(Wording::utc(when).endsWith(QLatin1String(" UTC")));
    QCOMPARE(Wording::utc(when).size(), qsizetype(23));
    QCOMPARE(Wording::status(QStringLiteral("ACTIVE")), QStringLiteral("Active"));
    QCOMPARE(Wording::status(QStringLiteral("paused")), QStringLiteral("Paused"));
    QCOMPARE(Wording::status(QStringLiteral("something-new")), QStringLiteral("something-new"));
    QVERIFY(installTranslations(QLocale(QLocale::German, QLocale::Germany)));
    QCOMPARE(Wording::status(QStringLiteral("ACTIVE")), QStringLiteral("Aktiv"));
    QCOMPARE(Wording::status(QStringLiteral("DRAFT")), QStringLiteral("Entwurf"));
    QCOMPARE(Wording::shortDate(QDate(QDate::currentDate().year(), 11, 30), QLocale(QLocale::German)),
             QStringLiteral("30. Nov."));
    installTranslations(QLocale::c());
    QCOMPARE(Wording::shortDate(QDate(QDate::currentDate().year(), 11, 30), english), QStringLiteral("30 Nov"));
}

QTEST_GUILESS_MAIN(TestTerminalText)
#include "tst_terminaltext.moc"
