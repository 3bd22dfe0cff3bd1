#include "Cli.h"
#include "i18n/Translations.h"
#include "process/ProcessProtection.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QTimer>
#include <cstring>
#include <memory>

int main(int argc, char *argv[])
{
    Takeout::ProcessProtection::apply();
    // Laying out a document needs fonts, which need a GUI application, which needs a platform: the
    // offscreen one, so that it works over SSH or from a timer with no display. Only for that command:
    // the others start without Qt GUI.
    const bool laysOutPages = argc > 1 && std::strcmp(argv[1], "document") == 0;
    std::unique_ptr<QCoreApplication> app;
    if (laysOutPages) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    Takeout::installTranslations();
    QCoreApplication::setApplicationName(QStringLiteral("agent-takeout-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("AgentTakeout"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TAKEOUT_VERSION));

    Takeout::Cli cli;
    QObject::connect(
        &cli, &Takeout::Cli::done, app.get(), [](int code) { QCoreApplication::exit(code); }, Qt::QueuedConnection);
    QTimer::singleShot(0, &cli, [&cli] { cli.start(QCoreApplication::arguments().mid(1)); });
    return QCoreApplication::exec();
}
