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
#include "i18n/Translations.h"
#include "net/HttpJob.h"
#include "shell/HomePage.h"
#include "shell/MainWindow.h"
#include "widgets/MessageWidget.h"

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
#include <QScopeGuard>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>

using namespace Takeout;

// The backup dialog, offscreen, against the demo service: its pages (settings, progress, end), Back up
// now with its result list, and the schedule turned on and off.
class TestBackupDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void backUpNow();
    void labelsHaveTheirBuddies();
    void scheduleOnAndOff();
    void keepPolicyReachesTheRunAndTheSchedule();
    void olderKeepSettingStillReads();
    void homePageLastBackup();
    void homePageBackUpNow();
    void oneBackUpNowInTheWindow();
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
    installTranslations(QLocale::c()); // the English plural forms
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
    // The first time: a short setup, where, what, how often and how many to keep, in words.
    QCOMPARE(dialog.page(), BackupDialog::Page::Settings);
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("backupIntro"))
                ->text()
                .startsWith(QLatin1String("Your first backup.")));
    auto *keep = dialog.findChild<QComboBox *>(QStringLiteral("keepCombo"));
    QStringList keepChoices;
    for (int i = 0; i < keep->count(); ++i)
        keepChoices << keep->itemText(i);
    QCOMPARE(keepChoices,
             (QStringList{QStringLiteral("All backups"), QStringLiteral("The last 5"), QStringLiteral("The last 10"),
                          QStringLiteral("Thin out: one a day for a week, one a week for a month, one a month for a "
                                         "year")}));
    auto *start = dialog.findChild<QPushButton *>(QStringLiteral("backUpButton"));
    QVERIFY(start->isVisible());
    QVERIFY(start->isDefault());
    const QString folder = m_dir.filePath(QStringLiteral("backups"));
    dialog.findChild<QLineEdit *>(QStringLiteral("folderEdit"))->setText(folder);
    QSignalSpy finished(&dialog, &BackupDialog::backupFinished);
    QTest::mouseClick(start, Qt::LeftButton);
    QVERIFY(dialog.isRunning());
    // Then the progress, item by item, with Cancel.
    QCOMPARE(dialog.page(), BackupDialog::Page::Progress);
    QVERIFY(dialog.findChild<QPushButton *>(QStringLiteral("cancelBackupButton"))->isVisible());
    QVERIFY(!start->isVisible());
    auto *current = dialog.findChild<QLabel *>(QStringLiteral("currentItemLabel"));
    QStringList seen;
    connect(dialog.findChild<BackupJob *>(), &BackupJob::itemStarted, &dialog,
            [&seen, current] { seen << current->text(); });
    QVERIFY(finished.wait(TestSupport::waitMs));
    const int items = 1 + int(DemoService::agents().size());
    QVERIFY(!seen.isEmpty());
    QVERIFY2(seen.first().startsWith(QLatin1String("Saving Agentbot account (1 of ")), qPrintable(seen.first()));
    QVERIFY2(seen.last().startsWith(QStringLiteral("Saving xpander.ai agent “")) &&
                 seen.last().endsWith(QStringLiteral("” (%1 of %1)").arg(items)),
             qPrintable(seen.last()));
    QVERIFY(finished.first().at(1).toBool());
    const QString made = finished.first().at(0).toString();
    QCOMPARE(QFileInfo(made).absolutePath(), QFileInfo(folder).absoluteFilePath());
    BackupManifest manifest;
    QVERIFY(BackupManifest::read(made, &manifest));
    QVERIFY(manifest.complete);

    // The end: how many were saved, Open Folder and See What Changed, and Close as the default.
    QCOMPARE(dialog.page(), BackupDialog::Page::End);
    QCOMPARE(dialog.findChild<MessageWidget *>(QStringLiteral("backupOutcome"))->text(),
             QStringLiteral("All %1 items saved.").arg(items));
    auto *results = dialog.findChild<QListWidget *>(QStringLiteral("backupResults"));
    QCOMPARE(results->count(), items);
    auto *openFolder = dialog.findChild<QPushButton *>(QStringLiteral("openBackupFolderButton"));
    QVERIFY(openFolder->isVisible());
    QCOMPARE(openFolder->toolTip(), QDir::toNativeSeparators(made));
    auto *changes = dialog.findChild<BackupChangesButton *>(QStringLiteral("backupChangesButton"));
    QVERIFY(changes->isVisible());
    QCOMPARE(changes->text().remove(QLatin1Char('&')), QStringLiteral("See What Changed"));
    QVERIFY(dialog.findChild<QPushButton *>(QStringLiteral("closeButton"))->isDefault());
    // A long line wraps: the results never scroll sideways.
    results->addItem(QStringLiteral("Not saved: %1").arg(QStringLiteral("a very long reason ").repeated(40)));
    results->doItemsLayout();
    QCOMPARE(results->horizontalScrollBar()->maximum(), 0);

    // The folder is remembered for the next time, which is no longer the first.
    BackupDialog again(&accounts);
    QCOMPARE(again.findChild<QLineEdit *>(QStringLiteral("folderEdit"))->text(), folder);
    QVERIFY(!again.findChild<QLabel *>(QStringLiteral("backupIntro"))->text().startsWith(QLatin1String("Your first")));
}

void TestBackupDialog::labelsHaveTheirBuddies()
{
    // A label with a mnemonic has a buddy (else Qt shows the ampersand), in English and in German.
    QNetworkAccessManager *network = HttpJob::createNetworkAccessManager(this);
    Accounts accounts(network);
    const auto backToEnglish = qScopeGuard([] { installTranslations(QLocale::c()); });
    for (const QLocale &locale : {QLocale::c(), QLocale(QLocale::German, QLocale::Germany)}) {
        QVERIFY(installTranslations(locale));
        BackupDialog dialog(&accounts);
        dialog.show();
        auto *folder = dialog.findChild<QLabel *>(QStringLiteral("folderLabel"));
        QCOMPARE(folder->text(),
                 locale.language() == QLocale::German ? QStringLiteral("&Ordner:") : QStringLiteral("&Folder:"));
        QCOMPARE(folder->buddy(), dialog.findChild<QLineEdit *>(QStringLiteral("folderEdit")));
        int withMnemonic = 0;
        for (QLabel *label : dialog.findChildren<QLabel *>()) {
            if (!label->text().contains(QLatin1Char('&')) || label->textFormat() == Qt::RichText)
                continue;
            ++withMnemonic;
            QVERIFY2(label->buddy(), qPrintable(label->text()));
        }
        QCOMPARE(withMnemonic, 6); // where, folder, server, cloud, keep, how often
    }
}

void TestBackupDialog::scheduleOnAndOff()
{
    QNetworkAccessManager *network = HttpJob::createNetworkAccessManager(this);
    Accounts accounts(network);
    accounts.signIn(Service::Xpander, ServerUrl(m_demo.url()), QStringLiteral("demo-key"));
    BackupDialog dialog(&accounts);
    dialog.show();
    auto *schedule = dialog.findChild<QComboBox *>(QStringLiteral("scheduleCombo"));
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

void TestBackupDialog::keepPolicyReachesTheRunAndTheSchedule()
{
    QNetworkAccessManager *network = HttpJob::createNetworkAccessManager(this);
    Accounts accounts(network);
    accounts.signIn(Service::Xpander, ServerUrl(m_demo.url()), QStringLiteral("demo-key"));
    const auto allBackups = qScopeGuard([] { Settings::setBackupKeepPolicy({}); });
    // Two complete backups on one day two days ago: thinned out, the older one goes; the last 5 keep both.
    const QString folder = m_dir.filePath(QStringLiteral("thinned"));
    const QDateTime twoDaysAgo(QDate::currentDate().addDays(-2), QTime(10, 0), Qt::UTC);
    const QString morning = folder + QLatin1Char('/') + BackupManifest::folderName(twoDaysAgo.addSecs(-7200));
    const QString later = folder + QLatin1Char('/') + BackupManifest::folderName(twoDaysAgo);
    writeManifest(morning, twoDaysAgo.addSecs(-7200), true, true);
    writeManifest(later, twoDaysAgo, true, true);

    BackupDialog dialog(&accounts);
    dialog.show();
    dialog.findChild<QLineEdit *>(QStringLiteral("folderEdit"))->setText(folder);
    auto *keep = dialog.findChild<QComboBox *>(QStringLiteral("keepCombo"));
    keep->setCurrentIndex(keep->findText(QStringLiteral("The last 5")));
    QCOMPARE(dialog.keepPolicy(), (KeepPolicy{5, 0, 0, 0}));
    keep->setCurrentIndex(keep->findText(QStringLiteral("Thin out"), Qt::MatchStartsWith));
    QCOMPARE(dialog.keepPolicy(), KeepPolicy::thinnedOut());
    QCOMPARE(dialog.settings().keep, KeepPolicy::thinnedOut());

    // The run keeps what the policy keeps.
    QSignalSpy finished(&dialog, &BackupDialog::backupFinished);
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("backUpButton")), Qt::LeftButton);
    QVERIFY(finished.wait(TestSupport::waitMs));
    QVERIFY(finished.first().at(1).toBool());
    QVERIFY(QFileInfo::exists(later + QStringLiteral("/manifest.json")));
    QVERIFY(!QFileInfo::exists(morning));
    QVERIFY(QFileInfo::exists(finished.first().at(0).toString() + QStringLiteral("/manifest.json")));
    // It is remembered as a policy, and the next dialog starts with it.
    QCOMPARE(Settings::backupKeepPolicy(), KeepPolicy::thinnedOut());
    BackupDialog next(&accounts);
    QCOMPARE(next.keepPolicy(), KeepPolicy::thinnedOut());
    QVERIFY(next.findChild<QComboBox *>(QStringLiteral("keepCombo"))->currentText().startsWith(QLatin1String("Thin")));

    // The schedule it installs runs with the same policy.
    auto *schedule = next.findChild<QComboBox *>(QStringLiteral("scheduleCombo"));
    schedule->setCurrentIndex(schedule->findData(int(BackupSchedule::Frequency::Daily)));
    Q_EMIT schedule->activated(schedule->currentIndex());
    const QString units = m_dir.filePath(QStringLiteral("config/systemd/user"));
    QFile unit(units + QLatin1Char('/') + BackupSchedule::serviceFileName());
    QVERIFY(unit.open(QIODevice::ReadOnly));
    const QByteArray service = unit.readAll();
    QVERIFY2(service.contains("\"--keep-daily\" \"7\" \"--keep-weekly\" \"4\" \"--keep-monthly\" \"12\""),
             service.constData());
    QVERIFY(!service.contains("\"--keep\" "));
    schedule->setCurrentIndex(schedule->findData(int(BackupSchedule::Frequency::Off)));
    Q_EMIT schedule->activated(schedule->currentIndex());
    QCOMPARE(BackupSchedule::installed(units), BackupSchedule::Frequency::Off);
}

void TestBackupDialog::olderKeepSettingStillReads()
{
    // What an older version wrote: a number alone, "keep the last 7".
    const auto allBackups = qScopeGuard([] { Settings::setBackupKeepPolicy({}); });
    {
        QSettings settings;
        settings.remove(QStringLiteral("backup"));
        settings.setValue(QStringLiteral("backup/keep"), 7);
    }
    QCOMPARE(Settings::backupKeepPolicy(), (KeepPolicy{7, 0, 0, 0}));
    QNetworkAccessManager *network = HttpJob::createNetworkAccessManager(this);
    Accounts accounts(network);
    BackupDialog dialog(&accounts);
    QCOMPARE(dialog.keepPolicy(), (KeepPolicy{7, 0, 0, 0}));
    QCOMPARE(dialog.findChild<QComboBox *>(QStringLiteral("keepCombo"))->currentText(), QStringLiteral("The last 7"));
    // A policy none of the entries gives is said in words.
    Settings::setBackupKeepPolicy({0, 14, 0, 6});
    BackupDialog other(&accounts);
    QCOMPARE(other.findChild<QComboBox *>(QStringLiteral("keepCombo"))->currentText(),
             QStringLiteral("One a day for 14 days, one a month for 6 months"));
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

void TestBackupDialog::oneBackUpNowInTheWindow()
{
    // "Back up" is the folder backup, and there is one Back up now: on Home (and in the File menu), not
    // again in the Agents page, which exports the account instead.
    MainWindow window;
    window.startDemo(m_demo.url());
    window.show();
    QCOMPARE(window.homePage()->findChildren<QPushButton *>(QStringLiteral("backUpNowButton")).size(), 1);
    for (QPushButton *button : window.agentBrowser()->findChildren<QPushButton *>())
        QVERIFY2(!button->text().remove(QLatin1Char('&')).startsWith(QLatin1String("Back up")),
                 qPrintable(button->text()));
    // Change… opens the settings without starting a backup.
    window.homePage()->findChild<QPushButton *>(QStringLiteral("changeBackupButton"))->click();
    auto *dialog = window.findChild<BackupDialog *>(QStringLiteral("backupDialog"));
    QVERIFY(dialog);
    QVERIFY(!dialog->isRunning());
    QCOMPARE(dialog->page(), BackupDialog::Page::Settings);
    dialog->close();
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
