// libFuzzer target for the JSON engine: any bytes either load or are refused with a position, never
// crash; what loads can be walked, printed and searched; and the verdict is simdjson's.

#include "json/JsonDocument.h"
#include "json/JsonPath.h"
#include "json/JsonSearch.h"

#include <simdjson.h>

using namespace Takeout;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    JsonDocument::Error error;
    const std::shared_ptr<const JsonDocument> document = JsonDocument::fromBytes(bytes, &error);
    // The index is bounded by the text: at most 13 bytes per byte, whatever the bytes (and 12 for the
    // first word of its rank, which tiny texts take whole).
    const qint64 bound = 13 * qint64(size) + 12;
    if (JsonDocument::indexBytesFor(bytes) > bound || (document && document->indexBytes() > bound))
        __builtin_trap();
    if (!document && error.offset < 0 && !error.message.isEmpty())
        __builtin_trap(); // refused for memory on an input this small: the bound was exceeded

    // The vectorised scan and the byte-at-a-time pass give the same verdict, error and index.
    JsonLoadControl byteByByte;
    byteByByte.structuralScan = false;
    JsonDocument::Error slowError;
    const std::shared_ptr<const JsonDocument> slow = JsonDocument::fromBytes(bytes, &slowError, byteByByte);
    if (bool(slow) != bool(document) || slowError.offset != error.offset || slowError.message != error.message)
        __builtin_trap();
    if (document) {
        if (slow->nodeCount() != document->nodeCount() || slow->maxDepth() != document->maxDepth())
            __builtin_trap();
        for (quint32 node = 0; node < document->nodeCount(); ++node)
            if (slow->type(node) != document->type(node) || slow->parent(node) != document->parent(node) ||
                slow->offset(node) != document->offset(node) || slow->raw(node).size() != document->raw(node).size() ||
                slow->childCount(node) != document->childCount(node) ||
                slow->subtreeSize(node) != document->subtreeSize(node) || slow->row(node) != document->row(node))
                __builtin_trap();
    }

    simdjson::dom::parser parser;
    simdjson::dom::element root;
    const simdjson::error_code theirs = parser.parse(bytes.constData(), size_t(size)).get(root);
    const bool numberRange = theirs == simdjson::NUMBER_ERROR || theirs == simdjson::NUMBER_OUT_OF_RANGE;
    if (!numberRange && bool(document) != (theirs == simdjson::SUCCESS))
        __builtin_trap(); // the two disagree on validity

    JsonDocument::Error again;
    if (!document) {
        if (error.offset < 0 || error.offset > qint64(size) || error.line < 1 || error.column < 1)
            __builtin_trap(); // a refusal always says where
        return 0;
    }
    for (quint32 node = 0; node < document->nodeCount(); ++node) {
        const QByteArrayView raw = document->raw(node);
        if (raw.isEmpty() || raw.data() < bytes.constData() || raw.data() + raw.size() > bytes.constData() + size)
            __builtin_trap();
        // What is recomputed rather than stored: each child's row is its place among its parent's
        // children, and a member's name is a whole quoted string between its object's bracket and it.
        if (document->isContainer(node)) {
            quint32 row = 0;
            for (quint32 child = document->firstChild(node); child != JsonDocument::none;
                 child = document->nextSibling(child), ++row)
                if (document->parent(child) != node || document->row(child) != row)
                    __builtin_trap();
            if (row != document->childCount(node))
                __builtin_trap();
        }
        const QByteArrayView name = document->rawKey(node);
        if (document->hasKey(node) && (name.size() < 2 || name.front() != '"' || name.back() != '"' ||
                                       name.data() <= bytes.constData() + document->offset(document->parent(node)) ||
                                       name.data() + name.size() > bytes.constData() + document->offset(node) ||
                                       !JsonDocument::fromBytes(name.toByteArray(), &again)))
            __builtin_trap();
        // Looking a member up by its decoded name finds it, or a later one of the same name.
        if (document->hasKey(node)) {
            const quint32 named = document->member(document->parent(node), document->key(node).toUtf8());
            if (named == JsonDocument::none || named < node || document->parent(named) != document->parent(node) ||
                document->key(named) != document->key(node))
                __builtin_trap();
        }
        document->preview(node, 64);
        if (document->type(node) == JsonDocument::Type::String)
            document->string(node);
        if (node < 64) {
            // Of duplicate keys the last counts, so a path may lead elsewhere or nowhere; it must not crash.
            QString problem;
            JsonPath::resolve(*document, JsonPath::of(*document, node), &problem);
        }
    }
    const QByteArray compact = document->compact(JsonDocument::root());
    if (!JsonDocument::fromBytes(compact, &again) || !JsonDocument::fromBytes(document->indented(), &again))
        __builtin_trap(); // the re-spaced text is still valid JSON
    // Find's shortcuts on the raw bytes (a whole-text scan for the next hit, values passed over
    // without one) find exactly what decoding every name and value and looking in it finds.
    for (const QString &needle : {QStringLiteral("a"), QStringLiteral("Ab"), QStringLiteral("1"), QStringLiteral("b1"),
                                  QStringLiteral("ab\u00e9")}) {
        std::vector<quint32> expected;
        for (quint32 node = 0; node < document->nodeCount(); ++node) {
            const bool inKey = document->hasKey(node) && document->key(node).contains(needle, Qt::CaseInsensitive);
            if (inKey || (!document->isContainer(node) && document->text(node).contains(needle, Qt::CaseInsensitive)))
                expected.push_back(node);
        }
        JsonSearch::Options options;
        options.text = needle;
        if (JsonSearch::run(*document, options) != expected)
            __builtin_trap();
    }
    return 0;
}
