#include "FaultServer.h"
#include "TestSupport.h"
#include "accounts/Accounts.h"
#include "agents/AgentBrowser.h"
#include "backup/BackupChangesButton.h"
#include "backup/BackupDialog.h"
#include "backup/BackupManifest.h"
#include "backup/BackupSchedule.h"
#include "base/Settings.h"
#include "compare/CompareView.h"
#include "net/HttpJob.h"
#include "shell/HomePage.h"
#include "shell/MainWindow.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>

using namespace Takeout;

// The backup dialog, offscreen, against the demo service: Back up now with its result list, and the
// schedule turned on and off.
class TestBackupDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void backUpNow();
    void scheduleOnAndOff();
    void homePageLastBackup();
    void homePageBackUpNow();
    void serviceViewsBackUpTheirService();
    void whatChangedSinceTheLastBackup();

private:
    static void writeManifest(const QString &folder, const QDateTime &started, bool complete, bool allOk);

    FaultServer m_demo;
    QTemporaryDir m_dir;
};

void TestBackupDialog::initTestCase()
{
    QApplication::setOrganizationName(QStringLiteral("AgentTakeoutTests"));
    QApplication::setApplicationName(QStringLiteral("tst_backupdialog"));
    QVERIFY(m_demo.listen());
    QVERIFY(m_dir.isValid());
    // A throwaway config folder, and no running systemd user manager to tell.
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_dir.filePath(QStringLiteral("config"))));
    qputenv("XDG_RUNTIME_DIR", QFile::encodeName(m_dir.filePath(QStringLiteral("runtime"))));
}

void TestBackupDialog::backUpNow()
{
    QNetworkAccessManager *network = HttpJob::createNetworkAccessManager(this);
    Accounts accounts(network);
    accounts.signIn(Service::Agentbot, ServerUrl(m_demo.url()), QStringLiteral("demo-session"));
    accounts.signIn(Service::Xpander, ServerUrl(m_demo.url()), QStringLiteral("demo-key"));
    BackupDialog dialog(&accounts);
    dialog.show();
    const QString folder = m_dir.filePath(QStringLiteral("backups"));
    dialog.findChild<QLineEdit *>()->setText(folder);
    QSignalSpy finished(&dialog, &BackupDialog::backupFinished);
    dialog.startBackup();
    QVERIFY(dialog.isRunning());
    QVERIFY(finished.wait(TestSupport::waitMs));
    QVERIFY(finished.first().at(1).toBool());
    const QString made = finished.first().at(0).toString();
    QCOMPARE(QFileInfo(made).absolutePath(), QFileInfo(folder).absoluteFilePath());
    BackupManifest manifest;
    QVERIFY(BackupManifest::read(made, &manifest));
    QVERIFY(manifest.complete);
    QCOMPARE(dialog.findChild<QListWidget *>()->count(), 1 + DemoService::agents().size());

    // The folder is remembered for the next time.
    BackupDialog again(&accounts);
    QCOMPARE(again.findChild<QLineEdit *>()->text(), folder);
}

void TestBackupDialog::scheduleOnAndOff()
{
    QNetworkAccessManager *network = HttpJob::createNetworkAccessManager(this);
    Accounts accounts(network);
    accounts.signIn(Service::Xpander, ServerUrl(m_demo.url()), QStringLiteral("demo-key"));
    BackupDialog dialog(&accounts);
    dialog.show();
    auto *schedule = dialog.findChild<QComboBox *>();
    QVERIFY(schedule);
    const QString units = m_dir.filePath(QStringLiteral("config/systemd/user"));
    QCOMPARE(BackupSchedule::unitDirectory(), units);
    schedule->setCurrentIndex(schedule->findData(int(BackupSchedule::Frequency::Weekly)));
    Q_EMIT schedule->activated(schedule->currentIndex());
    QCOMPARE(BackupSchedule::installed(units), BackupSchedule::Frequency::Weekly);
    QVERIFY(QFileInfo::exists(units + QLatin1Char('/') + BackupSchedule::serviceFileName()));
    schedule->setCurrentIndex(schedule->findData(int(BackupSchedule::Frequency::Off)));
    Q_EMIT schedule->activated(schedule->currentIndex());
    QCOMPARE(BackupSchedule::installed(units), BackupSchedule::Frequency::Off);
    QVERIFY(!QFileInfo::exists(units + QLatin1Char('/') + BackupSchedule::serviceFileName()));
}

void TestBackupDialog::writeManifest(const QString &folder, const QDateTime &started, bool complete, bool allOk)
{
    BackupManifest manifest;
    manifest.appVersion = QStringLiteral("test");
    manifest.startedAt = started;
    manifest.finishedAt = complete ? started.addSecs(5) : QDateTime();
    manifest.complete = complete;
    BackupManifest::Item item;
    item.file = QStringLiteral("agentbot-account.json");
    item.ok = allOk;
    item.errorText = allOk ? QString() : QStringLiteral("The server had a problem.");
    manifest.items.append(item);
    QVERIFY(QDir().mkpath(folder));
    QVERIFY(TestSupport::writeFile(folder + QStringLiteral("/manifest.json"), manifest.toJson()));
}

void TestBackupDialog::homePageLastBackup()
{
    QNetworkAccessManager *network = HttpJob::createNetworkAccessManager(this);
    Accounts accounts(network);
    const QString folder = m_dir.filePath(QStringLiteral("home"));
    Settings::setBackupFolder(folder);
    HomePage home(&accounts);
    home.show();
    auto *line = home.findChild<QLabel *>(QStringLiteral("lastBackupLabel"));
    auto *openFolder = home.findChild<QPushButton *>(QStringLiteral("openBackupFolderButton"));
    QVERIFY(line && openFolder);
    // The empty state says what to do.
    QCOMPARE(line->text(), QStringLiteral("No backup yet. Back up now keeps a copy of everything in one folder."));
    QVERIFY(openFolder->isHidden());

    // A complete backup two hours ago: when (relative, the date in the tooltip), complete, where.
    const QDateTime twoHoursAgo = QDateTime::currentDateTimeUtc().addSecs(-2 * 3600 - 5);
    const QString complete = folder + QLatin1Char('/') + BackupManifest::folderName(twoHoursAgo);
    writeManifest(complete, twoHoursAgo, true, true);
    home.updateLastBackup();
    // (The English plural forms come from the translations, as everywhere.)
    const QString twoHours = HomePage::tr("%n hour(s) ago", nullptr, 2);
    QVERIFY2(line->text().contains(twoHours + QStringLiteral(", complete.")), qPrintable(line->text()));
    QVERIFY(line->text().contains(QDir::toNativeSeparators(complete)));
    QVERIFY(!line->toolTip().isEmpty());
    QVERIFY(!openFolder->isHidden());
    QCOMPARE(home.lastBackupFolder(), complete);
    QCOMPARE(home.findChild<QLabel *>(QStringLiteral("lastBackupIcon"))->accessibleName(), QStringLiteral("Complete"));

    // Folders dated in 2099 (a wrong clock, a copy from elsewhere) are not the last backup: one named so,
    // and one with an older name whose manifest says so.
    const QDateTime future(QDate(2099, 1, 1), QTime(0, 0), Qt::UTC);
    writeManifest(folder + QLatin1Char('/') + BackupManifest::folderName(future), future, true, true);
    writeManifest(folder + QLatin1Char('/') + BackupManifest::folderName(twoHoursAgo.addSecs(-60)), future, true, true);
    home.updateLastBackup();
    QCOMPARE(home.lastBackupFolder(), complete);
    QVERIFY2(line->text().contains(twoHours + QStringLiteral(", complete.")), qPrintable(line->text()));

    // A newer one that was cut off shows once the window gains focus (a scheduled run, meanwhile).
    const QDateTime now = QDateTime::currentDateTimeUtc();
    writeManifest(folder + QLatin1Char('/') + BackupManifest::folderName(now), now, false, true);
    QEvent activate(QEvent::WindowActivate);
    QApplication::sendEvent(&home, &activate);
    QVERIFY2(line->text().contains(QLatin1String("just now, not complete: it stopped before the end")),
             qPrintable(line->text()));
    QCOMPARE(home.findChild<QLabel *>(QStringLiteral("lastBackupIcon"))->accessibleName(),
             QStringLiteral("Not complete"));
    Settings::setBackupFolder({});
}

void TestBackupDialog::homePageBackUpNow()
{
    // The folder is remembered: Back up now on Home starts at once, and Home shows the result.
    const QString folder = m_dir.filePath(QStringLiteral("fromHome"));
    Settings::setBackupFolder(folder);
    MainWindow window;
    window.startDemo(m_demo.url());
    window.showPage(MainWindow::StartPage);
    window.show();
    auto *line = window.homePage()->findChild<QLabel *>(QStringLiteral("lastBackupLabel"));
    QVERIFY(line->text().startsWith(QLatin1String("No backup yet.")));
    window.homePage()->findChild<QPushButton *>(QStringLiteral("backUpNowButton"))->click();
    auto *dialog = window.findChild<BackupDialog *>(QStringLiteral("backupDialog"));
    QVERIFY(dialog);
    QVERIFY(dialog->isRunning());
    QSignalSpy finished(dialog, &BackupDialog::backupFinished);
    QVERIFY(finished.wait(TestSupport::waitMs));
    QVERIFY(finished.first().at(1).toBool());
    QCOMPARE(window.homePage()->lastBackupFolder(), finished.first().at(0).toString());
    QVERIFY2(line->text().contains(QLatin1String("just now, complete.")), qPrintable(line->text()));
    dialog->close();
    Settings::setBackupFolder({});
}

void TestBackupDialog::serviceViewsBackUpTheirService()
{
    // "Back up now" in the Agentbot and the xpander.ai part of the workspace: that service alone.
    Settings::setBackupFolder(m_dir.filePath(QStringLiteral("fromViews")));
    MainWindow window;
    window.startDemo(m_demo.url());
    window.show();
    for (const Service service : {Service::Xpander, Service::Agentbot}) {
        auto *button = window.agentBrowser()->findChild<QPushButton *>(service == Service::Xpander
                                                                           ? QStringLiteral("backUpXpanderButton")
                                                                           : QStringLiteral("backUpAgentbotButton"));
        QVERIFY(button && button->isEnabled());
        button->click();
        const QList<BackupDialog *> dialogs = window.findChildren<BackupDialog *>(QStringLiteral("backupDialog"));
        QVERIFY(!dialogs.isEmpty());
        BackupDialog *dialog = dialogs.last();
        QVERIFY(dialog->isRunning());
        QCOMPARE(dialog->findChild<QCheckBox *>(QStringLiteral("backUpAgentbotCheck"))->isChecked(),
                 service == Service::Agentbot);
        QCOMPARE(dialog->findChild<QCheckBox *>(QStringLiteral("backUpXpanderCheck"))->isChecked(),
                 service == Service::Xpander);
        QSignalSpy finished(dialog, &BackupDialog::backupFinished);
        QVERIFY(finished.wait(TestSupport::waitMs));
        QVERIFY(finished.first().at(1).toBool());
        BackupManifest manifest;
        QVERIFY(BackupManifest::read(finished.first().at(0).toString(), &manifest));
        QCOMPARE(manifest.items.size(), service == Service::Xpander ? DemoService::agents().size() : 1);
        for (const BackupManifest::Item &item : std::as_const(manifest.items))
            QCOMPARE(item.service, service);
        dialog->close();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    }
    // Signed out, the button says why it cannot.
    window.leaveDemo();
    auto *button = window.agentBrowser()->findChild<QPushButton *>(QStringLiteral("backUpAgentbotButton"));
    QVERIFY(!button->isEnabled());
    QCOMPARE(button->toolTip(), QStringLiteral("Sign in to Agentbot first."));
    Settings::setBackupFolder({});
}

void TestBackupDialog::whatChangedSinceTheLastBackup()
{
    const QString folder = m_dir.filePath(QStringLiteral("changes"));
    Settings::setBackupFolder(folder);
    MainWindow window;
    window.startDemo(m_demo.url());
    window.showPage(MainWindow::StartPage);
    window.show();
    auto *onHome = window.homePage()->findChild<BackupChangesButton *>(QStringLiteral("backupChangesButton"));
    QVERIFY(onHome);
    for (int run = 1; run <= 2; ++run) {
        window.homePage()->findChild<QPushButton *>(QStringLiteral("backUpNowButton"))->click();
        BackupDialog *dialog = window.findChildren<BackupDialog *>(QStringLiteral("backupDialog")).last();
        QSignalSpy finished(dialog, &BackupDialog::backupFinished);
        QVERIFY(finished.wait(TestSupport::waitMs));
        QVERIFY(finished.first().at(1).toBool());
        auto *inResult = dialog->findChild<BackupChangesButton *>(QStringLiteral("backupChangesButton"));
        QVERIFY(inResult);
        if (run == 1) {
            // One backup: nothing to compare yet, and the tooltip says why.
            QVERIFY(!onHome->isHidden());
            QVERIFY(!onHome->isEnabled());
            QVERIFY(!inResult->isEnabled());
            QVERIFY(onHome->toolTip().contains(QLatin1String("two complete backups")));
            dialog->close();
            QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
            continue;
        }
        // Two: the account and each agent's template, on Home and in the result.
        QVERIFY(onHome->isEnabled());
        QVERIFY(inResult->isEnabled());
        QCOMPARE(onHome->menu()->actions().size(), 1 + DemoService::agents().size());
        QCOMPARE(inResult->menu()->actions().size(), 1 + DemoService::agents().size());
        // Once both backups have been read: the agents by name, sorted, each saying whether it changed.
        QTRY_VERIFY_WITH_TIMEOUT(onHome->menu()->actions().constFirst()->text().contains(QStringLiteral(" — ")),
                                 TestSupport::waitMs);
        QStringList names;
        for (QAction *action : onHome->menu()->actions().mid(1)) {
            QVERIFY2(action->text().endsWith(QStringLiteral(" — changed")) ||
                         action->text().endsWith(QStringLiteral(" — no changes")),
                     qPrintable(action->text()));
            names << action->text().section(QStringLiteral(" — "), 0, 0);
        }
        QStringList sorted = names;
        std::sort(sorted.begin(), sorted.end(),
                  [](const QString &a, const QString &b) { return a.compare(b, Qt::CaseInsensitive) < 0; });
        QCOMPARE(names, sorted);
        for (const auto &agent : DemoService::agents())
            QVERIFY2(names.contains(agent.toObject().value(QStringLiteral("name")).toString()),
                     qPrintable(names.join(u'|')));
        auto *account = onHome->menu()->findChild<QAction *>(QStringLiteral("compareAccount"));
        QCOMPARE(onHome->menu()->actions().constFirst(), account);
        QVERIFY(account);
        account->trigger();
        auto *comparison = qobject_cast<CompareView *>(window.tabs()->currentWidget());
        QVERIFY(comparison);
        QCOMPARE(window.currentPage(), MainWindow::WorkspacePage);
        // The result list's button compares a template the same way.
        const int tabs = window.tabs()->count();
        inResult->menu()->actions().last()->trigger();
        QCOMPARE(window.tabs()->count(), tabs + 1);
        QVERIFY(qobject_cast<CompareView *>(window.tabs()->currentWidget()));
        dialog->close();
    }
    Settings::setBackupFolder({});
}

QTEST_MAIN(TestBackupDialog)
#include "tst_backupdialog.moc"
