#pragma once

#include "ExportCount.h"

#include <QList>
#include <QString>

namespace Takeout {

class JsonDocument;

enum class ExportKind
{
    AgentbotAccount,
    XpanderTemplate,
    Json, // any other JSON document (an opened file)
};

// What is inside an export, read once when its body is checked (off the UI thread): the facts and
// counts the preview heads with and the overview shows. Fields an export lacks stay empty.
struct ExportSummary
{
    ExportKind kind = ExportKind::AgentbotAccount;
    qint64 bytes = 0;

    // Agentbot account
    QString exportedAt;
    QString version;
    QString userName;
    QString userEmail;
    QString plan;
    QString role;
    QString referralCode;
    QString referralCredits; // the number as written
    int agents = 0;
    int scheduledTasks = 0;
    int workflows = 0;

    // xpander.ai template
    QString templateName;
    QString icon;
    QString description;
    QString agentName;
    QString agentType;
    QString delegationType;
    QString accessScope;
    QString modelProvider;
    QString modelName;
    QString status;
    int customFunctions = 0;
    int connectors = 0;
    int subAgents = 0;
    int knowledgeBases = 0;
    int documents = 0;

    // Reads the summary of a document of the given kind; fields it lacks stay empty.
    static ExportSummary read(const JsonDocument &document, ExportKind kind);

    // The counts of this kind, in the order they are shown; none for a plain JSON document.
    QList<ExportCount> counts() const;
    // The counts as one line: "Agents: 8 · Scheduled tasks: 7 · Workflows: 5".
    QString countsText() const;
};

} // namespace Takeout
