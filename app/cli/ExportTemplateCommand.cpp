#include "ExportTemplateCommand.h"

#include "services/XpanderClient.h"

#include <algorithm>

namespace Takeout {

ExportTemplateCommand::ExportTemplateCommand(QObject *parent)
    : ExportCommand(QStringLiteral("export template"), tr("one xpander.ai agent as a template"), Service::Xpander,
                    parent)
{
    setDescription(tr("Downloads an xpander.ai agent as a template into a file. Name, description and icon "
                      "default to the agent's own."));
    addOption({QStringLiteral("agent"), tr("The xpander.ai agent id."), QStringLiteral("ID")});
    addOption({QStringLiteral("name"), tr("Template name (default: the agent's)."), QStringLiteral("N")});
    addOption({QStringLiteral("description"), tr("Template description (default: the agent's)."), QStringLiteral("D")});
    addOption({QStringLiteral("icon"), tr("Template icon, an emoji (default: the agent's)."), QStringLiteral("I")});
    addOption({QStringLiteral("with-knowledge-bases"), tr("Include knowledge bases with their documents.")});
}

void ExportTemplateCommand::run()
{
    ServerUrl server;
    if (!readServer(Service::Xpander, &server) || !readLimits())
        return;
    const QString agentId = value(QStringLiteral("agent"));
    if (agentId.isEmpty()) {
        usage(tr("--agent ID is required."));
        return;
    }
    if (!readOutput())
        return;
    withSecret({Service::Xpander, server}, [this, server, agentId](const QString &key) {
        const XpanderClient client = xpanderClient(server, key);
        TemplateRequest request;
        request.name = value(QStringLiteral("name"));
        request.description = value(QStringLiteral("description"));
        request.icon = value(QStringLiteral("icon"));
        request.withKnowledgeBases = isSet(QStringLiteral("with-knowledge-bases"));
        if (isSet(QStringLiteral("name")) && isSet(QStringLiteral("description")) && isSet(QStringLiteral("icon")))
            runExport(client.exportTemplate(agentId, request, {}, this));
        else
            exportWithTheAgentsDefaults(client, agentId, request);
    });
}

void ExportTemplateCommand::exportWithTheAgentsDefaults(const XpanderClient &client, const QString &agentId,
                                                        TemplateRequest request)
{
    AgentListJob *list = client.listAgents(this);
    connect(list, &AgentListJob::finished, this, [this, client, list, agentId, request]() mutable {
        if (list->error()) {
            fail(list->error());
            return;
        }
        const auto &agents = list->agents();
        const auto agent =
            std::find_if(agents.cbegin(), agents.cend(), [&agentId](const AgentSummary &a) { return a.id == agentId; });
        if (agent == agents.cend()) {
            fail(Failure(Failure::Kind::NotFound, QStringLiteral("agent %1 is not in the agent list").arg(agentId))
                     .setServiceName(XpanderClient::serviceName()));
            return;
        }
        if (!isSet(QStringLiteral("name")))
            request.name = agent->name;
        if (!isSet(QStringLiteral("description")))
            request.description = agent->description;
        if (!isSet(QStringLiteral("icon")))
            request.icon = agent->icon;
        runExport(client.exportTemplate(agentId, request, agent->name, this));
    });
    list->start();
}

} // namespace Takeout
