#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <atomic>
#include <functional>
#include <memory>
#include <vector>

namespace Takeout {

class MappedFile;
struct IndexBound;

// The set bits of a word, in a few shifts and adds: without a popcnt instruction in the x86-64 baseline,
// the compiler's own count is a library call.
inline quint32 bitCount(quint64 x)
{
    x -= (x >> 1) & 0x5555555555555555ull;
    x = (x & 0x3333333333333333ull) + ((x >> 2) & 0x3333333333333333ull);
    x = (x + (x >> 4)) & 0x0f0f0f0f0f0f0f0full;
    return quint32((x * 0x0101010101010101ull) >> 56);
}

// Whether one of a word's eight bytes is `byte`: the classic test for a zero byte, on the word XORed with
// that byte in every place.
inline bool hasByte(quint64 word, char byte)
{
    constexpr quint64 ones = 0x0101010101010101ull;
    const quint64 x = word ^ (ones * uchar(byte));
    return ((x - ones) & ~x & (ones << 7)) != 0;
}

// For long loads: progress (bytes read, of total) now and then, from the loading thread, and a flag
// that stops the load early.
struct JsonLoadControl
{
    std::function<void(qint64 done, qint64 total)> progress;
    const std::atomic_bool *cancel = nullptr;
    // The memory the index may take; below zero, what the machine has free (tests set a small one).
    qint64 memoryBudget = -1;
    // Files up to this size are read into memory, larger ones mapped (tests lower it).
    qint64 readUpTo = qint64(64) << 20;
    // Valid text is indexed from a vectorised scan of its structure, anything else byte by byte; tests
    // turn this off to hold the two passes to the same index.
    bool structuralScan = true;
};

// A JSON document as a compact index ("tape") over its exact bytes: one 8-byte record per value, in
// document order, holding its type, where its text starts and how far back its parent is (what can be
// recomputed, a member's name, a scalar's length and row, is not stored; a container's row, end and size
// sit in a side table of containers, found by a rank over a bit per record), keeping key order, duplicate
// keys and numbers exactly as written. Values are decoded only when asked for. One strict RFC 8259 pass checks
// and indexes the text (UTF-8 checked by simdjson's validator), driven by a vectorised scan of its structure
// (on a second thread for large texts); text it finds invalid goes through a byte-at-a-time pass that says
// where and why. Both are iterative, so nesting depth is bounded by memory, not by the stack.
// The tests hold its verdicts against simdjson's. Hostile text is bounded: the index never takes more than 13 bytes per
// byte of text (its size is bounded by a quick count before the pass and allocated once), and a text whose index would
// not fit in the free memory is refused before it is built.
class JsonDocument
{
public:
    enum class Type : quint8
    {
        Null,
        False,
        True,
        Number,
        String,
        Array,
        Object,
    };

    struct Error
    {
        QString message; // plain words, with the line and column
        qint64 offset = -1;
        int line = 0;   // 1-based
        int column = 0; // 1-based, in characters
        bool cancelled = false;
        bool isError() const { return !message.isEmpty(); }
    };

    using Control = JsonLoadControl;

    static constexpr quint32 none = 0xffffffffu;

    // Both return null and fill `error` when the text is not valid JSON, or its index would not fit in
    // memory.
    static std::shared_ptr<const JsonDocument> fromBytes(QByteArray bytes, Error *error, const Control &control = {});
    // Small files are read into memory, large ones memory-mapped. Only regular files: not folders,
    // pipes, devices, or system files that claim to be empty (/proc).
    static std::shared_ptr<const JsonDocument> fromFile(const QString &path, Error *error, const Control &control = {});

    // The most memory the index of this text can take (a quick count, no parsing): at most 13 bytes
    // per byte.
    static qint64 indexBytesFor(QByteArrayView text);
    // The memory the index holds (its records' capacity).
    qint64 indexBytes() const;
    // Whether the index was built from the vectorised scan (the fast path) rather than byte by byte.
    bool scanned() const { return m_scanned; }
    // The memory free for a new index: available memory (and the process's cgroup limit, if lower).
    static qint64 freeMemory();

    ~JsonDocument();
    JsonDocument(const JsonDocument &) = delete;
    JsonDocument &operator=(const JsonDocument &) = delete;

    QByteArrayView bytes() const { return m_bytes; }
    quint32 nodeCount() const { return quint32(m_nodes.size()); }
    int maxDepth() const { return m_maxDepth; }
    // For a document read from a file: true when that file has changed since it was opened (size or
    // modification time), or was cut short while mapped, whose missing part then reads as zeros.
    bool changedOnDisk() const;

    static constexpr quint32 root() { return 0; }
    Type type(quint32 node) const { return Type(m_nodes[node] & 7); }
    bool isContainer(quint32 node) const { return type(node) == Type::Array || type(node) == Type::Object; }
    // Stored as a distance back, when it is not too far; else found among the largest containers.
    quint32 parent(quint32 node) const
    {
        const auto distance = quint32(m_nodes[node] >> distanceShift);
        return distance ? node - distance : farParent(node);
    }
    // A container's row is stored; a scalar's is counted back to the sibling before it that is a
    // container (or to the first), at once when every child takes a single record.
    quint32 row(quint32 node) const;
    quint32 childCount(quint32 node) const { return isContainer(node) ? box(node).childCount : 0; }
    // The first child is the next record; a sibling follows the whole subtree of the one before.
    quint32 firstChild(quint32 node) const { return childCount(node) ? node + 1 : none; }
    quint32 nextSibling(quint32 node) const;
    // Every child of a container, in order (none for a scalar): what a view lists as the rows under it.
    std::vector<quint32> children(quint32 node) const;
    quint32 subtreeSize(quint32 node) const { return isContainer(node) ? box(node).span : 1; }

    bool hasKey(quint32 node) const
    {
        const quint32 up = parent(node);
        return up != none && type(up) == Type::Object;
    }
    // The member name, decoded; its raw text (with quotes) from rawKey().
    QString key(quint32 node) const;
    QByteArrayView rawKey(quint32 node) const;
    // The exact text of a scalar (a number as written, a string with its quotes and escapes); for a
    // container, its whole text.
    QByteArrayView raw(quint32 node) const;
    // A string's decoded value.
    QString string(quint32 node) const;
    // A scalar's whole text: a string decoded, anything else as written; empty for containers.
    QString text(quint32 node) const;
    // What a cell shows: a string's first `maxBytes` bytes decoded, a number as written, true,
    // false, null; empty for containers.
    QString preview(quint32 node, qsizetype maxBytes = 600) const;
    qint64 offset(quint32 node) const { return qint64((m_nodes[node] >> 3) & offsetMask); }

    // The member of an object with this name (the last one, when a name repeats); none if absent, and
    // when `object` is none or not an object, so that lookups chain.
    quint32 member(quint32 object, QByteArrayView utf8Name) const;
    // A value's text without the whitespace between tokens; every key and scalar exactly as written.
    QByteArray compact(quint32 node) const;
    // The document re-indented (two spaces, no deeper than maxIndentDepth levels so that deep nesting
    // costs linear time), every key and scalar exactly as written; stops after about maxBytes, says so
    // in the text, and sets *cut.
    QByteArray indented(qint64 maxBytes = qint64(1) << 62, bool *cut = nullptr) const;
    static constexpr int maxIndentDepth = 40;

    // Decodes JSON string text (without the quotes), which the document has already validated.
    static QString decodeString(QByteArrayView escaped);
    // Line and column (1-based) of a byte offset.
    QPair<int, int> lineColumn(qint64 offset) const;

private:
    class Parser;
    // A record: bits 0–2 the type, 3–40 the offset of the value's first byte, 41–63 the distance back to
    // its parent (0: the root, or a parent further back than the field holds).
    using Node = quint64;
    static constexpr int distanceShift = 41;
    static constexpr quint64 offsetMask = (quint64(1) << 38) - 1;
    static constexpr quint32 farDistance = (quint32(1) << 23) - 1; // the largest distance stored
    struct Container
    {
        // Bytes of text, brackets included (longLength: 4 GB or more, kept in m_longLengths). While the
        // container is open, `length` holds its parent and `span` the parent's container.
        quint32 length;
        quint32 span; // records in the subtree, itself included
        quint32 childCount;
        quint32 row;
    };
    static constexpr quint32 longLength = 0xffffffffu;
    // A bit per record, set for containers, with the count of containers before each 64 records:
    // a container's place in m_containers (which are in the order they open) is its rank.
    struct Rank
    {
        quint32 before;
        quint32 low;
        quint32 high;
    };
    const Container &box(quint32 node) const
    {
        const Rank &rank = m_ranks[node >> 6];
        const quint64 bits = quint64(rank.high) << 32 | rank.low;
        return m_containers[rank.before + bitCount(bits & ((quint64(1) << (node & 63)) - 1))];
    }
    quint32 farParent(quint32 node) const;
    qint64 containerLength(quint32 node) const;
    static qint64 ranksFor(qint64 nodes) { return (nodes + 63) / 64; }
    static qint64 indexBytesFor(const IndexBound &bound);
    qint64 scalarLength(quint32 node) const;

    JsonDocument() = default;
    static std::shared_ptr<JsonDocument> build(QByteArray bytes, std::unique_ptr<MappedFile> mapping, Error *error,
                                               const Control &control);
    // Fills `error` with the place of `offset` and why; null.
    static std::shared_ptr<JsonDocument> failed(const std::shared_ptr<JsonDocument> &document, qint64 offset,
                                                const QString &why, Error *error);

    QByteArray m_owned;                   // the bytes, when they are in memory
    std::unique_ptr<MappedFile> m_mapped; // the mapping, when they are in a large file
    QByteArrayView m_bytes;
    QString m_path; // the file read, with its size and time then
    qint64 m_fileSize = -1;
    qint64 m_fileTime = 0;
    std::vector<Node> m_nodes;
    std::vector<Container> m_containers;
    std::vector<Rank> m_ranks;
    std::vector<quint32> m_far; // containers whose subtree is larger than farDistance, in document order
    std::vector<std::pair<quint32, qint64>> m_longLengths; // by place in m_containers: lengths of 4 GB or more
    int m_maxDepth = 0;
    bool m_scanned = false;
};

} // namespace Takeout
