#include "DemoService.h"
#include "ExportOverview.h"
#include "RecordTableModel.h"
#include "TestSupport.h"
#include "exports/CronSchedule.h"
#include "exports/ExportFile.h"
#include "exports/ExportJob.h"

#include <QApplication>
#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace Takeout;

// The export-aware overviews, built from real exports as the demo service sends them.
class TestOverview : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void account();
    void templateWithKnowledge();
    void deviationsAreListed();

private:
    static ExportResult checked(const QByteArray &bytes, ExportKind kind)
    {
        ExportJob::Checked result = ExportJob::checkBody(bytes, kind, QString());
        ExportResult export_;
        export_.kind = kind;
        export_.bytes = bytes;
        export_.summary = result.summary;
        export_.warnings = result.warnings;
        export_.document = result.document;
        return export_;
    }
};

void TestOverview::account()
{
    const ExportResult result = checked(DemoService::accountExport(), ExportKind::AgentbotAccount);
    QVERIFY(result.document);
    QVERIFY(result.warnings.isEmpty());
    ExportOverview overview(result);
    overview.show(); // tables fill when shown
    const QString card = overview.findChild<QLabel *>(QStringLiteral("profileCard"))->text();
    QVERIFY2(card.contains(QStringLiteral("Zoë Okafor-Lindqvist")), qPrintable(card));
    QVERIFY(card.contains(QLatin1String("collective")));

    auto *tasks = overview.findChild<QTableView *>(QStringLiteral("agentbotTasks"));
    overview.findChild<QTabWidget *>(QStringLiteral("accountTables"))->setCurrentIndex(1);
    QCOMPARE(tasks->model()->rowCount(), result.summary.scheduledTasks);
    // Each schedule in words, with its next run in the future.
    for (int row = 0; row < tasks->model()->rowCount(); ++row) {
        const QString cron = tasks->model()->index(row, 1).data(Qt::ToolTipRole).toString();
        QCOMPARE(tasks->model()->index(row, 1).data().toString(), CronSchedule(cron).toWords());
        QVERIFY(!tasks->model()->index(row, 1).data().toString().startsWith(QLatin1String("on a custom")));
        const QDateTime next =
            QDateTime::fromString(tasks->model()->index(row, 2).data(Qt::ToolTipRole).toString(), Qt::ISODate);
        QVERIFY(next > QDateTime::currentDateTimeUtc());
    }
    auto *agents = overview.findChild<QTableView *>(QStringLiteral("agentbotAgents"));
    QCOMPARE(agents->model()->rowCount(), result.summary.agents);
    const QModelIndex created = agents->model()->index(0, 3);
    QVERIFY(created.data(Qt::ToolTipRole).toString().endsWith(QLatin1Char('Z')));   // the ISO value
    QVERIFY(created.data().toString() != created.data(Qt::ToolTipRole).toString()); // shown in local time
}

void TestOverview::templateWithKnowledge()
{
    const QJsonObject agent = TestSupport::agentWithKnowledgeBases();
    const QByteArray bytes =
        DemoService::templateExport(agent.value(QStringLiteral("id")).toString(), QStringLiteral("T"),
                                    QStringLiteral("D"), QStringLiteral("🧭"), true);
    const ExportResult result = checked(bytes, ExportKind::XpanderTemplate);
    QVERIFY(result.document);
    QVERIFY2(result.warnings.isEmpty(), qPrintable(result.warnings.join(QLatin1Char('\n'))));
    ExportOverview overview(result);
    overview.show();
    QVERIFY(overview.findChild<QLabel *>(QStringLiteral("templateHeader"))->text().contains(QStringLiteral("🧭")));

    auto *tree = overview.findChild<QTreeWidget *>(QStringLiteral("knowledgeTree"));
    int documents = 0;
    QTreeWidgetItem *firstDocument = nullptr;
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        documents += tree->topLevelItem(i)->childCount();
        if (!firstDocument && tree->topLevelItem(i)->childCount())
            firstDocument = tree->topLevelItem(i)->child(0);
    }
    QCOMPARE(documents, result.summary.documents);
    QVERIFY(firstDocument);
    tree->setCurrentItem(firstDocument);
    auto *content = overview.findChild<QPlainTextEdit *>(QStringLiteral("documentContent"));
    QVERIFY(content->toPlainText().size() > 100);
    QVERIFY(
        bytes.contains(QJsonDocument(QJsonArray{content->toPlainText()}).toJson(QJsonDocument::Compact).mid(2, 40)));

    auto *functions = overview.findChild<QTableView *>(QStringLiteral("functionsTable"));
    QCOMPARE(functions->model()->rowCount(), result.summary.customFunctions);
    if (result.summary.customFunctions > 0) {
        functions->setCurrentIndex(functions->model()->index(0, 0));
        QVERIFY(overview.findChild<QPlainTextEdit *>(QStringLiteral("sourceView"))
                    ->toPlainText()
                    .contains(QLatin1String("def ")));
    }
}

void TestOverview::deviationsAreListed()
{
    const ExportFile file = ExportFile::open(QString::fromUtf8(TAKEOUT_TEST_DATA "/odd-template.json"));
    QVERIFY(file.isOpen());
    ExportOverview overview(file.result);
    overview.show();
    auto *label = overview.findChild<QLabel *>(QStringLiteral("warningsLabel"));
    QVERIFY(label);
    QVERIFY(label->text().contains(QLatin1String("4 place")));
    auto *list = overview.findChild<QPlainTextEdit *>(QStringLiteral("warningsList"));
    QVERIFY(!list->isVisible());
    QTest::mouseClick(overview.findChild<QPushButton *>(QStringLiteral("warningsButton")), Qt::LeftButton);
    QVERIFY(list->isVisible());
    QVERIFY(list->toPlainText().contains(QStringLiteral("“compiling”")));
}

QTEST_MAIN(TestOverview)
#include "tst_overview.moc"
