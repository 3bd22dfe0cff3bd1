#include "json/JsonDocument.h"
#include "json/JsonPath.h"
#include "json/JsonSearch.h"

#include <QTest>

using namespace Takeout;

class TestJsonPath : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void pathsOfValues();
    void resolve_data();
    void resolve();
    void search_data();
    void search();
    void searchCanBeCancelled();
    void indentedKeepsEverythingAsWritten();

private:
    std::shared_ptr<const JsonDocument> m_document;
};

void TestJsonPath::initTestCase()
{
    JsonDocument::Error error;
    m_document = JsonDocument::fromBytes(R"({
  "agent_definition": {"knowledge_bases": [{"documents": [{"name": "A"}, {"name": "B", "content": "Caf\u00e9 hours"}]}]},
  "a key": {"x\"y": 1},
  "dup": 1, "dup": 2,
  "list": [10, 20, 30],
  "id": 12345678901234567890,
  "escapes": ["line\nbreak", "\u0041BC", "Zo\u00eb", "ZOË"],
  "hidden": {"\u0069nvoice": "\u212Aelvin \u00e9"}
})",
                                         &error);
    QVERIFY2(m_document, qPrintable(error.message));
}

void TestJsonPath::pathsOfValues()
{
    QString error;
    const quint32 content = JsonPath::resolve(
        *m_document, QStringLiteral(".agent_definition.knowledge_bases[0].documents[1].content"), &error);
    QVERIFY2(content != JsonDocument::none, qPrintable(error));
    QCOMPARE(JsonPath::of(*m_document, content),
             QStringLiteral(".agent_definition.knowledge_bases[0].documents[1].content"));
    const quint32 odd = JsonPath::resolve(*m_document, QStringLiteral(R"(."a key"."x\"y")"), &error);
    QVERIFY2(odd != JsonDocument::none, qPrintable(error));
    QCOMPARE(JsonPath::of(*m_document, odd), QStringLiteral(R"(.["a key"]["x\"y"])"));
    // Both quoted forms are read, jq's escapes included.
    QCOMPARE(JsonPath::resolve(*m_document, QStringLiteral(R"(.["a key"]["x\"y"])"), &error), odd);
    QCOMPARE(JsonPath::resolve(*m_document, QStringLiteral(R"(.["a\u0020key"].["x\u0022y"])"), &error), odd);
    QCOMPARE(JsonPath::resolve(*m_document, QStringLiteral(R"(."a key"["x\"y"])"), &error), odd);
    QCOMPARE(JsonPath::member(QStringLiteral("."), QStringLiteral("a key")), QStringLiteral(R"(.["a key"])"));
    QCOMPARE(JsonPath::member(QStringLiteral("."), QStringLiteral("plain")), QStringLiteral(".plain"));
    // A name that ends in a newline is no identifier, however a regular expression's `$` reads it.
    QCOMPARE(JsonPath::member(QStringLiteral("."), QStringLiteral("plain\n")), QStringLiteral(R"(.["plain\n"])"));
    QCOMPARE(JsonPath::member(QStringLiteral(".list[0]"), QStringLiteral("é")), QStringLiteral(R"(.list[0]["é"])"));
    QCOMPARE(JsonPath::of(*m_document, JsonDocument::root()), QStringLiteral("."));
}

void TestJsonPath::resolve_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("raw");
    QTest::newRow("root") << "." << QByteArray();
    QTest::newRow("number as written") << ".id" << QByteArray("12345678901234567890");
    QTest::newRow("index") << ".list[1]" << QByteArray("20");
    QTest::newRow("negative index") << ".list[-1]" << QByteArray("30");
    QTest::newRow("bracket key") << R"(.["a key"])" << QByteArray(R"({"x\"y": 1})");
    QTest::newRow("last duplicate wins") << ".dup" << QByteArray("2");
    QTest::newRow("missing key") << ".nope" << QByteArray("!");
    QTest::newRow("index out of range") << ".list[3]" << QByteArray("!");
    QTest::newRow("index into object") << ".id[0]" << QByteArray("!");
    QTest::newRow("no leading dot") << "list" << QByteArray("!");
}

void TestJsonPath::resolve()
{
    QFETCH(QString, path);
    QFETCH(QByteArray, raw);
    QString error;
    const quint32 node = JsonPath::resolve(*m_document, path, &error);
    if (raw == "!") {
        QCOMPARE(node, JsonDocument::none);
        QVERIFY(!error.isEmpty());
        return;
    }
    QVERIFY2(node != JsonDocument::none, qPrintable(error));
    if (!raw.isEmpty())
        QCOMPARE(m_document->raw(node).toByteArray(), raw);
}

void TestJsonPath::search_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("regex");
    QTest::addColumn<bool>("caseSensitive");
    QTest::addColumn<QStringList>("paths");
    QTest::newRow("key") << "documents" << false << false
                         << QStringList{QStringLiteral(".agent_definition.knowledge_bases[0].documents")};
    QTest::newRow("decoded escape") << "Café" << false << true
                                    << QStringList{
                                           QStringLiteral(".agent_definition.knowledge_bases[0].documents[1].content")};
    QTest::newRow("case-insensitive") << "cafÉ" << false << false
                                      << QStringList{QStringLiteral(
                                             ".agent_definition.knowledge_bases[0].documents[1].content")};
    QTest::newRow("case-sensitive miss") << "cafÉ" << false << true << QStringList{};
    QTest::newRow("regex") << "^[AB]$" << true << true
                           << QStringList{QStringLiteral(".agent_definition.knowledge_bases[0].documents[0].name"),
                                          QStringLiteral(".agent_definition.knowledge_bases[0].documents[1].name")};
    QTest::newRow("number") << "2345678901" << false << true << QStringList{QStringLiteral(".id")};
    QTest::newRow("escape does not fake a match") << "nbreak" << false << true << QStringList{};
    QTest::newRow("escape's digits do not fake a match") << "00e9" << false << false << QStringList{};
    QTest::newRow("escape does not hide a match")
        << "ABC" << false << true << QStringList{QStringLiteral(".escapes[1]")};
    QTest::newRow("non-ASCII, any case") << "zoë" << false << false
                                         << QStringList{QStringLiteral(".escapes[2]"), QStringLiteral(".escapes[3]")};
    QTest::newRow("non-ASCII, exact case") << "ZOË" << false << true << QStringList{QStringLiteral(".escapes[3]")};
    QTest::newRow("escape hides a match in a key")
        << "INVOICE" << false << false << QStringList{QStringLiteral(".hidden.invoice")};
    QTest::newRow("escape of a letter in another case")
        << "kelvin" << false << false << QStringList{QStringLiteral(".hidden.invoice")};
    QTest::newRow("escape of a letter in another case, exact case") << "kelvin" << false << true << QStringList{};
    QTest::newRow("quote inside key") << "x\"y" << false << true
                                      << QStringList{QStringLiteral(R"(.["a key"]["x\"y"])")};
}

void TestJsonPath::search()
{
    QFETCH(QString, text);
    QFETCH(bool, regex);
    QFETCH(bool, caseSensitive);
    QFETCH(QStringList, paths);
    JsonSearch::Options options;
    options.text = text;
    options.regularExpression = regex;
    options.caseSensitive = caseSensitive;
    QStringList found;
    for (const quint32 node : JsonSearch::run(*m_document, options))
        found << JsonPath::of(*m_document, node);
    QCOMPARE(found, paths);
}

void TestJsonPath::searchCanBeCancelled()
{
    const QByteArray big = "[" + QByteArray("\"needle\",").repeated(200000) + "0]";
    JsonDocument::Error error;
    auto document = JsonDocument::fromBytes(big, &error);
    QVERIFY(document);
    JsonSearch::Options options;
    options.text = QStringLiteral("needle");
    QCOMPARE(JsonSearch::run(*document, options).size(), size_t(200000));
    const std::atomic_bool cancelled(true);
    QVERIFY(JsonSearch::run(*document, options, &cancelled).empty());
    options.text = QStringLiteral("(");
    options.regularExpression = true;
    QVERIFY(!JsonSearch::problem(options).isEmpty());
}

void TestJsonPath::indentedKeepsEverythingAsWritten()
{
    JsonDocument::Error error;
    auto document = JsonDocument::fromBytes(R"({"b":[1.50,{},[]],"a":"\u00e9","b":null})", &error);
    QVERIFY(document);
    QCOMPARE(document->indented(), QByteArray("{\n  \"b\": [\n    1.50,\n    {},\n    []\n  ],\n  \"a\": \"\\u00e9\",\n"
                                              "  \"b\": null\n}\n"));
}

QTEST_GUILESS_MAIN(TestJsonPath)
#include "tst_jsonpath.moc"
