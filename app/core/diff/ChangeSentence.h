#pragma once

#include "JsonDiff.h"

#include <QString>

namespace Takeout {

// One change of a comparison as a sentence a person reads aloud, naming records by their names and
// fields in words: "Agent travel-planner added", "Plan: collective → network", "Scheduled task
// daily-report: every day at 09:00 → every Monday to Friday at 08:30", "Function fetch: Source code
// changed". The jq path stays the exact address (JsonDiff::path); this is what the compare tab, the
// CLI and the restore check show first.
class ChangeSentence
{
public:
    static QString of(const JsonDocument &oldDocument, const JsonDocument &newDocument, const JsonChange &change);
    // Where a value is, in words ("Agent travel-planner › Model"); empty for the root.
    static QString place(const JsonDocument &document, quint32 node);
    // A field's name in words, capitalised as it starts a sentence: "plan" → "Plan", "model_provider"
    // → "Model provider", "someNewField" → "Some new field".
    static QString fieldName(const QString &key);
    // What a record is called: its name, else its title, else its id; empty when it has none.
    static QString recordName(const JsonDocument &document, quint32 node);
};

} // namespace Takeout
