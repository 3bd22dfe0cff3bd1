#include "DemoService.h"
#include "i18n/Translations.h"
#include "process/ProcessProtection.h"
#include "shell/MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <cstring>

namespace {

const QString demoOption = QStringLiteral("demo");

void describe(QCommandLineParser &parser)
{
    parser.setApplicationDescription(QCoreApplication::translate("main", "Export and inspect your AI-agent data."));
    parser.addHelpOption();
    parser.addVersionOption();
    // Built here, not at start-up, so that the text is translated.
    parser.addOption({demoOption, QCoreApplication::translate("main", "Try the app on a built-in demo service.")});
    parser.addPositionalArgument(QStringLiteral("files"), QCoreApplication::translate("main", "Exports to open."),
                                 QStringLiteral("[FILE...]"));
}

void setIdentity()
{
    QCoreApplication::setApplicationName(QStringLiteral("Agent Takeout"));
    QCoreApplication::setOrganizationName(QStringLiteral("AgentTakeout"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("agenttakeout.org"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TAKEOUT_VERSION));
}

} // namespace

int main(int argc, char *argv[])
{
    Takeout::ProcessProtection::apply();
    // --help and --version answer without a display, like any command-line program.
    for (int i = 1; i < argc; ++i) {
        if (!std::strcmp(argv[i], "--help") || !std::strcmp(argv[i], "-h") || !std::strcmp(argv[i], "--version") ||
            !std::strcmp(argv[i], "-v")) {
            QCoreApplication core(argc, argv);
            Takeout::installTranslations();
            setIdentity();
            QCommandLineParser parser;
            describe(parser);
            parser.process(core); // prints and exits
            return 0;
        }
    }

    QApplication app(argc, argv);
    Takeout::installTranslations();
    setIdentity();
    QApplication::setDesktopFileName(QStringLiteral("org.agenttakeout.AgentTakeout"));
    QCommandLineParser parser;
    describe(parser);
    parser.process(app);

    Takeout::MainWindow window;
    if (parser.isSet(demoOption)) {
        // In-process, on a free loopback port; both services signed in to it for this session only.
        auto *service = new Takeout::DemoService(&app);
        if (!service->listen()) {
            QMessageBox::critical(nullptr, QApplication::applicationName(),
                                  QApplication::translate("main", "The demo service could not start."));
            return 1;
        }
        window.startDemo(service->url());
    } else {
        window.restoreSignIns();
    }
    for (const QString &file : parser.positionalArguments())
        window.openFile(file);
    window.show();
    return QApplication::exec();
}
