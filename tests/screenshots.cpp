// Renders each screen of the app, driven like a user would against the demo service, to PNG files
// for the README and the AppStream metadata (tests/README.md, Screenshots), in the system language. Run it through
// `packaging/dev.sh screenshots` (Xvfb), which makes them in English, in German under de/, with a
// dark palette under dark/ (AGENT_TAKEOUT_SCREENSHOT_DARK=1) and at 200 % under 200/ (QT_SCALE_FACTOR=2).

#include "FaultServer.h"
#include "TestCookieStores.h"
#include "agents/AgentBrowser.h"
#include "backup/BackupDialog.h"
#include "backup/BackupManifest.h"
#include "backup/ResticBackupJob.h"
#include "backup/ResticRepository.h"
#include "base/Settings.h"
#include "compare/ChangeListModel.h"
#include "compare/CompareView.h"
#include "export/TemplateExportDialog.h"
#include "help/HelpWindow.h"
#include "i18n/Translations.h"
#include "net/HttpJob.h"
#include "preview/ExportPreview.h"
#include "restore/BackupItemModel.h"
#include "restore/BackupView.h"
#include "restore/CreateAgentDialog.h"
#include "services/AgentbotClient.h"
#include "services/XpanderClient.h"
#include "shell/HomePage.h"
#include "shell/MainWindow.h"
#include "signin/SignInPanel.h"
#include "json/JsonView.h"

#include <QApplication>
#include <QCheckBox>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPalette>
#include <QPushButton>
#include <QSignalSpy>
#include <QStyleFactory>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>
#include <QTreeView>

using namespace Takeout;

namespace {

bool save(QWidget *widget, const QDir &dir, const QString &name)
{
    QTest::qWait(300); // let the window manager-less server paint; this is a picture, not a test
    const QString path = dir.filePath(name + QStringLiteral(".png"));
    const bool ok = widget->window()->grab().save(path);
    QTextStream(stdout) << (ok ? "wrote " : "FAILED ") << path << Qt::endl;
    return ok;
}

// A dialog on its own (grabbing the main window would leave it out).
bool saveDialog(QWidget *dialog, const QDir &dir, const QString &name)
{
    QTest::qWait(300); // as above
    const QString path = dir.filePath(name + QStringLiteral(".png"));
    const bool ok = dialog->grab().save(path);
    QTextStream(stdout) << (ok ? "wrote " : "FAILED ") << path << Qt::endl;
    return ok;
}

template<typename T>
T *find(QObject *parent, const char *name)
{
    return parent->findChild<T *>(QString::fromLatin1(name));
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    if (qEnvironmentVariableIntValue("AGENT_TAKEOUT_SCREENSHOT_DARK") == 1) {
        // What a dark desktop hands the app: a dark palette; the app must draw nothing of its own colour.
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QPalette dark;
        dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2e));
        dark.setColor(QPalette::WindowText, QColor(0xe8, 0xe8, 0xea));
        dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x20));
        dark.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x29));
        dark.setColor(QPalette::Text, QColor(0xe8, 0xe8, 0xea));
        dark.setColor(QPalette::Button, QColor(0x35, 0x35, 0x39));
        dark.setColor(QPalette::ButtonText, QColor(0xe8, 0xe8, 0xea));
        dark.setColor(QPalette::ToolTipBase, QColor(0x3d, 0x3a, 0x2a));
        dark.setColor(QPalette::ToolTipText, QColor(0xf0, 0xe8, 0xc8));
        dark.setColor(QPalette::Highlight, QColor(0x35, 0x84, 0xe4));
        dark.setColor(QPalette::HighlightedText, Qt::white);
        dark.setColor(QPalette::Link, QColor(0x78, 0xae, 0xed));
        dark.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9e));
        dark.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x80, 0x84));
        dark.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x80, 0x80, 0x84));
        dark.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x80, 0x80, 0x84));
        QApplication::setPalette(dark);
    }
    installTranslations(); // the system's language: packaging/dev.sh screenshots makes English and German
    QApplication::setOrganizationName(QStringLiteral("AgentTakeoutScreenshots"));
    QApplication::setApplicationName(QStringLiteral("Agent Takeout"));
    const QDir dir(argc > 1 ? QString::fromLocal8Bit(argv[1]) : QDir::currentPath());
    QDir().mkpath(dir.path());

    FaultServer demo;
    if (!demo.listen())
        return 1;
    // A Firefox signed in to the demo, in the throwaway HOME dev.sh gives: the Agentbot panel offers it.
    const TestCookieStores stores(QDir::homePath());
    if (!TestCookieStores::addFirefoxCookie(stores.firefoxProfileInUse(QStringLiteral("abcd1234.default-release")),
                                            demo.url().host(), QStringLiteral("/"), QStringLiteral("agentbot_session"),
                                            QStringLiteral("demo-session"), TestCookieStores::inOneYear()))
        return 1;
    MainWindow window;
    window.resize(1180, 760);
    window.useDemoService(demo.url());
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return 1;
    bool ok = true;

    // 1. Home, as a first start shows it: nothing signed in, no recent exports.
    window.showPage(MainWindow::StartPage);
    ok &= save(&window, dir, QStringLiteral("home"));

    // 2. Sign-in (xpander.ai), with the key hidden.
    SignInPanel *xpander = window.signInPanel(Service::Xpander);
    window.showPage(MainWindow::XpanderPage);
    ok &= save(&window, dir, QStringLiteral("sign-in"));
    // The same with a problem to show: Sign in pressed without a key.
    auto *key = find<QLineEdit>(xpander, "secretEdit");
    const QString demoKey = key->text();
    key->clear();
    QTest::mouseClick(find<QPushButton>(xpander, "signInButton"), Qt::LeftButton);
    ok &= save(&window, dir, QStringLiteral("sign-in-error"));
    key->setText(demoKey);

    // 2. The agent browser after signing in, with an Agentbot export loaded.
    QTest::mouseClick(find<QPushButton>(xpander, "signInButton"), Qt::LeftButton);
    auto *table = find<QTableView>(&window, "agentTable");
    ok &= QTest::qWaitFor([&] { return table->model()->rowCount() > 0; }, 20000);
    // 3. Agentbot's sign-in, taken from Firefox with one button.
    SignInPanel *agentbot = window.signInPanel(Service::Agentbot);
    window.showPage(MainWindow::AgentbotPage);
    auto *fromBrowser = find<QPushButton>(agentbot, "fromBrowserButton");
    ok &= QTest::qWaitFor([&] { return fromBrowser->isVisible(); }, 20000);
    ok &= save(&window, dir, QStringLiteral("sign-in-agentbot"));
    QTest::mouseClick(fromBrowser, Qt::LeftButton);
    ok &= QTest::qWaitFor([&] { return find<QPushButton>(&window, "exportAccountButton")->isEnabled(); }, 20000);
    window.exportAccount();
    auto *accountDialog = window.findChild<ExportDialog *>(QStringLiteral("accountExportDialog"));
    QTest::mouseClick(find<QPushButton>(accountDialog, "exportButton"), Qt::LeftButton);
    ok &= QTest::qWaitFor([&] { return window.tabs()->count() > 1; }, 20000);
    // 3. The account export, before it is saved.
    auto *account = qobject_cast<ExportPreview *>(window.tabs()->currentWidget());
    if (account)
        ok &= QTest::qWaitFor([&] { return account->tree()->model()->rowCount() > 0; }, 20000);
    ok &= save(&window, dir, QStringLiteral("account-preview"));
    window.showPage(MainWindow::WorkspacePage);
    window.tabs()->setCurrentIndex(0);
    table->selectRow(0);
    ok &= save(&window, dir, QStringLiteral("agent-browser"));

    // 4. The template dialog for the manager agent, knowledge bases on.
    window.exportTemplate(window.agentBrowser()->selectedAgent() ? *window.agentBrowser()->selectedAgent()
                                                                 : AgentSummary());
    auto *templateDialog = window.findChild<TemplateExportDialog *>();
    find<QCheckBox>(templateDialog, "knowledgeBasesCheck")->setChecked(true);
    ok &= QTest::qWaitForWindowExposed(templateDialog);
    QTest::qWait(200);
    ok &= templateDialog->grab().save(dir.filePath(QStringLiteral("template-dialog.png")));
    QTextStream(stdout) << "wrote " << dir.filePath(QStringLiteral("template-dialog.png")) << Qt::endl;

    // 5. The preview of that template, before saving.
    const int tabs = window.tabs()->count();
    QTest::mouseClick(find<QPushButton>(templateDialog, "exportButton"), Qt::LeftButton);
    ok &= QTest::qWaitFor([&] { return window.tabs()->count() > tabs; }, 20000);
    auto *preview = qobject_cast<ExportPreview *>(window.tabs()->currentWidget());
    if (preview)
        ok &= QTest::qWaitFor([&] { return preview->tree()->model()->rowCount() > 0; }, 20000);
    ok &= save(&window, dir, QStringLiteral("preview"));
    // The same with the find bar open and its first match selected.
    if (preview) {
        preview->jsonView()->showFind();
        QTest::keyClicks(find<QLineEdit>(preview, "findEdit"), QStringLiteral("instructions"));
        ok &= QTest::qWaitFor([&] { return preview->jsonView()->matchCount() > 0; }, 20000);
        ok &= save(&window, dir, QStringLiteral("preview-find"));
    }

    // The same preview with the file unfolded under the overview.
    if (preview) {
        preview->showFile(true);
        QTest::qWait(200);
        ok &= save(&window, dir, QStringLiteral("preview-file"));
        preview->showFile(false);
    }

    // 5b. A comparison of two account exports a week apart: the sentences, a changed text's words,
    // then the two files unfolded.
    QTemporaryDir compareDir;
    {
        QJsonObject account = QJsonDocument::fromJson(DemoService::accountExport()).object();
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const auto write = [&compareDir](const QString &name, const QJsonObject &object) {
            QFile file(compareDir.filePath(name));
            return file.open(QIODevice::WriteOnly) && file.write(QJsonDocument(object).toJson()) > 0;
        };
        account.insert(QStringLiteral("exportedAt"), now.addDays(-7).toString(Qt::ISODate));
        QJsonArray earlierTasks = account.value(QStringLiteral("scheduledTasks")).toArray();
        if (!earlierTasks.isEmpty()) {
            QJsonObject task = earlierTasks.at(0).toObject();
            task.insert(QStringLiteral("description"),
                        QStringLiteral("Sends the report of the day to the kitchen staff."));
            earlierTasks.replace(0, task);
            account.insert(QStringLiteral("scheduledTasks"), earlierTasks);
        }
        ok &= write(QStringLiteral("before.json"), account);
        account.insert(QStringLiteral("exportedAt"), now.toString(Qt::ISODate));
        QJsonObject user = account.value(QStringLiteral("user")).toObject();
        user.insert(QStringLiteral("plan"), QStringLiteral("network"));
        account.insert(QStringLiteral("user"), user);
        QJsonArray agents = account.value(QStringLiteral("agents")).toArray();
        QJsonObject first = agents.at(0).toObject();
        first.insert(QStringLiteral("status"), QStringLiteral("paused"));
        agents.replace(0, first);
        agents.append(QJsonObject{
            {QStringLiteral("id"), QStringLiteral("a-travel")},
            {QStringLiteral("name"), QStringLiteral("travel-planner")},
            {QStringLiteral("model"), QStringLiteral("gpt-4.1")},
            {QStringLiteral("status"), QStringLiteral("active")},
            {QStringLiteral("description"), QStringLiteral("Plans trips for the team: flights, hotels and trains.")}});
        account.insert(QStringLiteral("agents"), agents);
        QJsonArray tasks = account.value(QStringLiteral("scheduledTasks")).toArray();
        if (!tasks.isEmpty()) {
            QJsonObject task = tasks.at(0).toObject();
            task.insert(QStringLiteral("cronSchedule"), QStringLiteral("30 8 * * 1-5"));
            task.insert(QStringLiteral("description"),
                        QStringLiteral("Sends the report of the day to the whole team."));
            tasks.replace(0, task);
            account.insert(QStringLiteral("scheduledTasks"), tasks);
        }
        ok &= write(QStringLiteral("after.json"), account);
        QFile earlier(compareDir.filePath(QStringLiteral("before.json")));
        ok &= earlier.open(QIODevice::ReadWrite) &&
              earlier.setFileTime(QDateTime::currentDateTime().addDays(-7), QFileDevice::FileModificationTime);
    }
    window.compareFiles(compareDir.filePath(QStringLiteral("before.json")),
                        compareDir.filePath(QStringLiteral("after.json")));
    if (auto *comparison = qobject_cast<CompareView *>(window.tabs()->currentWidget())) {
        ok &= QTest::qWaitFor([&] { return !comparison->isRunning(); }, 20000);
        ok &= save(&window, dir, QStringLiteral("compare"));
        for (int row = 0; row < comparison->changes()->rowCount(); ++row) {
            if (comparison->changes()->path(row).endsWith(QLatin1String(".description"))) {
                comparison->changeTable()->selectRow(row);
                ok &= QTest::qWaitFor([&] { return !comparison->wordDiff().isEmpty(); }, 20000);
                break;
            }
        }
        ok &= save(&window, dir, QStringLiteral("compare-words"));
        comparison->showFiles(true);
        QTest::qWait(200);
        ok &= save(&window, dir, QStringLiteral("compare-files"));
        window.tabs()->tabCloseRequested(window.tabs()->currentIndex());
    } else {
        ok = false;
    }

    // 6. The backup dialog: the first-time setup, a backup under way, and its end with two backups to compare.
    Settings::setBackupFolder({});
    BackupDialog *backup = window.openBackupDialog(true);
    const QString backups = QDir::home().filePath(QStringLiteral("Backups"));
    QDir(backups).removeRecursively(); // the backups of the variant before
    find<QLineEdit>(backup, "folderEdit")->setText(backups);
    ok &= QTest::qWaitForWindowExposed(backup);
    ok &= saveDialog(backup, dir, QStringLiteral("backup-setup"));
    QSignalSpy firstDone(backup, &BackupDialog::backupFinished);
    QTest::mouseClick(find<QPushButton>(backup, "backUpButton"), Qt::LeftButton);
    ok &= QTest::qWaitFor([&] { return !firstDone.isEmpty(); }, 20000);
    backup->close();
    // The seventh item stalls, so that the progress can be seen.
    const QString stalled = DemoService::agents().at(5).toObject().value(QStringLiteral("id")).toString();
    demo.setFaultPath(stalled);
    demo.setFault(FaultServer::Fault::Stall);
    backup = window.openBackupDialog(true);
    auto *current = find<QLabel>(backup, "currentItemLabel");
    // "(7 of 10)", "(7 von 10)"
    ok &= QTest::qWaitFor([&] { return current->text().contains(QLatin1String("(7 ")); }, 20000);
    ok &= saveDialog(backup, dir, QStringLiteral("backup-progress"));
    QSignalSpy cancelled(backup, &BackupDialog::backupFinished);
    QTest::mouseClick(find<QPushButton>(backup, "cancelBackupButton"), Qt::LeftButton);
    ok &= QTest::qWaitFor([&] { return !cancelled.isEmpty(); }, 20000);
    backup->close();
    demo.setFault(FaultServer::Fault::None);
    demo.setFaultPath({});
    backup = window.openBackupDialog(true);
    QSignalSpy secondDone(backup, &BackupDialog::backupFinished);
    ok &= QTest::qWaitFor([&] { return !secondDone.isEmpty(); }, 20000);
    ok &= saveDialog(backup, dir, QStringLiteral("backup-end"));
    backup->close();

    // Home again, signed in to both, with the template's agent count and the last backup.
    window.showPage(MainWindow::StartPage);
    ok &= save(&window, dir, QStringLiteral("home-signed-in"));
    window.showPage(MainWindow::WorkspacePage);

    // 7. An error, as the export dialog shows it: the details folded.
    demo.setFault(FaultServer::Fault::ServerError);
    window.exportAccount();
    auto *failing = window.findChildren<ExportDialog *>(QStringLiteral("accountExportDialog")).constLast();
    QTest::mouseClick(find<QPushButton>(failing, "exportButton"), Qt::LeftButton);
    ok &= QTest::qWaitFor([&] { return find<QWidget>(failing, "errorLabel")->isVisible(); }, 20000);
    ok &= saveDialog(failing, dir, QStringLiteral("error"));
    failing->close();
    demo.setFault(FaultServer::Fault::None);

    // 7. Bring an agent back: the template's agent created again and checked, then a backup opened.
    if (preview) {
        CreateAgentDialog *create = window.createAgentFromTemplate(preview->result().bytes);
        if (create) {
            QTest::mouseClick(find<QPushButton>(create, "createButton"), Qt::LeftButton);
            ok &= QTest::qWaitFor([&] { return find<QLabel>(create, "createdName")->isVisible(); }, 20000);
            QTest::qWait(200);
            ok &= create->grab().save(dir.filePath(QStringLiteral("create-agent.png")));
            QTextStream(stdout) << "wrote " << dir.filePath(QStringLiteral("create-agent.png")) << Qt::endl;
            create->close();
        }
    }
    // The newest of the backups made above, opened.
    if (BackupView *view = window.openBackup(BackupManifest::newestIn(backups))) {
        view->table()->selectRow(0);
        ok &= save(&window, dir, QStringLiteral("backup-view"));
    }

    // An encrypted backup with two snapshots, opened: the choice of snapshots above the items. The
    // password comes from RESTIC_PASSWORD here, as restic itself would read it.
    if (!ResticRepository::program().isEmpty()) {
        const QString repository = QDir::home().filePath(QStringLiteral("Encrypted"));
        QDir(repository).removeRecursively();
        qputenv("RESTIC_PASSWORD", "screenshot-password");
        QNetworkAccessManager *network = HttpJob::createNetworkAccessManager(&window);
        const XpanderClient xpander(network, ServerUrl(demo.url()), QString::fromLatin1(DemoService::xpanderApiKey));
        const AgentbotClient agentbot(network, ServerUrl(demo.url()),
                                      AgentbotSession::fromUserText(QString::fromLatin1(DemoService::agentbotSession)));
        for (int run = 0; run < 2; ++run) {
            ResticBackupJob job(ResticRepository(repository, {}));
            job.setAutoDelete(false);
            job.items()->addAgentbot(agentbot);
            job.items()->addXpander(xpander, run == 1);
            QSignalSpy done(&job, &ResticBackupJob::finished);
            job.start();
            ok &= done.wait(60000) && !job.error();
        }
        if (BackupView *view = window.openBackup(QLatin1String(ResticRepository::scheme) + repository)) {
            QSignalSpy loaded(view, &BackupView::loaded);
            ok &= QTest::qWaitFor([&] { return view->items()->rowCount() > 0 && !view->isReading(); }, 60000);
            view->table()->selectRow(1);
            ok &= save(&window, dir, QStringLiteral("backup-view-encrypted"));
        }
        // Home with the encrypted backup as the destination: its last backup, Restore and What changed?.
        Settings::setBackupRepository(repository);
        window.showPage(MainWindow::StartPage);
        window.homePage()->updateLastBackup();
        auto *changes = find<QPushButton>(window.homePage(), "backupChangesButton");
        ok &= QTest::qWaitFor([&] { return changes->isVisible() && changes->isEnabled(); }, 60000);
        ok &= save(&window, dir, QStringLiteral("home-encrypted"));
        Settings::setBackupRepository({});
        qunsetenv("RESTIC_PASSWORD");
    }

    // 8. The user guide (Help › User Guide), searched for a word.
    HelpWindow help;
    help.resize(900, 620);
    help.show();
    help.search(HelpWindow::language() == QLatin1String("de") ? QStringLiteral("Schlüsselbund")
                                                              : QStringLiteral("keychain"));
    QTest::qWait(200);
    ok &= save(&help, dir, QStringLiteral("help"));
    return ok ? 0 : 1;
}
