// libFuzzer target for the comparison: a document against a mutated copy of itself never crashes; a
// document is the same as itself and as its re-spaced text; every reported path resolves, in the
// right document, to the reported value.

#include "diff/DiffSummary.h"
#include "diff/JsonDiff.h"
#include "json/JsonDocument.h"
#include "json/JsonPath.h"

using namespace Takeout;

namespace {

void verifyPaths(const JsonDocument &before, const JsonDocument &after, const JsonDiff::Result &result)
{
    size_t checked = 0;
    for (const JsonChange &change : result.changes) {
        if (++checked > 200)
            break;
        const bool removed = change.op == JsonChange::Op::Removed;
        QString problem;
        const QString path = JsonDiff::path(before, after, change);
        if (JsonPath::resolve(removed ? before : after, path, &problem) != (removed ? change.oldNode : change.newNode))
            __builtin_trap(); // a path that leads elsewhere
        if (change.op == JsonChange::Op::Changed) {
            const QString oldPath = JsonDiff::oldPath(before, after, change);
            if (JsonPath::resolve(before, oldPath.isEmpty() ? path : oldPath, &problem) != change.oldNode)
                __builtin_trap();
            if (JsonDiff::sameScalar(before, change.oldNode, after, change.newNode))
                __builtin_trap(); // a "change" between equal values
        }
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 3)
        return 0;
    // The last two bytes say where the copy differs and what goes there.
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size - 2));
    JsonDocument::Error error;
    const std::shared_ptr<const JsonDocument> document = JsonDocument::fromBytes(bytes, &error);
    if (!document)
        return 0;
    if (!JsonDiff::compare(*document, *document).changes.empty())
        __builtin_trap();
    const std::shared_ptr<const JsonDocument> respaced = JsonDocument::fromBytes(document->indented(), &error);
    if (!respaced || !JsonDiff::compare(*document, *respaced).changes.empty() ||
        !JsonDiff::compare(*respaced, *document).changes.empty())
        __builtin_trap(); // the same values, other spacing

    QByteArray mutated = bytes;
    mutated[qsizetype(data[size - 2]) * mutated.size() / 256] = char(data[size - 1]);
    const std::shared_ptr<const JsonDocument> other = JsonDocument::fromBytes(mutated, &error);
    if (!other)
        return 0;
    JsonDiffControl control;
    control.alignmentBudget = 1 << 16;
    for (const auto &[before, after] : {std::pair(document, other), std::pair(other, document)}) {
        const JsonDiff::Result result = JsonDiff::compare(*before, *after, control);
        verifyPaths(*before, *after, result);
        DiffSummary::text(*before, *after, result.changes);
    }
    return 0;
}
