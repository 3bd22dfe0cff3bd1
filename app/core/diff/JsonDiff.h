#pragma once

#include "json/JsonDocument.h"

#include <QString>
#include <atomic>
#include <functional>
#include <vector>

namespace Takeout {

// For a long comparison (it runs on a worker thread in the app): progress now and then, from the
// comparing thread, and a flag that stops it early.
struct JsonDiffControl
{
    // Bytes of the new document behind the comparison, of its size.
    std::function<void(qint64 done, qint64 total)> progress;
    const std::atomic_bool *cancel = nullptr;
    // The most steps the alignment of one plain array may take (about elements × edits); past it,
    // what is left of that array is compared by position.
    qint64 alignmentBudget = qint64(20) << 20;
};

// One difference between two documents: a value added (in the new document), removed (from the old
// one), or changed (a scalar's value, or a value's type). The nodes are the documents' own.
struct JsonChange
{
    enum class Op : quint8
    {
        Added,
        Removed,
        Changed,
    };
    Op op = Op::Changed;
    // The value in each document. For an added value, oldNode is the container of the old document it
    // was added to; for a removed one, newNode is the container of the new document it left.
    quint32 oldNode = JsonDocument::none;
    quint32 newNode = JsonDocument::none;
};

// What differs between two JSON documents, by value rather than by text:
// - objects key by key (of duplicate keys the last counts, as in jq); key order is no change;
// - arrays whose elements are all objects with a unique `id` (string or number) in both documents
//   are matched by id, so a reordering alone is no change;
// - other arrays are aligned on their equal elements (a longest common subsequence on the values'
//   hashes, so the files' layout is no matter; bounded by the control's budget), so one element
//   inserted in the middle is one "added"; between two equal ones, the elements alike (objects with
//   the same `name`, or most members equal) are paired, the rest by position;
// - strings compare by their decoded text, numbers by their exact decimal value; a change of type is
//   one "changed".
// Equal bytes are the same value: identical subtrees are skipped without decoding. The walk is
// iterative, so any depth the engine loads can be compared. Large arrays take a second core (a task
// on BackgroundTask::threads(), which the comparing thread runs itself if the pool is busy); the
// changes are the same, in the same order, as on one.
class JsonDiff
{
public:
    struct Result
    {
        std::vector<JsonChange> changes; // in the new document's order, each container's removals last
        bool cancelled = false;
    };

    static Result compare(const JsonDocument &oldDocument, const JsonDocument &newDocument,
                          const JsonDiffControl &control = {});

    // The change's jq path, as JsonPath::resolve takes it: in the old document for a removal, in the
    // new one otherwise.
    static QString path(const JsonDocument &oldDocument, const JsonDocument &newDocument, const JsonChange &change);
    // For a change whose value moved (an element matched at another index): its path in the old
    // document; empty when it is the same path.
    static QString oldPath(const JsonDocument &oldDocument, const JsonDocument &newDocument, const JsonChange &change);
    // Whether two scalars are the same value (strings decoded, numbers exact); containers are never.
    static bool sameScalar(const JsonDocument &a, quint32 aNode, const JsonDocument &b, quint32 bNode);
};

} // namespace Takeout
