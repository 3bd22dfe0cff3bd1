#include "ExportSummary.h"

#include "json/JsonDocument.h"

namespace Takeout {

namespace {

using Type = JsonDocument::Type;

QString text(const JsonDocument &document, quint32 object, const char *key)
{
    const quint32 value = document.member(object, QByteArrayView(key));
    return value == JsonDocument::none ? QString() : document.string(value);
}

int count(const JsonDocument &document, quint32 object, const char *key)
{
    const quint32 value = document.member(object, QByteArrayView(key));
    return value != JsonDocument::none && document.type(value) == Type::Array ? int(document.childCount(value)) : 0;
}

} // namespace

ExportSummary ExportSummary::read(const JsonDocument &document, ExportKind kind)
{
    ExportSummary summary;
    summary.kind = kind;
    summary.bytes = document.bytes().size();
    const quint32 root = JsonDocument::root();
    if (kind == ExportKind::AgentbotAccount) {
        summary.exportedAt = text(document, root, "exportedAt");
        summary.version = text(document, root, "version");
        const quint32 user = document.member(root, "user");
        if (user != JsonDocument::none) {
            summary.userName = text(document, user, "name");
            summary.userEmail = text(document, user, "email");
            summary.plan = text(document, user, "plan");
        }
        summary.agents = count(document, root, "agents");
        summary.scheduledTasks = count(document, root, "scheduledTasks");
        summary.workflows = count(document, root, "workflows");
    } else if (kind == ExportKind::XpanderTemplate) {
        summary.templateName = text(document, root, "name");
        summary.icon = text(document, root, "icon");
        summary.description = text(document, root, "description");
        const quint32 agent = document.member(root, "agent_definition");
        if (agent == JsonDocument::none)
            return summary;
        summary.agentName = text(document, agent, "name");
        summary.agentType = text(document, agent, "type");
        summary.modelProvider = text(document, agent, "model_provider");
        summary.modelName = text(document, agent, "model_name");
        summary.status = text(document, agent, "status");
        summary.customFunctions = count(document, agent, "custom_functions");
        summary.connectors = count(document, agent, "connectors");
        summary.subAgents = count(document, agent, "sub_agents");
        const quint32 knowledgeBases = document.member(agent, "knowledge_bases");
        if (knowledgeBases != JsonDocument::none && document.type(knowledgeBases) == Type::Array) {
            summary.knowledgeBases = int(document.childCount(knowledgeBases));
            for (quint32 base = document.firstChild(knowledgeBases); base != JsonDocument::none;
                 base = document.nextSibling(base))
                summary.documents += count(document, base, "documents");
        }
    }
    return summary;
}

} // namespace Takeout
