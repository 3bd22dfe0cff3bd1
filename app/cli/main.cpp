#include "Cli.h"
#include "i18n/Translations.h"
#include "process/ProcessProtection.h"

#include <QCoreApplication>
#include <QTimer>

int main(int argc, char *argv[])
{
    Takeout::ProcessProtection::apply();
    QCoreApplication app(argc, argv);
    Takeout::installTranslations();
    QCoreApplication::setApplicationName(QStringLiteral("agent-takeout-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("AgentTakeout"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TAKEOUT_VERSION));

    Takeout::Cli cli;
    QObject::connect(
        &cli, &Takeout::Cli::done, &app, [](int code) { QCoreApplication::exit(code); }, Qt::QueuedConnection);
    QTimer::singleShot(0, &cli, [&cli] { cli.start(QCoreApplication::arguments().mid(1)); });
    return QCoreApplication::exec();
}
