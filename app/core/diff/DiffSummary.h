#pragma once

#include "JsonDiff.h"

#include <QStringList>
#include <atomic>

namespace Takeout {

// A comparison in words, by the kind of export both documents are, each part starting as a sentence
// does. For an account: "3 agents added, 1 removed, 5 changed", each scheduled task whose schedule
// changed ("Scheduled task daily-report: every day at 09:00 → every Monday at 09:00"), the user's
// fields ("Plan: solo → collective"). For a template: the agent's own fields, "Instructions changed",
// and the functions, connectors,
// sub-agents, knowledge bases and documents added, removed and changed. What none of these covers
// is counted ("4 other changes"); any other JSON is counted by kind of change. The time taken is
// linear in the records and the changes (times each change's depth); when `cancel` is set it stops
// early and says nothing.
class DiffSummary
{
public:
    static QStringList parts(const JsonDocument &oldDocument, const JsonDocument &newDocument,
                             const std::vector<JsonChange> &changes, const std::atomic_bool *cancel = nullptr);
    // The parts joined with " · ", or that there is no difference; empty when cancelled.
    static QString text(const JsonDocument &oldDocument, const JsonDocument &newDocument,
                        const std::vector<JsonChange> &changes, const std::atomic_bool *cancel = nullptr);
};

} // namespace Takeout
