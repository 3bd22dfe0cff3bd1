#pragma once

#include <QLatin1StringView>

// The member names of an xpander.ai agent template export (services/api-contract.md §3), and
// the values it documents, the one place they are spelled: the shape check, the summary and the
// overview read them from here. Names are ASCII, so each is also its UTF-8 bytes (JsonDocument::member
// takes it as it is).
namespace Takeout::XpanderFormat {

// The root object (the AgentTemplate); also members of the records below
inline constexpr QLatin1StringView id{"id"};
inline constexpr QLatin1StringView name{"name"};
inline constexpr QLatin1StringView icon{"icon"};
inline constexpr QLatin1StringView description{"description"};
inline constexpr QLatin1StringView organizationId{"organization_id"};
inline constexpr QLatin1StringView agentDefinition{"agent_definition"};

// .agent_definition
inline constexpr QLatin1StringView type{"type"};
inline constexpr QLatin1StringView delegationType{"delegation_type"};
inline constexpr QLatin1StringView delegationMemoryStrategy{"delegation_memory_strategy"};
inline constexpr QLatin1StringView accessScope{"access_scope"};
inline constexpr QLatin1StringView status{"status"};
inline constexpr QLatin1StringView modelProvider{"model_provider"};
inline constexpr QLatin1StringView modelName{"model_name"};
inline constexpr QLatin1StringView isAiEmployee{"is_ai_employee"};
inline constexpr QLatin1StringView prompts{"prompts"};
inline constexpr QLatin1StringView instructions{"instructions"};
// .agent_definition.instructions
inline constexpr QLatin1StringView role{"role"};
inline constexpr QLatin1StringView goal{"goal"};
inline constexpr QLatin1StringView general{"general"};

// The record arrays: .agent_definition.custom_functions[], .connectors[], .sub_agents[] (ids or
// objects), .knowledge_bases[], and each knowledge base's .documents[]
inline constexpr QLatin1StringView customFunctions{"custom_functions"};
inline constexpr QLatin1StringView connectors{"connectors"};
inline constexpr QLatin1StringView subAgents{"sub_agents"};
inline constexpr QLatin1StringView knowledgeBases{"knowledge_bases"};
inline constexpr QLatin1StringView documents{"documents"};

// .agent_definition.custom_functions[] (also id, name, status, description)
inline constexpr QLatin1StringView sourceCode{"source_code"};
// .agent_definition.connectors[] (also id, name, description)
inline constexpr QLatin1StringView openapiSpec{"openapi_spec"};
inline constexpr QLatin1StringView operationIds{"operation_ids"};
inline constexpr QLatin1StringView totalOperations{"total_operations"};
// .agent_definition.knowledge_bases[].documents[] (also name)
inline constexpr QLatin1StringView url{"url"};
inline constexpr QLatin1StringView content{"content"};

// The documented values; others may appear and are shown as they are.
inline constexpr QLatin1StringView agentTypes[] = {QLatin1StringView("manager"), QLatin1StringView("regular"),
                                                   QLatin1StringView("a2a"), QLatin1StringView("curl")};
inline constexpr QLatin1StringView delegationTypes[] = {QLatin1StringView("router"), QLatin1StringView("sequence")};
inline constexpr QLatin1StringView delegationMemoryStrategies[] = {
    QLatin1StringView("full"), QLatin1StringView("summarization"), QLatin1StringView("original-input")};
inline constexpr QLatin1StringView accessScopes[] = {QLatin1StringView("personal"),
                                                     QLatin1StringView("organizational")};
inline constexpr QLatin1StringView agentStatuses[] = {QLatin1StringView("DRAFT"), QLatin1StringView("ACTIVE"),
                                                      QLatin1StringView("INACTIVE")};
inline constexpr QLatin1StringView modelProviders[] = {
    QLatin1StringView("openai"),      QLatin1StringView("nim"),         QLatin1StringView("amazon_bedrock"),
    QLatin1StringView("huggingFace"), QLatin1StringView("friendlyAI"),  QLatin1StringView("anthropic"),
    QLatin1StringView("gemini"),      QLatin1StringView("fireworks"),   QLatin1StringView("google_ai_studio"),
    QLatin1StringView("helicone"),    QLatin1StringView("open_router"), QLatin1StringView("nebius")};
inline constexpr QLatin1StringView functionStatuses[] = {QLatin1StringView("draft"), QLatin1StringView("analysing"),
                                                         QLatin1StringView("ready"), QLatin1StringView("error")};

} // namespace Takeout::XpanderFormat
