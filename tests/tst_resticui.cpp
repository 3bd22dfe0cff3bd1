#include "FaultServer.h"
#include "TestSupport.h"
#include "accounts/Accounts.h"
#include "backup/BackupDialog.h"
#include "backup/ResticBackupJob.h"
#include "backup/ResticRepository.h"
#include "base/Settings.h"
#include "credentials/CredentialStore.h"
#include "i18n/Translations.h"
#include "net/HttpJob.h"
#include "shell/HomePage.h"
#include "widgets/MessageWidget.h"

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QScopeGuard>
#include <QStandardItemModel>
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
    void cloudsFromRclone();
    void noCloudYet();
    void cancelWhileStarting();
    void resticMissing();

private:
    static void choose(BackupDialog *dialog, BackupDialog::Where where);

    FaultServer m_demo;
    QTemporaryDir m_dir;
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
