#include "FaultServer.h"
#include "TestSupport.h"
#include "accounts/Accounts.h"
#include "backup/BackupChangesButton.h"
#include "backup/BackupDialog.h"
#include "backup/ResticBackupJob.h"
#include "backup/ResticRepository.h"
#include "base/Settings.h"
#include "compare/CompareView.h"
#include "credentials/CredentialStore.h"
#include "i18n/Translations.h"
#include "net/HttpJob.h"
#include "restore/BackupItemModel.h"
#include "restore/BackupView.h"
#include "restore/TemplateFacts.h"
#include "shell/HomePage.h"
#include "shell/MainWindow.h"
#include "widgets/MessageWidget.h"

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QScopeGuard>
#include <QStandardItemModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Takeout;

// The backup dialog's encrypted destinations, offscreen, with the real restic and rclone: an encrypted
// backup into a folder against the demo service, the new repository's password shown once, and the
// clouds rclone knows.
class TestResticUi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void encryptedBackupToAFolder();
    void restoreAndCompareFromSnapshots();
    void openRepositoryFolder();
    void cloudsFromRclone();
    void noCloudYet();
    void cancelWhileStarting();
    void resticMissing();

private:
    static void choose(BackupDialog *dialog, BackupDialog::Where where);

    FaultServer m_demo;
    QTemporaryDir m_dir;
    QString m_repository; // the encrypted backup encryptedBackupToAFolder() makes, with two snapshots
};

void TestResticUi::initTestCase()
{
    QApplication::setOrganizationName(QStringLiteral("AgentTakeoutTests"));
    QApplication::setApplicationName(QStringLiteral("tst_resticui"));
    if (ResticRepository::program().isEmpty())
        QFAIL("restic is a test dependency (packaging/dev.sh)");
    QVERIFY(m_demo.listen());
    QVERIFY(m_dir.isValid());
    installTranslations(QLocale::c()); // the English plural forms
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_dir.filePath(QStringLiteral("config"))));
    QVERIFY(QDir().mkpath(m_dir.filePath(QStringLiteral("runtime"))));
    qputenv("XDG_RUNTIME_DIR", QFile::encodeName(m_dir.filePath(QStringLiteral("runtime"))));
    // The password comes from the keychain, not from the environment.
    qunsetenv("RESTIC_PASSWORD");
    qunsetenv("RESTIC_PASSWORD_FILE");
    qunsetenv("RESTIC_PASSWORD_COMMAND");
}

void TestResticUi::choose(BackupDialog *dialog, BackupDialog::Where where)
{
    auto *combo = dialog->findChild<QComboBox *>(QStringLiteral("whereCombo"));
    QVERIFY(combo);
    combo->setFocus();
    const int index = combo->findData(int(where));
    QVERIFY(index >= 0);
    combo->setCurrentIndex(index);
}

void TestResticUi::encryptedBackupToAFolder()
{
    QNetworkAccessManager *network = HttpJob::createNetworkAccessManager(this);
    Accounts accounts(network);
    accounts.signIn(Service::Agentbot, ServerUrl(m_demo.url()), QStringLiteral("demo-session"));
    accounts.signIn(Service::Xpander, ServerUrl(m_demo.url()), QStringLiteral("demo-key"));
    const QString repository = m_dir.filePath(QStringLiteral("drive/agents"));
    m_repository = repository;
    QString kept;
    {
        BackupDialog dialog(&accounts);
        dialog.show();
        choose(&dialog, BackupDialog::Where::Drive);
        // A folder for the repository; the server and cloud fields are not shown.
        auto *folder = dialog.findChild<QLineEdit *>(QStringLiteral("folderEdit"));
        QVERIFY(folder->isVisible());
        QVERIFY(!dialog.findChild<QLineEdit *>(QStringLiteral("serverEdit"))->isVisible());
        QVERIFY(!dialog.findChild<QComboBox *>(QStringLiteral("remoteCombo"))->isVisible());
        folder->setText(repository);
        QCOMPARE(dialog.destination(), QStringLiteral("restic:") + repository);
        QSignalSpy finished(&dialog, &BackupDialog::backupFinished);
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("backUpButton")), Qt::LeftButton);
        QVERIFY(dialog.isRunning());
        QCOMPARE(dialog.page(), BackupDialog::Page::Progress);
        QVERIFY(finished.wait(TestSupport::waitMs * 3));
        QVERIFY2(finished.first().at(1).toBool(),
                 qPrintable(dialog.findChild<MessageWidget *>(QStringLiteral("backupOutcome"))->text()));
        QCOMPARE(dialog.page(), BackupDialog::Page::End);
        const int items = 1 + int(DemoService::agents().size());
        QCOMPARE(dialog.findChild<MessageWidget *>(QStringLiteral("backupOutcome"))->text(),
                 QStringLiteral("All %1 items saved.").arg(items));
        // Not a folder to open, and no comparison of folders.
        QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("openBackupFolderButton"))->isVisible());

        // The new repository's password, once, as the keychain keeps it.
        auto *password = dialog.findChild<QLabel *>(QStringLiteral("newPasswordLabel"));
        QVERIFY(password->isVisible());
        QVERIFY(password->textInteractionFlags().testFlag(Qt::TextSelectableByMouse));
        QVERIFY(password->text().size() >= 32);
        bool loaded = false;
        CredentialStore store;
        store.loadKey(ResticRepository::keychainKey(repository), this,
                      [&kept, &loaded](const Failure &error, const QString &secret) {
                          QVERIFY2(!error, qPrintable(error.message()));
                          kept = secret;
                          loaded = true;
                      });
        QTRY_VERIFY_WITH_TIMEOUT(loaded, TestSupport::waitMs);
        QCOMPARE(password->text(), kept);
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("passwordWarning"))
                    ->text()
                    .startsWith(QLatin1String("Without this password the backups cannot be read.")));

        // Its copy: the password alone, owner-only.
        const QString copy = m_dir.filePath(QStringLiteral("password.txt"));
        QVERIFY(!dialog.savePasswordCopy(copy));
        QFile file(copy);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), kept.toUtf8() + '\n');
        QCOMPARE(file.permissions() & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
                 QFileDevice::Permissions());

        // One snapshot in the repository, readable with the keychain's password.
        Failure error;
        QCOMPARE(ResticRepository(repository, kept).snapshots(&error).size(), 1);
        QVERIFY2(!error, qPrintable(error.message()));

        QCOMPARE(Settings::backupRepository(), repository);
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("closeButton")), Qt::LeftButton);
    }
    {
        // The destination is remembered (the address, never the password).
        BackupDialog dialog(&accounts);
        dialog.show();
        QCOMPARE(dialog.findChild<QComboBox *>(QStringLiteral("whereCombo"))->currentData().toInt(),
                 int(BackupDialog::Where::Drive));
        QCOMPARE(dialog.destination(), QStringLiteral("restic:") + repository);
        QCOMPARE(dialog.settings().directory, QStringLiteral("restic:") + repository);
        // A second backup into it: the password is not shown again.
        QSignalSpy finished(&dialog, &BackupDialog::backupFinished);
        dialog.startBackup();
        QVERIFY(finished.wait(TestSupport::waitMs * 3));
        QVERIFY(finished.first().at(1).toBool());
        QVERIFY(!dialog.findChild<QLabel *>(QStringLiteral("newPasswordLabel"))->isVisible());
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("newPasswordLabel"))->text().isEmpty());
        // Two complete snapshots: what changed between them is one press away.
        auto *changes = dialog.findChild<BackupChangesButton *>(QStringLiteral("backupChangesButton"));
        QTRY_VERIFY_WITH_TIMEOUT(changes->isVisible() && changes->isEnabled(), TestSupport::waitMs * 2);
    }
    // Home's last backup: the newest snapshot, complete, and where it is.
    HomePage home(&accounts);
    home.show();
    auto *line = home.findChild<QLabel *>(QStringLiteral("lastBackupLabel"));
    QTRY_VERIFY2_WITH_TIMEOUT(line->text().startsWith(QLatin1String("Last backup ")), qPrintable(line->text()),
                              TestSupport::waitMs);
    QVERIFY2(line->text().contains(QStringLiteral(", complete.")), qPrintable(line->text()));
    QVERIFY2(line->text().contains(repository), qPrintable(line->text()));
    QVERIFY(home.findChild<QPushButton *>(QStringLiteral("openBackupFolderButton"))->isHidden());

    // The settings hold the repository's address, never its password.
    QFile settings(m_dir.filePath(QStringLiteral("config/AgentTakeoutTests/tst_resticui.conf")));
    QVERIFY(settings.open(QIODevice::ReadOnly));
    const QByteArray stored = settings.readAll();
    QVERIFY(stored.contains(QFile::encodeName(repository)));
    QVERIFY(!stored.contains(kept.toUtf8()));
}

void TestResticUi::restoreAndCompareFromSnapshots()
{
    QVERIFY2(!m_repository.isEmpty(), "runs after encryptedBackupToAFolder");
    QNetworkAccessManager *network = HttpJob::createNetworkAccessManager(this);
    Accounts accounts(network);
    accounts.signIn(Service::Xpander, ServerUrl(m_demo.url()), QStringLiteral("demo-key"));
    const int agents = int(DemoService::agents().size());

    // Home: Restore and What changed? on the encrypted backup, as on a folder.
    HomePage home(&accounts);
    home.show();
    QSignalSpy openBackup(&home, &HomePage::openBackupRequested);
    auto *restore = home.findChild<QPushButton *>(QStringLiteral("restoreBackupButton"));
    QTRY_VERIFY_WITH_TIMEOUT(restore->isVisible(), TestSupport::waitMs * 2);
    QTest::mouseClick(restore, Qt::LeftButton);
    QCOMPARE(openBackup.size(), 1);
    QCOMPARE(openBackup.first().first().toString(), QStringLiteral("restic:") + m_repository);

    auto *changes = home.findChild<BackupChangesButton *>(QStringLiteral("backupChangesButton"));
    QTRY_VERIFY_WITH_TIMEOUT(changes->isVisible() && changes->isEnabled(), TestSupport::waitMs * 2);
    // The account and every agent, the agents by name once their templates have been read.
    QVERIFY(changes->menu());
    QCOMPARE(changes->menu()->actions().size(), 1 + agents);
    const QString firstName = DemoService::agents().first().toObject().value(QStringLiteral("name")).toString();
    QTRY_VERIFY_WITH_TIMEOUT(
        std::any_of(changes->menu()->actions().cbegin(), changes->menu()->actions().cend(),
                    [&firstName](const QAction *action) { return action->text().startsWith(firstName); }),
        TestSupport::waitMs * 2);
    QSignalSpy compare(changes, &BackupChangesButton::compareBackupsRequested);
    QAction *account = changes->menu()->findChild<QAction *>(QStringLiteral("compareAccount"));
    QVERIFY(account);
    account->trigger();
    QVERIFY(compare.wait(TestSupport::waitMs * 2));
    const auto older = compare.first().at(0).value<std::shared_ptr<const JsonDocument>>();
    const auto newer = compare.first().at(1).value<std::shared_ptr<const JsonDocument>>();
    QVERIFY(older && newer);
    QVERIFY(compare.first().at(2).toDateTime() < compare.first().at(3).toDateTime());
    // Titled by the days compared, like two files.
    CompareView view(older, newer, compare.first().at(2).toDateTime(), compare.first().at(3).toDateTime(),
                     compare.first().at(4).toString());
    QSignalSpy compared(&view, &CompareView::finished);
    QVERIFY(compared.wait(TestSupport::waitMs));
    QVERIFY2(view.title().startsWith(QLatin1String("Changes from ")), qPrintable(view.title()));
    QVERIFY(view.toolTip().contains(m_repository));

    // The backup view of the repository: its snapshots, newest first, and the newest one's items.
    BackupView backup(QStringLiteral("restic:") + m_repository, &accounts);
    QVERIFY(backup.isRepository());
    QSignalSpy loaded(&backup, &BackupView::loaded);
    QTRY_VERIFY_WITH_TIMEOUT(loaded.size() >= 2 || (loaded.size() == 1 && !backup.isReading()),
                             TestSupport::waitMs * 2);
    QCOMPARE(backup.snapshotChoice()->count(), 2);
    QCOMPARE(backup.items()->rowCount(), 1 + agents);
    QVERIFY(backup.title().startsWith(QLatin1String("Encrypted backup of ")));
    int row = -1;
    for (int i = 0; i < backup.items()->rowCount(); ++i) {
        if (backup.items()->row(i).restorable && row < 0)
            row = i;
    }
    QVERIFY(row >= 0);
    QVERIFY(!backup.items()->row(0).restorable); // the Agentbot account
    backup.show();
    backup.table()->setCurrentIndex(backup.items()->index(row, 0));

    // An item opens from memory; Save would write a copy.
    QSignalSpy opened(&backup, &BackupView::openExportRequested);
    QTest::mouseClick(backup.findChild<QPushButton *>(QStringLiteral("openItemButton")), Qt::LeftButton);
    QVERIFY(opened.wait(TestSupport::waitMs));
    const auto result = opened.first().first().value<ExportResult>();
    QCOMPARE(result.kind, ExportKind::XpanderTemplate);
    QVERIFY(result.document);
    // The account too, read from the snapshot when asked for.
    backup.table()->setCurrentIndex(backup.items()->index(0, 0));
    QTest::mouseClick(backup.findChild<QPushButton *>(QStringLiteral("openItemButton")), Qt::LeftButton);
    QVERIFY(opened.wait(TestSupport::waitMs));
    QCOMPARE(opened.last().first().value<ExportResult>().kind, ExportKind::AgentbotAccount);

    // Restore one: the create dialog gets the template's bytes.
    backup.table()->setCurrentIndex(backup.items()->index(row, 0));
    QSignalSpy create(&backup, &BackupView::createAgentFromTemplateRequested);
    QTest::mouseClick(backup.findChild<QPushButton *>(QStringLiteral("restoreButton")), Qt::LeftButton);
    QCOMPARE(create.size(), 1);
    QVERIFY(TemplateFacts::fromJson(create.first().first().toByteArray()).has_value());

    // Restore All from the snapshot: every agent created once, the agent list read once.
    m_demo.clearRequests();
    QSignalSpy done(&backup, &BackupView::restoreFinished);
    backup.restoreAll();
    QMessageBox *box = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((box = backup.findChild<QMessageBox *>(QStringLiteral("sameNameBox"))),
                             TestSupport::waitMs);
    QTest::mouseClick(box->findChild<QPushButton *>(QStringLiteral("createAgainButton")), Qt::LeftButton);
    QVERIFY(done.wait(TestSupport::waitMs * 2));
    QCOMPARE(backup.summary(), QStringLiteral("%1 created, 0 skipped, 0 failed.").arg(agents));
    QCOMPARE(m_demo.createdAgents().size(), agents);
    int lists = 0;
    int imports = 0;
    for (const DemoService::Request &request : m_demo.requests()) {
        lists += request.method == "GET" && request.path == QLatin1String("/v1/agents") ? 1 : 0;
        imports += request.path.startsWith(QLatin1String("/v1/agents/template_import/")) ? 1 : 0;
    }
    QCOMPARE(lists, 1);
    QCOMPARE(imports, agents);

    // An older snapshot is a choice away.
    backup.snapshotChoice()->setCurrentIndex(1);
    loaded.clear();
    Q_EMIT backup.snapshotChoice()->activated(1);
    QVERIFY(loaded.wait(TestSupport::waitMs * 2));
    QCOMPARE(backup.items()->rowCount(), 1 + agents);
}

void TestResticUi::openRepositoryFolder()
{
    // File › Open Backup… on the repository's folder opens it as the encrypted backup it is, with the
    // password from the keychain; a folder that is neither kind of backup says so.
    QVERIFY2(!m_repository.isEmpty(), "runs after encryptedBackupToAFolder");
    QVERIFY(ResticRepository::isLocalRepository(m_repository));
    QVERIFY(!ResticRepository::isLocalRepository(QFileInfo(m_repository).path()));
    MainWindow window;
    window.show();
    window.openFile(m_repository);
    BackupView *view = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((view = window.findChild<BackupView *>()), TestSupport::waitMs);
    QVERIFY(view->isRepository());
    QCOMPARE(view->folder(), QStringLiteral("restic:") + m_repository);
    QTRY_VERIFY_WITH_TIMEOUT(view->snapshotChoice()->count() == 2 && !view->isReading(), TestSupport::waitMs * 2);
    QVERIFY(view->items()->rowCount() > 1);

    QTemporaryDir other;
    window.openFile(other.path());
    QTRY_VERIFY_WITH_TIMEOUT(window.findChild<QMessageBox *>(QStringLiteral("openErrorBox")), TestSupport::waitMs);
    QCOMPARE(window.findChildren<BackupView *>().size(), 1);
}

void TestResticUi::cloudsFromRclone()
{
    const QString config = m_dir.filePath(QStringLiteral("rclone.conf"));
    QFile file(config);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("[local]\ntype = local\n\n[nas]\ntype = local\n");
    file.close();
    qputenv("RCLONE_CONFIG", QFile::encodeName(config));
    QNetworkAccessManager *network = HttpJob::createNetworkAccessManager(this);
    Accounts accounts(network);
    BackupDialog dialog(&accounts);
    dialog.show();
    QSignalSpy listed(&dialog, &BackupDialog::remotesListed);
    choose(&dialog, BackupDialog::Where::Cloud);
    QVERIFY(listed.wait(TestSupport::waitMs));
    auto *remotes = dialog.findChild<QComboBox *>(QStringLiteral("remoteCombo"));
    QVERIFY(remotes->isVisible());
    QStringList names;
    for (int i = 0; i < remotes->count(); ++i)
        names << remotes->itemText(i);
    QCOMPARE(names, (QStringList{QStringLiteral("local:"), QStringLiteral("nas:")}));
    QVERIFY(!dialog.findChild<QLabel *>(QStringLiteral("remotesHint"))->isVisible());
    QCOMPARE(dialog.destination(), QStringLiteral("restic:rclone:local:agent-takeout"));
    dialog.findChild<QLineEdit *>(QStringLiteral("cloudFolderEdit"))->setText(QStringLiteral("backups/agents"));
    QCOMPARE(dialog.destination(), QStringLiteral("restic:rclone:local:backups/agents"));

    // A server: sftp: is put in front of an address without a backend.
    choose(&dialog, BackupDialog::Where::Server);
    QVERIFY(dialog.findChild<QLineEdit *>(QStringLiteral("serverEdit"))->isVisible());
    QVERIFY(!dialog.findChild<QComboBox *>(QStringLiteral("remoteCombo"))->isVisible());
    dialog.findChild<QLineEdit *>(QStringLiteral("serverEdit"))->setText(QStringLiteral("me@host:/backups"));
    QCOMPARE(dialog.destination(), QStringLiteral("restic:sftp:me@host:/backups"));
    qunsetenv("RCLONE_CONFIG");
}

void TestResticUi::noCloudYet()
{
    const QString config = m_dir.filePath(QStringLiteral("empty-rclone.conf"));
    QFile file(config);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    qputenv("RCLONE_CONFIG", QFile::encodeName(config));
    QNetworkAccessManager *network = HttpJob::createNetworkAccessManager(this);
    Accounts accounts(network);
    BackupDialog dialog(&accounts);
    dialog.show();
    QSignalSpy listed(&dialog, &BackupDialog::remotesListed);
    choose(&dialog, BackupDialog::Where::Cloud);
    QVERIFY(listed.wait(TestSupport::waitMs));
    auto *hint = dialog.findChild<QLabel *>(QStringLiteral("remotesHint"));
    QVERIFY(hint->isVisible());
    QVERIFY2(hint->text().contains(QLatin1String("rclone config")), qPrintable(hint->text()));
    QVERIFY(!dialog.findChild<QComboBox *>(QStringLiteral("remoteCombo"))->isEnabled());
    QVERIFY(dialog.destination().isEmpty());
    qunsetenv("RCLONE_CONFIG");
}

void TestResticUi::cancelWhileStarting()
{
    QNetworkAccessManager *network = HttpJob::createNetworkAccessManager(this);
    Accounts accounts(network);
    accounts.signIn(Service::Agentbot, ServerUrl(m_demo.url()), QStringLiteral("demo-session"));
    const QString repository = m_dir.filePath(QStringLiteral("cancelled"));
    BackupDialog dialog(&accounts);
    dialog.show();
    choose(&dialog, BackupDialog::Where::Drive);
    dialog.findChild<QLineEdit *>(QStringLiteral("folderEdit"))->setText(repository);
    dialog.startBackup();
    QCOMPARE(dialog.page(), BackupDialog::Page::Progress);
    // Cancel before the keychain has answered: nothing starts after it.
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("cancelBackupButton")), Qt::LeftButton);
    QCOMPARE(dialog.page(), BackupDialog::Page::End);
    QVERIFY(!dialog.isRunning());
    QCOMPARE(dialog.findChild<MessageWidget *>(QStringLiteral("backupOutcome"))->text(),
             QStringLiteral("The backup was cancelled."));
    // The keychain's late answer (a new password, kept there) is dropped: no job, no repository.
    const auto kept = [this, &repository] {
        bool answered = false;
        bool found = false;
        CredentialStore store;
        store.loadKey(ResticRepository::keychainKey(repository), this,
                      [&answered, &found](const Failure &error, const QString &) {
                          found = !error;
                          answered = true;
                      });
        return QTest::qWaitFor([&answered] { return answered; }, TestSupport::waitMs) && found;
    };
    QTRY_VERIFY_WITH_TIMEOUT(kept(), TestSupport::waitMs);
    QVERIFY(!dialog.isRunning());
    QVERIFY(!dialog.findChild<ResticBackupJob *>());
    QCOMPARE(dialog.page(), BackupDialog::Page::End);
    QVERIFY(!QFileInfo::exists(repository + QStringLiteral("/config")));
}

void TestResticUi::resticMissing()
{
    // A PATH without restic: the encrypted choices are off, with the core's sentence.
    const QByteArray path = qgetenv("PATH");
    const auto restore = qScopeGuard([path] { qputenv("PATH", path); });
    const QString empty = m_dir.filePath(QStringLiteral("empty-bin"));
    QVERIFY(QDir().mkpath(empty));
    qputenv("PATH", QFile::encodeName(empty));
    QNetworkAccessManager *network = HttpJob::createNetworkAccessManager(this);
    Accounts accounts(network);
    BackupDialog dialog(&accounts);
    dialog.show();
    auto *missing = dialog.findChild<QLabel *>(QStringLiteral("resticMissingLabel"));
    QVERIFY(missing->isVisible());
    QVERIFY2(missing->text().startsWith(QLatin1String("restic is not installed")), qPrintable(missing->text()));
    auto *where = dialog.findChild<QComboBox *>(QStringLiteral("whereCombo"));
    auto *model = qobject_cast<QStandardItemModel *>(where->model());
    QVERIFY(model);
    QVERIFY(model->item(where->findData(int(BackupDialog::Where::Folder)))->isEnabled());
    for (const BackupDialog::Where encrypted :
         {BackupDialog::Where::Drive, BackupDialog::Where::Server, BackupDialog::Where::Cloud})
        QVERIFY(!model->item(where->findData(int(encrypted)))->isEnabled());
    // The remembered encrypted backup cannot be chosen: the dialog starts on a folder.
    QCOMPARE(where->currentData().toInt(), int(BackupDialog::Where::Folder));
}

QTEST_MAIN(TestResticUi)
#include "tst_resticui.moc"
