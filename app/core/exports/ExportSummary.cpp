#include "ExportSummary.h"

#include "AgentbotFormat.h"
#include "XpanderFormat.h"
#include "json/JsonDocument.h"

#include <QCoreApplication>
#include <QStringList>

namespace Takeout {

namespace {

using Type = JsonDocument::Type;

// The translation context of the texts in this file.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ExportSummary)
};

struct CountOf
{
    QLatin1StringView id;
    const char *title;
    const char *label;
    int ExportSummary::*value;
    bool withinPrevious = false;
};

// The counts of each kind, in the order they are shown. The ids are what `inspect` prints, which
// scripts read: they never change.
constexpr CountOf accountCounts[] = {
    {QLatin1StringView("agents"), QT_TRANSLATE_NOOP("ExportSummary", "Agents"),
     QT_TRANSLATE_NOOP("ExportSummary", "agents"), &ExportSummary::agents},
    {QLatin1StringView("scheduledTasks"), QT_TRANSLATE_NOOP("ExportSummary", "Scheduled tasks"),
     QT_TRANSLATE_NOOP("ExportSummary", "scheduled tasks"), &ExportSummary::scheduledTasks},
    {QLatin1StringView("workflows"), QT_TRANSLATE_NOOP("ExportSummary", "Workflows"),
     QT_TRANSLATE_NOOP("ExportSummary", "workflows"), &ExportSummary::workflows},
};
constexpr CountOf templateCounts[] = {
    {QLatin1StringView("customFunctions"), QT_TRANSLATE_NOOP("ExportSummary", "Custom functions"),
     QT_TRANSLATE_NOOP("ExportSummary", "custom functions"), &ExportSummary::customFunctions},
    {QLatin1StringView("connectors"), QT_TRANSLATE_NOOP("ExportSummary", "Connectors"),
     QT_TRANSLATE_NOOP("ExportSummary", "connectors"), &ExportSummary::connectors},
    {QLatin1StringView("subAgents"), QT_TRANSLATE_NOOP("ExportSummary", "Sub-agents"),
     QT_TRANSLATE_NOOP("ExportSummary", "sub-agents"), &ExportSummary::subAgents},
    {QLatin1StringView("knowledgeBases"), QT_TRANSLATE_NOOP("ExportSummary", "Knowledge bases"),
     QT_TRANSLATE_NOOP("ExportSummary", "knowledge bases"), &ExportSummary::knowledgeBases},
    {QLatin1StringView("documents"), QT_TRANSLATE_NOOP("ExportSummary", "Documents"),
     QT_TRANSLATE_NOOP("ExportSummary", "documents"), &ExportSummary::documents, true},
};

QString text(const JsonDocument &document, quint32 object, QLatin1StringView key)
{
    const quint32 value = document.member(object, key);
    return value == JsonDocument::none ? QString() : document.string(value);
}

int count(const JsonDocument &document, quint32 object, QLatin1StringView key)
{
    const quint32 value = document.member(object, key);
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
        namespace Key = AgentbotFormat;
        summary.exportedAt = text(document, root, Key::exportedAt);
        summary.version = text(document, root, Key::version);
        const quint32 user = document.member(root, Key::user);
        if (user != JsonDocument::none) {
            summary.userName = text(document, user, Key::name);
            summary.userEmail = text(document, user, Key::email);
            summary.plan = text(document, user, Key::plan);
            summary.role = text(document, user, Key::role);
            summary.referralCode = text(document, user, Key::referralCode);
            const quint32 credits = document.member(user, Key::referralCredits);
            if (credits != JsonDocument::none)
                summary.referralCredits = document.text(credits);
        }
        summary.agents = count(document, root, Key::agents);
        summary.scheduledTasks = count(document, root, Key::scheduledTasks);
        summary.workflows = count(document, root, Key::workflows);
    } else if (kind == ExportKind::XpanderTemplate) {
        namespace Key = XpanderFormat;
        summary.templateName = text(document, root, Key::name);
        summary.icon = text(document, root, Key::icon);
        summary.description = text(document, root, Key::description);
        const quint32 agent = document.member(root, Key::agentDefinition);
        if (agent == JsonDocument::none)
            return summary;
        summary.agentName = text(document, agent, Key::name);
        summary.agentType = text(document, agent, Key::type);
        summary.delegationType = text(document, agent, Key::delegationType);
        summary.accessScope = text(document, agent, Key::accessScope);
        summary.modelProvider = text(document, agent, Key::modelProvider);
        summary.modelName = text(document, agent, Key::modelName);
        summary.status = text(document, agent, Key::status);
        summary.customFunctions = count(document, agent, Key::customFunctions);
        summary.connectors = count(document, agent, Key::connectors);
        summary.subAgents = count(document, agent, Key::subAgents);
        const quint32 knowledgeBases = document.member(agent, Key::knowledgeBases);
        if (knowledgeBases != JsonDocument::none && document.type(knowledgeBases) == Type::Array) {
            summary.knowledgeBases = int(document.childCount(knowledgeBases));
            for (quint32 base = document.firstChild(knowledgeBases); base != JsonDocument::none;
                 base = document.nextSibling(base))
                summary.documents += count(document, base, Key::documents);
        }
    }
    return summary;
}

QList<ExportCount> ExportSummary::counts() const
{
    const auto list = [this](const auto &table) {
        QList<ExportCount> counts;
        for (const CountOf &count : table)
            counts.append({count.id, QCoreApplication::translate("ExportSummary", count.title),
                           QCoreApplication::translate("ExportSummary", count.label), this->*count.value,
                           count.withinPrevious});
        return counts;
    };
    switch (kind) {
    case ExportKind::AgentbotAccount:
        return list(accountCounts);
    case ExportKind::XpanderTemplate:
        return list(templateCounts);
    case ExportKind::Json:
        break;
    }
    return {};
}

QString ExportSummary::countsText() const
{
    QStringList items;
    for (const ExportCount &count : counts()) {
        if (count.withinPrevious && !items.isEmpty())
            items.last() = Text::tr("%1 (%2)").arg(items.last(),
                                                   Text::tr("%1: %2").arg(count.label, QString::number(count.value)));
        else
            items << Text::tr("%1: %2").arg(count.title, QString::number(count.value));
    }
    return items.join(QStringLiteral(" · "));
}

} // namespace Takeout
