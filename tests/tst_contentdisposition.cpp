#include "exports/SafeFileName.h"
#include "net/ContentDisposition.h"

#include <QTest>

using namespace Takeout;

class TestContentDisposition : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data();
    void parse();
    void sanitize_data();
    void sanitize();
    void sanitizedNamesAreAlwaysSafe_data();
    void sanitizedNamesAreAlwaysSafe();
    void fallbacks();
};

void TestContentDisposition::parse_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QString>("expected");

    QTest::newRow("quoted") << QByteArray(R"(attachment; filename="agentbot-export-user_7f3a-2026-11-20.json")")
                            << QStringLiteral("agentbot-export-user_7f3a-2026-11-20.json");
    QTest::newRow("token") << QByteArray("attachment; filename=export.json") << QStringLiteral("export.json");
    QTest::newRow("extended wins") << QByteArray(
                                          "attachment; filename=\"plain.json\"; filename*=UTF-8''%C3%A9t%C3%A9.json")
                                   << QStringLiteral("été.json");
    QTest::newRow("extended first") << QByteArray(
                                           "attachment; filename*=utf-8'en'caf%C3%A9.json; filename=\"cafe.json\"")
                                    << QStringLiteral("café.json");
    QTest::newRow("latin1") << QByteArray("attachment; filename*=ISO-8859-1''%E9t%E9.json")
                            << QStringLiteral("été.json");
    QTest::newRow("escaped quote") << QByteArray(R"(attachment; filename="a \"b\" c.json")")
                                   << QStringLiteral("a \"b\" c.json");
    QTest::newRow("semicolon in quotes") << QByteArray(R"(attachment; filename="a;b.json"; size=3)")
                                         << QStringLiteral("a;b.json");
    QTest::newRow("case-insensitive name") << QByteArray("attachment; FILENAME=\"x.json\"") << QStringLiteral("x.json");
    QTest::newRow("no name") << QByteArray("attachment") << QString();
    QTest::newRow("empty") << QByteArray() << QString();
    QTest::newRow("unterminated quote") << QByteArray("attachment; filename=\"never-ends.json") << QString();
    QTest::newRow("bad utf-8 in extended falls back")
        << QByteArray("attachment; filename*=UTF-8''%FF%FE; filename=ok.json") << QStringLiteral("ok.json");
    QTest::newRow("unknown charset") << QByteArray("attachment; filename*=KOI8-R''abc") << QString();
}

void TestContentDisposition::parse()
{
    QFETCH(QByteArray, header);
    QFETCH(QString, expected);
    QCOMPARE(ContentDisposition::fileName(header), expected);
}

void TestContentDisposition::sanitize_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    const QString fallback = QStringLiteral("agentbot-export-2026-11-23.json");

    QTest::newRow("plain") << QStringLiteral("agentbot-export-u1-2026-11-20.json")
                           << QStringLiteral("agentbot-export-u1-2026-11-20.json");
    QTest::newRow("parent dirs") << QStringLiteral("../../.bashrc") << QStringLiteral("bashrc.json");
    QTest::newRow("absolute") << QStringLiteral("/etc/passwd") << QStringLiteral("passwd.json");
    QTest::newRow("windows path") << QStringLiteral("C:\\Windows\\System32\\evil.json") << QStringLiteral("evil.json");
    QTest::newRow("only dots") << QStringLiteral("..") << fallback;
    QTest::newRow("empty") << QString() << fallback;
    QTest::newRow("leading dot") << QStringLiteral(".hidden.json") << QStringLiteral("hidden.json");
    QTest::newRow("control chars") << QStringLiteral("a\nb\r\tc\x01.json") << QStringLiteral("abc.json");
    QTest::newRow("bidi override") << QStringLiteral("report\u202Enosj.exe") << QStringLiteral("reportnosj.exe.json");
    QTest::newRow("reserved chars") << QStringLiteral("a<b>c:d|e?f*g\".json") << QStringLiteral("a_b_c_d_e_f_g_.json");
    QTest::newRow("windows device") << QStringLiteral("CON.json") << QStringLiteral("_CON.json");
    QTest::newRow("windows device lower") << QStringLiteral("lpt1") << QStringLiteral("_lpt1.json");
    QTest::newRow("not a device") << QStringLiteral("console.json") << QStringLiteral("console.json");
    QTest::newRow("other extension") << QStringLiteral("export.txt") << QStringLiteral("export.txt.json");
    QTest::newRow("upper-case extension kept") << QStringLiteral("Export.JSON") << QStringLiteral("Export.json");
    QTest::newRow("trailing dots and spaces") << QStringLiteral("name. . ") << QStringLiteral("name.json");
    QTest::newRow("unicode kept") << QStringLiteral("Zoë 🤖.json") << QStringLiteral("Zoë 🤖.json");
    QTest::newRow("lone surrogate") << QString(QChar(0xD800)) + QStringLiteral("x.json") << QStringLiteral("x.json");
    QTest::newRow("only reserved") << QStringLiteral("???") << fallback;
}

void TestContentDisposition::sanitize()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(SafeFileName::sanitize(input, QStringLiteral("agentbot-export-2026-11-23.json")), expected);
}

void TestContentDisposition::sanitizedNamesAreAlwaysSafe_data()
{
    QTest::addColumn<QString>("input");
    QTest::newRow("long ascii") << QString(1000, QLatin1Char('a'));
    QTest::newRow("long emoji") << QString::fromUtf8("🤖").repeated(300);
    QTest::newRow("long multibyte then json") << QString::fromUtf8("é").repeated(400) + QStringLiteral(".json");
    QTest::newRow("mixed garbage") << QStringLiteral("../\x7f\u200b..\\/..//...");
    QTest::newRow("newline header injection") << QStringLiteral("a.json\r\nSet-Cookie: x=y");
}

void TestContentDisposition::sanitizedNamesAreAlwaysSafe()
{
    QFETCH(QString, input);
    const QString name = SafeFileName::sanitize(input, QStringLiteral("fallback.json"));
    QVERIFY(name.endsWith(QLatin1String(".json")));
    QVERIFY(!name.startsWith(QLatin1Char('.')));
    QVERIFY(!name.contains(QLatin1Char('/')));
    QVERIFY(!name.contains(QLatin1Char('\\')));
    QVERIFY(name.toUtf8().size() <= SafeFileName::maxUtf8Bytes);
    QVERIFY(name.size() > 5);
    for (const QChar c : name) {
        QVERIFY(c.unicode() >= 0x20 && c.unicode() != 0x7f);
        QVERIFY(c.category() != QChar::Other_Format);
    }
    QVERIFY(QString::fromUtf8(name.toUtf8()) == name); // no broken surrogate pairs
}

void TestContentDisposition::fallbacks()
{
    const QDate date(2026, 11, 23);
    QCOMPARE(SafeFileName::agentbotFallback(date), QStringLiteral("agentbot-export-2026-11-23.json"));
    QCOMPARE(SafeFileName::xpanderTemplate(QStringLiteral("Café Übersetzer"), date),
             QStringLiteral("xpander-template-cafe-ubersetzer-2026-11-23.json"));
    QCOMPARE(SafeFileName::xpanderTemplate(QStringLiteral("🤖🤖"), date),
             QStringLiteral("xpander-template-agent-2026-11-23.json"));
    QCOMPARE(SafeFileName::slug(QStringLiteral("  Customer -- Operations Lead!  ")),
             QStringLiteral("customer-operations-lead"));
}

QTEST_GUILESS_MAIN(TestContentDisposition)
#include "tst_contentdisposition.moc"
