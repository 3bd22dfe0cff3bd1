#pragma once

#include <QLatin1StringView>
#include <QString>

namespace Takeout {

// One number the summary of an export shows for its kind ("Scheduled tasks: 7"). The preview's line
// of counts, the overview and the CLI's `inspect` all read them from ExportSummary::counts().
struct ExportCount
{
    QLatin1StringView id; // for scripts, as `inspect` prints it: "agents", "scheduledTasks", "customFunctions", …
    QString title;        // translated, starting a line or a heading: "Scheduled tasks"
    QString label;        // translated, within a sentence: "scheduled tasks"
    int value = 0;
    bool withinPrevious = false; // a part of the count before it: the knowledge bases' documents
};

} // namespace Takeout
