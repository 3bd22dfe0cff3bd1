#include "CannedHttpServer.h"
#include "FaultServer.h"
#include "TestSupport.h"
#include "accounts/Accounts.h"
#include "agents/AgentBrowser.h"
#include "backup/BackupJob.h"
#include "backup/BackupManifest.h"
#include "compare/CompareView.h"
#include "exports/ExportJob.h"
#include "i18n/Translations.h"
#include "net/HttpJob.h"
#include "restore/BackupItemModel.h"
#include "restore/BackupView.h"
#include "restore/CreateAgentDialog.h"
#include "restore/TemplateFacts.h"
#include "shell/MainWindow.h"
#include "signin/SignInPanel.h"
#include "text/Wording.h"
#include "widgets/MessageWidget.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDir>
#include <QFile>
#include <QInputDialog>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QScreen>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Takeout;
using Fault = FaultServer::Fault;

// Bringing an agent back, through the real widgets (offscreen) against the demo service over
// loopback: the create dialog, its errors, and a backup's Restore All.
class TestRestoreUi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void dialogStartsFromTheTemplate();
    void createsOnceAndSaysItMatches();
    void unknownTemplateIsSaidInOneSentence();
    void aNameIsRequiredAndNothingIsSent();
    void signedOutGoesToSignInAndBack();
    void noAccessStaysInTheDialog();
    void cutConnectionSaysTheOutcomeIsOpen();
    void copyTemplateIdFromAPreview();
    void differencesOpenAsAComparison();
    void backupViewListsTheItemsAndRestoresAll();
    void backupItemDatesHaveTheirYear();
    void restoreAllAsksAboutSameNames();
    void theGuideShowsItsScreenshots();
    void cancelBeforeSendingCreatesNothing();
    void aTemplateIdFromTheAgentList();
    void emptyBackupHasAPlaceholderAndRestoreOpensTheDialog();

private:
    template<typename T>
    T *child(QObject *parent, const char *name)
    {
        return parent->findChild<T *>(QString::fromLatin1(name));
    }
    // The template of the demo's agent `index` (with knowledge bases: the first agent that has them), as
    // its export endpoint makes it: exported over loopback, so that the demo knows it for an import.
    QByteArray demoTemplate(int index, bool withKnowledgeBases);
    int importRequests() const;
    // A backup of the demo's two services, made by the real backup job; its folder.
    QString makeBackup();
    Accounts *windowAccounts() const { return m_window->findChild<Accounts *>(); }

    FaultServer *m_demo = nullptr;
    MainWindow *m_window = nullptr;
    QTemporaryDir *m_dir = nullptr;
};

void TestRestoreUi::initTestCase()
{
    QApplication::setOrganizationName(QStringLiteral("AgentTakeoutTests"));
    QApplication::setApplicationName(QStringLiteral("tst_restoreui"));
    installTranslations(QLocale::c());
}

void TestRestoreUi::init()
{
    m_demo = new FaultServer;
    QVERIFY(m_demo->listen());
    m_dir = new QTemporaryDir;
    m_window = new MainWindow;
    m_window->startDemo(m_demo->url());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    // The demo lists its agents first: every request counted below is the test's own.
    auto *table = m_window->findChild<QTableView *>(QStringLiteral("agentTable"));
    QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), DemoService::agents().size(), TestSupport::waitMs);
}

void TestRestoreUi::cleanup()
{
    delete m_window;
    delete m_demo;
    delete m_dir;
}

QByteArray TestRestoreUi::demoTemplate(int index, bool withKnowledgeBases)
{
    const QJsonObject agent =
        withKnowledgeBases ? TestSupport::agentWithKnowledgeBases() : DemoService::agents().at(index).toObject();
    Accounts accounts(HttpJob::createNetworkAccessManager(this));
    accounts.signIn(Service::Xpander, ServerUrl(m_demo->url()), QStringLiteral("demo-key"));
    TemplateRequest request;
    request.name = agent.value(QStringLiteral("name")).toString();
    request.description = agent.value(QStringLiteral("description")).toString();
    request.icon = agent.value(QStringLiteral("icon")).toString();
    request.withKnowledgeBases = withKnowledgeBases;
    ExportJob *job =
        accounts.xpanderClient().exportTemplate(agent.value(QStringLiteral("id")).toString(), request, {}, this);
    job->setAutoDelete(false);
    QSignalSpy finished(job, &ExportJob::finished);
    job->start();
    QByteArray bytes;
    if (finished.wait(TestSupport::waitMs) && !job->error())
        bytes = job->takeResult().bytes;
    delete job;
    return bytes;
}

int TestRestoreUi::importRequests() const
{
    int count = 0;
    for (const DemoService::Request &request : m_demo->requests())
        count += request.path.contains(QLatin1String("template_import")) ? 1 : 0;
    return count;
}

QString TestRestoreUi::makeBackup()
{
    Accounts accounts(HttpJob::createNetworkAccessManager(this));
    accounts.signIn(Service::Agentbot, ServerUrl(m_demo->url()), QStringLiteral("demo-session"));
    accounts.signIn(Service::Xpander, ServerUrl(m_demo->url()), QStringLiteral("demo-key"));
    auto *job = new BackupJob(m_dir->filePath(QStringLiteral("backups")), this);
    job->setAutoDelete(false);
    job->addAgentbot(accounts.agentbotClient());
    job->addXpander(accounts.xpanderClient(), false);
    QSignalSpy finished(job, &BackupJob::finished);
    job->start();
    if (!finished.wait(TestSupport::waitMs) || !job->allSaved()) {
        delete job;
        return {};
    }
    QString folder = job->folder();
    delete job;
    return folder;
}

void TestRestoreUi::dialogStartsFromTheTemplate()
{
    Accounts accounts(HttpJob::createNetworkAccessManager(this));
    accounts.signIn(Service::Xpander, ServerUrl(m_demo->url()), QStringLiteral("demo-key"));

    // A template with its knowledge bases: on, and the check on by default.
    const QByteArray withKb = demoTemplate(0, true);
    const std::optional<TemplateFacts> facts = TemplateFacts::fromJson(withKb);
    QVERIFY(facts);
    QVERIFY(facts->holdsKnowledgeBases);
    {
        CreateAgentDialog dialog(*facts, withKb, &accounts);
        QCOMPARE(child<QLineEdit>(&dialog, "nameEdit")->text(), facts->name);
        QCOMPARE(child<QLineEdit>(&dialog, "iconEdit")->text(), facts->icon);
        auto *kb = child<QCheckBox>(&dialog, "knowledgeBasesCheck");
        QVERIFY(kb->isChecked());
        QVERIFY(kb->isEnabled());
        QVERIFY(child<QCheckBox>(&dialog, "verifyCheck")->isChecked());
        QVERIFY(
            child<QLabel>(&dialog, "verifyNote")->text().contains(QLatin1String("keeps that export as a template")));
        QVERIFY(child<QLabel>(&dialog, "whatHappens")
                    ->text()
                    .contains(QLatin1String("Tools that need credentials will ask for them again.")));
        QVERIFY(child<QLabel>(&dialog, "accountLabel")->text().contains(m_demo->url().host()));
        QVERIFY(child<QPushButton>(&dialog, "createButton")->isDefault());
        QVERIFY(dialog.request().withKnowledgeBases);
    }

    // Exported without them: off, greyed, and said why.
    const QByteArray withoutKb = demoTemplate(0, false);
    const std::optional<TemplateFacts> bare = TemplateFacts::fromJson(withoutKb);
    QVERIFY(bare);
    QVERIFY(!bare->holdsKnowledgeBases);
    {
        CreateAgentDialog dialog(*bare, withoutKb, &accounts);
        auto *kb = child<QCheckBox>(&dialog, "knowledgeBasesCheck");
        QVERIFY(!kb->isChecked());
        QVERIFY(!kb->isEnabled());
        QVERIFY(child<QLabel>(&dialog, "knowledgeBasesNote")->text().contains(QLatin1String("without")));
        QVERIFY(!dialog.request().withKnowledgeBases);
    }

    // Known only by its id: nothing to compare with, so no check.
    TemplateFacts idOnly;
    idOnly.templateId = facts->templateId;
    CreateAgentDialog dialog(idOnly, {}, &accounts);
    QVERIFY(!child<QCheckBox>(&dialog, "verifyCheck")->isEnabled());
    QVERIFY(!dialog.verifies());
    QVERIFY(child<QCheckBox>(&dialog, "knowledgeBasesCheck")->isEnabled());
}

void TestRestoreUi::createsOnceAndSaysItMatches()
{
    const QByteArray json = demoTemplate(1, false);
    CreateAgentDialog *dialog = m_window->createAgentFromTemplate(json);
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    auto *name = child<QLineEdit>(dialog, "nameEdit");
    // The template's own name: what the check leaves out is the root's, and this one stays the same.
    const QString templateName = TemplateFacts::fromJson(json)->name;
    QCOMPARE(name->text(), templateName);
    auto *create = child<QPushButton>(dialog, "createButton");
    m_demo->clearRequests();
    QTest::mouseClick(create, Qt::LeftButton);
    // Pressed once, it cannot be pressed again: a second click and Enter send nothing more.
    QVERIFY(!create->isEnabled());
    QTest::mouseClick(create, Qt::LeftButton);
    QTest::keyClick(dialog, Qt::Key_Return);

    auto *createdName = child<QLabel>(dialog, "createdName");
    QTRY_VERIFY_WITH_TIMEOUT(createdName->isVisible(), TestSupport::waitMs);
    QVERIFY(createdName->text().contains(templateName));
    QCOMPARE(dialog->resultText(), QStringLiteral("The new agent matches the template."));
    QVERIFY(!child<QPushButton>(dialog, "openComparisonButton")->isVisible());
    QCOMPARE(importRequests(), 1);
    QVERIFY(dialog->createdAgent());
    const QString createdId = dialog->createdAgent()->id;

    // Show in agent list: the list, read again, holds the new agent.
    QTest::mouseClick(child<QPushButton>(dialog, "showInListButton"), Qt::LeftButton);
    QCOMPARE(m_window->currentPage(), MainWindow::WorkspacePage);
    auto *table = m_window->findChild<QTableView *>(QStringLiteral("agentTable"));
    QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), DemoService::agents().size() + 1, TestSupport::waitMs);
    // ... and it is the one selected.
    const AgentSummary *selected = m_window->agentBrowser()->selectedAgent();
    QVERIFY(selected);
    QCOMPARE(selected->id, createdId);
}

void TestRestoreUi::unknownTemplateIsSaidInOneSentence()
{
    CreateAgentDialog *dialog =
        m_window->createAgentFromTemplateId(QStringLiteral("00000000-0000-4000-8000-000000000000"));
    QVERIFY(dialog);
    QTest::keyClicks(child<QLineEdit>(dialog, "nameEdit"), QStringLiteral("From an old id"));
    m_demo->clearRequests();
    auto *create = child<QPushButton>(dialog, "createButton");
    QTest::mouseClick(create, Qt::LeftButton);
    auto *error = child<MessageWidget>(dialog, "errorLabel");
    QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), TestSupport::waitMs);
    QVERIFY(!error->text().isEmpty());
    QVERIFY(!error->text().contains(QLatin1Char('\n')));
    QCOMPARE(importRequests(), 1);
    // Nothing was created: the person may correct and try again.
    QVERIFY(create->isEnabled());
    QVERIFY(!child<QPushButton>(dialog, "showAgentListButton")->isVisible());
}

void TestRestoreUi::aNameIsRequiredAndNothingIsSent()
{
    CreateAgentDialog *dialog = m_window->createAgentFromTemplate(demoTemplate(0, false));
    QVERIFY(dialog);
    child<QLineEdit>(dialog, "nameEdit")->clear();
    m_demo->clearRequests();
    QTest::mouseClick(child<QPushButton>(dialog, "createButton"), Qt::LeftButton);
    auto *error = child<MessageWidget>(dialog, "errorLabel");
    QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), TestSupport::waitMs);
    QVERIFY(error->text().contains(QLatin1String("name"), Qt::CaseInsensitive));
    QCOMPARE(importRequests(), 0);
    QVERIFY(child<QPushButton>(dialog, "createButton")->isEnabled());
}

void TestRestoreUi::signedOutGoesToSignInAndBack()
{
    // The key is turned down at the import: the sign-in comes first, then the same dialog again.
    windowAccounts()->signIn(Service::Xpander, ServerUrl(m_demo->url()), QStringLiteral("tst-wrong-key-71be40"));
    CreateAgentDialog *dialog = m_window->createAgentFromTemplate(demoTemplate(0, false));
    QVERIFY(dialog);
    const QPointer<CreateAgentDialog> alive(dialog);
    QTest::mouseClick(child<QPushButton>(dialog, "createButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isVisible(), TestSupport::waitMs);
    QCOMPARE(m_window->currentPage(), MainWindow::XpanderPage);
    QVERIFY(dialog->createdAgent() == std::nullopt);

    SignInPanel *panel = m_window->signInPanel(Service::Xpander);
    auto *secret = child<QLineEdit>(panel, "secretEdit");
    secret->clear();
    QTest::keyClicks(secret, QStringLiteral("demo-key"));
    QTest::mouseClick(child<QPushButton>(panel, "signInButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(alive && alive->isVisible(), TestSupport::waitMs);
    QVERIFY(child<QPushButton>(dialog, "createButton")->isEnabled());
}

void TestRestoreUi::noAccessStaysInTheDialog()
{
    // xpander.ai answers 403: the key is good, the template is not shared with its organization.
    const QByteArray body = R"({"detail":"Not allowed to access this template"})";
    CannedHttpServer service("HTTP/1.1 403 Forbidden\r\nContent-Type: application/json\r\nContent-Length: " +
                             QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
    QVERIFY(service.listen());
    windowAccounts()->signIn(Service::Xpander,
                             ServerUrl(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(service.port()))),
                             QStringLiteral("demo-key"));
    CreateAgentDialog *dialog =
        m_window->createAgentFromTemplateId(QStringLiteral("00000000-0000-4000-8000-000000000000"));
    QVERIFY(dialog);
    QSignalSpy signInNeeded(dialog, &CreateAgentDialog::signInNeeded);
    const MainWindow::Page page = m_window->currentPage();
    QTest::keyClicks(child<QLineEdit>(dialog, "nameEdit"), QStringLiteral("Shared with someone else"));
    QTest::mouseClick(child<QPushButton>(dialog, "createButton"), Qt::LeftButton);
    auto *error = child<MessageWidget>(dialog, "errorLabel");
    QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), TestSupport::waitMs);
    // One sentence in the dialog, which stays: a sign-in would not help.
    QCOMPARE(error->text(), QStringLiteral("Your xpander.ai organization has no access to this template, so signing "
                                           "in again does not help: ask whoever shared it to share it with your "
                                           "organization."));
    QVERIFY(dialog->isVisible());
    QCOMPARE(signInNeeded.count(), 0);
    QCOMPARE(m_window->currentPage(), page);
    QCOMPARE(service.connections(), 1);
    QVERIFY(child<QPushButton>(dialog, "createButton")->isEnabled());
}

void TestRestoreUi::cutConnectionSaysTheOutcomeIsOpen()
{
    CreateAgentDialog *dialog = m_window->createAgentFromTemplate(demoTemplate(0, false));
    QVERIFY(dialog);
    m_demo->setFaultPath(QStringLiteral("template_import"));
    m_demo->setFault(Fault::TruncatedBody);
    m_demo->clearRequests();
    QTest::mouseClick(child<QPushButton>(dialog, "createButton"), Qt::LeftButton);
    auto *error = child<MessageWidget>(dialog, "errorLabel");
    QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), TestSupport::waitMs);
    QVERIFY(error->text().contains(QLatin1String("may or may not")));
    // Never sent again, neither by the network layer nor by a second press.
    QCOMPARE(importRequests(), 1);
    QVERIFY(!child<QPushButton>(dialog, "createButton")->isEnabled());
    auto *showAgents = child<QPushButton>(dialog, "showAgentListButton");
    QVERIFY(showAgents->isVisible());
    QTest::mouseClick(showAgents, Qt::LeftButton);
    QCOMPARE(m_window->currentPage(), MainWindow::WorkspacePage);
    QVERIFY(m_window->findChild<QPushButton *>(QStringLiteral("refreshButton"))->isVisible());
}

void TestRestoreUi::copyTemplateIdFromAPreview()
{
    const QByteArray json = demoTemplate(0, false);
    const QString path = m_dir->filePath(QStringLiteral("template.json"));
    QVERIFY(TestSupport::writeFile(path, json));
    const int before = m_window->tabs()->count();
    m_window->openFile(path);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->tabs()->count() > before, TestSupport::waitMs);
    QWidget *preview = m_window->tabs()->currentWidget();
    auto *copy = child<QPushButton>(preview, "copyTemplateIdButton");
    QVERIFY(copy && copy->isVisible());
    QVERIFY(copy->toolTip().contains(QLatin1String("their own")));
    QTest::mouseClick(copy, Qt::LeftButton);
    QCOMPARE(QApplication::clipboard()->text(), TemplateFacts::fromJson(json)->templateId);

    auto *create = child<QPushButton>(preview, "createAgentButton");
    QTest::mouseClick(create, Qt::LeftButton);
    auto *dialog = m_window->findChild<CreateAgentDialog *>();
    QVERIFY(dialog);
    QCOMPARE(dialog->facts().templateId, TemplateFacts::fromJson(json)->templateId);
    dialog->close();
}

void TestRestoreUi::differencesOpenAsAComparison()
{
    // The check's two documents as a compare tab: a template, and the same with one function gone.
    const QByteArray json = demoTemplate(0, false);
    QJsonObject changed = QJsonDocument::fromJson(json).object();
    QJsonObject definition = changed.value(QStringLiteral("agent_definition")).toObject();
    definition.insert(QStringLiteral("instructions"), QStringLiteral("Something else entirely."));
    changed.insert(QStringLiteral("agent_definition"), definition);
    const RestoreCheck::Result result = RestoreCheck::compare(json, QJsonDocument(changed).toJson());
    QVERIFY(!result.error);
    QVERIFY(!result.matches);
    QVERIFY(!result.lines.isEmpty());
    const int before = m_window->tabs()->count();
    m_window->compareCheck(result, QStringLiteral("Copy"));
    QCOMPARE(m_window->tabs()->count(), before + 1);
    auto *view = qobject_cast<CompareView *>(m_window->tabs()->currentWidget());
    QVERIFY(view);
    QTRY_VERIFY_WITH_TIMEOUT(!view->isRunning(), TestSupport::waitMs);
    TestSupport::testModels(view);
    QVERIFY(view->changeTable()->model()->rowCount() >= 1);
    QVERIFY(m_window->tabs()->tabText(m_window->tabs()->currentIndex()).contains(QLatin1String("Copy")));
}

void TestRestoreUi::backupViewListsTheItemsAndRestoresAll()
{
    const QString folder = makeBackup();
    QVERIFY(!folder.isEmpty());
    const int widthBefore = m_window->width();
    // File › Open on a folder with a manifest opens it as a backup.
    m_window->openFile(folder);
    auto *view = qobject_cast<BackupView *>(m_window->tabs()->currentWidget());
    QVERIFY(view);
    QVERIFY(TestSupport::testModels(view) >= 1);
    BackupItemModel *items = view->items();
    QCOMPARE(items->rowCount(), DemoService::agents().size() + 1);
    for (const BackupItemModel::Row &row : items->rows()) {
        QVERIFY(row.saved);
        QVERIFY(!row.name.isEmpty());
        QVERIFY(row.bytes > 0);
        QCOMPARE(row.restorable, row.service == Service::Xpander);
    }
    QVERIFY(m_window->width() <= widthBefore);

    // The Agentbot account says it cannot go back, and still opens.
    int agentbotRow = -1;
    for (int row = 0; row < items->rowCount(); ++row)
        agentbotRow = items->row(row).service == Service::Agentbot ? row : agentbotRow;
    QVERIFY(agentbotRow >= 0);
    view->table()->setCurrentIndex(items->index(agentbotRow, 0));
    auto *note = child<QLabel>(view, "itemNote");
    QVERIFY(note->isVisible());
    QVERIFY(note->text().contains(QLatin1String("cannot be put back")));
    QVERIFY(!child<QPushButton>(view, "restoreButton")->isEnabled());
    QVERIFY(child<QPushButton>(view, "openItemButton")->isEnabled());

    // Restore All: the same names are in the list already (it is the same demo), so it asks; again.
    m_demo->clearRequests();
    QSignalSpy done(view, &BackupView::restoreFinished);
    QTest::mouseClick(child<QPushButton>(view, "restoreAllButton"), Qt::LeftButton);
    QMessageBox *box = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((box = m_window->findChild<QMessageBox *>(QStringLiteral("sameNameBox"))),
                             TestSupport::waitMs);
    QCOMPARE(importRequests(), 0);
    QTest::mouseClick(child<QPushButton>(box, "createAgainButton"), Qt::LeftButton);
    QVERIFY(done.wait(TestSupport::waitMs * 3));
    const int agents = int(DemoService::agents().size());
    QCOMPARE(importRequests(), agents);
    QCOMPARE(view->summary(), QStringLiteral("%1 created, 0 skipped, 0 failed.").arg(agents));
    for (const BackupItemModel::Row &row : items->rows()) {
        if (row.service == Service::Xpander)
            QVERIFY(row.restored.startsWith(QLatin1String("Created")));
    }
    auto *table = m_window->findChild<QTableView *>(QStringLiteral("agentTable"));
    QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 2 * agents, TestSupport::waitMs);
}

void TestRestoreUi::backupItemDatesHaveTheirYear()
{
    // German's short form shortens the year to two digits ("07.12.26"): the cell has all four.
    const QLocale before;
    const auto restore = qScopeGuard([before] { QLocale::setDefault(before); });
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    BackupItemModel model;
    BackupItemModel::Row row;
    row.date = QDateTime(QDate(2026, 12, 7), QTime(9, 0), Qt::UTC);
    model.setRows({row});
    const QModelIndex cell = model.index(0, BackupItemModel::Date);
    const QString shown = cell.data().toString();
    QCOMPARE(shown, Wording::dateTime(row.date));
    QVERIFY2(shown.contains(QLatin1String("2026")), qPrintable(shown));
    QCOMPARE(cell.data(Qt::ToolTipRole).toString(), QStringLiteral("2026-12-07 09:00:00 UTC"));
}

void TestRestoreUi::restoreAllAsksAboutSameNames()
{
    const QString folder = makeBackup();
    QVERIFY(!folder.isEmpty());
    BackupView *view = m_window->openBackup(folder);
    m_demo->clearRequests();
    QSignalSpy done(view, &BackupView::restoreFinished);
    view->restoreAll();
    QMessageBox *box = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((box = m_window->findChild<QMessageBox *>(QStringLiteral("sameNameBox"))),
                             TestSupport::waitMs);
    // Skip is the default: nothing is made twice by pressing Enter.
    QCOMPARE(box->defaultButton(), child<QPushButton>(box, "skipButton"));
    QTest::mouseClick(child<QPushButton>(box, "skipButton"), Qt::LeftButton);
    QVERIFY(done.wait(TestSupport::waitMs * 3));
    QCOMPARE(importRequests(), 0);
    QCOMPARE(view->summary(), QStringLiteral("0 created, %1 skipped, 0 failed.").arg(DemoService::agents().size()));
}

void TestRestoreUi::theGuideShowsItsScreenshots()
{
    // The guide's page names its pictures relative to itself; in the app they resolve into the resource.
    for (const QString &language : {QStringLiteral("en"), QStringLiteral("de")}) {
        const QString page = QStringLiteral(":/help/%1/11-bringing-an-agent-back.md").arg(language);
        QFile file(page);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(page));
        const QString text = QString::fromUtf8(file.readAll());
        const QRegularExpression image(QStringLiteral("!\\[[^\\]]*\\]\\(([^)]+)\\)"));
        int images = 0;
        for (auto match = image.globalMatch(text); match.hasNext(); ++images) {
            const QUrl url = QUrl(QLatin1String("qrc") + page).resolved(QUrl(match.next().captured(1)));
            QVERIFY2(QFile::exists(QLatin1Char(':') + url.path()), qPrintable(url.toString()));
        }
        QCOMPARE(images, 2);
    }
}

void TestRestoreUi::cancelBeforeSendingCreatesNothing()
{
    CreateAgentDialog *dialog = m_window->createAgentFromTemplate(demoTemplate(0, false));
    QVERIFY(dialog);
    const QPointer<CreateAgentDialog> alive(dialog);
    auto *cancel = child<QPushButton>(dialog, "cancelButton");
    m_demo->clearRequests();
    // Create, and Cancel before the event loop has let the request out.
    QTest::mouseClick(child<QPushButton>(dialog, "createButton"), Qt::LeftButton);
    QVERIFY(cancel->isEnabled());
    QTest::mouseClick(cancel, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!alive, TestSupport::waitMs);
    // A request made after it comes back; the import never arrived.
    auto *table = m_window->findChild<QTableView *>(QStringLiteral("agentTable"));
    QSignalSpy handled(m_demo, &DemoService::requestHandled);
    m_window->findChild<QPushButton *>(QStringLiteral("refreshButton"))->click();
    QVERIFY(handled.wait(TestSupport::waitMs));
    QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), DemoService::agents().size(), TestSupport::waitMs);
    QCOMPARE(importRequests(), 0);
}

void TestRestoreUi::aTemplateIdFromTheAgentList()
{
    const QString id = TemplateFacts::fromJson(demoTemplate(2, false))->templateId;
    m_window->findChild<QPushButton *>(QStringLiteral("createFromTemplateIdButton"))->click();
    auto *ask = m_window->findChild<QInputDialog *>(QStringLiteral("templateIdDialog"));
    QVERIFY(ask);
    QVERIFY(ask->isVisible());
    ask->setTextValue(id);
    ask->accept();
    CreateAgentDialog *dialog = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((dialog = m_window->findChild<CreateAgentDialog *>()), TestSupport::waitMs);
    QCOMPARE(dialog->facts().templateId, id);
    QVERIFY(!dialog->verifies());
    QTest::keyClicks(child<QLineEdit>(dialog, "nameEdit"), QStringLiteral("Shared with me"));
    m_demo->clearRequests();
    QTest::mouseClick(child<QPushButton>(dialog, "createButton"), Qt::LeftButton);
    auto *createdName = child<QLabel>(dialog, "createdName");
    QTRY_VERIFY_WITH_TIMEOUT(createdName->isVisible(), TestSupport::waitMs);
    QVERIFY(createdName->text().contains(QLatin1String("Shared with me")));
    QCOMPARE(dialog->resultText(), QStringLiteral("It was not checked."));
    QCOMPARE(importRequests(), 1);
    // The File menu offers the same.
    QVERIFY(m_window->findChild<QAction *>(QStringLiteral("createFromTemplateIdAction")));
}

void TestRestoreUi::emptyBackupHasAPlaceholderAndRestoreOpensTheDialog()
{
    // A backup with nothing in it: a sentence, not bare column headers.
    const QString empty = m_dir->filePath(QStringLiteral("2026-12-01T181220Z"));
    QVERIFY(QDir().mkpath(empty));
    BackupManifest manifest;
    manifest.startedAt = QDateTime(QDate(2026, 12, 1), QTime(18, 12, 20), Qt::UTC);
    manifest.finishedAt = manifest.startedAt;
    manifest.complete = true;
    QVERIFY(TestSupport::writeFile(empty + QStringLiteral("/manifest.json"), manifest.toJson()));
    BackupView *view = m_window->openBackup(empty);
    QVERIFY(view);
    QVERIFY(child<QLabel>(view, "backupPlaceholder")->isVisible());
    QVERIFY(!child<QPushButton>(view, "restoreAllButton")->isEnabled());

    // Restore on an xpander.ai item of a real backup opens the create dialog for its template.
    BackupView *full = m_window->openBackup(makeBackup());
    QVERIFY(full);
    QVERIFY(full != view);
    int row = 0;
    while (full->items()->row(row).service != Service::Xpander)
        ++row;
    full->table()->setCurrentIndex(full->items()->index(row, 0));
    auto *restore = child<QPushButton>(full, "restoreButton");
    QVERIFY(restore->isEnabled());
    QTest::mouseClick(restore, Qt::LeftButton);
    auto *dialog = m_window->findChild<CreateAgentDialog *>();
    QVERIFY(dialog);
    QCOMPARE(dialog->facts().name, full->items()->row(row).name);
    dialog->close();
}

QTEST_MAIN(TestRestoreUi)
#include "tst_restoreui.moc"
