#include "BackupDialog.h"
#include "FaultServer.h"
#include "TestSupport.h"
#include "accounts/Accounts.h"
#include "backup/BackupManifest.h"
#include "backup/BackupSchedule.h"
#include "net/HttpJob.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QLineEdit>
#include <QListWidget>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QTest>

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

private:
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

QTEST_MAIN(TestBackupDialog)
#include "tst_backupdialog.moc"
