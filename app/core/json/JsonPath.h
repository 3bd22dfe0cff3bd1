#pragma once

#include "JsonDocument.h"

#include <QString>

namespace Takeout {

// jq-style paths: `.agent_definition.knowledge_bases[0].documents[3].content`, `.["a key"].x`, `.[2]`.
// A key that is not a plain identifier is printed as jq prints it, `["…"]` after the step before (any
// jq reads that form; `.a.["b"]` only jq 1.7 and later). Both `."a key"` and `.["a key"]` are read.
class JsonPath
{
public:
    // The path of a value in its document; "." for the root.
    static QString of(const JsonDocument &document, quint32 node);
    // The value at `path`, or JsonDocument::none with a plain reason in `error`. Of duplicate keys,
    // the last counts, as in jq.
    static quint32 resolve(const JsonDocument &document, const QString &path, QString *error);
    // One step of a path: `.name`, or `["any text"]` (a JSON string) when the name is not a plain
    // identifier.
    static QString keyStep(const QString &key);
    // The path of the member `key` of the value at `parent` (a path as `of` prints it).
    static QString member(const QString &parent, const QString &key);
};

} // namespace Takeout
