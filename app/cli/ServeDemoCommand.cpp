#include "ServeDemoCommand.h"

#include "DemoService.h"

#include <QTextStream>

namespace Takeout {

ServeDemoCommand::ServeDemoCommand(QObject *parent)
    : Command(QStringLiteral("serve-demo"), tr("run the demo service in the foreground"), parent)
{
    setDescription(tr("Runs the demo service on 127.0.0.1 until Ctrl+C; its address goes to stdout."));
    addOption({QStringLiteral("port"), tr("The port to listen on (default: a free one)."), QStringLiteral("N")});
}

void ServeDemoCommand::run()
{
    bool ok = true;
    const int port = isSet(QStringLiteral("port")) ? value(QStringLiteral("port")).toInt(&ok) : 0;
    if (!ok || port < 0 || port > 65535) {
        usage(tr("--port takes a number from 0 to 65535."));
        return;
    }
    auto *demo = new DemoService(this);
    if (!demo->listen(quint16(port))) {
        err() << tr("Could not listen on 127.0.0.1:%1 (is the port taken?)").arg(port) << '\n' << Qt::flush;
        finish(Network);
        return;
    }
    out() << demo->url().toString() << '\n' << Qt::flush;
    err() << tr("Demo service running at %1. Agentbot session: %2, xpander.ai key: %3. Ctrl+C stops it.")
                 .arg(demo->url().toString(), QLatin1String(DemoService::agentbotSession),
                      QLatin1String(DemoService::xpanderApiKey))
          << '\n'
          << Qt::flush;
}

} // namespace Takeout
