#include "DemoService.h"
#include "TestSupport.h"
#include "base/BackgroundTask.h"
#include "preview/ExportPreview.h"
#include "shell/MainWindow.h"
#include "json/JsonPath.h"
#include "json/JsonTreeModel.h"
#include "json/JsonView.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>
#include <QThreadPool>
#include <QToolButton>
#include <QTreeView>

using namespace Takeout;

// The viewer over real documents: the model's contract, navigation, copy, find, raw view, and
// opening files (good and broken) through the main window.
class TestJsonView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void modelContract_data();
    void modelContract();
    void rowsShowKeysValuesAndTypes();
    void collapsedElementsSayWhatTheyAre();
    void millionElementArray();
    void selectCopyAndBreadcrumb();
    void findJumpsToMatches();
    void findStartsOverWithANewDocument();
    void embeddedJsonOpensAsDocument();
    void bigEmbeddedJsonIsCheckedOnAWorker();
    void rawViewKeepsOrder();
    void rawViewOfDeepNestingIsBounded();
    void rawViewColoursSmallDocumentsOnly();
    void changedFileOffersReload();
    void openFileAndBrokenFile();
    void openingCanBeCancelled();
    void droppedFilesOpen();

private:
    static std::shared_ptr<const JsonDocument> parse(const QByteArray &text)
    {
        JsonDocument::Error error;
        return JsonDocument::fromBytes(text, &error);
    }
};

void TestJsonView::initTestCase()
{
    QApplication::setOrganizationName(QStringLiteral("AgentTakeoutTests"));
    QApplication::setApplicationName(QStringLiteral("tst_jsonview"));
}

void TestJsonView::modelContract_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::newRow("account") << DemoService::accountExport();
    const QJsonObject agent = TestSupport::agentWithKnowledgeBases();
    QTest::newRow("template") << DemoService::templateExport(agent.value(QStringLiteral("id")).toString(),
                                                             QStringLiteral("t"), QStringLiteral("d"),
                                                             QStringLiteral("i"), true);
    QTest::newRow("scalar root") << QByteArray("\"just a string\"");
    QTest::newRow("array root") << QByteArray("[1, [2, [3, {}]], {\"a\": []}]");
    QTest::newRow("empty object") << QByteArray("{}");
    QTest::newRow("deep") << QByteArray(2000, '[') + QByteArray(2000, ']');
}

void TestJsonView::modelContract()
{
    QFETCH(QByteArray, text);
    auto document = parse(text);
    QVERIFY(document);
    JsonTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDocument(document);
    // Walk everything once, as a view expanding all would.
    std::function<void(const QModelIndex &)> walk = [&](const QModelIndex &parent) {
        for (int row = 0; row < model.rowCount(parent); ++row) {
            const QModelIndex index = model.index(row, 0, parent);
            QCOMPARE(model.parent(index), parent);
            QCOMPARE(model.indexOf(model.node(index)), index);
            if (model.rowCount(index) < 50)
                walk(index);
        }
    };
    walk({});
}

void TestJsonView::rowsShowKeysValuesAndTypes()
{
    JsonTreeModel model;
    model.setDocument(parse(R"({"z": 1.10, "a": [true, null], "z": "two\nlines", "id": 12345678901234567890})"));
    QCOMPARE(model.rowCount(), 4);
    // Order and duplicates as in the file; numbers as written.
    QCOMPARE(model.index(0, JsonTreeModel::Key).data().toString(), QStringLiteral("z"));
    QCOMPARE(model.index(0, JsonTreeModel::Value).data().toString(), QStringLiteral("1.10"));
    QCOMPARE(model.index(1, JsonTreeModel::Type).data().toString(), QStringLiteral("array [2]"));
    QCOMPARE(model.index(2, JsonTreeModel::Key).data().toString(), QStringLiteral("z"));
    QCOMPARE(model.index(2, JsonTreeModel::Value).data().toString(), QStringLiteral("two ↵ lines"));
    QCOMPARE(model.index(2, JsonTreeModel::Value).data(JsonTreeModel::FullValueRole).toString(),
             QStringLiteral("two\nlines"));
    QCOMPARE(model.index(3, JsonTreeModel::Value).data().toString(), QStringLiteral("12345678901234567890"));
    const QModelIndex array = model.index(1, 0);
    QCOMPARE(model.index(0, JsonTreeModel::Key, array).data().toString(), QStringLiteral("[0]"));
    QCOMPARE(model.index(1, JsonTreeModel::Type, array).data().toString(), QStringLiteral("null"));
}

void TestJsonView::collapsedElementsSayWhatTheyAre()
{
    JsonTreeModel model;
    model.setDocument(parse(R"({"agents": [{"id": "a1", "name": "calendar-concierge", "tools": []},
                                           {"tools": [], "id": 7}, {"note": "first short", "x": 1}, {"n": 1}, 3]})"));
    const QModelIndex agents = model.index(0, 0);
    QCOMPARE(model.index(0, JsonTreeModel::Key, agents).data().toString(), QStringLiteral("[0]  calendar-concierge"));
    QCOMPARE(model.index(1, JsonTreeModel::Key, agents).data().toString(), QStringLiteral("[1]  7"));
    QCOMPARE(model.index(2, JsonTreeModel::Key, agents).data().toString(), QStringLiteral("[2]  first short"));
    QCOMPARE(model.index(3, JsonTreeModel::Key, agents).data().toString(), QStringLiteral("[3]"));
    QCOMPARE(model.index(4, JsonTreeModel::Key, agents).data().toString(), QStringLiteral("[4]"));
    // A collapsed object shows its first keys.
    QCOMPARE(model.index(0, JsonTreeModel::Value, agents).data().toString(), QStringLiteral("{id, name, tools}"));
}

void TestJsonView::millionElementArray()
{
    QByteArray text = "{\"items\": [";
    text.reserve(6 << 20);
    for (int i = 0; i < 1000000; ++i) {
        text += QByteArray::number(i);
        text += ',';
    }
    text.chop(1);
    text += "]}";
    auto document = parse(text);
    QVERIFY(document);
    JsonView view;
    view.setDocument(document);
    const QModelIndex items = view.model()->index(0, 0);
    view.tree()->expand(items);
    QCOMPARE(view.model()->rowCount(items), 1000000);
    const QModelIndex last = view.model()->index(999999, JsonTreeModel::Value, items);
    QCOMPARE(last.data().toString(), QStringLiteral("999999"));
    QCOMPARE(view.model()->parent(last), items);
    QCOMPARE(JsonPath::of(*document, view.model()->node(last)), QStringLiteral(".items[999999]"));
}

void TestJsonView::selectCopyAndBreadcrumb()
{
    JsonView view;
    QCOMPARE(TestSupport::testModels(&view), 1);
    auto document = parse(DemoService::accountExport());
    view.setDocument(document);
    view.show();
    QString error;
    const quint32 node = JsonPath::resolve(*document, QStringLiteral(".scheduledTasks[2].cronSchedule"), &error);
    QVERIFY(node != JsonDocument::none);
    view.select(node);
    QCOMPARE(view.currentPath(), QStringLiteral(".scheduledTasks[2].cronSchedule"));
    QCOMPARE(view.findChild<QLabel *>(QStringLiteral("breadcrumb"))->text(), view.currentPath());
    QCOMPARE(view.findChild<QPlainTextEdit *>(QStringLiteral("valuePane"))->toPlainText(), document->string(node));

    QTest::mouseClick(view.findChild<QPushButton *>(QStringLiteral("copyPathButton")), Qt::LeftButton);
    QCOMPARE(QApplication::clipboard()->text(), QStringLiteral(".scheduledTasks[2].cronSchedule"));
    view.findChild<QAction *>(QStringLiteral("copyKeyAction"))->trigger();
    QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("cronSchedule"));
    view.findChild<QAction *>(QStringLiteral("copyValueAction"))->trigger();
    QCOMPARE(QApplication::clipboard()->text(), document->string(node));

    // Expand all below the selected task, then collapse everything.
    view.select(document->parent(node));
    view.findChild<QAction *>(QStringLiteral("expandAllAction"))->trigger();
    QVERIFY(view.tree()->isExpanded(view.model()->indexOf(document->parent(node))));
    view.findChild<QAction *>(QStringLiteral("collapseAllAction"))->trigger();
    QVERIFY(!view.tree()->isExpanded(view.model()->indexOf(document->parent(node))));
}

void TestJsonView::findJumpsToMatches()
{
    JsonView view;
    QCOMPARE(TestSupport::testModels(&view), 1);
    auto document = parse(DemoService::accountExport());
    view.setDocument(document);
    view.show();
    view.showFind();
    auto *edit = view.findChild<QLineEdit *>(QStringLiteral("findEdit"));
    QVERIFY(edit->isVisible());
    QTest::keyClicks(edit, QStringLiteral("cronSchedule"));
    auto *label = view.findChild<QLabel *>(QStringLiteral("matchLabel"));
    QTRY_VERIFY_WITH_TIMEOUT(label->text().startsWith(QLatin1String("1 of ")), TestSupport::waitMs);
    const int tasks =
        int(document->childCount(JsonPath::resolve(*document, QStringLiteral(".scheduledTasks"), nullptr)));
    QCOMPARE(view.matchCount(), tasks);
    QCOMPARE(view.currentPath(), QStringLiteral(".scheduledTasks[0].cronSchedule"));
    QTest::mouseClick(view.findChild<QPushButton *>(QStringLiteral("findNextButton")), Qt::LeftButton);
    QCOMPARE(view.currentPath(), QStringLiteral(".scheduledTasks[1].cronSchedule"));
    QTest::mouseClick(view.findChild<QPushButton *>(QStringLiteral("findPreviousButton")), Qt::LeftButton);
    QTest::mouseClick(view.findChild<QPushButton *>(QStringLiteral("findPreviousButton")), Qt::LeftButton);
    QCOMPARE(view.currentPath(), QStringLiteral(".scheduledTasks[%1].cronSchedule").arg(tasks - 1));

    edit->clear();
    QTest::keyClicks(edit, QStringLiteral("no such text anywhere"));
    QTRY_COMPARE_WITH_TIMEOUT(label->text(), QStringLiteral("No matches"), TestSupport::waitMs);
}

void TestJsonView::findStartsOverWithANewDocument()
{
    JsonView view;
    view.setDocument(parse(R"({"a": "needle", "b": "needle"})"));
    view.show();
    view.showFind();
    auto *edit = view.findChild<QLineEdit *>(QStringLiteral("findEdit"));
    auto *label = view.findChild<QLabel *>(QStringLiteral("matchLabel"));
    QTest::keyClicks(edit, QStringLiteral("needle"));
    QTRY_COMPARE_WITH_TIMEOUT(label->text(), QStringLiteral("1 of 2"), TestSupport::waitMs);

    // The matches were of the old document: gone, and Next searches the new one.
    view.setDocument(parse(R"({"c": 1, "d": "needle"})"));
    QCOMPARE(view.matchCount(), 0);
    QVERIFY(label->text().isEmpty());
    view.findNext();
    QTRY_COMPARE_WITH_TIMEOUT(label->text(), QStringLiteral("1 of 1"), TestSupport::waitMs);
    QCOMPARE(view.currentPath(), QStringLiteral(".d"));

    // Closing the bar drops the answer of a search under way (a toggle searches at once).
    edit->setText(QStringLiteral("^c$"));
    view.findChild<QCheckBox *>(QStringLiteral("regexCheck"))->click();
    QCOMPARE(label->text(), QStringLiteral("Searching…"));
    view.findChild<QToolButton *>(QStringLiteral("closeFindButton"))->click();
    QVERIFY(view.findChild<QWidget *>(QStringLiteral("findBar"))->isHidden());
    BackgroundTask::threads()->waitForDone(TestSupport::waitMs);
    QCoreApplication::processEvents();
    QCOMPARE(view.currentPath(), QStringLiteral(".d"));
}

void TestJsonView::embeddedJsonOpensAsDocument()
{
    JsonView view;
    QCOMPARE(TestSupport::testModels(&view), 1);
    auto document =
        parse(R"({"connector": {"openapi_spec": "{\"openapi\": \"3.0.3\", \"paths\": {}}", "code": "x = {"}})");
    view.setDocument(document);
    view.show();
    QSignalSpy opened(&view, &JsonView::openEmbedded);
    auto *button = view.findChild<QPushButton *>(QStringLiteral("openEmbeddedButton"));
    view.select(JsonPath::resolve(*document, QStringLiteral(".connector.code"), nullptr));
    QVERIFY(!button->isVisible());
    view.select(JsonPath::resolve(*document, QStringLiteral(".connector.openapi_spec"), nullptr));
    QVERIFY(button->isVisible());
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(opened.size(), 1);
    QCOMPARE(opened.first().at(0).toByteArray(), QByteArray(R"({"openapi": "3.0.3", "paths": {}})"));
    QCOMPARE(opened.first().at(1).toString(), QStringLiteral(".connector.openapi_spec"));
}

void TestJsonView::bigEmbeddedJsonIsCheckedOnAWorker()
{
    // A 3 MB OpenAPI document inside a string, next to a 3 MB string that only starts like JSON.
    QByteArray spec = R"({\"openapi\": \"3.0.3\", \"paths\": [)";
    QByteArray broken = R"([\"almost\", )";
    for (int i = 0; i < 100000; ++i) {
        spec += R"({\"path\": \"/v1/items\"}, )";
        broken += R"(\"item\", )";
    }
    spec += R"({}]})";
    broken += R"(\"no closing bracket\")";
    JsonView view;
    QCOMPARE(TestSupport::testModels(&view), 1);
    auto document = parse("{\"spec\": \"" + spec + "\", \"broken\": \"" + broken + "\"}");
    QVERIFY(document);
    view.setDocument(document);
    view.show();
    auto *button = view.findChild<QPushButton *>(QStringLiteral("openEmbeddedButton"));
    auto *pane = view.findChild<QPlainTextEdit *>(QStringLiteral("valuePane"));

    view.select(JsonPath::resolve(*document, QStringLiteral(".spec"), nullptr));
    // The pane shows the first megabyte and says there is more.
    QVERIFY(pane->toPlainText().size() < (2 << 20));
    QVERIFY(pane->toPlainText().contains(QLatin1String("Copy Value copies all of it")));
    QVERIFY(!button->isVisible()); // not decided on the UI thread
    QTRY_VERIFY_WITH_TIMEOUT(button->isVisible(), TestSupport::waitMs);

    // A selection that moves on before the worker answers never shows the button for the new one.
    view.select(JsonPath::resolve(*document, QStringLiteral(".broken"), nullptr));
    QVERIFY(!button->isVisible());
    view.select(JsonPath::resolve(*document, QStringLiteral(".spec"), nullptr));
    view.select(JsonPath::resolve(*document, QStringLiteral(".broken"), nullptr));
    BackgroundTask::threads()->waitForDone(TestSupport::waitMs);
    QCoreApplication::processEvents();
    QVERIFY(!button->isVisible());
}

void TestJsonView::rawViewKeepsOrder()
{
    JsonView view;
    QCOMPARE(TestSupport::testModels(&view), 1);
    view.setDocument(parse(R"({"zeta":1,"alpha":[1.0]})"));
    view.show();
    QTest::mouseClick(view.findChild<QPushButton *>(QStringLiteral("rawButton")), Qt::LeftButton);
    auto *raw = view.findChild<QPlainTextEdit *>(QStringLiteral("rawView"));
    QVERIFY(raw->isVisible());
    QCOMPARE(raw->toPlainText(), QStringLiteral("{\n  \"zeta\": 1,\n  \"alpha\": [\n    1.0\n  ]\n}\n"));
}

void TestJsonView::rawViewOfDeepNestingIsBounded()
{
    // 2 MB of nested brackets: re-indented without a limit it would be gigabytes.
    const int depth = 1 << 20;
    JsonView view;
    QCOMPARE(TestSupport::testModels(&view), 1);
    view.setDocument(parse(QByteArray(depth, '[') + QByteArray(depth, ']')));
    view.show();
    view.setRawView(true);
    auto *raw = view.findChild<QPlainTextEdit *>(QStringLiteral("rawView"));
    const QString text = raw->toPlainText();
    QVERIFY2(text.size() <= (16 << 20) + 200, qPrintable(QString::number(text.size())));
    QVERIFY(text.endsWith(QLatin1String("(the indented text stops here, at 16 MB)")));
}

void TestJsonView::rawViewColoursSmallDocumentsOnly()
{
    JsonView view;
    view.setDocument(parse(R"({"key": "value", "n": 1})"));
    view.show();
    view.setRawView(true);
    auto *raw = view.findChild<QPlainTextEdit *>(QStringLiteral("rawView"));
    const auto colouredRanges = [raw] {
        int ranges = 0;
        for (QTextBlock block = raw->document()->begin(); block.isValid() && block.blockNumber() < 10;
             block = block.next())
            ranges += int(block.layout()->formats().size());
        return ranges;
    };
    QTRY_VERIFY(colouredRanges() > 0);

    // Past the colour limit the text is shown as it is, uncoloured, also after a small document.
    QByteArray big = "[\n";
    const QByteArray line = '"' + QByteArray(96, 'x') + "\",\n";
    while (big.size() < (5 << 20))
        big += line;
    big += "0]";
    view.setDocument(parse(big));
    QVERIFY(raw->isVisible());
    QVERIFY(raw->toPlainText().startsWith(QLatin1String("[\n\"xxx")));
    QCoreApplication::processEvents();
    QCOMPARE(colouredRanges(), 0);
}

void TestJsonView::changedFileOffersReload()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("export.json"));
    QVERIFY(TestSupport::writeFile(path, R"({"version": 1})"));
    MainWindow window;
    window.show();
    window.openFile(path);
    QTRY_COMPARE_WITH_TIMEOUT(window.tabs()->count(), 2, TestSupport::waitMs);
    JsonView *view = window.currentPreview()->jsonView();
    auto *banner = view->findChild<QWidget *>(QStringLiteral("changedOnDiskBanner"));
    QVERIFY(banner);
    view->checkFileOnDisk();
    QVERIFY(banner->isHidden());

    QVERIFY(TestSupport::writeFile(path, R"({"version": 2, "more": true})"));
    view->checkFileOnDisk();
    QVERIFY(banner->isVisible());
    const QPointer<ExportPreview> before = window.currentPreview();
    QTest::mouseClick(view->findChild<QPushButton *>(QStringLiteral("reloadButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!before && window.currentPreview() &&
                                 window.currentPreview()->jsonView()->model()->rowCount() == 2,
                             TestSupport::waitMs);
    QCOMPARE(window.tabs()->count(), 2);
    QVERIFY(
        window.currentPreview()->jsonView()->findChild<QWidget *>(QStringLiteral("changedOnDiskBanner"))->isHidden());
}

void TestJsonView::openFileAndBrokenFile()
{
    QTemporaryDir dir;
    const QString good = dir.filePath(QStringLiteral("account.json"));
    QVERIFY(TestSupport::writeFile(good, DemoService::accountExport()));
    const QString broken = dir.filePath(QStringLiteral("broken.json"));
    QVERIFY(TestSupport::writeFile(broken, "{\n  \"agents\": [\n    {\"id\": 1,}\n  ]\n}\n"));

    MainWindow window;
    window.show();
    window.openFile(good);
    QTRY_COMPARE_WITH_TIMEOUT(window.tabs()->count(), 2, TestSupport::waitMs);
    auto *preview = window.currentPreview();
    QVERIFY(preview);
    QCOMPARE(preview->result().kind, ExportKind::AgentbotAccount);
    QVERIFY(!preview->needsSaving());
    QCOMPARE(preview->jsonView()->model()->index(0, 0).data().toString(), QStringLiteral("exportedAt"));

    window.openFile(broken);
    QMessageBox *box = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((box = window.findChild<QMessageBox *>(QStringLiteral("openErrorBox"))),
                             TestSupport::waitMs);
    QVERIFY2(box->text().contains(QLatin1String("Line 3, column 13")), qPrintable(box->text()));
    QVERIFY(box->text().contains(QLatin1String("trailing comma")));
    QCOMPARE(window.tabs()->count(), 2);
    box->close();
}

void TestJsonView::droppedFilesOpen()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("dropped export.json"));
    QVERIFY(TestSupport::writeFile(path, DemoService::accountExport()));

    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    // As a file manager does it: the drag enters the window, then the files are dropped.
    const auto drop = [&window](const QList<QUrl> &urls) {
        QMimeData data;
        data.setUrls(urls);
        const QPoint centre = window.rect().center();
        QDragEnterEvent enter(centre, Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&window, &enter);
        QDropEvent dropped(centre, Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&window, &dropped);
        return enter.isAccepted();
    };

    // A local file opens; a web address is not downloaded behind the user's back.
    QVERIFY(drop({QUrl::fromLocalFile(path), QUrl(QStringLiteral("https://example.com/export.json"))}));
    QTRY_COMPARE_WITH_TIMEOUT(window.tabs()->count(), 2, TestSupport::waitMs);
    QVERIFY2(window.tabs()->tabText(1).contains(QLatin1String("dropped export")),
             qPrintable(window.tabs()->tabText(1)));
    QCOMPARE(window.currentPreview()->result().kind, ExportKind::AgentbotAccount);

    // A file that is not there says so, and does not call itself invalid JSON.
    QVERIFY(drop({QUrl::fromLocalFile(dir.filePath(QStringLiteral("gone.json")))}));
    QMessageBox *box = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((box = window.findChild<QMessageBox *>(QStringLiteral("openErrorBox"))),
                             TestSupport::waitMs);
    QVERIFY2(box->text().contains(QLatin1String("gone.json cannot be opened.")), qPrintable(box->text()));
    QVERIFY(!box->text().contains(QLatin1String("not valid JSON")));
    QCOMPARE(window.tabs()->count(), 2);
    box->close();
}

void TestJsonView::openingCanBeCancelled()
{
    // Large enough that the load is still running when Cancel is pressed.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("large.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("[");
    const QByteArray chunk = QByteArray("{\"name\": \"agent\", \"n\": 12345},").repeated(1 << 16);
    for (int i = 0; i < 40; ++i)
        file.write(chunk);
    file.write("0]");
    file.close();

    MainWindow window;
    window.show();
    window.openFile(path);
    auto *cancel = window.findChild<QPushButton *>(QStringLiteral("cancelOpenButton"));
    QVERIFY(cancel);
    QTest::mouseClick(cancel, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!window.findChild<QWidget *>(QStringLiteral("openProgress")), TestSupport::waitMs);
    QCOMPARE(window.tabs()->count(), 1);
    QVERIFY(!window.findChild<QMessageBox *>(QStringLiteral("openErrorBox")));

    // The engine itself: a set flag stops a load and says so.
    const std::atomic_bool stop(true);
    JsonDocument::Error error;
    JsonDocument::Control control;
    control.cancel = &stop;
    QVERIFY(!JsonDocument::fromFile(path, &error, control));
    QVERIFY(error.cancelled);
    // Without the flag it loads, reporting progress up to the whole size.
    qint64 last = 0;
    JsonDocument::Control watch;
    watch.progress = [&last](qint64 done, qint64 total) {
        QVERIFY(done <= total);
        last = done;
    };
    QVERIFY(JsonDocument::fromFile(path, &error, watch));
    QCOMPARE(last, QFileInfo(path).size());
}

QTEST_MAIN(TestJsonView)
#include "tst_jsonview.moc"
