#include "FaultServer.h"
#include "TestCookieStores.h"
#include "TestSupport.h"
#include "WaitingKeychain.h"
#include "accounts/Accounts.h"
#include "agents/AgentBrowser.h"
#include "agents/AgentTableModel.h"
#include "base/BackgroundTask.h"
#include "base/Settings.h"
#include "compare/ChangeListModel.h"
#include "compare/CompareView.h"
#include "export/TemplateExportDialog.h"
#include "exports/ExportFile.h"
#include "exports/FileHistory.h"
#include "i18n/Translations.h"
#include "preview/ExportOverview.h"
#include "preview/ExportPreview.h"
#include "shell/HomePage.h"
#include "shell/MainWindow.h"
#include "signin/BrowserPicker.h"
#include "signin/SignInPanel.h"
#include "text/Wording.h"
#include "widgets/Icons.h"
#include "widgets/MessageWidget.h"
#include "json/JsonView.h"

#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QCommandLinkButton>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFrame>
#include <QGroupBox>
#include <QHelpEvent>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScopeGuard>
#include <QSettings>
#include <QSplitter>
#include <QStandardItemModel>
#include <QStatusBar>
#include <QStyleOptionViewItem>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QThreadPool>
#include <QToolButton>
#include <QToolTip>
#include <QTreeView>
#include <algorithm>
#include <cmath>

using namespace Takeout;
using Fault = FaultServer::Fault;

// The desktop app driven through its real widgets (offscreen) against the demo service, with the
// real keychain of the test session.
class TestGui : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void signInToBothServicesKeepsTheSecretsInTheKeychain();
    void wrongKeyIsSaidRightThere();
    void browseAndFilterAgents();
    void exportTemplateWithAndWithoutKnowledgeBases_data();
    void exportTemplateWithAndWithoutKnowledgeBases();
    void accountExportPreviewsThenSavesIdenticalBytes();
    void unauthorizedDuringExportBringsBackTheSignInPanel();
    void serverErrorShowsSentenceDetailsAndRetry();
    void cancelLeavesNothing();
    void signOutRemovesTheSecret();
    void speaksGermanOnAGermanSystem();
    void hostileServerGetsAPlainSentence_data();
    void hostileServerGetsAPlainSentence();
    void saveRefusesALink();
    void homeOffersTheThreeTasks();
    void homeOpensARecentExportWithOneClick();
    void backUpTaskSignsInThenExports();
    void templateTaskSignsInThenShowsTheAgents();
    void demoStartsReadyAndLeaves();
    void homeIconAndStatusOnTheSelectedRow();
    void openExportsAreListedInTheSidebar();
    void everyControlHasANameAndTabGoesInReadingOrder();
    void openedFileListsDeparturesAfterShowingIt();
    void previewShowsItsShellFirstThenFillsIn();
    void compareTab();
    void comparisonCanBeCancelled();
    void signInFromTheBrowserButton();
    void signInPagesLeadWithTheWayToSignIn();
    void agentListPlaceholderAndWhyAButtonIsGreyed();
    void compareWithFromAPreviewAndTheRecentList();
    void compareShowsALineDiffOfChangedCode();
    void comparisonKeepsTheWindowOnTheScreen();
    void previewFoldsTheFileAndSaveIsTheDefault();
    void sidebarHeadingIsReadableAndTabsCloseInPaletteColours();
    void textFromFilesIsShownAsText();
    void toolTipsShowTextAsText();

private:
    void signIn(Service service, const QString &secret);
    QString keychainSecret(Service service);
    template<typename T>
    T *child(QObject *parent, const char *name)
    {
        return parent->findChild<T *>(QString::fromLatin1(name));
    }
    ExportPreview *waitForPreview(int tabsBefore);
    // The demo account before and after (plan changed, first workflow gone); the later one is modified later.
    void writeComparePair(QString *oldFile, QString *newFile);
    CompareView *waitForComparison();

    FaultServer *m_demo = nullptr;
    MainWindow *m_window = nullptr;
    QTemporaryDir *m_dir = nullptr;
};

void TestGui::initTestCase()
{
    QApplication::setOrganizationName(QStringLiteral("AgentTakeoutTests"));
    QApplication::setApplicationName(QStringLiteral("tst_gui"));
    installTranslations(QLocale::c());
}

void TestGui::init()
{
    m_demo = new FaultServer;
    QVERIFY(m_demo->listen());
    m_dir = new QTemporaryDir;
    m_window = new MainWindow;
    // The agents, their filter and sort, and the account's tables.
    QCOMPARE(TestSupport::testModels(m_window), 5);
    m_window->useDemoService(m_demo->url());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
}

void TestGui::cleanup()
{
    // Unsaved previews would ask before quitting; the tests are done with them.
    delete m_window;
    delete m_demo;
    delete m_dir;
}

void TestGui::signIn(Service service, const QString &secret)
{
    SignInPanel *panel = m_window->signInPanel(service);
    m_window->showPage(service == Service::Agentbot ? MainWindow::AgentbotPage : MainWindow::XpanderPage);
    auto *edit = child<QLineEdit>(panel, "secretEdit");
    edit->clear();
    QTest::keyClicks(edit, secret);
    QTest::mouseClick(child<QPushButton>(panel, "signInButton"), Qt::LeftButton);
}

QString TestGui::keychainSecret(Service service)
{
    WaitingKeychain keychain(TestSupport::waitMs);
    const auto [error, secret] = keychain.load({service, ServerUrl(m_demo->url())});
    return error.kind() == Failure::Kind::KeychainFailed ? QStringLiteral("(no answer)") : secret;
}

ExportPreview *TestGui::waitForPreview(int tabsBefore)
{
    if (!QTest::qWaitFor([&] { return m_window->tabs()->count() > tabsBefore; }, TestSupport::waitMs))
        return nullptr;
    auto *preview = qobject_cast<ExportPreview *>(m_window->tabs()->widget(m_window->tabs()->count() - 1));
    // Its overview joins it in an event after its tab appears.
    const auto filledIn = [preview] {
        return preview->jsonView()->document() && (!ExportOverview::hasOverview(preview->result()) ||
                                                   preview->findChild<QWidget *>(QStringLiteral("exportOverview")));
    };
    if (!preview || !QTest::qWaitFor(filledIn, TestSupport::waitMs))
        return nullptr;
    TestSupport::testModels(preview);
    return preview;
}

void TestGui::signInToBothServicesKeepsTheSecretsInTheKeychain()
{
    auto *sidebar = child<QListWidget>(m_window, "sidebar");
    QVERIFY(sidebar->item(MainWindow::XpanderPage)->text().contains(QLatin1String("signed out")));

    signIn(Service::Xpander, QStringLiteral("demo-key"));
    // A good key shows the agents straight away.
    QTRY_VERIFY_WITH_TIMEOUT(sidebar->item(MainWindow::XpanderPage)->text().contains(QLatin1String("signed in")),
                             TestSupport::waitMs);
    QCOMPARE(m_window->currentPage(), MainWindow::WorkspacePage);
    auto *table = child<QTableView>(m_window, "agentTable");
    QCOMPARE(table->model()->rowCount(), DemoService::agents().size());
    QCOMPARE(keychainSecret(Service::Xpander), QStringLiteral("demo-key"));

    signIn(Service::Agentbot, QStringLiteral("demo-session"));
    QTRY_VERIFY_WITH_TIMEOUT(sidebar->item(MainWindow::AgentbotPage)->text().contains(QLatin1String("signed in")),
                             TestSupport::waitMs);
    QCOMPARE(keychainSecret(Service::Agentbot), QStringLiteral("demo-session"));
    // The secret does not linger in the field.
    QVERIFY(child<QLineEdit>(m_window->signInPanel(Service::Agentbot), "secretEdit")->text().isEmpty());

    // A new window signs in from the keychain alone.
    MainWindow second;
    second.signInPanel(Service::Xpander)->prefill(ServerUrl(m_demo->url()), QString());
    second.signInPanel(Service::Xpander)->restore();
    auto *secondSidebar = child<QListWidget>(&second, "sidebar");
    QTRY_VERIFY_WITH_TIMEOUT(secondSidebar->item(MainWindow::XpanderPage)->text().contains(QLatin1String("signed in")),
                             TestSupport::waitMs);
}

void TestGui::wrongKeyIsSaidRightThere()
{
    signIn(Service::Xpander, QStringLiteral("tst-wrong-key-71be40"));
    auto *message = child<MessageWidget>(m_window->signInPanel(Service::Xpander), "messageLabel");
    QTRY_VERIFY_WITH_TIMEOUT(message->text().contains(QLatin1String("did not accept this API key")),
                             TestSupport::waitMs);
    QCOMPARE(m_window->currentPage(), MainWindow::XpanderPage);
    QVERIFY(child<QListWidget>(m_window, "sidebar")
                ->item(MainWindow::XpanderPage)
                ->text()
                .contains(QLatin1String("signed out")));
    QVERIFY(!message->text().contains(QLatin1String("tst-wrong-key")));
}

void TestGui::browseAndFilterAgents()
{
    signIn(Service::Xpander, QStringLiteral("demo-key"));
    auto *table = child<QTableView>(m_window, "agentTable");
    QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), DemoService::agents().size(), TestSupport::waitMs);

    const QJsonObject agent = DemoService::agents().at(2).toObject();
    const QString name = agent.value(QStringLiteral("name")).toString();
    auto *filter = child<QLineEdit>(m_window, "filterEdit");
    QTest::keyClicks(filter, name.toUpper());
    QCOMPARE(table->model()->rowCount(), 1);
    QCOMPARE(table->model()->index(0, 1).data().toString(), name);
    filter->clear();
    QCOMPARE(table->model()->rowCount(), DemoService::agents().size());

    // Sorting by name, both ways: the whole column in order, case aside, and the other way round.
    const auto names = [table] {
        QStringList column;
        for (int row = 0; row < table->model()->rowCount(); ++row)
            column << table->model()->index(row, AgentTableModel::Name).data().toString();
        return column;
    };
    QStringList ascending;
    for (const QJsonValue demoAgent : DemoService::agents())
        ascending << demoAgent.toObject().value(QStringLiteral("name")).toString();
    std::stable_sort(ascending.begin(), ascending.end(),
                     [](const QString &a, const QString &b) { return a.compare(b, Qt::CaseInsensitive) < 0; });
    QStringList descending = ascending;
    std::stable_sort(descending.begin(), descending.end(),
                     [](const QString &a, const QString &b) { return a.compare(b, Qt::CaseInsensitive) > 0; });
    QVERIFY(ascending.first().compare(ascending.last(), Qt::CaseInsensitive) != 0);
    table->sortByColumn(AgentTableModel::Name, Qt::AscendingOrder);
    QCOMPARE(names(), ascending);
    table->sortByColumn(AgentTableModel::Name, Qt::DescendingOrder);
    QCOMPARE(names(), descending);

    // Refresh asks the server again.
    m_demo->clearRequests();
    QTest::mouseClick(child<QPushButton>(m_window, "refreshButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!m_demo->requests().isEmpty(), TestSupport::waitMs);
    QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), DemoService::agents().size(), TestSupport::waitMs);
}

void TestGui::exportTemplateWithAndWithoutKnowledgeBases_data()
{
    QTest::addColumn<bool>("withKnowledgeBases");
    QTest::newRow("with knowledge bases") << true;
    QTest::newRow("without") << false;
}

void TestGui::exportTemplateWithAndWithoutKnowledgeBases()
{
    QFETCH(bool, withKnowledgeBases);
    signIn(Service::Xpander, QStringLiteral("demo-key"));
    auto *table = child<QTableView>(m_window, "agentTable");
    QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), DemoService::agents().size(), TestSupport::waitMs);

    const QJsonObject agent = TestSupport::agentWithKnowledgeBases();
    QVERIFY(!agent.isEmpty());
    QTest::keyClicks(child<QLineEdit>(m_window, "filterEdit"), agent.value(QStringLiteral("name")).toString());
    QCOMPARE(table->model()->rowCount(), 1);
    table->selectRow(0);
    QTest::mouseClick(child<QPushButton>(m_window, "exportTemplateButton"), Qt::LeftButton);

    auto *dialog = m_window->findChild<TemplateExportDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    // The agent's own values are the defaults.
    auto *name = child<QLineEdit>(dialog, "nameEdit");
    QCOMPARE(name->text(), agent.value(QStringLiteral("name")).toString());
    QCOMPARE(child<QPlainTextEdit>(dialog, "descriptionEdit")->toPlainText(),
             agent.value(QStringLiteral("description")).toString());
    QCOMPARE(child<QLineEdit>(dialog, "iconEdit")->text(), agent.value(QStringLiteral("icon")).toString());
    auto *knowledge = child<QCheckBox>(dialog, "knowledgeBasesCheck");
    QVERIFY(!knowledge->isChecked());
    QVERIFY(knowledge->text().contains(QLatin1String("much larger")));
    name->setText(QStringLiteral("My support template"));
    if (withKnowledgeBases)
        QTest::mouseClick(knowledge, Qt::LeftButton, {}, QPoint(5, knowledge->height() / 2));
    QCOMPARE(knowledge->isChecked(), withKnowledgeBases);

    m_demo->clearRequests();
    const int tabs = m_window->tabs()->count();
    QTest::mouseClick(child<QPushButton>(dialog, "exportButton"), Qt::LeftButton);
    ExportPreview *preview = waitForPreview(tabs);
    QVERIFY(preview);

    // The request carried exactly what the dialog showed.
    QCOMPARE(m_demo->requests().size(), 1);
    const QJsonObject body = QJsonDocument::fromJson(m_demo->requests().first().body).object();
    QCOMPARE(body, QJsonObject({{QStringLiteral("name"), QStringLiteral("My support template")},
                                {QStringLiteral("description"), agent.value(QStringLiteral("description"))},
                                {QStringLiteral("icon"), agent.value(QStringLiteral("icon"))},
                                {QStringLiteral("with_knowledge_bases"), withKnowledgeBases}}));

    // The preview counts what the template holds, and nothing is on disk yet.
    const ExportSummary &summary = preview->result().summary;
    QCOMPARE(summary.templateName, QStringLiteral("My support template"));
    QCOMPARE(summary.knowledgeBases > 0, withKnowledgeBases);
    QCOMPARE(summary.documents > 0, withKnowledgeBases);
    QVERIFY(preview->summaryText().contains(
        QStringLiteral("Knowledge bases: %1 (documents: %2)").arg(summary.knowledgeBases).arg(summary.documents)));
    QVERIFY(!preview->isSaved());
    QVERIFY(QDir(m_dir->path()).isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(preview->tree()->model()->rowCount() > 0, TestSupport::waitMs);

    // It reads like a document: the description once, the overview first, the tree under its heading.
    const QString description = agent.value(QStringLiteral("description")).toString();
    int shown = 0;
    for (QLabel *label : preview->findChildren<QLabel *>())
        shown += label->isVisibleTo(preview) && label->text().contains(description.toHtmlEscaped()) ? 1 : 0;
    QCOMPARE(shown, 1);
    auto *details = preview->findChild<QWidget *>(QStringLiteral("detailsBox"));
    QVERIFY(details);
    QVERIFY(details->isAncestorOf(preview->tree()));
    preview->showFile(true);
    auto *overview = preview->findChild<QWidget *>(QStringLiteral("exportOverview"));
    QVERIFY(overview->mapTo(preview, QPoint()).y() < details->mapTo(preview, QPoint()).y());
    // Save and Discard stay in sight, outside what resizes.
    auto *splitter = preview->findChild<QSplitter *>(QStringLiteral("previewSplitter"));
    QVERIFY(splitter);
    QVERIFY(!splitter->isAncestorOf(child<QPushButton>(preview, "saveButton")));
    QVERIFY(child<QPushButton>(preview, "saveButton")->isVisible());
    QVERIFY(child<QPushButton>(preview, "discardButton")->isVisible());
}

void TestGui::accountExportPreviewsThenSavesIdenticalBytes()
{
    signIn(Service::Agentbot, QStringLiteral("demo-session"));
    QTRY_VERIFY_WITH_TIMEOUT(child<QPushButton>(m_window, "exportAccountButton")->isEnabled(), TestSupport::waitMs);
    m_window->showPage(MainWindow::WorkspacePage);
    QTest::mouseClick(child<QPushButton>(m_window, "exportAccountButton"), Qt::LeftButton);
    auto *dialog = m_window->findChild<ExportDialog *>(QStringLiteral("accountExportDialog"));
    QVERIFY(dialog);
    const int tabs = m_window->tabs()->count();
    QTest::mouseClick(child<QPushButton>(dialog, "exportButton"), Qt::LeftButton);
    ExportPreview *preview = waitForPreview(tabs);
    QVERIFY(preview);

    const QJsonObject account = QJsonDocument::fromJson(DemoService::accountExport()).object();
    const ExportSummary &summary = preview->result().summary;
    QCOMPARE(summary.agents, account.value(QStringLiteral("agents")).toArray().size());
    QCOMPARE(summary.scheduledTasks, account.value(QStringLiteral("scheduledTasks")).toArray().size());
    QCOMPARE(summary.workflows, account.value(QStringLiteral("workflows")).toArray().size());
    QVERIFY(preview->summaryText().contains(
        QStringLiteral("Agents: %1 · Scheduled tasks: %2").arg(summary.agents).arg(summary.scheduledTasks)));
    // The agent browser shows the account's agents, tasks and workflows.
    m_window->tabs()->setCurrentIndex(0); // the tables fill once shown
    auto *agentbotAgents = child<QTableView>(m_window->agentBrowser(), "agentbotAgents");
    QTRY_COMPARE(agentbotAgents->model()->rowCount(), summary.agents);

    // Save: the dialog proposes the server's name; the file holds exactly the bytes received.
    QTest::mouseClick(child<QPushButton>(preview, "saveButton"), Qt::LeftButton);
    auto *save = child<QFileDialog>(preview, "saveDialog");
    QVERIFY(save);
    QTRY_VERIFY(save->isVisible());
    QCOMPARE(QFileInfo(save->selectedFiles().value(0)).fileName(), DemoService::accountFileName());
    const QString path = m_dir->filePath(DemoService::accountFileName());
    save->selectFile(path);
    static_cast<QDialog *>(save)->accept(); // as pressing Save does
    QTRY_VERIFY_WITH_TIMEOUT(preview->isSaved(), TestSupport::waitMs);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), DemoService::accountExport());
    QVERIFY(child<QPushButton>(preview, "showInFolderButton")->isVisibleTo(preview));
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden).size(), 1);
}

void TestGui::unauthorizedDuringExportBringsBackTheSignInPanel()
{
    signIn(Service::Agentbot, QStringLiteral("demo-session"));
    QTRY_VERIFY_WITH_TIMEOUT(child<QPushButton>(m_window, "exportAccountButton")->isEnabled(), TestSupport::waitMs);
    // The session expires after the sign-in checked it: the service now turns it down.
    auto *accounts = m_window->findChild<Accounts *>();
    QVERIFY(accounts);
    accounts->signIn(Service::Agentbot, ServerUrl(m_demo->url()), QStringLiteral("tst-cookie-value-5d2a8b"));
    m_window->exportAccount();
    auto *dialog = m_window->findChild<ExportDialog *>(QStringLiteral("accountExportDialog"));
    QVERIFY(dialog);
    m_window->showPage(MainWindow::WorkspacePage);
    QTest::mouseClick(child<QPushButton>(dialog, "exportButton"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->currentPage(), MainWindow::AgentbotPage, TestSupport::waitMs);
    SignInPanel *panel = m_window->signInPanel(Service::Agentbot);
    QVERIFY(child<MessageWidget>(panel, "messageLabel")->text().contains(QLatin1String("sign in again")));
    QCOMPARE(child<QLineEdit>(panel, "serverEdit")->text(), m_demo->url().toString());
    QVERIFY(child<QListWidget>(m_window, "sidebar")
                ->item(MainWindow::AgentbotPage)
                ->text()
                .contains(QLatin1String("signed out")));
    QCOMPARE(m_window->tabs()->count(), 1);
}

void TestGui::serverErrorShowsSentenceDetailsAndRetry()
{
    signIn(Service::Agentbot, QStringLiteral("demo-session"));
    QTRY_VERIFY_WITH_TIMEOUT(child<QPushButton>(m_window, "exportAccountButton")->isEnabled(), TestSupport::waitMs);
    m_demo->setFault(Fault::ServerError, 1);
    m_window->exportAccount();
    auto *dialog = m_window->findChild<ExportDialog *>(QStringLiteral("accountExportDialog"));
    QVERIFY(dialog);
    auto *exportButton = child<QPushButton>(dialog, "exportButton");
    QTest::mouseClick(exportButton, Qt::LeftButton);
    auto *error = child<MessageWidget>(dialog, "errorLabel");
    QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), TestSupport::waitMs);
    // Our sentence and what to do; the server's own words only under Details, folded.
    QCOMPARE(error->text(), QStringLiteral("Agentbot could not do this just now. This is a problem at Agentbot, not on "
                                           "your computer. Your sign-in is fine. Try again in a few minutes."));
    QCOMPARE(error->type(), MessageWidget::Type::Error);
    auto *details = child<QPushButton>(dialog, "detailsButton");
    QVERIFY(details->isVisible());
    QVERIFY(!details->isChecked());
    auto *detailText = child<QPlainTextEdit>(dialog, "detailText");
    QVERIFY(!detailText->isVisible());
    QVERIFY(detailText->toPlainText().contains(QLatin1String("HTTP 500")));
    QVERIFY(detailText->toPlainText().contains(
        QLatin1String("The server said: The export could not be generated. Please try again later.")));
    // Try Again is the default button, and stays so when the details are unfolded.
    QCOMPARE(exportButton->text().remove(QLatin1Char('&')), QStringLiteral("Try Again"));
    QVERIFY(exportButton->isDefault());
    QVERIFY(!details->autoDefault());
    QTest::mouseClick(details, Qt::LeftButton);
    QVERIFY(detailText->isVisible());
    QVERIFY(exportButton->isDefault());

    // Retry works once the server is well again.
    const int tabs = m_window->tabs()->count();
    QTest::mouseClick(exportButton, Qt::LeftButton);
    QVERIFY(waitForPreview(tabs));
}

void TestGui::cancelLeavesNothing()
{
    signIn(Service::Agentbot, QStringLiteral("demo-session"));
    QTRY_VERIFY_WITH_TIMEOUT(child<QPushButton>(m_window, "exportAccountButton")->isEnabled(), TestSupport::waitMs);
    m_demo->clearRequests(); // the sign-in's own check
    m_demo->setFault(Fault::Stall);
    m_window->exportAccount();
    QPointer<ExportDialog> dialog = m_window->findChild<ExportDialog *>(QStringLiteral("accountExportDialog"));
    QVERIFY(dialog);
    QTest::mouseClick(child<QPushButton>(dialog, "exportButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!m_demo->requests().isEmpty(), TestSupport::waitMs);
    QVERIFY(dialog->isExporting());
    QTest::mouseClick(child<QPushButton>(dialog, "cancelButton"), Qt::LeftButton);
    QTRY_VERIFY(!dialog); // closed and gone
    QCOMPARE(m_window->tabs()->count(), 1);
    QVERIFY(QDir(m_dir->path()).isEmpty());
}

void TestGui::signOutRemovesTheSecret()
{
    signIn(Service::Agentbot, QStringLiteral("demo-session"));
    auto *sidebar = child<QListWidget>(m_window, "sidebar");
    QTRY_VERIFY_WITH_TIMEOUT(sidebar->item(MainWindow::AgentbotPage)->text().contains(QLatin1String("signed in")),
                             TestSupport::waitMs);
    QCOMPARE(m_window->currentPage(), MainWindow::WorkspacePage);
    m_window->showPage(MainWindow::AgentbotPage);
    QTest::mouseClick(child<QPushButton>(m_window->signInPanel(Service::Agentbot), "signOutButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(sidebar->item(MainWindow::AgentbotPage)->text().contains(QLatin1String("signed out")),
                             TestSupport::waitMs);
    QTRY_COMPARE_WITH_TIMEOUT(keychainSecret(Service::Agentbot), QString(), TestSupport::waitMs);
}

void TestGui::saveRefusesALink()
{
    const QString file = m_dir->filePath(QStringLiteral("account.json"));
    QVERIFY(TestSupport::writeFile(file, DemoService::accountExport()));
    const int tabs = m_window->tabs()->count();
    m_window->openFile(file);
    ExportPreview *preview = waitForPreview(tabs);
    QVERIFY(preview);
    // A file from disk: the same layout, without Save and Discard, and no sign-in on the way.
    QCOMPARE(m_window->currentPage(), MainWindow::WorkspacePage);
    QCOMPARE(child<QPushButton>(preview, "saveButton")->text().remove(QLatin1Char('&')), QStringLiteral("Save As…"));
    QCOMPARE(child<QPushButton>(preview, "discardButton")->text().remove(QLatin1Char('&')), QStringLiteral("Close"));
    QVERIFY(preview->findChild<QSplitter *>(QStringLiteral("previewSplitter")));

    // A link planted under the name the user picks, pointing out of the folder.
    QTemporaryDir elsewhere;
    const QString target = elsewhere.filePath(QStringLiteral("planted.json"));
    const QString link = m_dir->filePath(QStringLiteral("copy.json"));
    QVERIFY(QFile::link(target, link));

    QTest::mouseClick(child<QPushButton>(preview, "saveButton"), Qt::LeftButton);
    auto *save = child<QFileDialog>(preview, "saveDialog");
    QVERIFY(save);
    QTRY_VERIFY(save->isVisible());
    QVERIFY(save->testOption(QFileDialog::DontResolveSymlinks));
    save->selectFile(link);
    static_cast<QDialog *>(save)->accept(); // as pressing Save does
    QTRY_COMPARE(child<QLabel>(preview, "saveState")->text(),
                 QStringLiteral("“copy.json” is a link to another place; Agent Takeout does not write through links. "
                                "Choose another name."));
    QVERIFY(!QFileInfo::exists(target));
    QVERIFY(QFileInfo(link).isSymLink());
    QCOMPARE(preview->savedPath(), file);
}

void TestGui::writeComparePair(QString *oldFile, QString *newFile)
{
    const QByteArray before = DemoService::accountExport();
    QJsonObject account = QJsonDocument::fromJson(before).object();
    QJsonObject user = account.value(QStringLiteral("user")).toObject();
    user.insert(QStringLiteral("plan"), QStringLiteral("solo"));
    account.insert(QStringLiteral("user"), user);
    QJsonArray workflows = account.value(QStringLiteral("workflows")).toArray();
    workflows.removeAt(0);
    account.insert(QStringLiteral("workflows"), workflows);
    *oldFile = m_dir->filePath(QStringLiteral("before.json"));
    *newFile = m_dir->filePath(QStringLiteral("after.json"));
    QVERIFY(TestSupport::writeFile(*oldFile, before));
    QVERIFY(TestSupport::writeFile(*newFile, QJsonDocument(account).toJson()));
    QFile earlier(*oldFile);
    QVERIFY(earlier.open(QIODevice::ReadWrite));
    QVERIFY(earlier.setFileTime(QDateTime::currentDateTime().addDays(-1), QFileDevice::FileModificationTime));
}

CompareView *TestGui::waitForComparison()
{
    auto *view = qobject_cast<CompareView *>(m_window->tabs()->currentWidget());
    if (view)
        TestSupport::testModels(view);
    if (view && view->isRunning() && !TestSupport::waitFor(view, &CompareView::finished))
        return nullptr;
    return view;
}

void TestGui::compareTab()
{
    QString oldFile;
    QString newFile;
    writeComparePair(&oldFile, &newFile);

    m_window->compareFiles(oldFile, newFile);
    CompareView *view = waitForComparison();
    QVERIFY(view);
    QCOMPARE(view->summary(), QStringLiteral("1 workflow removed · Plan: collective → solo"));
    // Titled by what is compared, not by the files' names; the paths in the tooltip.
    QVERIFY2(view->title().startsWith(QLatin1String("Changes from ")), qPrintable(view->title()));
    QCOMPARE(m_window->tabs()->tabText(m_window->tabs()->currentIndex()), view->title());
    QVERIFY(m_window->tabs()->tabToolTip(m_window->tabs()->currentIndex()).contains(oldFile));
    QCOMPARE(view->changes()->rowCount(), 2);
    auto *table = child<QTableView>(view, "changes");
    QCOMPARE(table->model()->rowCount(), 2);
    // Each change a sentence, the path only in the tooltip; the trees folded away.
    QVERIFY(table->isColumnHidden(ChangeListModel::Path));
    QStringList sentences;
    for (int row = 0; row < table->model()->rowCount(); ++row)
        sentences << table->model()->index(row, ChangeListModel::Sentence).data().toString();
    QVERIFY2(sentences.contains(QStringLiteral("Plan: collective → solo")), qPrintable(sentences.join(u'|')));
    QVERIFY2(std::any_of(sentences.cbegin(), sentences.cend(),
                         [](const QString &s) {
                             return s.startsWith(QLatin1String("Workflow ")) && s.endsWith(QLatin1String(" removed"));
                         }),
             qPrintable(sentences.join(u'|')));
    QVERIFY(table->model()->index(0, ChangeListModel::Sentence).data(Qt::ToolTipRole).toString().contains(u'.'));
    QVERIFY(child<QWidget>(view, "compareFiles")->isHidden());
    QTest::mouseClick(child<QToolButton>(view, "showFilesButton"), Qt::LeftButton);
    QVERIFY(child<QWidget>(view, "compareFiles")->isVisible());
    child<QComboBox>(view, "filter")->setCurrentIndex(2); // removed
    QCOMPARE(table->model()->rowCount(), 1);
    QVERIFY(
        table->model()->index(0, ChangeListModel::Path).data().toString().startsWith(QLatin1String(".workflows[0]")));
    table->selectRow(0);
    view->copyPath();
    QCOMPARE(QApplication::clipboard()->text(), QStringLiteral(".workflows[0]"));
    // Both trees show it: the old one the removed workflow, the new one the list it left.
    QCOMPARE(view->oldView()->currentPath(), QStringLiteral(".workflows[0]"));
    QCOMPARE(view->newView()->currentPath(), QStringLiteral(".workflows"));
    QVERIFY(view->lineDiff().isEmpty());
    child<QComboBox>(view, "filter")->setCurrentIndex(3); // changed
    table->selectRow(0);
    QCOMPARE(view->oldView()->currentPath(), QStringLiteral(".user.plan"));
    QCOMPARE(view->newView()->currentPath(), QStringLiteral(".user.plan"));
    m_window->tabs()->tabCloseRequested(m_window->tabs()->currentIndex());
    QTRY_VERIFY(!m_window->tabs()->findChild<CompareView *>());
}

void TestGui::comparisonCanBeCancelled()
{
    // Large enough that the comparison is still running when Cancel is pressed.
    const QByteArray records = QByteArray("{\"name\": \"agent\", \"n\": 12345},").repeated(1 << 16);
    const QString oldFile = m_dir->filePath(QStringLiteral("old-large.json"));
    const QString newFile = m_dir->filePath(QStringLiteral("new-large.json"));
    QVERIFY(TestSupport::writeFile(oldFile, '[' + records.repeated(8) + "0]"));
    QVERIFY(TestSupport::writeFile(newFile, '[' + records.repeated(8) + "1]"));

    m_window->compareFiles(oldFile, newFile);
    auto *view = qobject_cast<CompareView *>(m_window->tabs()->currentWidget());
    QVERIFY(view);
    QVERIFY(view->isRunning());
    QSignalSpy finished(view, &CompareView::finished);
    QTest::mouseClick(child<QPushButton>(view, "cancelCompareButton"), Qt::LeftButton);
    // At once, not when the worker notices.
    QCOMPARE(finished.count(), 1);
    QVERIFY(!view->isRunning());
    QCOMPARE(view->summary(), QStringLiteral("The comparison was cancelled."));
    QVERIFY(child<QProgressBar>(view, "compareProgress")->isHidden());
    // The worker's answer, whenever it comes, is dropped.
    QVERIFY(BackgroundTask::threads()->waitForDone(TestSupport::waitMs));
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
    QCOMPARE(finished.count(), 1);
    QCOMPARE(view->summary(), QStringLiteral("The comparison was cancelled."));
    QCOMPARE(view->changes()->rowCount(), 0);
}

void TestGui::signInPagesLeadWithTheWayToSignIn()
{
    const auto buddyOf = [](QWidget *panel, QWidget *field) -> QLabel * {
        for (QLabel *label : panel->findChildren<QLabel *>()) {
            if (label->buddy() == field)
                return label;
        }
        return nullptr;
    };
    Settings::setServer(Service::Xpander, QString());
    MainWindow window;
    window.show();
    window.showPage(MainWindow::XpanderPage);
    // xpander.ai's fixed address is not the first field: it is folded under Other ways, with no clear button.
    SignInPanel *xpander = window.signInPanel(Service::Xpander);
    auto *server = child<QLineEdit>(xpander, "serverEdit");
    QCOMPARE(server->text(), XpanderClient::defaultServer().toString());
    QVERIFY(!server->isVisible());
    QVERIFY(!server->isClearButtonEnabled());
    QVERIFY(child<QLineEdit>(xpander, "secretEdit")->isVisible());
    auto *otherWays = child<QToolButton>(xpander, "otherWaysButton");
    QVERIFY(otherWays->isVisible());
    QTest::mouseClick(otherWays, Qt::LeftButton);
    QVERIFY(server->isVisible());
    QVERIFY(buddyOf(xpander, server));
    QCOMPARE(buddyOf(xpander, server)->text(), QStringLiteral("&Server address:"));
    QVERIFY(!child<QPushButton>(xpander, "signOutButton")->isVisible());

    // Agentbot's address, said as a person finds it, with its label as buddy.
    window.showPage(MainWindow::AgentbotPage);
    SignInPanel *agentbot = window.signInPanel(Service::Agentbot);
    auto *address = child<QLineEdit>(agentbot, "serverEdit");
    QVERIFY(address->isVisible());
    QVERIFY(buddyOf(agentbot, address));
    QCOMPARE(buddyOf(agentbot, address)->text(),
             QStringLiteral("Your Agentbot &address (as in your browser's address bar):"));
    // Sign out only when signed in.
    QVERIFY(!child<QPushButton>(agentbot, "signOutButton")->isVisible());
    signIn(Service::Agentbot, QStringLiteral("demo-session"));
    auto *accounts = m_window->findChild<Accounts *>();
    QTRY_VERIFY_WITH_TIMEOUT(accounts->isSignedIn(Service::Agentbot), TestSupport::waitMs);
    m_window->showPage(MainWindow::AgentbotPage);
    QVERIFY(child<QPushButton>(m_window->signInPanel(Service::Agentbot), "signOutButton")->isVisible());
    // The demo's own server is shown, not folded away.
    m_window->showPage(MainWindow::XpanderPage);
    QVERIFY(child<QLineEdit>(m_window->signInPanel(Service::Xpander), "serverEdit")->isVisible());
}

void TestGui::agentListPlaceholderAndWhyAButtonIsGreyed()
{
    m_window->showPage(MainWindow::WorkspacePage);
    AgentBrowser *browser = m_window->agentBrowser();
    // Signed out: no bare column headers but a placeholder with an icon, a sentence and one action.
    auto *placeholder = child<QWidget>(browser, "agentsPlaceholder");
    QVERIFY(placeholder->isVisible());
    QVERIFY(!child<QWidget>(browser, "agentTable")->isVisible());
    QCOMPARE(child<QLabel>(browser, "agentsPlaceholderText")->text(),
             QStringLiteral("Sign in to xpander.ai to see your agents here."));
    QVERIFY(!child<QLabel>(browser, "agentsPlaceholderIcon")->pixmap().isNull());
    auto *action = child<QPushButton>(browser, "agentsPlaceholderButton");
    QCOMPARE(action->text(), QStringLiteral("Sign in…"));
    auto *exportTemplate = child<QPushButton>(browser, "exportTemplateButton");
    QVERIFY(!exportTemplate->isEnabled());
    QCOMPARE(exportTemplate->toolTip(), QStringLiteral("Sign in to xpander.ai first."));
    QTest::mouseClick(action, Qt::LeftButton);
    QCOMPARE(m_window->currentPage(), MainWindow::XpanderPage);

    // Signed in, nothing chosen: the greyed Export as template… says why.
    signIn(Service::Xpander, QStringLiteral("demo-key"));
    auto *table = child<QTableView>(browser, "agentTable");
    QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), DemoService::agents().size(), TestSupport::waitMs);
    m_window->showPage(MainWindow::WorkspacePage);
    QTRY_VERIFY(table->isVisible());
    QVERIFY(!placeholder->isVisible());
    QVERIFY(!exportTemplate->isEnabled());
    QCOMPARE(exportTemplate->toolTip(), QStringLiteral("Choose an agent first."));
    QCOMPARE(exportTemplate->accessibleDescription(), QStringLiteral("Choose an agent first."));
    table->selectRow(0);
    QVERIFY(exportTemplate->isEnabled());
    QVERIFY(exportTemplate->accessibleDescription().isEmpty());

    // A filter that leaves nothing says so, and clears with one press.
    auto *filter = child<QLineEdit>(browser, "filterEdit");
    QTest::keyClicks(filter, QStringLiteral("no-such-agent"));
    QVERIFY(placeholder->isVisible());
    QCOMPARE(child<QLabel>(browser, "agentsPlaceholderText")->text(),
             QStringLiteral("No agent matches “no-such-agent”."));
    QCOMPARE(action->text(), QStringLiteral("Clear the filter"));
    QTest::mouseClick(action, Qt::LeftButton);
    QVERIFY(filter->text().isEmpty());
    QVERIFY(table->isVisible());

    // The Agents page has one Export my Agentbot account… and no Back up now of its own.
    QCOMPARE(child<QPushButton>(browser, "exportAccountButton")->text().remove(QLatin1Char('&')),
             QStringLiteral("Export my Agentbot account…"));
    for (QPushButton *button : browser->findChildren<QPushButton *>())
        QVERIFY2(!button->text().remove(QLatin1Char('&')).startsWith(QLatin1String("Back up")),
                 qPrintable(button->text()));
}

void TestGui::compareWithFromAPreviewAndTheRecentList()
{
    QString oldFile;
    QString newFile;
    writeComparePair(&oldFile, &newFile);
    // The open export is the new one unless the other was modified later.
    QCOMPARE(CompareView::inOrder(newFile, oldFile), std::make_pair(oldFile, newFile));
    QCOMPARE(CompareView::inOrder(oldFile, newFile), std::make_pair(oldFile, newFile));
    QCOMPARE(CompareView::inOrder(newFile, newFile), std::make_pair(newFile, newFile));

    // From the open earlier export: the picked later one becomes the new side.
    const int tabs = m_window->tabs()->count();
    m_window->openFile(oldFile);
    ExportPreview *preview = waitForPreview(tabs);
    QVERIFY(preview);
    auto *button = child<QPushButton>(preview, "compareWithButton");
    QVERIFY(button->isVisible());
    QTest::mouseClick(button, Qt::LeftButton);
    auto *dialog = child<QFileDialog>(m_window, "compareWithDialog");
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QCOMPARE(QDir(dialog->directory()).absolutePath(), QDir(m_dir->path()).absolutePath());
    dialog->selectFile(newFile);
    static_cast<QDialog *>(dialog)->accept();
    CompareView *view = waitForComparison();
    QVERIFY(view);
    QVERIFY2(view->title().startsWith(QLatin1String("Changes from ")), qPrintable(view->title()));
    QCOMPARE(view->summary(), QStringLiteral("1 workflow removed · Plan: collective → solo"));

    // From Home: two recent files selected, then Compare; one, then Compare With….
    FileHistory::clear();
    FileHistory::add(newFile, ExportKind::AgentbotAccount);
    FileHistory::add(oldFile, ExportKind::AgentbotAccount);
    m_window->showPage(MainWindow::StartPage);
    auto *recent = child<QListWidget>(m_window, "recentList");
    QTRY_COMPARE(recent->count(), 2);
    auto *compareTwo = child<QAction>(m_window->homePage(), "recentCompareAction");
    auto *compareWith = child<QAction>(m_window->homePage(), "recentCompareWithAction");
    QVERIFY(recent->actions().contains(compareTwo));
    QVERIFY(!compareTwo->isEnabled());
    // Clicks with Ctrl select without opening.
    const int tabsBefore = m_window->tabs()->count();
    recent->clearSelection();
    QTest::mouseClick(recent->viewport(), Qt::LeftButton, Qt::ControlModifier,
                      recent->visualItemRect(recent->item(0)).center());
    QVERIFY(compareWith->isEnabled());
    QVERIFY(!compareTwo->isEnabled());
    QTest::mouseClick(recent->viewport(), Qt::LeftButton, Qt::ControlModifier,
                      recent->visualItemRect(recent->item(1)).center());
    QCOMPARE(recent->selectedItems().size(), 2);
    QCOMPARE(m_window->currentPage(), MainWindow::StartPage);
    QCOMPARE(m_window->tabs()->count(), tabsBefore);
    QVERIFY(compareTwo->isEnabled());
    compareTwo->trigger();
    view = waitForComparison();
    QVERIFY(view);
    QVERIFY2(view->title().startsWith(QLatin1String("Changes from ")), qPrintable(view->title()));

    m_window->showPage(MainWindow::StartPage);
    recent->clearSelection();
    recent->setCurrentRow(1, QItemSelectionModel::ClearAndSelect);
    compareWith->trigger();
    QTRY_VERIFY(m_window->findChild<QFileDialog *>(QStringLiteral("compareWithDialog")));
    dialog = m_window->findChild<QFileDialog *>(QStringLiteral("compareWithDialog"));
    QVERIFY(dialog->windowTitle().contains(QLatin1String("before.json")));
    dialog->reject();
    FileHistory::clear();
}

void TestGui::textFromFilesIsShownAsText()
{
    // Names in a file (as a server sent them) that look like markup are shown as the characters they
    // are: no label guesses them to be rich text, in the preview or in the comparison.
    const QByteArray hostile = "<a href=\\\"https://evil\\\">Click</a><b>spoof</b>";
    const auto templateFile = [this](const QString &name, const QByteArray &agentName) {
        const QString path = m_dir->filePath(name);
        const QByteArray text =
            "{\"id\": \"t1\", \"name\": \"" + agentName + "\", \"agent_definition\": {\"name\": \"" + agentName +
            "\", \"type\": \"regular\", \"custom_functions\": [{\"id\": \"f1\", \"name\": \"" + agentName + "\"}]}}";
        const bool written = TestSupport::writeFile(path, text);
        return written ? path : QString();
    };
    const QString oldFile = templateFile(QStringLiteral("plain-name.json"), "Harmless");
    const QString newFile = templateFile(QStringLiteral("hostile-name.json"), hostile);
    QVERIFY(!oldFile.isEmpty() && !newFile.isEmpty());
    const QString shown = QStringLiteral("<a href=\"https://evil\">Click</a><b>spoof</b>");
    const auto verifyLabels = [&shown](QWidget *inside) {
        int seen = 0;
        for (const QLabel *label : inside->findChildren<QLabel *>()) {
            if (!label->text().contains(shown))
                continue;
            ++seen;
            QVERIFY2(label->textFormat() == Qt::PlainText ||
                         (label->textFormat() == Qt::AutoText && !Qt::mightBeRichText(label->text())),
                     qPrintable(label->objectName() + QLatin1String(": ") + label->text()));
        }
        QVERIFY(seen > 0);
    };
    const int tabs = m_window->tabs()->count();
    m_window->openFile(newFile);
    ExportPreview *preview = waitForPreview(tabs);
    QVERIFY(preview);
    verifyLabels(preview);
    if (QTest::currentTestFailed())
        return;
    m_window->compareFiles(oldFile, newFile);
    CompareView *view = waitForComparison();
    QVERIFY(view);
    QVERIFY(view->summary().contains(shown));
    verifyLabels(view);
    m_window->tabs()->tabCloseRequested(m_window->tabs()->indexOf(view));
    m_window->tabs()->tabCloseRequested(m_window->tabs()->indexOf(preview));
}

void TestGui::toolTipsShowTextAsText()
{
    // Tooltips guess rich text as labels do, and many show what a file or a server wrote (an agent's name in
    // a table, a value in the tree, a path in a tab). The window shows every one as plain text: in an item
    // view, on a tab and on a widget.
    const QString hostile = QStringLiteral("<a href=\"https://evil\">Click</a><b>spoof</b>");
    const QString shown = Qt::convertFromPlainText(hostile, Qt::WhiteSpaceNormal);
    QVERIFY(m_window);
    const auto hover = [](QWidget *widget, const QPoint &at) {
        QToolTip::hideText();
        QTRY_VERIFY(!QToolTip::isVisible());
        QHelpEvent help(QEvent::ToolTip, at, widget->mapToGlobal(at));
        QApplication::sendEvent(widget, &help);
    };

    QStandardItemModel model;
    auto *item = new QStandardItem(QStringLiteral("agent"));
    item->setToolTip(hostile);
    model.appendRow(item);
    QTreeView view;
    view.setModel(&model);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    hover(view.viewport(), view.visualRect(model.index(0, 0)).center());
    QTRY_VERIFY(QToolTip::isVisible());
    QCOMPARE(QToolTip::text(), shown);

    QTabBar tabs;
    tabs.addTab(QStringLiteral("export"));
    tabs.setTabToolTip(0, hostile);
    tabs.show();
    QVERIFY(QTest::qWaitForWindowExposed(&tabs));
    hover(&tabs, tabs.tabRect(0).center());
    QTRY_VERIFY(QToolTip::isVisible());
    QCOMPARE(QToolTip::text(), shown);

    QLabel label(QStringLiteral("card"));
    label.setToolTip(hostile);
    label.show();
    QVERIFY(QTest::qWaitForWindowExposed(&label));
    hover(&label, label.rect().center());
    QTRY_VERIFY(QToolTip::isVisible());
    QCOMPARE(QToolTip::text(), shown);
    QToolTip::hideText();
}

void TestGui::compareShowsALineDiffOfChangedCode()
{
    // A function moved to the end of its list, its source code changed.
    const QString oldFile = m_dir->filePath(QStringLiteral("old.json"));
    const QString newFile = m_dir->filePath(QStringLiteral("new.json"));
    QVERIFY(TestSupport::writeFile(oldFile, R"({"functions": [{"id": "f1", "code": "def run(x):\n    return x + 1\n"},
                                                               {"id": "f2", "code": "pass"}]})"));
    QVERIFY(TestSupport::writeFile(newFile, R"({"functions": [{"id": "f2", "code": "pass"},
                                                               {"id": "f1", "code": "def run(x):\n    return x + 2\n"}]})"));
    m_window->compareFiles(oldFile, newFile);
    CompareView *view = waitForComparison();
    QVERIFY(view);
    QCOMPARE(view->changes()->rowCount(), 1);
    view->changeTable()->selectRow(0);
    QCOMPARE(view->newView()->currentPath(), QStringLiteral(".functions[1].code"));
    QCOMPARE(view->oldView()->currentPath(), QStringLiteral(".functions[0].code"));
    // The line diff is worked out off the UI thread, and shown when it is ready.
    QVERIFY(view->lineDiff().isEmpty());
    // No line numbers: the lines themselves, the signs saying which went and which came.
    QTRY_COMPARE(view->lineDiff(), QStringLiteral(" def run(x):\n-    return x + 1\n+    return x + 2\n "));
    // The signs carry the meaning; the colours (tints of the palette's base) repeat it.
    auto *text = child<QPlainTextEdit>(view, "lineDiff");
    QVERIFY(text->isVisible());
    const QTextBlock removed = text->document()->findBlockByNumber(1);
    const QTextBlock added = text->document()->findBlockByNumber(2);
    QVERIFY(removed.blockFormat().background().color() != added.blockFormat().background().color());
    QVERIFY(removed.blockFormat().background().color() != text->palette().color(QPalette::Base));
}

void TestGui::hostileServerGetsAPlainSentence_data()
{
    QTest::addColumn<int>("fault");
    QTest::addColumn<QByteArray>("param");
    QTest::newRow("garbage") << int(Fault::Garbage) << QByteArray();
    QTest::newRow("random garbage") << int(Fault::Garbage) << QByteArray("7");
    QTest::newRow("endless headers") << int(Fault::EndlessHeaders) << QByteArray();
    QTest::newRow("endless body") << int(Fault::EndlessBody) << QByteArray();
    QTest::newRow("deflate bomb") << int(Fault::CompressionBomb) << QByteArray("64");
    QTest::newRow("gzip bomb") << int(Fault::GzipBomb) << QByteArray("64");
    QTest::newRow("cross-origin redirect") << int(Fault::CrossOriginRedirect) << QByteArray();
    QTest::newRow("echoed credentials") << int(Fault::EchoCredentials) << QByteArray();
    QTest::newRow("stall") << int(Fault::Stall) << QByteArray();
}

// The window against the worst servers: a sentence in the dialog, no secret in it or in its details,
// no preview, and the window still answers.
void TestGui::hostileServerGetsAPlainSentence()
{
    QFETCH(int, fault);
    QFETCH(QByteArray, param);
    {
        // The hidden limits, for a window made after they are set.
        QSettings settings;
        settings.setValue(QStringLiteral("network/timeoutSeconds"), 1);
        settings.setValue(QStringLiteral("network/maxExportMegabytes"), 16);
    }
    const auto defaults = qScopeGuard([] { QSettings().remove(QStringLiteral("network")); });
    delete m_window;
    m_window = new MainWindow;
    // The agents, their filter and sort, and the account's tables.
    QCOMPARE(TestSupport::testModels(m_window), 5);
    m_window->useDemoService(m_demo->url());
    m_window->show();

    signIn(Service::Agentbot, QStringLiteral("demo-session"));
    QTRY_VERIFY_WITH_TIMEOUT(child<QPushButton>(m_window, "exportAccountButton")->isEnabled(), TestSupport::waitMs);
    m_demo->setFault(Fault(fault), -1, param);
    const int tabs = m_window->tabs()->count();
    m_window->exportAccount();
    auto *dialog = m_window->findChild<ExportDialog *>(QStringLiteral("accountExportDialog"));
    QVERIFY(dialog);
    QTest::mouseClick(child<QPushButton>(dialog, "exportButton"), Qt::LeftButton);
    auto *error = child<MessageWidget>(dialog, "errorLabel");
    QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), TestSupport::waitMs);
    QVERIFY(!error->text().isEmpty());
    const QString details = child<QPlainTextEdit>(dialog, "detailText")->toPlainText();
    for (const QByteArray &secret : TestSupport::secrets()) {
        QVERIFY2(!error->text().contains(QString::fromLatin1(secret)), qPrintable(error->text()));
        QVERIFY2(!details.contains(QString::fromLatin1(secret)), qPrintable(details));
    }
    QCOMPARE(m_window->tabs()->count(), tabs);
    QVERIFY(!dialog->isExporting());
}

void TestGui::speaksGermanOnAGermanSystem()
{
    QVERIFY(installTranslations(QLocale(QLocale::German, QLocale::Germany)));
    const auto backToEnglish = qScopeGuard([] { installTranslations(QLocale::c()); });

    MainWindow window;
    QStringList menus;
    for (QAction *action : window.menuBar()->actions())
        menus << action->text().remove(QLatin1Char('&'));
    QCOMPARE(menus, (QStringList{QStringLiteral("Datei"), QStringLiteral("Bearbeiten"), QStringLiteral("Ansicht"),
                                 QStringLiteral("Hilfe")}));
    // Qt's own strings come in German too (Debian's qt6-translations-l10n).
    QDialogButtonBox buttons(QDialogButtonBox::Cancel);
    QCOMPARE(buttons.button(QDialogButtonBox::Cancel)->text(), QStringLiteral("Abbrechen"));
    // And an error sentence from the core, with its plural form.
    Failure busy(Failure::Kind::RateLimited);
    busy.setServiceName(QStringLiteral("xpander.ai")).setRetryAfterSeconds(1);
    QVERIFY2(busy.message().contains(QLatin1String("1 Sekunde")), qPrintable(busy.message()));
}

void TestGui::homeOffersTheThreeTasks()
{
    // The window opens on Home, with the tasks in words a person uses.
    QCOMPARE(m_window->currentPage(), MainWindow::StartPage);
    QStringList names;
    for (const char *name : {"exportAccountTaskButton", "templateTaskButton", "openTaskButton"}) {
        auto *button = child<QCommandLinkButton>(m_window->homePage(), name);
        QVERIFY2(button, name);
        QVERIFY(button->isVisible());
        QVERIFY(!button->accessibleDescription().isEmpty());
        // In a frame: it reads as a button.
        QCOMPARE(qobject_cast<QFrame *>(button->parentWidget())->frameShape(), QFrame::StyledPanel);
        names << button->accessibleName();
    }
    QCOMPARE(names, (QStringList{QStringLiteral("Export my Agentbot account…"),
                                 QStringLiteral("Export an xpander.ai agent as a template…"),
                                 QStringLiteral("Open a saved export…")}));
    // "Back up" is the folder backup alone: Home's main action, large and the default, above the tasks,
    // with the state of the backups and Change… under it.
    auto *backUpNow = child<QPushButton>(m_window->homePage(), "backUpNowButton");
    QVERIFY(backUpNow->isVisible());
    QVERIFY(backUpNow->isDefault());
    QCOMPARE(backUpNow->text().remove(QLatin1Char('&')), QStringLiteral("Back up now"));
    QVERIFY(backUpNow->font().pointSizeF() > m_window->homePage()->font().pointSizeF());
    QVERIFY(backUpNow->mapTo(m_window, QPoint()).y() <
            child<QWidget>(m_window, "exportAccountTaskButton")->mapTo(m_window, QPoint()).y());
    QCOMPARE(child<QLabel>(m_window, "backupScheduleLabel")->text(), QStringLiteral("Automatic backups are off."));
    QVERIFY(child<QPushButton>(m_window, "changeBackupButton")->isVisible());
    // The File menu says the same: Back Up Now… for the folder, Export My Agentbot Account… for the file.
    QStringList fileMenu;
    for (QAction *action : m_window->menuBar()->actions().first()->menu()->actions())
        fileMenu << action->text().remove(QLatin1Char('&'));
    QVERIFY(fileMenu.contains(QStringLiteral("Back Up Now…")));
    QVERIFY(fileMenu.contains(QStringLiteral("Export My Agentbot Account…")));
    for (const QString &entry : std::as_const(fileMenu))
        QVERIFY2(!entry.startsWith(QLatin1String("Back Up My")), qPrintable(entry));
    // Each service's state in words.
    QCOMPARE(child<QLabel>(m_window, "xpanderBadge")->text(),
             QStringLiteral("Not signed in to xpander.ai. Sign in to export from it."));

    // Open leads to the file dialog, without any sign-in.
    QTest::mouseClick(child<QCommandLinkButton>(m_window, "openTaskButton"), Qt::LeftButton);
    auto *open = child<QFileDialog>(m_window, "openDialog");
    QVERIFY(open);
    QTRY_VERIFY(open->isVisible());
    open->reject();
}

void TestGui::homeOpensARecentExportWithOneClick()
{
    FileHistory::clear();
    m_window->homePage()->updateRecent();
    QVERIFY(child<QLabel>(m_window, "noRecentLabel")->isVisible());

    const QString file = m_dir->filePath(QStringLiteral("account.json"));
    QVERIFY(TestSupport::writeFile(file, DemoService::accountExport()));
    FileHistory::add(file, ExportKind::AgentbotAccount);
    m_window->homePage()->updateRecent();
    auto *recent = child<QListWidget>(m_window, "recentList");
    QTRY_VERIFY(recent->isVisible());
    QCOMPARE(recent->count(), 1);
    QVERIFY(recent->item(0)->text().startsWith(QLatin1String("account.json\n")));

    const int tabs = m_window->tabs()->count();
    const QRect row = recent->visualItemRect(recent->item(0));
    QTest::mouseClick(recent->viewport(), Qt::LeftButton, {}, row.center());
    ExportPreview *preview = waitForPreview(tabs);
    QVERIFY(preview);
    QCOMPARE(m_window->tabs()->count(), tabs + 1); // once, not twice
    QCOMPARE(preview->savedPath(), QFileInfo(file).absoluteFilePath());
    QCOMPARE(m_window->currentPage(), MainWindow::WorkspacePage);
    FileHistory::clear();
}

void TestGui::backUpTaskSignsInThenExports()
{
    QTest::mouseClick(child<QCommandLinkButton>(m_window, "exportAccountTaskButton"), Qt::LeftButton);
    // Not signed in: the sign-in comes first...
    QCOMPARE(m_window->currentPage(), MainWindow::AgentbotPage);
    QCOMPARE(m_window->pendingTask(), MainWindow::Task::BackUpAccount);
    SignInPanel *panel = m_window->signInPanel(Service::Agentbot);
    auto *edit = child<QLineEdit>(panel, "secretEdit");
    edit->clear();
    QTest::keyClicks(edit, QStringLiteral("demo-session"));
    QTest::mouseClick(child<QPushButton>(panel, "signInButton"), Qt::LeftButton);
    // ...and then straight back to the task: the export dialog.
    QTRY_VERIFY_WITH_TIMEOUT(m_window->findChild<ExportDialog *>(QStringLiteral("accountExportDialog")),
                             TestSupport::waitMs);
    auto *dialog = m_window->findChild<ExportDialog *>(QStringLiteral("accountExportDialog"));
    QTRY_VERIFY(dialog->isVisible());
    QCOMPARE(m_window->pendingTask(), MainWindow::Task::None);
    QCOMPARE(m_window->currentPage(), MainWindow::WorkspacePage);
    static_cast<QDialog *>(dialog)->reject();

    // Signed in now: the task goes straight to the dialog.
    m_window->showPage(MainWindow::StartPage);
    QTest::mouseClick(child<QCommandLinkButton>(m_window, "exportAccountTaskButton"), Qt::LeftButton);
    QTRY_VERIFY(m_window->findChild<ExportDialog *>(QStringLiteral("accountExportDialog")));
}

void TestGui::templateTaskSignsInThenShowsTheAgents()
{
    QTest::mouseClick(child<QCommandLinkButton>(m_window, "templateTaskButton"), Qt::LeftButton);
    QCOMPARE(m_window->currentPage(), MainWindow::XpanderPage);
    QCOMPARE(m_window->pendingTask(), MainWindow::Task::ExportTemplate);
    signIn(Service::Xpander, QStringLiteral("demo-key"));
    auto *table = child<QTableView>(m_window, "agentTable");
    QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), DemoService::agents().size(), TestSupport::waitMs);
    QTRY_COMPARE(m_window->currentPage(), MainWindow::WorkspacePage);
    QCOMPARE(m_window->tabs()->currentWidget(), m_window->agentBrowser());
    QCOMPARE(m_window->pendingTask(), MainWindow::Task::None);
    // Home says so, with the number of agents.
    QCOMPARE(child<QLabel>(m_window, "xpanderBadge")->text(),
             QStringLiteral("Signed in to xpander.ai — %1 agents").arg(DemoService::agents().size()));
}

void TestGui::demoStartsReadyAndLeaves()
{
    delete m_window;
    m_window = new MainWindow;
    m_window->startDemo(m_demo->url());
    m_window->show();
    auto *sidebar = child<QListWidget>(m_window, "sidebar");
    // Signed in to both, the agents listed, without typing anything.
    QVERIFY(sidebar->item(MainWindow::AgentbotPage)->text().contains(QLatin1String("signed in")));
    QVERIFY(sidebar->item(MainWindow::XpanderPage)->text().contains(QLatin1String("signed in")));
    QVERIFY(child<QWidget>(m_window, "demoBanner")->isVisible());
    QVERIFY(child<MessageWidget>(m_window, "demoBanner")->text().contains(QLatin1String("none of this is your data")));
    // It starts at Home, as any start does; the banner stays on every page.
    QCOMPARE(m_window->currentPage(), MainWindow::StartPage);
    m_window->showPage(MainWindow::WorkspacePage);
    QVERIFY(child<QWidget>(m_window, "demoBanner")->isVisible());
    auto *table = child<QTableView>(m_window, "agentTable");
    QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), DemoService::agents().size(), TestSupport::waitMs);
    QVERIFY(child<QPushButton>(m_window, "exportAccountButton")->isEnabled());
    // The demo credentials are for this session only.
    QCOMPARE(keychainSecret(Service::Agentbot), QString());
    QCOMPARE(keychainSecret(Service::Xpander), QString());

    QTest::mouseClick(child<QPushButton>(m_window, "leaveDemoButton"), Qt::LeftButton);
    QVERIFY(!child<QWidget>(m_window, "demoBanner")->isVisible());
    QVERIFY(sidebar->item(MainWindow::AgentbotPage)->text().contains(QLatin1String("signed out")));
    QVERIFY(sidebar->item(MainWindow::XpanderPage)->text().contains(QLatin1String("signed out")));
    QCOMPARE(table->model()->rowCount(), 0);
    QCOMPARE(m_window->currentPage(), MainWindow::StartPage);
}

void TestGui::signInFromTheBrowserButton()
{
    // A home with Firefox signed in to the demo, and a Chromium that is not.
    QTemporaryDir home(QDir::homePath() + QStringLiteral("/browser-home-XXXXXX"));
    QVERIFY(home.isValid());
    const TestCookieStores stores(home.path());
    const QString firefox = stores.firefoxProfileInUse(QStringLiteral("abcd1234.default-release"));
    QVERIFY(TestCookieStores::addFirefoxCookie(firefox, m_demo->url().host(), QStringLiteral("/"),
                                               QStringLiteral("agentbot_session"), QStringLiteral("demo-session"),
                                               TestCookieStores::inOneYear()));
    stores.chromiumProfile(QStringLiteral("chromium"), QStringLiteral("Default"), 24);
    const QByteArray realHome = qgetenv("HOME");
    const QByteArray realConfigHome = qgetenv("XDG_CONFIG_HOME");
    const auto restore = qScopeGuard([&] {
        qputenv("HOME", realHome);
        qputenv("XDG_CONFIG_HOME", realConfigHome);
        for (const Service service : {Service::Agentbot, Service::Xpander})
            Settings::forgetSignInBrowser(service);
    });
    qputenv("HOME", home.path().toUtf8());
    qputenv("XDG_CONFIG_HOME", (home.path() + QStringLiteral("/.config")).toUtf8());

    MainWindow window;
    window.useDemoService(m_demo->url());
    SignInPanel *panel = window.signInPanel(Service::Agentbot);
    auto *picker = child<BrowserPicker>(panel, "browserPicker");
    QSignalSpy listed(picker, &BrowserPicker::browsersListed);
    window.show();
    window.showPage(MainWindow::AgentbotPage);
    auto *button = child<QPushButton>(panel, "fromBrowserButton");
    // The profiles are listed off the UI thread, once; the row waits for the answer.
    QVERIFY(!button->isVisible());
    QVERIFY(!child<QWidget>(panel, "browserPrivacyLabel")->isVisible());
    QVERIFY(listed.wait(TestSupport::waitMs));
    QCOMPARE(listed.size(), 1);
    // Firefox comes first, Chromium is in the small menu.
    QCOMPARE(button->text(), QStringLiteral("Use my sign-in from Firefox"));
    QVERIFY(button->isVisible());
    // Tab goes from the address to the browser button; the explanation is above the button, Remember on
    // this computer below it.
    QCOMPARE(child<QWidget>(panel, "serverEdit")->nextInFocusChain(), button);
    const auto top = [this, panel](const char *name) {
        return child<QWidget>(panel, name)->mapTo(panel, QPoint()).y();
    };
    QVERIFY(top("serverEdit") < top("browserPrivacyLabel"));
    QVERIFY(top("browserPrivacyLabel") < top("fromBrowserButton"));
    QVERIFY(top("fromBrowserButton") < top("rememberCheck"));
    QVERIFY(top("rememberCheck") < top("otherWaysButton"));
    QTRY_VERIFY(child<QToolButton>(panel, "otherBrowsersButton")->isVisible());
    QCOMPARE(child<QLabel>(panel, "browserPrivacyLabel")->text(),
             QStringLiteral("Reads only the Agentbot cookies from Firefox when you press the button; the sign-in is "
                            "kept in your keychain, never in a file."));
    // Pasting is kept, folded away under Other ways.
    QVERIFY(!child<QWidget>(panel, "otherWaysArea")->isVisible());

    // Chromium has no sign-in for the demo: one plain sentence, with Details.
    auto *chromium = panel->findChild<QAction *>(QStringLiteral("fromBrowser-chromium"));
    QVERIFY(chromium);
    chromium->trigger();
    auto *message = child<MessageWidget>(panel, "messageLabel");
    QTRY_COMPARE_WITH_TIMEOUT(message->text(),
                              QStringLiteral("Chromium has no Agentbot sign-in for 127.0.0.1. Sign in there, then "
                                             "press the button again."),
                              TestSupport::waitMs);
    QVERIFY(child<QPushButton>(panel, "detailsButton")->isVisible());

    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(!button->isEnabled()); // busy while the store is read and the session checked
    QTRY_COMPARE_WITH_TIMEOUT(message->text(),
                              QStringLiteral("Signed in — session from Firefox (profile default-release)"),
                              TestSupport::waitMs);
    QVERIFY(button->isEnabled());
    QVERIFY(!child<QPushButton>(panel, "detailsButton")->isVisible());
    QCOMPARE(keychainSecret(Service::Agentbot), QStringLiteral("Cookie: agentbot_session=demo-session"));
    auto *accounts = window.findChild<Accounts *>();
    QVERIFY(accounts->isSignedIn(Service::Agentbot));

    // The session expires: after the 401, one click takes it from Firefox again, the server kept.
    accounts->signIn(Service::Agentbot, ServerUrl(m_demo->url()), QStringLiteral("tst-cookie-value-5d2a8b"));
    window.exportAccount();
    auto *dialog = window.findChild<ExportDialog *>(QStringLiteral("accountExportDialog"));
    QVERIFY(dialog);
    QTest::mouseClick(child<QPushButton>(dialog, "exportButton"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(window.currentPage(), MainWindow::AgentbotPage, TestSupport::waitMs);
    QCOMPARE(button->text(), QStringLiteral("Take the sign-in from Firefox again"));
    QCOMPARE(child<QLineEdit>(panel, "serverEdit")->text(), m_demo->url().toString());
    QVERIFY(!accounts->isSignedIn(Service::Agentbot));
    QTest::mouseClick(button, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(accounts->isSignedIn(Service::Agentbot), TestSupport::waitMs);
    QCOMPARE(button->text(), QStringLiteral("Use my sign-in from Firefox"));
    QVERIFY(!child<MessageWidget>(panel, "messageLabel")->text().contains(QLatin1String("demo-session")));
    // The browser's own files were never opened by SQLite.
    QVERIFY(!QFile::exists(firefox + QStringLiteral("-shm")));
    WaitingKeychain(TestSupport::waitMs).remove({Service::Agentbot, ServerUrl(m_demo->url())});
}

// The Home symbol is drawn in the highlighted-text colour on its selected row (its own blue is close to
// the highlight's), and Home shows no status message left over from another page.
void TestGui::homeIconAndStatusOnTheSelectedRow()
{
    auto *sidebar = child<QListWidget>(m_window, "sidebar");
    const QIcon home = sidebar->item(MainWindow::StartPage)->icon();
    const QImage normal = home.pixmap(QSize(24, 24), 1.0, QIcon::Normal).toImage();
    const QImage selected = home.pixmap(QSize(24, 24), 1.0, QIcon::Selected).toImage();
    const QColor text = QApplication::palette().color(QPalette::Active, QPalette::HighlightedText);
    const QColor highlight = QApplication::palette().color(QPalette::Active, QPalette::Highlight);
    int drawn = 0;
    for (int y = 0; y < selected.height(); ++y) {
        for (int x = 0; x < selected.width(); ++x) {
            const QColor pixel = selected.pixelColor(x, y);
            QCOMPARE(pixel.alpha(), normal.pixelColor(x, y).alpha()); // the same shape
            if (pixel.alpha() < 255)
                continue;
            ++drawn;
            QCOMPARE(pixel.rgb(), text.rgb());
        }
    }
    QVERIFY(drawn > 20);
    // Far enough from the highlight to be seen on it.
    QVERIFY(qAbs(text.lightness() - highlight.lightness()) > 60);

    // A message for the agent list does not follow the user back to Home.
    m_window->showPage(MainWindow::WorkspacePage);
    m_window->statusBar()->showMessage(QStringLiteral("Choose an agent, then press Export as template."), 8000);
    m_window->showPage(MainWindow::StartPage);
    QCOMPARE(m_window->statusBar()->currentMessage(), QString());
}

// Each open export has a row under the services: its kind's icon and name; choosing the row shows it,
// closing it (its Close button, the tab) removes the row.
void TestGui::openExportsAreListedInTheSidebar()
{
    auto *sidebar = child<QListWidget>(m_window, "sidebar");
    const int pages = sidebar->count(); // the pages and the hidden heading
    QVERIFY(sidebar->item(pages - 1)->isHidden());
    const QString first = m_dir->filePath(QStringLiteral("first.json"));
    const QString second = m_dir->filePath(QStringLiteral("second.json"));
    QVERIFY(TestSupport::writeFile(first, DemoService::accountExport()));
    QVERIFY(TestSupport::writeFile(second, DemoService::accountExport()));
    m_window->openFile(first);
    ExportPreview *firstPreview = waitForPreview(1);
    QVERIFY(firstPreview);
    m_window->openFile(second);
    ExportPreview *secondPreview = waitForPreview(2);
    QVERIFY(secondPreview);

    QCOMPARE(sidebar->count(), pages + 2);
    QVERIFY(!sidebar->item(pages - 1)->isHidden()); // "Open exports"
    QCOMPARE(sidebar->item(pages)->text(), QStringLiteral("first.json"));
    QCOMPARE(sidebar->item(pages + 1)->text(), QStringLiteral("second.json"));
    QCOMPARE(sidebar->item(pages)->toolTip(), QFileInfo(first).absoluteFilePath());
    QCOMPARE(sidebar->item(pages)->icon().pixmap(QSize(24, 24), 1.0).toImage(),
             Icons::exportKind(ExportKind::AgentbotAccount).pixmap(QSize(24, 24), 1.0).toImage());
    QCOMPARE(sidebar->currentRow(), pages + 1); // the one just opened

    // Choosing a row shows its export, from any page; choosing Agents shows the agents.
    m_window->showPage(MainWindow::StartPage);
    QCOMPARE(sidebar->currentRow(), int(MainWindow::StartPage));
    sidebar->setCurrentRow(pages);
    QCOMPARE(m_window->currentPage(), MainWindow::WorkspacePage);
    QCOMPARE(m_window->currentPreview(), firstPreview);
    sidebar->setCurrentRow(MainWindow::WorkspacePage);
    QCOMPARE(m_window->tabs()->currentWidget(), m_window->agentBrowser());
    // A tab chosen elsewhere moves the sidebar's choice along.
    m_window->tabs()->setCurrentWidget(secondPreview);
    QCOMPARE(sidebar->currentRow(), pages + 1);

    // Closing removes the row.
    m_window->tabs()->setCurrentWidget(firstPreview);
    QTest::mouseClick(child<QPushButton>(firstPreview, "discardButton"), Qt::LeftButton);
    QCOMPARE(sidebar->count(), pages + 1);
    QCOMPARE(sidebar->item(pages)->text(), QStringLiteral("second.json"));
    m_window->tabs()->tabCloseRequested(m_window->tabs()->indexOf(secondPreview));
    QCOMPARE(sidebar->count(), pages);
    QVERIFY(sidebar->item(pages - 1)->isHidden());
}

// Every control a person can reach with Tab has a name a screen reader says (its own, its text or its
// label's), on every page; and Tab goes through Home and the preview in reading order.
void TestGui::everyControlHasANameAndTabGoesInReadingOrder()
{
    // The controls Tab reaches on `page` without an accessible name; a page where the walk finds no
    // control at all says so, rather than passing for want of anything to check.
    const auto unnamed = [](QWidget *page) {
        QStringList found;
        int controls = 0;
        for (QWidget *widget : page->findChildren<QWidget *>()) {
            if (!widget->isVisibleTo(page) || !(widget->focusPolicy() & Qt::TabFocus) || widget->focusProxy())
                continue;
            ++controls;
            QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(widget);
            if (!accessible || accessible->text(QAccessible::Name).trimmed().isEmpty())
                found << QStringLiteral("%1 (%2)").arg(widget->objectName(),
                                                       QString::fromLatin1(widget->metaObject()->className()));
        }
        return controls == 0 ? QStringLiteral("(no control found)") : found.join(QStringLiteral(", "));
    };
    QCOMPARE(unnamed(m_window->homePage()), QString());
    for (const Service service : {Service::Agentbot, Service::Xpander}) {
        m_window->showPage(service == Service::Agentbot ? MainWindow::AgentbotPage : MainWindow::XpanderPage);
        QCOMPARE(unnamed(m_window->signInPanel(service)), QString());
    }
    m_window->showPage(MainWindow::WorkspacePage);
    QCOMPARE(unnamed(m_window->agentBrowser()), QString());

    // Home: Back up now and its Change…, the three tasks, then the accounts, then the recent exports.
    QWidget *home = m_window->homePage();
    QCOMPARE(child<QWidget>(home, "backUpNowButton")->nextInFocusChain(), child<QWidget>(home, "changeBackupButton"));
    QList<QWidget *> order;
    QWidget *at = child<QWidget>(home, "exportAccountTaskButton");
    for (int i = 0; i < 5; ++i, at = at->nextInFocusChain())
        order << at;
    QCOMPARE(order.mid(0, 3),
             (QList<QWidget *>{child<QWidget>(home, "exportAccountTaskButton"),
                               child<QWidget>(home, "templateTaskButton"), child<QWidget>(home, "openTaskButton")}));
    QCOMPARE(order.at(3), child<QWidget>(home, "agentbotSignInLink"));
    QCOMPARE(order.at(4), child<QWidget>(home, "xpanderSignInLink"));
    QVERIFY(child<QCommandLinkButton>(home, "openTaskButton")->toolTip().contains(QLatin1String("Ctrl+O")));

    // Agentbot's sign-in (no browser here, so Other ways is open): the server, then the ways to sign in.
    SignInPanel *agentbot = m_window->signInPanel(Service::Agentbot);
    m_window->showPage(MainWindow::AgentbotPage);
    QTRY_VERIFY(child<QWidget>(agentbot, "otherWaysArea")->isVisible());
    QStringList tabOrder;
    QWidget *server = child<QWidget>(agentbot, "serverEdit");
    for (QWidget *next = server; tabOrder.size() < 5; next = next->nextInFocusChain()) {
        if (agentbot->isAncestorOf(next) && next->isVisible() && next->isEnabled() &&
            (next->focusPolicy() & Qt::TabFocus))
            tabOrder << next->objectName();
        if (next->nextInFocusChain() == server)
            break;
    }
    QCOMPARE(tabOrder, (QStringList{QStringLiteral("serverEdit"), QStringLiteral("rememberCheck"),
                                    QStringLiteral("otherWaysButton"), QStringLiteral("secretEdit"),
                                    QStringLiteral("signInButton")}));

    // The previews of an account and of a template with knowledge bases.
    const QJsonObject agent = TestSupport::agentWithKnowledgeBases();
    const QString templateFile = m_dir->filePath(QStringLiteral("template.json"));
    QVERIFY(TestSupport::writeFile(
        templateFile, DemoService::templateExport(agent.value(QStringLiteral("id")).toString(), QStringLiteral("T"),
                                                  QStringLiteral("D"), QStringLiteral("🧭"), true)));
    const QString accountFile = m_dir->filePath(QStringLiteral("account.json"));
    QVERIFY(TestSupport::writeFile(accountFile, DemoService::accountExport()));
    for (const QString &file : {accountFile, templateFile}) {
        const int tabs = m_window->tabs()->count();
        m_window->openFile(file);
        ExportPreview *preview = waitForPreview(tabs);
        QVERIFY(preview);
        QTRY_VERIFY_WITH_TIMEOUT(preview->tree()->model()->rowCount() > 0, TestSupport::waitMs);
        QCOMPARE(unnamed(preview), QString());
        // The buttons, then the overview, then the tree.
        auto *save = child<QWidget>(preview, "saveButton");
        QVERIFY(save->toolTip().contains(QLatin1String("Ctrl+S")));
        QVERIFY(child<QWidget>(preview, "discardButton")->toolTip().contains(QLatin1String("Ctrl+W")));
        // In reading order: Discard at the start of the row, Save, the default, at its end.
        QCOMPARE(child<QWidget>(preview, "discardButton")->nextInFocusChain(),
                 child<QWidget>(preview, "showInFolderButton"));
        QCOMPARE(child<QWidget>(preview, "showInFolderButton")->nextInFocusChain(),
                 child<QWidget>(preview, "compareWithButton"));
        // A template's Copy Template ID and Create Agent (hidden on an account) come before Save.
        QCOMPARE(child<QWidget>(preview, "compareWithButton")->nextInFocusChain(),
                 child<QWidget>(preview, "copyTemplateIdButton"));
        QCOMPARE(child<QWidget>(preview, "copyTemplateIdButton")->nextInFocusChain(),
                 child<QWidget>(preview, "createAgentButton"));
        QCOMPARE(child<QWidget>(preview, "createAgentButton")->nextInFocusChain(), save);
        auto *overview = child<QWidget>(preview, "exportOverview");
        bool overviewSeen = false;
        for (QWidget *next = save->nextInFocusChain(); next != preview->tree() && next != save;
             next = next->nextInFocusChain())
            overviewSeen = overviewSeen || overview->isAncestorOf(next);
        QVERIFY(overviewSeen);
    }
}

// A file is on screen before its shape is checked (the check walks every record); the departures then
// join the overview.
void TestGui::openedFileListsDeparturesAfterShowingIt()
{
    m_window->openFile(QString::fromUtf8(TAKEOUT_TEST_DATA "/odd-template.json"));
    ExportPreview *preview = waitForPreview(1);
    QVERIFY(preview);
    QTRY_VERIFY_WITH_TIMEOUT(!preview->result().warningsPending, TestSupport::waitMs);
    QCOMPARE(preview->result().warnings.size(), 4);
    auto *label = child<QLabel>(preview, "warningsLabel");
    QVERIFY(label);
    QTRY_VERIFY(label->isVisibleTo(preview));
    QVERIFY(label->text().contains(QLatin1String("4 place")));
}

// The event that shows an export holds its heading, buttons and the tree's first rows; the overview
// comes in an event of its own, so that no one event holds the UI thread long.
void TestGui::previewShowsItsShellFirstThenFillsIn()
{
    const QString file = m_dir->filePath(QStringLiteral("shell.json"));
    QVERIFY(TestSupport::writeFile(file, DemoService::accountExport()));
    const ExportFile opened = ExportFile::open(file);
    QVERIFY(opened.isOpen());
    ExportPreview preview(opened.result, ExportPreview::Origin::File, file);
    preview.show();
    QVERIFY(child<QPushButton>(&preview, "saveButton")->isVisible());
    QVERIFY(preview.tree()->model()->rowCount() > 0);
    QVERIFY(!child<QWidget>(&preview, "exportOverview"));

    QTRY_VERIFY(child<QWidget>(&preview, "exportOverview"));
    auto *overview = child<QWidget>(&preview, "exportOverview");
    auto *details = child<QWidget>(&preview, "detailsBox");
    preview.showFile(true);
    QTRY_VERIFY(overview->isVisible());
    // Above the tree once the splitter has been laid out (a posted layout request, not at once).
    QTRY_VERIFY(overview->mapTo(&preview, QPoint()).y() < details->mapTo(&preview, QPoint()).y());
    QVERIFY(child<QLabel>(&preview, "profileCard")->text().contains(QLatin1String("collective")));
    // Tab still goes as the eye does: the buttons, the overview, then the tree.
    bool overviewSeen = false;
    QWidget *save = child<QWidget>(&preview, "saveButton");
    for (QWidget *next = save->nextInFocusChain(); next != preview.tree() && next != save;
         next = next->nextInFocusChain())
        overviewSeen = overviewSeen || overview->isAncestorOf(next);
    QVERIFY(overviewSeen);
}

void TestGui::comparisonKeepsTheWindowOnTheScreen()
{
    // A window of 1100 pixels on a screen of 1280: opening a comparison of two templates with long
    // names and texts, and selecting its changes, never makes it wider, and closing the tab leaves
    // it as it was.
    constexpr int screenWidth = 1280;
    m_window->resize(1100, 720);
    QTRY_COMPARE(m_window->width(), 1100);
    const QString longName =
        QStringLiteral("Café Übersetzer für die Speisekarten aller Filialen im ganzen Land und darüber hinaus");
    const QString longText =
        QStringLiteral("Translates the menus of every branch from French into German for the kitchen "
                       "staff, every morning before the first guests arrive, and keeps a glossary.");
    const auto templateText = [&](const QString &model, const QString &description) {
        QJsonObject function{
            {QStringLiteral("id"), QStringLiteral("f1")},
            {QStringLiteral("name"), QString(longName + QStringLiteral(" helper"))},
            {QStringLiteral("source_code"), QString(QStringLiteral("def run(x):\n    return x\n") + model)}};
        QJsonObject definition{{QStringLiteral("model_name"), model},
                               {QStringLiteral("description"), description},
                               {QStringLiteral("custom_functions"), QJsonArray{function}}};
        QJsonObject root{{QStringLiteral("id"), QStringLiteral("t1")},
                         {QStringLiteral("name"), longName},
                         {QStringLiteral("agent_definition"), definition}};
        return QJsonDocument(root).toJson();
    };
    const QString oldFile = m_dir->filePath(longName + QStringLiteral(" — the export of last week, kept.json"));
    const QString newFile = m_dir->filePath(longName + QStringLiteral(" — the export of this week, new.json"));
    QVERIFY(TestSupport::writeFile(oldFile, templateText(QStringLiteral("gpt-4"), longText)));
    QVERIFY(TestSupport::writeFile(
        newFile, templateText(QStringLiteral("gpt-4.1"),
                              QString(longText).replace(QLatin1String("kitchen"), QLatin1String("whole")))));
    const QDateTime lastWeek = QDateTime::currentDateTime().addDays(-7);
    QFile earlier(oldFile);
    QVERIFY(earlier.open(QIODevice::ReadWrite));
    QVERIFY(earlier.setFileTime(lastWeek, QFileDevice::FileModificationTime));
    earlier.close();

    m_window->compareFiles(oldFile, newFile);
    QVERIFY(m_window->width() <= screenWidth);
    CompareView *view = waitForComparison();
    QVERIFY(view);
    QCoreApplication::processEvents();
    QVERIFY(m_window->width() <= screenWidth);
    QCOMPARE(m_window->width(), 1100);
    // The template's name and the days, not the files'.
    QCOMPARE(view->title(),
             QStringLiteral("%1: %2 → %3")
                 .arg(longName, Wording::shortDate(lastWeek.date()), Wording::shortDate(QDate::currentDate())));
    for (int row = 0; row < view->changeTable()->model()->rowCount(); ++row) {
        view->changeTable()->selectRow(row);
        QTRY_VERIFY(!view->lineDiff().isEmpty() || !view->wordDiff().isEmpty() ||
                    view->changes()->sentence(row).contains(QStringLiteral("→")));
        QCoreApplication::processEvents();
        QVERIFY2(m_window->width() <= screenWidth, qPrintable(QString::number(m_window->width())));
        QCOMPARE(m_window->width(), 1100);
    }
    // The changed description with the changed word marked.
    QStringList sentences;
    for (int row = 0; row < view->changes()->rowCount(); ++row)
        sentences << view->changes()->sentence(row);
    const int description = int(sentences.indexOf(QStringLiteral("Description changed")));
    QVERIFY2(description >= 0, qPrintable(sentences.join(u'|')));
    view->changeTable()->selectRow(description);
    QTRY_VERIFY(view->wordDiff().contains(QLatin1String("[-kitchen-]{+whole+}")));
    // The trees too, shown: side by side or stacked, still within the window.
    view->showFiles(true);
    QCoreApplication::processEvents();
    QCOMPARE(m_window->width(), 1100);

    m_window->tabs()->tabCloseRequested(m_window->tabs()->currentIndex());
    QTRY_VERIFY(!m_window->tabs()->findChild<CompareView *>());
    QCOMPARE(m_window->width(), 1100);
}

void TestGui::previewFoldsTheFileAndSaveIsTheDefault()
{
    Settings::setPreviewShowsFile(false);
    const QString file = m_dir->filePath(QStringLiteral("folded.json"));
    QVERIFY(TestSupport::writeFile(file, DemoService::accountExport()));
    const ExportFile opened = ExportFile::open(file);
    QVERIFY(opened.isOpen());
    {
        ExportPreview preview(opened.result, ExportPreview::Origin::Download);
        preview.show();
        QVERIFY(QTest::qWaitForWindowExposed(&preview));
        // The document first; the file as it is folded into one line.
        QVERIFY(!preview.showsFile());
        auto *show = child<QToolButton>(&preview, "showFileButton");
        QVERIFY(show->isVisible());
        QCOMPARE(show->text(), QStringLiteral("Show the file as it is"));
        QVERIFY(!show->isChecked());
        // Save is the default button, Discard at the other end of the row.
        auto *save = child<QPushButton>(&preview, "saveButton");
        auto *discard = child<QPushButton>(&preview, "discardButton");
        QVERIFY(save->isDefault());
        QVERIFY(!discard->isDefault());
        QVERIFY(discard->mapTo(&preview, QPoint()).x() + discard->width() < preview.width() / 2);
        QVERIFY(save->mapTo(&preview, QPoint()).x() > preview.width() / 2);
        // Sizes as people write them.
        QVERIFY2(!child<QLabel>(&preview, "summaryLabel")->text().contains(QLatin1String("KiB")),
                 qPrintable(child<QLabel>(&preview, "summaryLabel")->text()));
        QTest::mouseClick(show, Qt::LeftButton);
        QVERIFY(preview.showsFile());
        QVERIFY(preview.tree()->isVisible());
    }
    // The choice is remembered for the next preview.
    QVERIFY(Settings::previewShowsFile());
    {
        ExportPreview preview(opened.result, ExportPreview::Origin::Download);
        QVERIFY(preview.showsFile());
        // Once saved, an export keeps its name in words; the file is its tooltip.
        const QString title = preview.title();
        QVERIFY(preview.saveTo(m_dir->filePath(QStringLiteral("saved-account.json"))));
        QCOMPARE(preview.title(), title);
    }
    Settings::setPreviewShowsFile(false);
}

void TestGui::sidebarHeadingIsReadableAndTabsCloseInPaletteColours()
{
    // WCAG's contrast of two colours, from their relative luminance.
    const auto luminance = [](const QColor &c) {
        const auto channel = [](qreal v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
    };
    const auto contrast = [&luminance](const QColor &a, const QColor &b) {
        const qreal la = luminance(a);
        const qreal lb = luminance(b);
        return (qMax(la, lb) + 0.05) / (qMin(la, lb) + 0.05);
    };
    const QString file = m_dir->filePath(QStringLiteral("open.json"));
    QVERIFY(TestSupport::writeFile(file, DemoService::accountExport()));
    const int tabs = m_window->tabs()->count();
    m_window->openFile(file);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->tabs()->count(), tabs + 1, TestSupport::waitMs);
    auto *sidebar = child<QListWidget>(m_window, "sidebar");
    QListWidgetItem *heading = sidebar->item(MainWindow::WorkspacePage + 1);
    QCOMPARE(heading->text(), QStringLiteral("Open exports"));
    QVERIFY(!heading->isHidden());
    QVERIFY(!(heading->flags() & Qt::ItemIsSelectable));
    QCOMPARE(sidebar->horizontalScrollBarPolicy(), Qt::ScrollBarAlwaysOff);
    QCOMPARE(sidebar->textElideMode(), Qt::ElideRight);

    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2e));
    dark.setColor(QPalette::WindowText, QColor(0xe8, 0xe8, 0xea));
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x20));
    dark.setColor(QPalette::Text, QColor(0xe8, 0xe8, 0xea));
    dark.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x80, 0x84));
    const QPalette light = sidebar->palette();
    for (const QPalette &palette : {light, dark}) {
        sidebar->setPalette(palette);
        // The colours the view paints the row with: its own foreground, else the palette's text of
        // the group its flags give it, on the view's base.
        QStyleOptionViewItem option;
        option.initFrom(sidebar->viewport());
        option.palette = sidebar->palette();
        const bool enabled = heading->flags() & Qt::ItemIsEnabled;
        const QVariant foreground = heading->data(Qt::ForegroundRole);
        const QColor text = foreground.isValid()
                                ? foreground.value<QBrush>().color()
                                : option.palette.color(enabled ? QPalette::Active : QPalette::Disabled, QPalette::Text);
        const QVariant background = heading->data(Qt::BackgroundRole);
        const QColor base = background.isValid() ? background.value<QBrush>().color()
                                                 : option.palette.color(QPalette::Active, QPalette::Base);
        QVERIFY2(contrast(text, base) >= 4.5,
                 qPrintable(QStringLiteral("%1 on %2: %3").arg(text.name(), base.name()).arg(contrast(text, base))));
    }
    sidebar->setPalette(light);

    // The close box of an export's tab is drawn in the palette's colours (ours, not the style's red).
    auto *close = qobject_cast<QToolButton *>(
        m_window->tabs()->tabBar()->tabButton(m_window->tabs()->currentIndex(), QTabBar::RightSide));
    QVERIFY(close);
    QCOMPARE(close->objectName(), QStringLiteral("tabCloseButton"));
    QVERIFY(!close->icon().isNull());
    QTest::mouseClick(close, Qt::LeftButton);
    QTRY_COMPARE(m_window->tabs()->count(), tabs);
}

QTEST_MAIN(TestGui)
#include "tst_gui.moc"
