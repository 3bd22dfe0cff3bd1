#include "DemoService.h"
#include "TestSupport.h"
#include "exports/CronSchedule.h"
#include "exports/ExportFile.h"
#include "exports/ExportJob.h"
#include "preview/ExportOverview.h"
#include "preview/OverviewCard.h"
#include "tables/RecordTableModel.h"
#include "text/Wording.h"

#include <QApplication>
#include <QEnterEvent>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QTreeView>

using namespace Takeout;

// The export-aware overviews, built from real exports as the demo service sends them.
class TestOverview : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void account();
    void templateWithKnowledge();
    void deviationsAreListed();
    void statusesInWordsAndEmptyListsSaySo();

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
    // The account's agents, tasks and workflows, watched from before they fill.
    QCOMPARE(TestSupport::testModels(&overview), 3);
    overview.show(); // tables fill once shown
    const QString card = overview.findChild<QLabel *>(QStringLiteral("profileCard"))->text();
    QVERIFY2(card.contains(QStringLiteral("Zoë Okafor-Lindqvist")), qPrintable(card));
    QVERIFY(card.contains(QLatin1String("collective")));

    auto *tasks = overview.findChild<QTableView *>(QStringLiteral("agentbotTasks"));
    overview.findChild<QTabWidget *>(QStringLiteral("accountTables"))->setCurrentIndex(1);
    QCOMPARE(tasks->model()->rowCount(), result.summary.scheduledTasks);
    QVERIFY(result.summary.scheduledTasks > 0);
    // Each schedule in words, with its next run in the future.
    for (int row = 0; row < tasks->model()->rowCount(); ++row) {
        const QString cron = tasks->model()->index(row, 1).data(Qt::ToolTipRole).toString();
        QCOMPARE(tasks->model()->index(row, 1).data().toString(), CronSchedule(cron).toWords());
        QVERIFY(!tasks->model()->index(row, 1).data().toString().startsWith(QLatin1String("on a custom")));
        // Local time without seconds in the cell, UTC with them in the tooltip.
        const QString utc = tasks->model()->index(row, 2).data(Qt::ToolTipRole).toString();
        QVERIFY2(utc.endsWith(QLatin1String(" UTC")), qPrintable(utc));
        QDateTime next = QDateTime::fromString(utc.chopped(4), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        next.setTimeZone(QTimeZone::utc());
        QVERIFY(next > QDateTime::currentDateTimeUtc());
        QCOMPARE(tasks->model()->index(row, 2).data().toString(), Wording::dateTime(next));
    }
    auto *agents = overview.findChild<QTableView *>(QStringLiteral("agentbotAgents"));
    QTRY_COMPARE(agents->model()->rowCount(), result.summary.agents);
    const QModelIndex created = agents->model()->index(0, 3);
    QVERIFY(created.data(Qt::ToolTipRole).toString().endsWith(QLatin1String(" UTC"))); // the exact time
    QVERIFY(created.data().toString() != created.data(Qt::ToolTipRole).toString());    // shown in local time
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
    // The functions and the knowledge bases.
    QCOMPARE(TestSupport::testModels(&overview), 2);
    overview.show();

    // Cards, in reading order, in one scroll area: each a heading and (but the definition) a count.
    auto *scroll = overview.findChild<QScrollArea *>(QStringLiteral("templateCards"));
    QVERIFY(scroll);
    const QList<OverviewCard *> cards = scroll->widget()->findChildren<OverviewCard *>(Qt::FindDirectChildrenOnly);
    QStringList names;
    for (OverviewCard *card : cards) {
        names << card->objectName();
        QVERIFY(!card->heading().isEmpty());
        QVERIFY(!card->accessibleName().isEmpty());
        QVERIFY(card->autoFillBackground()); // the palette's base colour, not a colour of its own
        QVERIFY(card->styleSheet().isEmpty());
    }
    QCOMPARE(names, (QStringList{QStringLiteral("definitionCard"), QStringLiteral("instructionsCard"),
                                 QStringLiteral("functionsCard"), QStringLiteral("connectorsCard"),
                                 QStringLiteral("subAgentsCard"), QStringLiteral("knowledgeCard")}));
    for (int i = 1; i < cards.size(); ++i)
        QVERIFY(cards.at(i - 1)->geometry().bottom() < cards.at(i)->geometry().top());
    QCOMPARE(cards.at(0)->heading(), QStringLiteral("🧭 T"));
    QCOMPARE(cards.at(0)->count(), -1);
    QCOMPARE(cards.at(2)->count(), result.summary.customFunctions);
    QCOMPARE(cards.at(3)->count(), result.summary.connectors);
    QCOMPARE(cards.at(4)->count(), result.summary.subAgents);
    QCOMPARE(cards.at(5)->count(), result.summary.knowledgeBases);
    QVERIFY(result.summary.knowledgeBases > 0);
    auto *count = cards.at(5)->findChild<QLabel *>(QStringLiteral("cardCount"));
    QCOMPARE(count->text(), QString::number(result.summary.knowledgeBases));
    // The name and the description once, in the definition card.
    int described = 0;
    for (QLabel *label : overview.findChildren<QLabel *>())
        described += label->text() == QLatin1String("D") ? 1 : 0;
    QCOMPARE(described, 1);
    QCOMPARE(cards.at(0)->findChild<QLabel *>(QStringLiteral("templateDescription"))->text(), QStringLiteral("D"));
    // The instructions read as text: the role's first line as a bullet.
    const QJsonObject definition =
        QJsonDocument::fromJson(bytes).object().value(QLatin1String("agent_definition")).toObject();
    const QString firstRole = definition.value(QLatin1String("instructions"))
                                  .toObject()
                                  .value(QLatin1String("role"))
                                  .toArray()
                                  .first()
                                  .toString();
    QVERIFY(!firstRole.isEmpty());
    bool roleShown = false;
    for (QLabel *label : cards.at(1)->findChildren<QLabel *>())
        roleShown = roleShown || label->text().contains(QStringLiteral("• ") + firstRole);
    QVERIFY2(roleShown, qPrintable(firstRole));

    // The cards' text becomes selectable once the pointer is over a card, and nothing moves.
    QTRY_VERIFY(overview.isVisible() && cards.at(1)->height() > 0);
    QCoreApplication::sendPostedEvents();
    const QList<QRect> before = [&] {
        QList<QRect> places;
        for (OverviewCard *card : cards)
            places << card->geometry();
        return places;
    }();
    QLabel *heading = cards.at(1)->findChild<QLabel *>(QStringLiteral("cardHeading"));
    QVERIFY(!cards.at(1)->isSelectable());
    QVERIFY(!(heading->textInteractionFlags() & Qt::TextSelectableByMouse));
    QEnterEvent enter(QPointF(4, 4), QPointF(4, 4), QPointF(4, 4));
    QApplication::sendEvent(cards.at(1), &enter);
    QVERIFY(cards.at(1)->isSelectable());
    const QList<QLabel *> cardLabels = cards.at(1)->findChildren<QLabel *>(Qt::FindDirectChildrenOnly);
    QVERIFY(!cardLabels.isEmpty());
    for (QLabel *label : cardLabels)
        QVERIFY(label->textInteractionFlags() & Qt::TextSelectableByMouse);
    QCoreApplication::sendPostedEvents();
    for (int i = 0; i < cards.size(); ++i)
        QCOMPARE(cards.at(i)->geometry(), before.at(i));

    auto *tree = overview.findChild<QTreeView *>(QStringLiteral("knowledgeTree"));
    const QAbstractItemModel *knowledge = tree->model();
    QCOMPARE(knowledge->rowCount(), result.summary.knowledgeBases);
    int documents = 0;
    QModelIndex firstDocument;
    for (int i = 0; i < knowledge->rowCount(); ++i) {
        const QModelIndex base = knowledge->index(i, 0);
        QVERIFY(!knowledge->data(base).toString().isEmpty());
        QCOMPARE(knowledge->hasChildren(base), knowledge->rowCount(base) > 0);
        documents += knowledge->rowCount(base);
        if (!firstDocument.isValid() && knowledge->rowCount(base))
            firstDocument = knowledge->index(0, 0, base);
    }
    QCOMPARE(documents, result.summary.documents);
    QVERIFY(firstDocument.isValid());
    QCOMPARE(firstDocument.parent().row(), knowledge->parent(firstDocument).row());
    QVERIFY(knowledge->index(0, 1, firstDocument.parent()).data().toString().startsWith(QLatin1String("http")));
    QTRY_VERIFY(tree->isExpanded(firstDocument.parent())); // a few documents: opened after the first paint
    tree->setCurrentIndex(firstDocument);
    auto *content = overview.findChild<QPlainTextEdit *>(QStringLiteral("documentContent"));
    QVERIFY(content->toPlainText().size() > 100);
    QVERIFY(
        bytes.contains(QJsonDocument(QJsonArray{content->toPlainText()}).toJson(QJsonDocument::Compact).mid(2, 40)));

    auto *functions = overview.findChild<QTableView *>(QStringLiteral("functionsTable"));
    QCOMPARE(functions->model()->rowCount(), result.summary.customFunctions);
    QVERIFY(result.summary.customFunctions > 0);
    functions->setCurrentIndex(functions->model()->index(0, 0));
    QVERIFY(overview.findChild<QPlainTextEdit *>(QStringLiteral("sourceView"))
                ->toPlainText()
                .contains(QLatin1String("def ")));
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

void TestOverview::statusesInWordsAndEmptyListsSaySo()
{
    QJsonObject account = QJsonDocument::fromJson(DemoService::accountExport()).object();
    account.insert(QStringLiteral("workflows"), QJsonArray());
    const ExportResult result = checked(QJsonDocument(account).toJson(), ExportKind::AgentbotAccount);
    QVERIFY(result.document);
    ExportOverview overview(result);
    overview.resize(900, 600);
    overview.show();
    QVERIFY(QTest::qWaitForWindowExposed(&overview));
    // Each agent's status in words; the server's spelling in the tooltip.
    auto *agents = overview.findChild<QTableView *>(QStringLiteral("agentbotAgents"));
    QTRY_VERIFY(agents->model()->rowCount() > 0);
    for (int row = 0; row < agents->model()->rowCount(); ++row) {
        const QModelIndex status = agents->model()->index(row, 2);
        const QString raw = status.data(Qt::ToolTipRole).toString();
        QCOMPARE(status.data().toString(), Wording::status(raw.isEmpty() ? status.data().toString() : raw));
        QVERIFY2(status.data().toString() != status.data().toString().toUpper(), qPrintable(status.data().toString()));
    }
    QVERIFY(!agents->findChild<QWidget *>(QStringLiteral("placeholder"))->isVisible());
    // An empty list is a sentence with an icon, not bare column headers.
    overview.findChild<QTabWidget *>(QStringLiteral("accountTables"))->setCurrentIndex(2);
    auto *workflows = overview.findChild<QTableView *>(QStringLiteral("agentbotWorkflows"));
    QTRY_VERIFY(workflows->isVisible());
    auto *placeholder = workflows->findChild<QWidget *>(QStringLiteral("placeholder"));
    QVERIFY(placeholder);
    QTRY_VERIFY(placeholder->isVisible());
    QCOMPARE(placeholder->geometry(), workflows->rect());
    QCOMPARE(placeholder->findChild<QLabel *>(QStringLiteral("placeholderText"))->text(),
             QStringLiteral("This account has no workflows."));
}

QTEST_MAIN(TestOverview)
#include "tst_overview.moc"
