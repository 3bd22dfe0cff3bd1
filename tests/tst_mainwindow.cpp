#include "DemoService.h"
#include "MainWindow.h"

#include <QApplication>
#include <QLabel>
#include <QTest>

using namespace Takeout;

// The window under the offscreen platform, pointed at a running demo service.
class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsTheDemoService();
};

void TestMainWindow::showsTheDemoService()
{
    DemoService demo;
    QVERIFY(demo.listen());
    MainWindow window;
    window.useDemoService(demo.url());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *status = window.findChild<QLabel *>(QStringLiteral("serverStatus"));
    QVERIFY(status);
    QVERIFY(status->text().contains(demo.url().toString()));
    QVERIFY(!status->accessibleName().isEmpty());
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
