#include "DemoService.h"
#include "i18n/Translations.h"
#include "restore/RestoreCheck.h"
#include "json/JsonPath.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>
#include <QUuid>

using namespace Takeout;

// "Did it come back whole?": a template against an export of the agent created from it. What an
// import must change (ids, times, version, the chosen name) is no difference; what it may lose is.
class TestRestoreCheck : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale::c());
        installTranslations(QLocale::c());
    }
    void faithfulImportMatches_data();
    void faithfulImportMatches();
    void lostFunctionIsOneRemoval();
    void changedInstructionIsReported();
    void knowledgeBasesLeftOutAreMissing();
    void notJsonIsAnError();
    void normalisedLeavesOutIdsAndTimes();

private:
    static QByteArray sampleTemplate(bool withKnowledgeBases);
};

namespace {

const QString agentId = QStringLiteral("5f241dc6-4535-484a-b530-4e2009ba7970");

bool isUuid(const QString &text)
{
    return !QUuid::fromString(text).isNull() && text.size() == 36;
}

// What the service does to a template's records when it creates an agent: every id is new.
QJsonValue withNewIds(const QJsonValue &value, QHash<QString, QString> *renamed)
{
    if (value.isObject()) {
        QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            it.value() = withNewIds(it.value(), renamed);
        return object;
    }
    if (value.isArray()) {
        QJsonArray array = value.toArray();
        for (auto element : array)
            element = withNewIds(element, renamed);
        return array;
    }
    if (value.isString() && isUuid(value.toString())) {
        QString &fresh = (*renamed)[value.toString()];
        if (fresh.isEmpty())
            fresh = QUuid::createUuid().toString(QUuid::WithoutBraces);
        return fresh;
    }
    return value;
}

QJsonObject reimported(const QByteArray &templateJson)
{
    QHash<QString, QString> renamed;
    QJsonObject agent = withNewIds(QJsonDocument::fromJson(templateJson).object(), &renamed).toObject();
    agent[QStringLiteral("id")] = QStringLiteral("tpl_new");
    agent[QStringLiteral("name")] = QStringLiteral("Triage (restored)");
    agent[QStringLiteral("description")] = QString();
    agent[QStringLiteral("icon")] = QStringLiteral("🧪");
    agent[QStringLiteral("organization_id")] = QStringLiteral("org_other");
    QJsonObject definition = agent.value(QStringLiteral("agent_definition")).toObject();
    definition[QStringLiteral("name")] = QStringLiteral("Triage (restored)");
    definition[QStringLiteral("icon")] = QStringLiteral("🧪");
    definition[QStringLiteral("unique_name")] = QStringLiteral("triage-restored-9c1e");
    definition[QStringLiteral("version")] = 1;
    definition[QStringLiteral("origin_template")] = QStringLiteral("tpl_5f241dc6");
    definition[QStringLiteral("created_at")] = QStringLiteral("2026-12-07T04:00:00Z");
    agent[QStringLiteral("agent_definition")] = definition;
    return agent;
}

QJsonObject reversedRecords(QJsonObject agent, const QString &key)
{
    QJsonObject definition = agent.value(QStringLiteral("agent_definition")).toObject();
    QJsonArray records = definition.value(key).toArray();
    QJsonArray reversed;
    for (qsizetype i = records.size() - 1; i >= 0; --i)
        reversed.append(records.at(i));
    definition[key] = reversed;
    agent[QStringLiteral("agent_definition")] = definition;
    return agent;
}

QByteArray bytes(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace

QByteArray TestRestoreCheck::sampleTemplate(bool withKnowledgeBases)
{
    QByteArray json =
        DemoService::templateExport(agentId, QStringLiteral("Support Ticket Triage"), QStringLiteral("Sorts tickets"),
                                    QStringLiteral("🎫"), withKnowledgeBases);
    if (json.isEmpty())
        qFatal("the demo's sample template is missing");
    return json;
}

void TestRestoreCheck::faithfulImportMatches_data()
{
    QTest::addColumn<bool>("withKnowledgeBases");
    QTest::addColumn<bool>("reorder");
    QTest::newRow("records in the same order") << false << false;
    QTest::newRow("records in another order") << false << true;
    QTest::newRow("with knowledge bases") << true << true;
}

void TestRestoreCheck::faithfulImportMatches()
{
    QFETCH(bool, withKnowledgeBases);
    QFETCH(bool, reorder);
    const QByteArray original = sampleTemplate(withKnowledgeBases);
    QJsonObject agent = reimported(original);
    if (reorder)
        agent = reversedRecords(agent, QStringLiteral("custom_functions"));
    QVERIFY(bytes(agent) != original);

    const RestoreCheck::Result result = RestoreCheck::compare(original, bytes(agent));
    QVERIFY2(!result.error, qPrintable(result.error.message()));
    QVERIFY2(result.matches, qPrintable(result.lines.join(QLatin1Char('\n'))));
    QVERIFY(result.changes.empty());
    QVERIFY(result.lines.isEmpty());
    QVERIFY(result.templateSide && result.agentSide);
}

void TestRestoreCheck::lostFunctionIsOneRemoval()
{
    const QByteArray original = sampleTemplate(false);
    QJsonObject agent = reimported(original);
    QJsonObject definition = agent.value(QStringLiteral("agent_definition")).toObject();
    QJsonArray functions = definition.value(QStringLiteral("custom_functions")).toArray();
    QVERIFY(functions.size() >= 2);
    const QString lost = functions.at(0).toObject().value(QStringLiteral("name")).toString();
    functions.removeAt(0);
    definition[QStringLiteral("custom_functions")] = functions;
    agent[QStringLiteral("agent_definition")] = definition;

    const RestoreCheck::Result result = RestoreCheck::compare(original, bytes(agent));
    QVERIFY(!result.matches);
    QCOMPARE(result.differences.size(), 1);
    QCOMPARE(result.differences.at(0).first, JsonChange::Op::Removed);
    QCOMPARE(RestoreCheck::opName(result.differences.at(0).first), QStringLiteral("removed"));
    // The path leads to the lost record in the template's side.
    QString error;
    const quint32 node = JsonPath::resolve(*result.templateSide, result.differences.at(0).second, &error);
    QVERIFY2(node != JsonDocument::none, qPrintable(error));
    const quint32 name = result.templateSide->member(node, QLatin1String("name"));
    QCOMPARE(result.templateSide->text(name), lost);
    QVERIFY2(result.lines.join(QLatin1Char(' ')).contains(QLatin1String("function")),
             qPrintable(result.lines.join(QLatin1Char('\n'))));
}

void TestRestoreCheck::changedInstructionIsReported()
{
    const QByteArray original = sampleTemplate(false);
    QJsonObject agent = reimported(original);
    QJsonObject definition = agent.value(QStringLiteral("agent_definition")).toObject();
    QJsonObject instructions = definition.value(QStringLiteral("instructions")).toObject();
    instructions[QStringLiteral("general")] = QStringLiteral("Something else entirely.");
    definition[QStringLiteral("instructions")] = instructions;
    agent[QStringLiteral("agent_definition")] = definition;

    const RestoreCheck::Result result = RestoreCheck::compare(original, bytes(agent));
    QVERIFY(!result.matches);
    QCOMPARE(result.differences.size(), 1);
    QCOMPARE(result.differences.at(0).first, JsonChange::Op::Changed);
    QCOMPARE(result.differences.at(0).second, QStringLiteral(".agent_definition.instructions.general"));
    QVERIFY(!result.lines.isEmpty());
}

void TestRestoreCheck::knowledgeBasesLeftOutAreMissing()
{
    const QByteArray original = sampleTemplate(true);
    const QJsonObject agent = reimported(sampleTemplate(false));
    const RestoreCheck::Result result = RestoreCheck::compare(original, bytes(agent));
    QVERIFY(!result.matches);
    QVERIFY(!result.differences.isEmpty());
    for (const auto &difference : result.differences)
        QVERIFY2(difference.second.startsWith(QLatin1String(".agent_definition.knowledge_bases")),
                 qPrintable(difference.second));
}

void TestRestoreCheck::notJsonIsAnError()
{
    const RestoreCheck::Result result = RestoreCheck::compare(sampleTemplate(false), "<html>gateway</html>");
    QVERIFY(result.error.isError());
    QVERIFY(!result.matches);
    QVERIFY(!result.templateSide);
    const RestoreCheck::Result array = RestoreCheck::compare("[1, 2]", sampleTemplate(false));
    QVERIFY(array.error.isError());
}

void TestRestoreCheck::normalisedLeavesOutIdsAndTimes()
{
    bool ok = false;
    const QByteArray normal = RestoreCheck::normalised(
        R"({"id":"tpl_1","name":"N","icon":"x","description":"d","agent_definition":{"id":"a","unique_name":"u",
            "organization_id":"o","origin_template":"t","created_at":"c","updated_at":"u","version":3,
            "graph":[{"item_id":"i","targets":["0b7e7dd4-8f7d-4b8c-9a1e-3a3c0c4a5f10"]}],
            "custom_functions":[{"name":"b","id":"1"},{"name":"a","id":"2"}],"model_name":"m"}})",
        &ok);
    QVERIFY(ok);
    const QJsonObject root = QJsonDocument::fromJson(normal).object();
    QCOMPARE(root.keys(), QStringList{QStringLiteral("agent_definition")});
    const QJsonObject definition = root.value(QStringLiteral("agent_definition")).toObject();
    QCOMPARE(definition.keys(),
             (QStringList{QStringLiteral("custom_functions"), QStringLiteral("graph"), QStringLiteral("model_name")}));
    const QJsonArray functions = definition.value(QStringLiteral("custom_functions")).toArray();
    QCOMPARE(functions.at(0).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("a"));
    QCOMPARE(functions.at(0).toObject().keys(), QStringList{QStringLiteral("name")});
    const QJsonObject edge = definition.value(QStringLiteral("graph")).toArray().at(0).toObject();
    QCOMPARE(edge.value(QStringLiteral("targets")).toArray().at(0).toString(), QStringLiteral("(id)"));
    QVERIFY(!edge.contains(QStringLiteral("item_id")));
}

QTEST_GUILESS_MAIN(TestRestoreCheck)
#include "tst_restorecheck.moc"
