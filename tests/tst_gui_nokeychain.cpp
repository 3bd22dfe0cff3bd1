#include "DemoService.h"
#include "TestSupport.h"
#include "shell/MainWindow.h"
#include "signin/SignInPanel.h"
#include "widgets/MessageWidget.h"

#include <QApplication>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableView>
#include <QTest>

using namespace Takeout;

// Run with no reachable session bus (see tests/CMakeLists.txt): there is no keychain at all.
class TestGuiNoKeychain : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void offersSessionOnlyUse();
};

void TestGuiNoKeychain::offersSessionOnlyUse()
{
    QApplication::setOrganizationName(QStringLiteral("AgentTakeoutTests"));
    DemoService demo;
    QVERIFY(demo.listen());
    MainWindow window;
    window.useDemoService(demo.url());
    window.showPage(MainWindow::XpanderPage); // the window starts on Home
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    SignInPanel *panel = window.signInPanel(Service::Xpander);
    QTest::mouseClick(panel->findChild<QPushButton *>(QStringLiteral("signInButton")), Qt::LeftButton);
    auto *problem = panel->findChild<MessageWidget *>(QStringLiteral("keychainProblem"));
    QTRY_VERIFY_WITH_TIMEOUT(problem->isVisible(), TestSupport::waitMs);
    const QString text = problem->text();
    QVERIFY2(text.contains(QLatin1String("No system keychain")), qPrintable(text));
    QVERIFY(text.contains(QLatin1String("KeePassXC")));
    // There is a way on (this session only): a warning, not an error.
    QCOMPARE(problem->type(), MessageWidget::Type::Warning);
    QVERIFY(panel->findChild<QPushButton *>(QStringLiteral("retryKeychainButton"))->isVisible());

    // Retry fails the same way; session-only use signs in with nothing written anywhere.
    QTest::mouseClick(panel->findChild<QPushButton *>(QStringLiteral("retryKeychainButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(problem->isVisible(), TestSupport::waitMs);
    QTest::mouseClick(panel->findChild<QPushButton *>(QStringLiteral("sessionOnlyButton")), Qt::LeftButton);
    auto *sidebar = window.findChild<QListWidget *>(QStringLiteral("sidebar"));
    QVERIFY(sidebar->item(MainWindow::XpanderPage)->text().contains(QLatin1String("signed in")));
    QVERIFY(!problem->isVisible());
    auto *table = window.findChild<QTableView *>(QStringLiteral("agentTable"));
    QCOMPARE(table->model()->rowCount(), DemoService::agents().size());
}

QTEST_MAIN(TestGuiNoKeychain)
#include "tst_gui_nokeychain.moc"
