#include "json/JsonDocument.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTemporaryFile>
#include <QTest>
#include <simdjson.h>
#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

using namespace Takeout;
using Type = JsonDocument::Type;

class TestJsonDocument : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void accepts_data();
    void accepts();
    void rejectsWithLineAndColumn_data();
    void rejectsWithLineAndColumn();
    void keepsOrderDuplicatesAndNumbersAsWritten();
    void structure();
    void rawTextOfContainers();
    void strings_data();
    void strings();
    void deepNestingDoesNotOverflow();
    void fromMappedFile();
    void agreesWithSimdjson_data();
    void agreesWithSimdjson();
    void structuralScanAgreesWithByteByByte_data();
    void structuralScanAgreesWithByteByByte();
    void largeLoadReportsProgressAndCancels();
    void parentsFarBack();
    void memberLookups();
    void indexIsBoundedByInput_data();
    void indexIsBoundedByInput();
    void refusesWhatWouldNotFit();
    void indentedIsLinearAndBudgeted();
    void survivesTruncationWhileMapped();
    void smallFilesAreCopies();
    void refusesNonRegularFiles();

private:
    static std::shared_ptr<const JsonDocument> parse(const QByteArray &text)
    {
        JsonDocument::Error error;
        auto document = JsonDocument::fromBytes(text, &error);
        if (!document)
            qWarning("%s", qPrintable(error.message));
        return document;
    }
};

void TestJsonDocument::accepts_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<quint32>("nodes");
    QTest::newRow("number") << QByteArray("42") << 1u;
    QTest::newRow("negative exponent") << QByteArray("-0.5e-10") << 1u;
    QTest::newRow("string") << QByteArray("\"x\"") << 1u;
    QTest::newRow("literals") << QByteArray("[true,false,null]") << 4u;
    QTest::newRow("spaces everywhere") << QByteArray(" \t\r\n{ \"a\" : [ 1 , 2 ] }\n ") << 4u;
    QTest::newRow("empty containers") << QByteArray("[{},[],{\"a\":[]}]") << 5u;
    QTest::newRow("escapes") << QByteArray(R"(["\"\\\/\b\f\n\r\t\u00e9\ud83d\ude00"])") << 2u;
    QTest::newRow("big integer") << QByteArray("[12345678901234567890123]") << 2u;
    QTest::newRow("huge exponent") << QByteArray("[1e400, -1E-400]") << 3u;
    QTest::newRow("utf-8") << QByteArray("{\"Zoë\":\"🤖\"}") << 2u;
    QTest::newRow("brackets in strings") << QByteArray(R"({"a":"]}[{,:\"","b":1})") << 3u;
}

void TestJsonDocument::accepts()
{
    QFETCH(QByteArray, text);
    QFETCH(quint32, nodes);
    auto document = parse(text);
    QVERIFY(document);
    QCOMPARE(document->nodeCount(), nodes);
}

void TestJsonDocument::rejectsWithLineAndColumn_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("words");
    QTest::newRow("trailing comma") << QByteArray("{\n  \"a\": 1,\n}") << 2 << 9 << QStringLiteral("trailing comma");
    QTest::newRow("trailing comma in array") << QByteArray("[1,2,]") << 1 << 5 << QStringLiteral("trailing comma");
    QTest::newRow("comment") << QByteArray("{\"a\":1 // no\n}") << 1 << 8 << QStringLiteral("comments");
    QTest::newRow("block comment") << QByteArray("/* x */ 1") << 1 << 1 << QStringLiteral("comments");
    QTest::newRow("leading zero") << QByteArray("[01]") << 1 << 2 << QStringLiteral("leading zero");
    QTest::newRow("single quotes") << QByteArray("{'a':1}") << 1 << 2 << QStringLiteral("double quotes");
    QTest::newRow("single-quoted value") << QByteArray("['a']") << 1 << 2 << QStringLiteral("double quotes");
    QTest::newRow("invalid escape") << QByteArray(R"(["a\x"])") << 1 << 4 << QStringLiteral("not a valid escape");
    QTest::newRow("bad utf-8") << QByteArray("[\"ok\",\n\"\xc3\x28\"]") << 2 << 2 << QStringLiteral("UTF-8");
    QTest::newRow("overlong utf-8") << QByteArray("\"\xc0\xaf\"") << 1 << 2 << QStringLiteral("UTF-8");
    QTest::newRow("lone high surrogate") << QByteArray(R"(["\ud800"])") << 1 << 3 << QStringLiteral("unpaired");
    QTest::newRow("lone low surrogate") << QByteArray(R"(["x\udc00y"])") << 1 << 4 << QStringLiteral("unpaired");
    QTest::newRow("garbage after") << QByteArray("{} x") << 1 << 4 << QStringLiteral("more text after");
    QTest::newRow("two values") << QByteArray("1 2") << 1 << 3 << QStringLiteral("more text after");
    QTest::newRow("unclosed") << QByteArray("{\"a\":[1,2") << 1 << 10 << QStringLiteral("ends before");
    QTest::newRow("empty") << QByteArray("") << 1 << 1 << QStringLiteral("ends before");
    QTest::newRow("control char in string")
        << QByteArray("[\"a\tb\"]") << 1 << 4 << QStringLiteral("control character");
    QTest::newRow("bare word") << QByteArray("[nul]") << 1 << 2 << QStringLiteral("true, false and null");
    QTest::newRow("missing colon") << QByteArray("{\"a\" 1}") << 1 << 6 << QStringLiteral("“:”");
    QTest::newRow("NaN") << QByteArray("[NaN]") << 1 << 2 << QStringLiteral("unexpected character");
    QTest::newRow("plus sign") << QByteArray("[+1]") << 1 << 2 << QStringLiteral("unexpected character");
    QTest::newRow("dot without digits") << QByteArray("[1.]") << 1 << 2 << QStringLiteral("decimal point");
    QTest::newRow("column counts characters") << QByteArray("{\"é\": tru}") << 1 << 7 << QStringLiteral("true");
}

void TestJsonDocument::rejectsWithLineAndColumn()
{
    QFETCH(QByteArray, text);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, words);
    JsonDocument::Error error;
    QVERIFY(!JsonDocument::fromBytes(text, &error));
    QVERIFY(error.isError());
    QCOMPARE(error.line, line);
    QCOMPARE(error.column, column);
    QVERIFY2(error.message.contains(words), qPrintable(error.message));
    QVERIFY(error.message.startsWith(QStringLiteral("Line %1, column %2: ").arg(line).arg(column)));
}

void TestJsonDocument::keepsOrderDuplicatesAndNumbersAsWritten()
{
    auto document =
        parse(R"({"zeta": 1, "alpha": 2, "zeta": 3, "id": 12345678901234567890, "price": 1.10, "e": 1E+2})");
    QVERIFY(document);
    const quint32 root = JsonDocument::root();
    QCOMPARE(document->childCount(root), 6u);
    QStringList keys;
    QStringList values;
    for (quint32 child = document->firstChild(root); child != JsonDocument::none;
         child = document->nextSibling(child)) {
        keys << document->key(child);
        values << QString::fromUtf8(document->raw(child).toByteArray());
    }
    QCOMPARE(keys, (QStringList{QStringLiteral("zeta"), QStringLiteral("alpha"), QStringLiteral("zeta"),
                                QStringLiteral("id"), QStringLiteral("price"), QStringLiteral("e")}));
    QCOMPARE(values,
             (QStringList{QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"),
                          QStringLiteral("12345678901234567890"), QStringLiteral("1.10"), QStringLiteral("1E+2")}));
}

void TestJsonDocument::structure()
{
    auto document = parse(R"({"a": [10, {"b": null}, []], "c": "x"})");
    QVERIFY(document);
    // Records in document order: {root, a, 10, {}, b, [], c}
    QCOMPARE(document->nodeCount(), 7u);
    QCOMPARE(document->type(1), Type::Array);
    QCOMPARE(document->key(1), QStringLiteral("a"));
    QCOMPARE(document->childCount(1), 3u);
    QCOMPARE(document->subtreeSize(1), 5u);
    QCOMPARE(document->nextSibling(1), 6u);
    QCOMPARE(document->children(1), (std::vector<quint32>{2, 3, 5}));
    QCOMPARE(document->children(JsonDocument::root()), (std::vector<quint32>{1, 6}));
    QVERIFY(document->children(2).empty()); // a scalar
    QCOMPARE(document->key(6), QStringLiteral("c"));
    QCOMPARE(document->parent(4), 3u);
    QCOMPARE(document->row(4), 0u);
    QCOMPARE(document->row(5), 2u);
    QCOMPARE(document->parent(5), 1u);
    QVERIFY(!document->hasKey(2));
    QCOMPARE(document->type(4), Type::Null);
    QCOMPARE(document->firstChild(5), JsonDocument::none);
    QCOMPARE(document->parent(JsonDocument::root()), JsonDocument::none);
    QCOMPARE(document->maxDepth(), 3);
}

void TestJsonDocument::rawTextOfContainers()
{
    const QByteArray text = R"( {"a" : [ 1 , { } , [ [ "x" ] ] ] , "b":{"c":{}}} )";
    auto document = parse(text);
    QVERIFY(document);
    QCOMPARE(document->raw(0).toByteArray(), text.trimmed());
    QCOMPARE(document->raw(1).toByteArray(), QByteArray(R"([ 1 , { } , [ [ "x" ] ] ])"));
    QCOMPARE(document->raw(3).toByteArray(), QByteArray("{ }"));
    QCOMPARE(document->raw(4).toByteArray(), QByteArray(R"([ [ "x" ] ])"));
    const quint32 b = document->nextSibling(1);
    QCOMPARE(document->raw(b).toByteArray(), QByteArray(R"({"c":{}})"));
}

void TestJsonDocument::strings_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("value");
    QTest::newRow("plain") << QByteArray("\"hello\"") << QStringLiteral("hello");
    QTest::newRow("escapes") << QByteArray(R"("a\"b\\c\/d\ne\tf")") << QStringLiteral("a\"b\\c/d\ne\tf");
    QTest::newRow("unicode escape") << QByteArray(R"("caf\u00e9")") << QStringLiteral("café");
    QTest::newRow("surrogate pair") << QByteArray(R"("\ud83e\udd16")") << QStringLiteral("🤖");
    QTest::newRow("raw utf-8") << QByteArray("\"Zoë 🤖\"") << QStringLiteral("Zoë 🤖");
    QTest::newRow("escaped backslash before quote")
        << QByteArray(R"("ends with \\")") << QStringLiteral("ends with \\");
}

void TestJsonDocument::strings()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, value);
    auto document = parse(text);
    QVERIFY(document);
    QCOMPARE(document->string(0), value);
    QCOMPARE(document->raw(0).toByteArray(), text);
}

void TestJsonDocument::deepNestingDoesNotOverflow()
{
    for (const int depth : {10000, 200000}) {
        const QByteArray text = QByteArray(depth, '[') + "1" + QByteArray(depth, ']');
        auto document = parse(text);
        QVERIFY(document);
        QCOMPARE(document->maxDepth(), depth);
        QCOMPARE(document->nodeCount(), quint32(depth + 1));
        QCOMPARE(document->raw(0).size(), text.size());
        QCOMPARE(document->parent(quint32(depth)), quint32(depth - 1));
    }
    const QByteArray objects = QByteArray("{\"a\":").repeated(10000) + "null" + QByteArray(10000, '}');
    QVERIFY(parse(objects));
}

void TestJsonDocument::fromMappedFile()
{
    QTemporaryFile file;
    QVERIFY(file.open());
    file.write(R"({"b": 1, "a": [true]})");
    file.close();
    JsonDocument::Error error;
    auto document = JsonDocument::fromFile(file.fileName(), &error);
    QVERIFY2(document, qPrintable(error.message));
    QCOMPARE(document->key(1), QStringLiteral("b"));
    QCOMPARE(document->raw(2).toByteArray(), QByteArray("[true]"));

    QVERIFY(!JsonDocument::fromFile(file.fileName() + QStringLiteral(".missing"), &error));
    QVERIFY(error.message.contains(QLatin1String("cannot be read")));
}

void TestJsonDocument::agreesWithSimdjson_data()
{
    // Valid and invalid texts of every kind: the verdict must be simdjson's.
    QTest::addColumn<QByteArray>("text");
    const QByteArrayList corpus = {
        "42",
        "-0.5e-10",
        "\"x\"",
        "[true,false,null]",
        " {\"a\" : [ 1 , 2 ] }\n",
        "[{},[],{\"a\":[]}]",
        R"(["\"\\\/\b\f\n\r\t\u00e9\ud83d\ude00"])",
        "{\"Zoë\":\"🤖\"}",
        R"({"a":"]}[{,:\"","b":1})",
        R"({"a":[{"b":[1,{"c":"\u00e9"}]},-0,0.0e0]})",
        "{\"a\":1,}",
        "[1,2,]",
        "{\"a\":1 // no\n}",
        "/* x */ 1",
        "[01]",
        "{'a':1}",
        "['a']",
        R"(["a\x"])",
        "[\"\xc3\x28\"]",
        "\"\xc0\xaf\"",
        R"(["\ud800"])",
        R"(["x\udc00y"])",
        "{} x",
        "1 2",
        "{\"a\":[1,2",
        "",
        "[\"a\tb\"]",
        "[nul]",
        "{\"a\" 1}",
        "[NaN]",
        "[+1]",
        "[1.]",
        "[\"abc",
        "{\"a\":}",
        "\xef\xbb\xbf{}",
        "[-]",
        "[1e]",
        "[True]",
        QByteArray("[\"a\0b\"]", 7),
        "[1e400]",
        "{\"a\":{\"b\":{\"c\":[[[]]]}}}",
        "  ",
        "[\"\\u12\"]",
        "[1,,2]",
        "{\"a\"::1}",
        "[1]]",
    };
    for (const QByteArray &text : corpus)
        QTest::addRow("%s", text.toPercentEncoding(" {}[]\":,").constData()) << text;
}

void TestJsonDocument::agreesWithSimdjson()
{
    QFETCH(QByteArray, text);
    JsonDocument::Error error;
    const bool ours = JsonDocument::fromBytes(text, &error) != nullptr;
    simdjson::dom::parser parser;
    simdjson::dom::element root;
    const simdjson::error_code theirs = parser.parse(text.constData(), size_t(text.size())).get(root);
    // simdjson also refuses numbers beyond 64 bits, which the RFC allows: the corpus has one.
    if (theirs == simdjson::NUMBER_ERROR || theirs == simdjson::NUMBER_OUT_OF_RANGE) {
        QCOMPARE(ours, text == "[1e400]");
        return;
    }
    QCOMPARE(ours, theirs == simdjson::SUCCESS);
}

void TestJsonDocument::structuralScanAgreesWithByteByByte_data()
{
    // The vectorised scan reads 64 bytes at a time and hands over its places in chunks (on a second
    // thread from 1 MB on), carrying the state inside a string and after a backslash across: texts
    // with each kind of token and error at every place around a 64-byte boundary, and large ones.
    QTest::addColumn<QByteArray>("text");
    const QByteArrayList tails = {
        R"("ab\\\"cd\u00e9\ud83d\ude00\/", -1.5e+3, true, false, null, {"k": [{}]}])",
        R"("\\\\", "\\", "x"])",
        "\"tab\there\"]",      // a control character inside a string
        R"("open)",            // never closed
        R"("bad \x escape"])", // not an escape
        R"("\ud83d alone"])",  // a lone surrogate
        R"(1, 2,])",           // a trailing comma
        R"(01])",              // a leading zero
        R"(truex])",           // a word running on
        R"({"a" 1}])",         // no colon
        R"(1 2])",             // no comma
        "\"caf\xc3\"]",        // UTF-8 cut short
        R"(1]])",              // more after the end
        "1,\x0c 2]",           // control characters outside a string, which the scan takes
        "{\"a\"\x1a 1}]",      // for punctuation (',' and ':')
    };
    for (const QByteArray &tail : tails)
        for (int pad = 50; pad < 80; ++pad)
            QTest::addRow("%s at %d", tail.left(12).constData(), pad) << QByteArray("[" + QByteArray(pad, ' ') + tail);
    QByteArray large = "[";
    for (int k = 0; large.size() < (3 << 20); ++k)
        large += R"({"id": )" + QByteArray::number(k) + R"(, "name": "agent \"n\" \\ \u00e9 )" + QByteArray::number(k) +
                 R"(", "tags": ["a", "b"], "on": true},)" + '\n';
    large += "null]";
    QTest::newRow("large") << large;
    QByteArray cut = large;
    cut[cut.size() / 2 + 5] = '\t';
    QTest::newRow("large, a tab in the middle") << cut;
    QTest::newRow("large, not UTF-8 at the end") << large + "\xff";
    QTest::newRow("large, a bad escape at the end") << QByteArray(large.chopped(1) + R"(,"\q"])");
    QTest::newRow("large, unclosed") << large.chopped(1);
}

void TestJsonDocument::structuralScanAgreesWithByteByByte()
{
    QFETCH(QByteArray, text);
    JsonDocument::Control byteByByte;
    byteByByte.structuralScan = false;
    JsonDocument::Error fastError;
    JsonDocument::Error slowError;
    const auto fast = JsonDocument::fromBytes(text, &fastError);
    const auto slow = JsonDocument::fromBytes(text, &slowError, byteByByte);
    QCOMPARE(bool(fast), bool(slow));
    QCOMPARE(fastError.message, slowError.message);
    QCOMPARE(fastError.offset, slowError.offset);
    if (!fast)
        return;
    // Valid text is indexed from the scan, not by the byte-at-a-time pass behind it.
    QVERIFY(fast->scanned());
    QVERIFY(!slow->scanned());
    QCOMPARE(fast->nodeCount(), slow->nodeCount());
    QCOMPARE(fast->maxDepth(), slow->maxDepth());
    for (quint32 node = 0; node < fast->nodeCount(); ++node) {
        QCOMPARE(fast->type(node), slow->type(node));
        QCOMPARE(fast->parent(node), slow->parent(node));
        QCOMPARE(fast->offset(node), slow->offset(node));
        QCOMPARE(fast->raw(node).size(), slow->raw(node).size());
        QCOMPARE(fast->subtreeSize(node), slow->subtreeSize(node));
        QCOMPARE(fast->row(node), slow->row(node));
    }
}

void TestJsonDocument::parentsFarBack()
{
    // A record keeps how far back its parent is only up to a limit (8,388,607 records); past it, the
    // parent is found among the containers that large. Nested large containers, with small ones and
    // scalars after them at each level, checked against parents and rows counted by a walk.
    const int many = 8400000;
    const QByteArray text = R"({"big": [[)" + QByteArray("0,").repeated(many) +
                            R"({}], 1, {"b": [2]}, 3], "after": [4, {"c": 5}], "x": 6})";
    for (const bool scan : {true, false}) {
        JsonDocument::Control control;
        control.structuralScan = scan;
        JsonDocument::Error error;
        const auto document = JsonDocument::fromBytes(text, &error, control);
        QVERIFY2(document, qPrintable(error.message));
        QCOMPARE(document->scanned(), scan);
        QCOMPARE(document->nodeCount(), quint32(many + 14));
        struct Open
        {
            quint32 node;
            quint32 end;
            quint32 children;
        };
        std::vector<Open> open;
        for (quint32 node = 0; node < document->nodeCount(); ++node) {
            while (!open.empty() && open.back().end <= node)
                open.pop_back();
            const quint32 expected = open.empty() ? JsonDocument::none : open.back().node;
            const quint32 row = open.empty() ? 0 : open.back().children++;
            if (document->parent(node) != expected || document->row(node) != row)
                QFAIL(qPrintable(QStringLiteral("record %1: parent %2, row %3; expected %4, %5")
                                     .arg(node)
                                     .arg(document->parent(node))
                                     .arg(document->row(node))
                                     .arg(expected)
                                     .arg(row)));
            if (document->isContainer(node))
                open.push_back({node, node + document->subtreeSize(node), 0});
        }
        const quint32 after = document->member(JsonDocument::root(), "after");
        QCOMPARE(document->raw(after), QByteArrayView(R"([4, {"c": 5}])"));
        QCOMPARE(document->parent(after), JsonDocument::root());
        QCOMPARE(document->row(document->member(JsonDocument::root(), "x")), 2u);
        QCOMPARE(document->nextSibling(document->member(JsonDocument::root(), "big")), after);
        const quint32 big = document->member(JsonDocument::root(), "big");
        QCOMPARE(document->childCount(big), 4u);
        QCOMPARE(document->children(big).back(), after - 1);
        QCOMPARE(document->childCount(big + 1), quint32(many + 1));
        QCOMPARE(document->raw(after - 1), QByteArrayView("3"));
    }
}

void TestJsonDocument::memberLookups()
{
    // Names are compared back from their values: every spelling JSON allows finds the member (an
    // escape anywhere in it), a name that only ends like the one asked for does not, and of a
    // repeated name the last counts.
    const auto document = parse(R"({"": 0, "x\"id": 1, "xid": 2, "i\u0064": 3, "n": {"id": 4}, "a/b": 5,)"
                                R"( "a\/b": 6, "tab\t": 7, "id" : [8], "last": 9, "last": 10, "\u00e9t\u00e9 x": 11})");
    QVERIFY(document);
    const auto valueOf = [&document](quint32 object, QByteArrayView name) {
        const quint32 node = document->member(object, name);
        return node == JsonDocument::none ? QByteArray("none") : document->raw(node).toByteArray();
    };
    const quint32 root = JsonDocument::root();
    QCOMPARE(valueOf(root, ""), QByteArray("0"));
    QCOMPARE(valueOf(root, "x\"id"), QByteArray("1"));
    QCOMPARE(valueOf(root, "xid"), QByteArray("2"));
    QCOMPARE(valueOf(root, "id"), QByteArray("[8]")); // after "i\u0064", the same name
    QCOMPARE(valueOf(root, "a/b"), QByteArray("6"));
    QCOMPARE(valueOf(root, "tab\t"), QByteArray("7"));
    QCOMPARE(valueOf(root, "last"), QByteArray("10"));
    // The same last byte as the name asked for, with an escape before it.
    QCOMPARE(valueOf(root, "été x"), QByteArray("11"));
    QCOMPARE(valueOf(root, "d"), QByteArray("none"));
    QCOMPARE(valueOf(root, "b"), QByteArray("none"));
    QCOMPARE(valueOf(document->member(root, "n"), "id"), QByteArray("4"));
}

void TestJsonDocument::largeLoadReportsProgressAndCancels()
{
    // Large enough for the scan's own thread and for several progress reports.
    const QByteArray text = "[" + QByteArray(R"({"name": "agent", "tags": ["a", "b"]},)").repeated(400000) + "0]";
    qint64 last = -1;
    bool rising = true;
    JsonDocument::Control control;
    control.progress = [&](qint64 done, qint64 total) {
        rising &= done >= last && total == text.size();
        last = done;
    };
    JsonDocument::Error error;
    QVERIFY(JsonDocument::fromBytes(text, &error, control));
    QVERIFY(rising);
    QCOMPARE(last, text.size());

    // Cancelled after the first report: no document, and the error says it was cancelled.
    std::atomic_bool cancel(false);
    int reports = 0;
    control.cancel = &cancel;
    control.progress = [&](qint64, qint64) {
        ++reports;
        cancel = true;
    };
    QVERIFY(!JsonDocument::fromBytes(text, &error, control));
    QVERIFY(error.cancelled);
    QCOMPARE(reports, 1);
}

void TestJsonDocument::indexIsBoundedByInput_data()
{
    QTest::addColumn<QByteArray>("unit");
    QTest::addColumn<QByteArray>("tail"); // repeated as often as the unit, after it
    QTest::newRow("[ unclosed") << QByteArray("[") << QByteArray();
    QTest::newRow("[0, unclosed") << QByteArray("[0,") << QByteArray();
    QTest::newRow("{\"\": unclosed") << QByteArray("{\"\":") << QByteArray();
    QTest::newRow("[ closed") << QByteArray("[") << QByteArray("]");
    QTest::newRow("[], elements") << QByteArray("[],") << QByteArray();
}

void TestJsonDocument::indexIsBoundedByInput()
{
    // At most 13 bytes of index per byte of text, for any text, and linear: the bound is computed
    // before the pass and allocated once; a pass that would go past it is refused, not grown.
    QFETCH(QByteArray, unit);
    QFETCH(QByteArray, tail);
    double firstRatio = 0;
    for (const qsizetype n : {qsizetype(100000), qsizetype(1000000), qsizetype(4000000)}) {
        const QByteArray text = unit.repeated(n) + tail.repeated(n);
        const qint64 bound = JsonDocument::indexBytesFor(text);
        QVERIFY2(bound <= 13 * text.size(), qPrintable(QStringLiteral("%1 bytes for %2").arg(bound).arg(text.size())));
        // Held to exactly that much memory, the pass still reaches its verdict.
        JsonDocument::Control control;
        control.memoryBudget = bound;
        JsonDocument::Error error;
        auto document = JsonDocument::fromBytes(text, &error, control);
        if (document) {
            QVERIFY(document->indexBytes() <= bound);
        } else {
            QVERIFY2(error.offset >= 0, qPrintable(error.message)); // a place in the text: not out of memory
        }
        const double ratio = double(bound) / double(text.size());
        if (firstRatio == 0)
            firstRatio = ratio;
        QVERIFY2(qAbs(ratio - firstRatio) < 0.01 * firstRatio, qPrintable(QString::number(ratio)));
    }
    QCOMPARE(JsonDocument::indexBytesFor(""), 0);
}

void TestJsonDocument::refusesWhatWouldNotFit()
{
    const QByteArray text = QByteArray("{\"a\": [1, 2, 3], \"b\": \"x\"},").repeated(1000).prepend('[').append("0]");
    JsonDocument::Control control;
    control.memoryBudget = JsonDocument::indexBytesFor(text) - 1;
    JsonDocument::Error error;
    QVERIFY(!JsonDocument::fromBytes(text, &error, control));
    QVERIFY2(error.message.startsWith(QLatin1String("This file is too large to open with the memory this computer has "
                                                    "free: it needs about")),
             qPrintable(error.message));
    QCOMPARE(error.offset, -1);

    // The same through a file, mapped or read.
    QTemporaryFile file;
    QVERIFY(file.open());
    file.write(text);
    file.close();
    for (const qint64 readUpTo : {qint64(0), qint64(1) << 30}) {
        control.readUpTo = readUpTo;
        QVERIFY(!JsonDocument::fromFile(file.fileName(), &error, control));
        QVERIFY(error.message.contains(QLatin1String("too large")));
    }
    control.memoryBudget = JsonDocument::indexBytesFor(text);
    auto document = JsonDocument::fromFile(file.fileName(), &error, control);
    QVERIFY2(document, qPrintable(error.message));
    QCOMPARE(document->nodeCount(), 1000u * 6 + 2);
    QVERIFY(JsonDocument::freeMemory() > 0);
}

void TestJsonDocument::indentedIsLinearAndBudgeted()
{
    // 80 KB of nested brackets: the indent stops growing, so the text stays linear in the input.
    const int depth = 40000;
    const QByteArray text = QByteArray(depth, '[') + QByteArray(depth, ']');
    auto document = parse(text);
    QVERIFY(document);
    bool cut = true;
    const QByteArray all = document->indented(qint64(1) << 62, &cut);
    QVERIFY(!cut);
    const qint64 lineMax = 1 + 2 * JsonDocument::maxIndentDepth + 1;
    QVERIFY2(all.size() <= 2 * qint64(depth) * lineMax, qPrintable(QString::number(all.size())));
    QVERIFY(parse(all));
    const QList<QByteArray> lines = all.split('\n');
    QCOMPARE(lines.at(100), QByteArray(qsizetype(2) * JsonDocument::maxIndentDepth, ' ') + '[');
    QCOMPARE(lines.at(3), QByteArray("      ["));

    // The budget holds, opening brackets or closing ones.
    for (const qint64 budget : {qint64(4096), qint64(1) << 20, qint64(5) << 20}) {
        const QByteArray part = document->indented(budget, &cut);
        QVERIFY(cut);
        QVERIFY2(part.size() <= budget + lineMax + 8, qPrintable(QString::number(part.size())));
        QVERIFY(part.endsWith("\n…"));
    }
}

void TestJsonDocument::survivesTruncationWhileMapped()
{
    // A mapped file cut short while open: reads past its new end find zeros instead of killing the
    // process, and the document says the file changed.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("large.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("[");
    file.write(QByteArray(R"({"name": "agent", "tags": ["a", "b"], "n": 12345},)").repeated(20000));
    file.write("0]");
    file.close();
    const qint64 size = QFileInfo(path).size();

    JsonDocument::Control control;
    control.readUpTo = 4096; // mapped, as files above 64 MB are
    JsonDocument::Error error;
    auto document = JsonDocument::fromFile(path, &error, control);
    QVERIFY2(document, qPrintable(error.message));
    QVERIFY(!document->changedOnDisk());
    QVERIFY(QFile::resize(path, size / 3));

    qint64 zeros = 0;
    for (quint32 node = 0; node < document->nodeCount(); ++node) {
        const QByteArrayView raw = document->raw(node);
        zeros += raw.count('\0');
        document->key(node);
        document->text(node);
        document->preview(node);
    }
    QVERIFY(zeros > 0);
    QVERIFY(document->compact(JsonDocument::root()).size() > 0);
    QVERIFY(document->indented().size() > 0);
    QVERIFY(document->changedOnDisk());

    // Another document of the file, cut short again, is flagged on its own.
    QVERIFY(QFile::resize(path, size));
    auto second = JsonDocument::fromFile(path, &error, control);
    // The zeros written back are not JSON: the error is where they begin, give or take the cut token.
    QVERIFY(!second);
    QVERIFY2(error.offset > size / 3 - 64 && error.offset <= size / 3,
             qPrintable(QStringLiteral("%1 of %2").arg(error.offset).arg(size)));
}

void TestJsonDocument::smallFilesAreCopies()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("small.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"a": "first"})");
    file.close();
    JsonDocument::Error error;
    auto document = JsonDocument::fromFile(path, &error);
    QVERIFY2(document, qPrintable(error.message));
    QVERIFY(!document->changedOnDisk());
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(R"({"a": "second, longer"})");
    file.close();
    // The document keeps what it read, and knows the file is no longer that.
    QCOMPARE(document->text(1), QStringLiteral("first"));
    QVERIFY(document->changedOnDisk());
}

void TestJsonDocument::refusesNonRegularFiles()
{
    JsonDocument::Error error;
    QTemporaryDir dir;
    QVERIFY(!JsonDocument::fromFile(dir.path(), &error));
    QVERIFY2(error.message.contains(QLatin1String("not a regular file")), qPrintable(error.message));
#ifdef Q_OS_UNIX
    // A pipe with no writer: refused at once, not waited on (opening it for reading would block).
    const QString fifo = dir.filePath(QStringLiteral("pipe.json"));
    QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    QVERIFY(!JsonDocument::fromFile(fifo, &error));
    QVERIFY(error.message.contains(QLatin1String("not a regular file")));
    QVERIFY(!JsonDocument::fromFile(QStringLiteral("/dev/null"), &error));
    QVERIFY(error.message.contains(QLatin1String("not a regular file")));
#endif
#ifdef Q_OS_LINUX
    // Says it is empty, reads as text.
    QVERIFY(!JsonDocument::fromFile(QStringLiteral("/proc/self/status"), &error));
    QVERIFY2(error.message.contains(QLatin1String("not a regular file")), qPrintable(error.message));
#endif
    // A real empty file is a file: not JSON, but not refused for what it is.
    QTemporaryFile empty;
    QVERIFY(empty.open());
    QVERIFY(!JsonDocument::fromFile(empty.fileName(), &error));
    QVERIFY(!error.message.contains(QLatin1String("not a regular file")));
}

QTEST_GUILESS_MAIN(TestJsonDocument)
#include "tst_jsondocument.moc"
