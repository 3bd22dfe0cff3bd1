#include "ExportAccountCommand.h"

#include "services/AgentbotClient.h"
#include "services/AgentbotSession.h"

namespace Takeout {

ExportAccountCommand::ExportAccountCommand(QObject *parent)
    : ExportCommand(QStringLiteral("export account"), tr("your whole Agentbot account"), Service::Agentbot, parent)
{
    setDescription(tr("Downloads your Agentbot account export (agents, scheduled tasks, workflows) into a file."));
}

void ExportAccountCommand::run()
{
    ServerUrl server;
    if (!readServer(Service::Agentbot, &server) || !readLimits() || !readOutput())
        return;
    withSecret({Service::Agentbot, server}, [this, server](const QString &secret) {
        const AgentbotSession session = AgentbotSession::fromUserText(secret);
        if (const Failure problem = session.problem()) {
            fail(problem);
            return;
        }
        runExport(agentbotClient(server, session).exportAccount(this));
    });
}

} // namespace Takeout
