// takeout-testserver [--port N] [--fault NAME] [--param P]: the demo service misbehaving in one way,
// for trying the app's error handling by hand. Prints its URL on stdout, like serve-demo.

#include "FaultServer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

using Takeout::FaultServer;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("takeout-testserver"));
    const auto tr = [](const char *text) { return QCoreApplication::translate("TestServer", text); };
    const QString names = FaultServer::faultNames().join(QLatin1String(", "));

    QCommandLineParser parser;
    parser.setApplicationDescription(tr("The Agent Takeout demo service, misbehaving on request (a test tool)."));
    parser.addHelpOption();
    parser.addOptions({
        {QStringLiteral("port"), tr("The port to listen on (default: a free one)."), QStringLiteral("N")},
        {QStringLiteral("fault"), tr("Misbehave in this way (%1).").arg(names), QStringLiteral("NAME")},
        {QStringLiteral("param"), tr("The fault's parameter (see tests/support/FaultServer.h)."), QStringLiteral("P")},
    });
    parser.process(app);

    QTextStream err(stderr);
    bool ok = true;
    const int port = parser.isSet(QStringLiteral("port")) ? parser.value(QStringLiteral("port")).toInt(&ok) : 0;
    if (!ok || port < 0 || port > 65535) {
        err << tr("--port takes a number from 0 to 65535.") << '\n';
        return 1;
    }
    FaultServer server;
    if (parser.isSet(QStringLiteral("fault"))) {
        FaultServer::Fault fault = FaultServer::Fault::None;
        if (!FaultServer::faultFromName(parser.value(QStringLiteral("fault")), &fault)) {
            err << tr("Unknown fault. Choose one of: %1").arg(names) << '\n';
            return 1;
        }
        server.setFault(fault, -1, parser.value(QStringLiteral("param")).toUtf8());
    }
    if (!server.listen(quint16(port))) {
        err << tr("Could not listen on 127.0.0.1:%1 (is the port taken?)").arg(port) << '\n';
        return 4;
    }
    QTextStream(stdout) << server.url().toString() << Qt::endl;
    err << tr("Test server running at %1. Agentbot session: %2, xpander.ai key: %3. Ctrl+C stops it.")
               .arg(server.url().toString(), QLatin1String(FaultServer::agentbotSession),
                    QLatin1String(FaultServer::xpanderApiKey))
        << Qt::endl;
    return QCoreApplication::exec();
}
