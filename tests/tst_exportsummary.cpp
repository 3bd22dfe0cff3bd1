#include "DemoService.h"
#include "TestSupport.h"
#include "exports/ExportShape.h"
#include "exports/ExportSummary.h"
#include "json/JsonDocument.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Takeout;

// ExportSummary: what an export holds and the one list of counts per kind that the preview, the
// overview and `inspect` show.
class TestExportSummary : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void accountCounts();
    void templateCounts();
    void jsonHasNoCounts();

private:
    static ExportSummary summaryOf(const QByteArray &bytes, ExportKind expected)
    {
        JsonDocument::Error error;
        const std::shared_ptr<const JsonDocument> document = JsonDocument::fromBytes(bytes, &error);
        if (!document)
            return {};
        const ExportKind kind = ExportShape::detect(*document);
        return kind == expected ? ExportSummary::read(*document, kind) : ExportSummary{};
    }
    static QStringList ids(const QList<ExportCount> &counts)
    {
        QStringList ids;
        for (const ExportCount &count : counts)
            ids << count.id;
        return ids;
    }
    static QList<int> values(const QList<ExportCount> &counts)
    {
        QList<int> values;
        for (const ExportCount &count : counts)
            values << count.value;
        return values;
    }
};

void TestExportSummary::accountCounts()
{
    // The demo account, counted by hand: 8 agents, 7 scheduled tasks, 5 workflows.
    const ExportSummary summary = summaryOf(DemoService::accountExport(), ExportKind::AgentbotAccount);
    QCOMPARE(summary.kind, ExportKind::AgentbotAccount);
    const QList<ExportCount> counts = summary.counts();
    QCOMPARE(ids(counts),
             (QStringList{QStringLiteral("agents"), QStringLiteral("scheduledTasks"), QStringLiteral("workflows")}));
    QCOMPARE(values(counts), (QList<int>{8, 7, 5}));
    QCOMPARE(counts.at(1).title, QStringLiteral("Scheduled tasks"));
    QCOMPARE(counts.at(1).label, QStringLiteral("scheduled tasks"));
    for (const ExportCount &count : counts)
        QVERIFY(!count.withinPrevious);
    QCOMPARE(summary.countsText(), QStringLiteral("Agents: 8 · Scheduled tasks: 7 · Workflows: 5"));

    // The profile the overview's card shows, read with the counts.
    QCOMPARE(summary.userName, QStringLiteral("Zoë Okafor-Lindqvist"));
    QCOMPARE(summary.plan, QStringLiteral("collective"));
    QCOMPARE(summary.role, QStringLiteral("user"));
    QCOMPARE(summary.referralCode, QStringLiteral("ZOE-K7M2Q"));
    QCOMPARE(summary.referralCredits, QStringLiteral("3")); // the number as written
    QCOMPARE(summary.version, QStringLiteral("1.0"));
}

void TestExportSummary::templateCounts()
{
    const QJsonObject agent = TestSupport::agentWithKnowledgeBases();
    QVERIFY(!agent.isEmpty());
    const QByteArray bytes =
        DemoService::templateExport(agent.value(QStringLiteral("id")).toString(), QStringLiteral("T"),
                                    QStringLiteral("D"), QStringLiteral("🧭"), true);
    const ExportSummary summary = summaryOf(bytes, ExportKind::XpanderTemplate);
    QCOMPARE(summary.kind, ExportKind::XpanderTemplate);

    // The same counts taken with Qt's own JSON classes.
    const QJsonObject definition =
        QJsonDocument::fromJson(bytes).object().value(QStringLiteral("agent_definition")).toObject();
    const auto size = [&](const char *key) { return int(definition.value(QLatin1String(key)).toArray().size()); };
    int documents = 0;
    for (const QJsonValue base : definition.value(QStringLiteral("knowledge_bases")).toArray())
        documents += int(base.toObject().value(QStringLiteral("documents")).toArray().size());
    QVERIFY(documents > 0);

    const QList<ExportCount> counts = summary.counts();
    QCOMPARE(ids(counts),
             (QStringList{QStringLiteral("customFunctions"), QStringLiteral("connectors"), QStringLiteral("subAgents"),
                          QStringLiteral("knowledgeBases"), QStringLiteral("documents")}));
    QCOMPARE(values(counts), (QList<int>{size("custom_functions"), size("connectors"), size("sub_agents"),
                                         size("knowledge_bases"), documents}));
    // Only the documents are a part of the count before them, the knowledge bases.
    QCOMPARE(counts.last().withinPrevious, true);
    for (qsizetype i = 0; i < counts.size() - 1; ++i)
        QVERIFY(!counts.at(i).withinPrevious);
    QCOMPARE(summary.countsText(), QStringLiteral("Custom functions: %1 · Connectors: %2 · Sub-agents: %3 · "
                                                  "Knowledge bases: %4 (documents: %5)")
                                       .arg(size("custom_functions"))
                                       .arg(size("connectors"))
                                       .arg(size("sub_agents"))
                                       .arg(size("knowledge_bases"))
                                       .arg(documents));
}

void TestExportSummary::jsonHasNoCounts()
{
    const ExportSummary summary = summaryOf(R"({"agents": [1, 2], "documents": []})", ExportKind::Json);
    QCOMPARE(summary.kind, ExportKind::Json);
    QVERIFY(summary.counts().isEmpty());
    QVERIFY(summary.countsText().isEmpty());
}

QTEST_GUILESS_MAIN(TestExportSummary)
#include "tst_exportsummary.moc"
