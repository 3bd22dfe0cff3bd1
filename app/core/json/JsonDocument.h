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

// A JSON document as a compact index ("tape") over its exact bytes: one 16-byte record per value, in
// document order (what can be recomputed, a member's name and a scalar's row, is not stored; a
// container's row, end and size sit in a side table of containers), keeping key order, duplicate keys and numbers
// exactly as written. Values are decoded only when asked for. One strict RFC 8259 pass checks and indexes the text
// (UTF-8 checked by simdjson's validator), driven by a vectorised scan of its structure (on a second thread for large
// texts); text it finds invalid goes through a byte-at-a-time pass that says where and why. Both are iterative, so
// nesting depth is bounded by memory, not by the stack.
// The tests hold its verdicts against simdjson's. Hostile text is bounded: the index never takes more than 18 bytes per
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

    // The most memory the index of this text can take (a quick count, no parsing): at most 18 bytes
    // per byte.
    static qint64 indexBytesFor(QByteArrayView text);
    // The memory the index holds (its records' capacity).
    qint64 indexBytes() const;
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
    Type type(quint32 node) const { return Type(m_nodes[node].offsetAndType & 7); }
    bool isContainer(quint32 node) const { return type(node) == Type::Array || type(node) == Type::Object; }
    quint32 parent(quint32 node) const { return m_nodes[node].parent; }
    // A container's row is stored; a scalar's is counted back to the sibling before it that is a
    // container (or to the first), at once when every child takes a single record.
    quint32 row(quint32 node) const;
    quint32 childCount(quint32 node) const
    {
        return isContainer(node) ? m_containers[m_nodes[node].extent].childCount : 0;
    }
    // The first child is the next record; a sibling follows the whole subtree of the one before.
    quint32 firstChild(quint32 node) const { return childCount(node) ? node + 1 : none; }
    quint32 nextSibling(quint32 node) const;
    // Every child of a container, in order (none for a scalar): what a view lists as the rows under it.
    std::vector<quint32> children(quint32 node) const;
    quint32 subtreeSize(quint32 node) const { return isContainer(node) ? m_containers[m_nodes[node].extent].span : 1; }

    bool hasKey(quint32 node) const
    {
        const quint32 up = m_nodes[node].parent;
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
    qint64 offset(quint32 node) const { return qint64(m_nodes[node].offsetAndType >> 3); }

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
    struct Node
    {
        quint64 offsetAndType; // first byte of the value << 3 | Type
        quint32 parent;
        quint32 extent; // scalars: bytes of text; containers: index into m_containers (children while open)
    };
    struct Container
    {
        // One past the closing bracket, in two halves so that the record takes 20 bytes, not 24.
        quint32 endLow;
        quint32 endHigh;
        quint32 span; // records in the subtree, itself included
        quint32 childCount;
        quint32 row;
        qint64 end() const { return qint64(quint64(endHigh) << 32 | endLow); }
    };

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
    int m_maxDepth = 0;
};

} // namespace Takeout
