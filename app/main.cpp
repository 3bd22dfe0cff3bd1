#include "DemoService.h"
#include "MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Agent Takeout"));
    QApplication::setOrganizationName(QStringLiteral("AgentTakeout"));
    QApplication::setOrganizationDomain(QStringLiteral("agenttakeout.org"));
    QApplication::setApplicationVersion(QStringLiteral(TAKEOUT_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("org.agenttakeout.AgentTakeout"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Export and inspect your AI-agent data."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(QStringLiteral("demo"),
                                  QApplication::translate("main", "Try the app on a built-in demo service."));
    parser.addOption(demo);
    parser.addPositionalArgument(QStringLiteral("files"), QApplication::translate("main", "Exports to open."),
                                 QStringLiteral("[FILE...]"));
    parser.process(app);

    Takeout::MainWindow window;
    if (parser.isSet(demo)) {
        // In-process, on a free loopback port; both services point at it, credentials pre-filled.
        auto *service = new Takeout::DemoService(&app);
        if (!service->listen()) {
            QMessageBox::critical(nullptr, QApplication::applicationName(),
                                  QApplication::translate("main", "The demo service could not start."));
            return 1;
        }
        window.useDemoService(service->url());
    } else {
        window.restoreSignIns();
    }
    for (const QString &file : parser.positionalArguments())
        window.openFile(file);
    window.show();
    return QApplication::exec();
}
