#include "TestSupport.h"
#include "base/BackgroundTask.h"
#include "tables/AccountTables.h"
#include "tables/RecordTableModel.h"

#include <QAbstractItemModelTester>
#include <QHeaderView>
#include <QPersistentModelIndex>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QThreadPool>

using namespace Takeout;

// The account tables' model: its own sorting (as a person reads), and large tables gathered and
// sorted on a worker while the table keeps answering.
class TestRecordTable : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void sortsAsAPersonReads();
    void largeTablesAreGatheredAndSortedOnAWorker();
    void newRecordsMakeASortInFlightStale();
    void aModelDeletedMidWorkLeavesNothingBehind();
    void aLargeAccountTableSaysItIsBusy();

private:
    static std::shared_ptr<const JsonDocument> parse(const QByteArray &json)
    {
        JsonDocument::Error error;
        std::shared_ptr<const JsonDocument> document = JsonDocument::fromBytes(json, &error);
        if (!document)
            qFatal("%s", qPrintable(error.message));
        return document;
    }
    static quint32 records(const JsonDocument &document)
    {
        return document.member(JsonDocument::root(), QLatin1StringView("records"));
    }
    // "records" holds `count` objects named "n0000042"-style from the highest number down.
    static std::shared_ptr<const JsonDocument> numbered(int count)
    {
        QByteArray json = "{\"records\": [";
        for (int i = count - 1; i >= 0; --i)
            json += "{\"name\": \"n" + QByteArray::number(i).rightJustified(7, '0') + "\"}" + (i ? "," : "");
        return parse(json + "]}");
    }
    static QStringList column(const RecordTableModel &model, int column)
    {
        QStringList values;
        for (int row = 0; row < model.rowCount(); ++row)
            values << model.index(row, column).data().toString();
        return values;
    }
    // Lets every worker finish and their answers arrive: what a user waiting would see.
    static void settle()
    {
        BackgroundTask::threads()->waitForDone();
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
    }

    const QList<RecordTableModel::Column> m_nameOnly{{QStringLiteral("Name"), QLatin1StringView("name")}};
};

void TestRecordTable::initTestCase()
{
    // The language's order; the C locale compares code points.
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestRecordTable::sortsAsAPersonReads()
{
    const auto document =
        parse(R"({"records": [{"name": "agent 10", "n": 3}, {"name": "Agent 2", "n": 10}, {"name": "agent 1"},
                              {"name": "beta", "n": 2}, {"name": "agent 2", "n": 1}, {"n": 5}]})");
    RecordTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy busy(&model, &RecordTableModel::busyChanged);
    model.setRecords(
        document, records(*document),
        {{QStringLiteral("Name"), QLatin1StringView("name")}, {QStringLiteral("N"), QLatin1StringView("n")}});
    const QStringList exported{QStringLiteral("agent 10"), QStringLiteral("Agent 2"), QStringLiteral("agent 1"),
                               QStringLiteral("beta"),     QStringLiteral("agent 2"), QString()};
    QCOMPARE(column(model, 0), exported);
    const QPersistentModelIndex beta = model.index(3, 1);

    // Numbers within text as numbers, case aside (ties keep the export's order), the empty cell last.
    model.sort(0, Qt::AscendingOrder);
    QCOMPARE(column(model, 0),
             (QStringList{QStringLiteral("agent 1"), QStringLiteral("Agent 2"), QStringLiteral("agent 2"),
                          QStringLiteral("agent 10"), QStringLiteral("beta"), QString()}));
    QCOMPARE(beta.row(), 4); // the selection follows its record
    QCOMPARE(beta.data().toString(), QStringLiteral("2"));
    model.sort(0, Qt::DescendingOrder);
    QCOMPARE(column(model, 0),
             (QStringList{QStringLiteral("beta"), QStringLiteral("agent 10"), QStringLiteral("Agent 2"),
                          QStringLiteral("agent 2"), QStringLiteral("agent 1"), QString()}));
    // JSON numbers as numbers (10 after 5), the record without one last.
    model.sort(1, Qt::AscendingOrder);
    QCOMPARE(column(model, 1), (QStringList{QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"),
                                            QStringLiteral("5"), QStringLiteral("10"), QString()}));
    // No column: the export's own order again.
    model.sort(-1);
    QCOMPARE(column(model, 0), exported);
    QCOMPARE(beta.row(), 3);
    // A small table never leaves the call: nothing was ever busy.
    QCOMPARE(busy.count(), 0);
}

void TestRecordTable::largeTablesAreGatheredAndSortedOnAWorker()
{
    const int count = int(RecordTableModel::InlineGather) + 10;
    const auto document = numbered(count);
    RecordTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy busy(&model, &RecordTableModel::busyChanged);
    model.setRecords(document, records(*document), m_nameOnly);
    QVERIFY(model.isBusy());
    QCOMPARE(model.rowCount(), 0); // the call returned before the rows were gathered
    QTRY_VERIFY(!model.isBusy());
    QCOMPARE(busy.count(), 2);
    QCOMPARE(model.rowCount(), count);
    const QString highest = QStringLiteral("n%1").arg(count - 1, 7, 10, QLatin1Char('0'));
    QCOMPARE(model.index(0, 0).data().toString(), highest);
    const QPersistentModelIndex current = model.index(0, 0);

    model.sort(0, Qt::AscendingOrder);
    QVERIFY(model.isBusy());
    QCOMPARE(model.index(0, 0).data().toString(), highest); // the old order meanwhile
    QTRY_VERIFY(!model.isBusy());
    QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("n0000000"));
    QCOMPARE(model.index(count - 1, 0).data().toString(), highest);
    QCOMPARE(current.row(), count - 1);

    // A sort chosen while the rows are still being gathered is applied once they are.
    model.setRecords(document, records(*document), m_nameOnly);
    model.sort(0, Qt::DescendingOrder);
    QTRY_VERIFY(!model.isBusy());
    QCOMPARE(model.rowCount(), count);
    QCOMPARE(model.index(0, 0).data().toString(), highest);
    QCOMPARE(model.index(count - 1, 0).data().toString(), QStringLiteral("n0000000"));
}

void TestRecordTable::newRecordsMakeASortInFlightStale()
{
    const auto large = numbered(RecordTableModel::InlineSort * 4);
    const auto small = numbered(3);
    RecordTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRecords(large, records(*large), m_nameOnly);
    QCOMPARE(model.rowCount(), RecordTableModel::InlineSort * 4);
    model.sort(0, Qt::AscendingOrder);
    QVERIFY(model.isBusy());
    // Other records arrive before the sort's answer: that answer is for rows that are gone.
    model.setRecords(small, records(*small), m_nameOnly);
    QVERIFY(!model.isBusy());
    settle();
    QCOMPARE(column(model, 0),
             (QStringList{QStringLiteral("n0000000"), QStringLiteral("n0000001"), QStringLiteral("n0000002")}));
}

void TestRecordTable::aModelDeletedMidWorkLeavesNothingBehind()
{
    const auto document = numbered(int(RecordTableModel::InlineGather) + 1);
    std::weak_ptr<const JsonDocument> watch = document;
    {
        auto *model = new RecordTableModel;
        new QAbstractItemModelTester(model, QAbstractItemModelTester::FailureReportingMode::QtTest, model);
        model->setRecords(document, records(*document), m_nameOnly);
        QVERIFY(model->isBusy());
        delete model;
    }
    settle();
    QCOMPARE(watch.use_count(), 1); // only this test's own reference: the worker let go
}

void TestRecordTable::aLargeAccountTableSaysItIsBusy()
{
    // An account whose agents are too many to gather in the call.
    QByteArray json = "{\"agents\": [";
    const int count = int(RecordTableModel::InlineGather) + 1;
    for (int i = 0; i < count; ++i)
        json += "{\"name\": \"a" + QByteArray::number(i) + "\"}" + (i + 1 < count ? "," : "");
    const auto document = parse(json + "]}");
    AccountTables tables;
    QCOMPARE(TestSupport::testModels(&tables), 3); // agents, tasks, workflows
    tables.show();
    QVERIFY(QTest::qWaitForWindowExposed(&tables));
    tables.setDocument(document);
    auto *view = tables.findChild<QTableView *>(QStringLiteral("agentbotAgents"));
    QVERIFY(tables.agents()->isBusy());
    QCOMPARE(view->viewport()->cursor().shape(), Qt::BusyCursor);
    QTRY_COMPARE(view->model()->rowCount(), count);
    QVERIFY(!tables.agents()->isBusy());
    QCOMPARE(view->viewport()->cursor().shape(), Qt::ArrowCursor);
    // A click on the header sorts; the pointer says so until the rows are in their new order.
    view->horizontalHeader()->setSortIndicator(0, Qt::DescendingOrder);
    QVERIFY(tables.agents()->isBusy());
    QCOMPARE(view->viewport()->cursor().shape(), Qt::BusyCursor);
    QTRY_VERIFY(!tables.agents()->isBusy());
    QCOMPARE(view->viewport()->cursor().shape(), Qt::ArrowCursor);
    QCOMPARE(view->model()->index(0, 0).data().toString(), QStringLiteral("a%1").arg(count - 1));
}

QTEST_MAIN(TestRecordTable)
#include "tst_recordtable.moc"
