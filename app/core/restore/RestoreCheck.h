#pragma once

#include "base/Failure.h"
#include "diff/JsonDiff.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QStringList>
#include <memory>
#include <vector>

namespace Takeout {

// Whether an agent created from a template came back whole: the template, and an export of the new
// agent made with the same knowledge-base choice, compared by value after leaving out what must
// differ. Left out: ids (`id`, any `*_id`, `unique_name`, `origin_template`, and any text that is a
// whole UUID, since references between records are ids too), creation and update times, `version`, and
// the name, description and icon of the template and of its agent definition (the person chose the
// new agent's). Records come back with new ids, so arrays of named records are ordered by name and
// matched by it: a faithful import is no difference at all, and a missing function reads as one removal.
struct RestoreCheck
{
    struct Result
    {
        bool matches = false;
        // The two documents as compared (indented JSON), for a comparison tab.
        std::shared_ptr<const JsonDocument> templateSide;
        std::shared_ptr<const JsonDocument> agentSide;
        std::vector<JsonChange> changes;
        // The differences in words (as a comparison's summary says them); empty when it matches.
        QStringList lines;
        // Each change's kind and jq path (in the agent's side, in the template's for a removal).
        QList<QPair<JsonChange::Op, QString>> differences;
        // Set when a side is not a JSON object; the rest is then empty.
        Failure error;
    };

    static Result compare(const QByteArray &templateJson, const QByteArray &newAgentExport);

    // The document as compared: what must differ left out, named records in name order.
    static QByteArray normalised(const QByteArray &json, bool *ok = nullptr);

    // The op's word for a machine reader: "added", "removed", "changed".
    static QString opName(JsonChange::Op op);
};

} // namespace Takeout
