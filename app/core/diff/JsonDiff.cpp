#include "JsonDiff.h"

#include "base/BackgroundTask.h"

#include "json/JsonNumber.h"
#include "json/JsonPath.h"

#include <QHashFunctions>
#include <QtConcurrent/QtConcurrentRun>
#include <algorithm>
#include <array>
#include <cstring>
#include <deque>
#include <limits>
#include <string_view>
#include <unordered_map>
#include <utility>

namespace Takeout {

namespace {

using Type = JsonDocument::Type;
constexpr quint32 none = JsonDocument::none;

struct ViewHash
{
    size_t operator()(QByteArrayView view) const
    {
        return std::hash<std::string_view>()(std::string_view(view.data(), size_t(view.size())));
    }
};

// How many bytes two ranges share from their start. memcmp on blocks first: it is vectorised, where a
// byte loop (std::mismatch) is not, and this runs over both whole files.
qsizetype commonStart(const char *a, const char *b, qsizetype size)
{
    // Most values compared are the same bytes: one look at all of them, in one call.
    if (size < 512 && std::memcmp(a, b, size_t(size)) == 0)
        return size;
    constexpr qsizetype block = 512;
    qsizetype at = 0;
    while (at + block <= size && std::memcmp(a + at, b + at, block) == 0)
        at += block;
    constexpr qsizetype word = sizeof(quint64);
    for (; at + word <= size; at += word) {
        quint64 x = 0;
        quint64 y = 0;
        std::memcpy(&x, a + at, word);
        std::memcpy(&y, b + at, word);
        if (x != y)
            break;
    }
    while (at < size && a[at] == b[at])
        ++at;
    return at;
}

// Names and ids as compared: a view of the document's bytes when written without escapes, else the
// decoded text, kept in `storage` while the container is compared.
class Names
{
public:
    void clear() { m_storage.clear(); }
    // A member's name, without its quotes.
    QByteArrayView key(const JsonDocument &document, quint32 node)
    {
        const QByteArrayView raw = document.rawKey(node);
        const QByteArrayView inside = raw.sliced(1, raw.size() - 2);
        if (!inside.contains('\\'))
            return inside;
        m_storage.push_back(JsonDocument::decodeString(inside).toUtf8());
        return m_storage.back();
    }
    // A string with its quotes (decoded, so that `"\u00e9"` and `"é"` are one id), a number as "n"
    // and its exact value; empty for any other value.
    QByteArrayView id(const JsonDocument &document, quint32 node)
    {
        const QByteArrayView raw = document.raw(node);
        if (document.type(node) == Type::String) {
            if (!raw.contains('\\'))
                return raw;
            m_storage.push_back('"' + document.string(node).toUtf8() + '"');
            return m_storage.back();
        }
        if (document.type(node) == Type::Number) {
            m_storage.push_back('n' + JsonNumber::canonical(raw));
            return m_storage.back();
        }
        return {};
    }

private:
    std::deque<QByteArray> m_storage;
};

// Where a member of one object is, by name; the last of duplicate names counts, as in jq. Small
// objects are searched in a row, larger ones hashed.
class Members
{
public:
    void fill(const JsonDocument &document, quint32 object, Names &names)
    {
        m_list.clear();
        m_map.clear();
        const bool hashed = document.childCount(object) > 16;
        for (quint32 child = document.firstChild(object); child != none; child = document.nextSibling(child)) {
            const QByteArrayView name = names.key(document, child);
            m_list.emplace_back(name, child);
            if (hashed)
                m_map[name] = child;
        }
        m_hashed = hashed;
    }
    const std::vector<std::pair<QByteArrayView, quint32>> &list() const { return m_list; }
    quint32 find(QByteArrayView name) const
    {
        if (m_hashed) {
            const auto it = m_map.find(name);
            return it == m_map.end() ? none : it->second;
        }
        for (auto it = m_list.rbegin(); it != m_list.rend(); ++it) {
            if (it->first == name)
                return it->second;
        }
        return none;
    }

private:
    std::vector<std::pair<QByteArrayView, quint32>> m_list;
    std::unordered_map<QByteArrayView, quint32, ViewHash> m_map;
    bool m_hashed = false;
};

// The matching elements of two sequences of hashes along a shortest edit script (Myers, 1986): pairs
// of indexes in order. False, with nothing matched, when it would take more than `budget` steps or
// more than `maxEdits` edits (its trace takes memory in the square of the edits).
bool alignByHash(const std::vector<size_t> &a, const std::vector<size_t> &b, qint64 budget,
                 std::vector<std::pair<int, int>> &matches)
{
    constexpr int maxEdits = 2048;
    const int n = int(a.size());
    const int m = int(b.size());
    const int most = std::min(n + m, maxEdits);
    const int offset = most + 1;
    std::vector<int> v(size_t(2 * most + 3), 0);
    std::vector<std::vector<int>> trace; // v before round d, for k in [-d - 1, d + 1]
    int rounds = -1;
    for (int d = 0; d <= most && rounds < 0; ++d) {
        trace.emplace_back(v.begin() + offset - d - 1, v.begin() + offset + d + 2);
        for (int k = -d; k <= d; k += 2) {
            int x = (k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1])) ? v[offset + k + 1]
                                                                                   : v[offset + k - 1] + 1;
            int y = x - k;
            while (x < n && y < m && a[size_t(x)] == b[size_t(y)]) {
                ++x;
                ++y;
                --budget;
            }
            v[offset + k] = x;
            if (--budget < 0)
                return false;
            if (x >= n && y >= m) {
                rounds = d;
                break;
            }
        }
    }
    if (rounds < 0)
        return false;
    int x = n;
    int y = m;
    const size_t first = matches.size();
    for (int d = rounds; d >= 0; --d) {
        const std::vector<int> &before = trace[size_t(d)];
        const auto at = [&before, d](int k) { return before[size_t(qint64(k) + d + 1)]; };
        const int k = x - y;
        const int previousK = (k == -d || (k != d && at(k - 1) < at(k + 1))) ? k + 1 : k - 1;
        const int previousX = d == 0 ? 0 : at(previousK);
        const int previousY = previousX - previousK;
        while (x > previousX && y > previousY && x > 0 && y > 0) {
            matches.emplace_back(x - 1, y - 1);
            --x;
            --y;
        }
        x = previousX;
        y = previousY;
    }
    std::reverse(matches.begin() + qsizetype(first), matches.end());
    return true;
}

class Walker
{
public:
    Walker(const JsonDocument &oldDocument, const JsonDocument &newDocument, const JsonDiffControl &control,
           std::vector<JsonChange> &changes)
        : m_old(oldDocument)
        , m_new(newDocument)
        , m_control(control)
        , m_changes(&changes)
    {
    }

    bool run()
    {
        m_stack.push_back({JsonDocument::root(), JsonDocument::root(), Task::Compare, 0});
        if (!drain(0))
            return false;
        if (m_control.progress)
            m_control.progress(m_new.bytes().size(), m_new.bytes().size());
        return true;
    }

private:
    enum class Task : quint8
    {
        Compare,
        Added,
        Removed,
    };
    struct Step
    {
        quint32 oldNode;
        quint32 newNode;
        Task task;
        // The old document's bytes before this offset are known to equal the new one's at the same
        // distance from this pair: a parent found them so, and they need not be compared again (which,
        // level by level, would make deep nesting cost the square of its depth).
        qint64 sameUntil = 0;
    };

    // Does the steps on the stack above `floor`; false when cancelled.
    bool drain(size_t floor)
    {
        const qint64 total = m_new.bytes().size();
        while (m_stack.size() > floor && !m_cancelled) {
            const Step step = m_stack.back();
            m_stack.pop_back();
            if ((++m_steps & 0x3fff) == 0) {
                if (m_control.cancel && m_control.cancel->load(std::memory_order_relaxed))
                    m_cancelled = true;
                else if (m_control.progress && step.newNode != none)
                    m_control.progress(m_new.offset(step.newNode), total);
            }
            switch (step.task) {
            case Task::Added:
                m_changes->push_back({JsonChange::Op::Added, step.oldNode, step.newNode});
                break;
            case Task::Removed:
                m_changes->push_back({JsonChange::Op::Removed, step.oldNode, step.newNode});
                break;
            case Task::Compare:
                compare(step.oldNode, step.newNode, step.sameUntil);
                break;
            }
        }
        return !m_cancelled;
    }

    // Does the steps from..to in turn, each with all it leads to.
    template<typename StepAt>
    bool walk(const StepAt &stepAt, size_t from, size_t to)
    {
        const size_t floor = m_stack.size();
        for (size_t k = from; k < to && !m_cancelled; ++k) {
            m_stack.push_back(stepAt(k));
            drain(floor);
        }
        return !m_cancelled;
    }

    // The children of a large container (`count` steps, stepAt(k) the k-th) on both cores: in parts,
    // which this walker and another take in turn as each is done, each part's changes kept apart, and
    // put together in the parts' order (a child's changes all come before the next child's). Progress
    // goes on from the parts this walker takes, in order.
    template<typename StepAt>
    void compareInParts(size_t count, const StepAt &stepAt)
    {
        constexpr size_t partSize = 4096;
        std::vector<std::vector<JsonChange>> parts((count + partSize - 1) / partSize);
        std::atomic<size_t> nextPart = 0;
        const auto takeParts = [&parts, &nextPart, count, &stepAt](Walker &walker) {
            std::vector<JsonChange> *const changes = walker.m_changes;
            for (size_t p = nextPart++; p < parts.size(); p = nextPart++) {
                walker.m_changes = &parts[p];
                if (!walker.walk(stepAt, p * partSize, std::min(count, (p + 1) * partSize)))
                    break;
            }
            walker.m_changes = changes;
        };
        JsonDiffControl otherControl;
        otherControl.cancel = m_control.cancel;
        otherControl.alignmentBudget = m_control.alignmentBudget;
        std::vector<JsonChange> unused;
        QFuture<bool> other = QtConcurrent::run(BackgroundTask::threads(), [&] {
            Walker walker(m_old, m_new, otherControl, unused);
            walker.m_parts = false;
            takeParts(walker);
            return !walker.m_cancelled;
        });
        m_parts = false;
        takeParts(*this);
        m_parts = true;
        if (!other.result())
            m_cancelled = true;
        for (size_t p = 0; p < parts.size() && !m_cancelled; ++p)
            m_changes->insert(m_changes->end(), parts[p].begin(), parts[p].end());
    }

    // Compares the children of the arrays matched by id in m_keyed, which the children's own
    // comparisons may fill again: taken out of it meanwhile, and given back for its memory.
    void keyedChildren()
    {
        KeyedChildren children = std::move(m_keyed);
        m_keyed = {};
        const auto stepAt = [this, &children](size_t k) { return keyedStep(children, k); };
        if (m_parts && children.size() >= partsFrom) {
            compareInParts(children.size(), stepAt);
        } else {
            // Last pushed is first done: the children go on in reverse, so changes come in document order.
            for (size_t k = children.size(); k-- > 0;)
                m_stack.push_back(stepAt(k));
        }
        if (children.oldIds.capacity() >= m_keyed.oldIds.capacity())
            m_keyed = std::move(children);
    }

    void compare(quint32 oldNode, quint32 newNode, qint64 sameUntil)
    {
        const Type type = m_old.type(oldNode);
        if (type != m_new.type(newNode)) {
            m_changes->push_back({JsonChange::Op::Changed, oldNode, newNode});
            return;
        }
        const QByteArrayView before = m_old.raw(oldNode);
        const QByteArrayView after = m_new.raw(newNode);
        const qsizetype common = std::min(before.size(), after.size());
        const qsizetype known = std::clamp<qint64>(sameUntil - m_old.offset(oldNode), 0, common);
        const qsizetype same = known + commonStart(before.data() + known, after.data() + known, common - known);
        if (same == before.size() && same == after.size())
            return; // the same bytes are the same value
        m_sameUntil = m_old.offset(oldNode) + same;
        m_shift = m_new.offset(newNode) - m_old.offset(oldNode);
        m_children.clear();
        switch (type) {
        case Type::Object:
            objects(oldNode, newNode);
            break;
        case Type::Array:
            if (keyedArrays(oldNode, newNode)) {
                keyedChildren();
                return;
            }
            plainArrays(oldNode, newNode);
            break;
        default:
            if (!JsonDiff::sameScalar(m_old, oldNode, m_new, newNode))
                m_changes->push_back({JsonChange::Op::Changed, oldNode, newNode});
            return;
        }
        // Children at the same distance in both documents share the bytes found equal here.
        for (Step &child : m_children) {
            if (child.task == Task::Compare && m_new.offset(child.newNode) - m_old.offset(child.oldNode) == m_shift)
                child.sameUntil = m_sameUntil;
        }
        if (m_parts && m_children.size() >= partsFrom) {
            // Kept apart from m_children, which the children's own comparisons fill.
            std::vector<Step> children;
            children.swap(m_children);
            compareInParts(children.size(), [&children](size_t k) { return children[k]; });
            children.clear();
            m_children.swap(children);
            return;
        }
        // Last pushed is first done: the children go on in reverse, so changes come in document order.
        m_stack.insert(m_stack.end(), m_children.rbegin(), m_children.rend());
    }

    // Whether two values of the container being compared are the same bytes; what the container
    // found equal is not compared again.
    bool sameBytes(quint32 oldNode, quint32 newNode) const
    {
        const QByteArrayView before = m_old.raw(oldNode);
        const QByteArrayView after = m_new.raw(newNode);
        if (before.size() != after.size())
            return false;
        qsizetype same = 0;
        if (m_new.offset(newNode) - m_old.offset(oldNode) == m_shift)
            same = std::clamp<qint64>(m_sameUntil - m_old.offset(oldNode), 0, before.size());
        return std::equal(before.begin() + same, before.end(), after.begin() + same);
    }

    void objects(quint32 oldNode, quint32 newNode)
    {
        m_names.clear();
        m_oldMembers.fill(m_old, oldNode, m_names);
        m_newMembers.fill(m_new, newNode, m_names);
        for (const auto &[name, node] : m_newMembers.list()) {
            if (m_newMembers.find(name) != node)
                continue; // an earlier duplicate: the last one counts
            const quint32 before = m_oldMembers.find(name);
            m_children.push_back(before == none ? Step{oldNode, node, Task::Added} : Step{before, node, Task::Compare});
        }
        for (const auto &[name, node] : m_oldMembers.list()) {
            if (m_oldMembers.find(name) == node && m_newMembers.find(name) == none)
                m_children.push_back({node, newNode, Task::Removed});
        }
    }

    // An element's id (its text as Names::id gives it: in the document, or in the Names, until they
    // are cleared for the next array) and the element.
    struct Id
    {
        const char *data;
        quint32 size;
        quint32 node;
        QByteArrayView view() const { return {data, qsizetype(size)}; }
    };
    using Ids = std::vector<Id>;

    struct IdEntry
    {
        size_t hash;
        quint32 index; // into the ids
    };

    // The ids of an array's elements, when every one is an object with a string or number id (of
    // less than 4 GB), and their hashes in the same order.
    static bool collectIds(const JsonDocument &document, quint32 array, Ids &ids, std::vector<IdEntry> &hashes,
                           Names &names)
    {
        ids.clear();
        hashes.clear();
        const quint32 count = document.childCount(array);
        ids.reserve(count);
        hashes.reserve(count);
        const QByteArrayView text = document.bytes();
        const quint32 records = document.nodeCount();
        // A sibling follows the whole subtree of the one before.
        quint32 child = document.firstChild(array);
        for (quint32 k = 0; k < count; ++k) {
            if (document.type(child) != Type::Object)
                return false;
            const quint32 span = document.subtreeSize(child);
            const quint32 id = idMember(document, child, span);
            if (id == none)
                return false;
            QByteArrayView name;
            if (document.type(id) == Type::String) {
                // Most ids are short strings without escapes: their end found here, up to the next
                // record (as JsonDocument::raw would), and hashed in the same pass.
                const qint64 start = document.offset(id);
                const qint64 limit = id + 1 < records ? document.offset(id + 1) : text.size();
                qint64 end = start + 1;
                for (quint64 word = 0; end + 8 <= limit; end += 8) {
                    std::memcpy(&word, text.data() + end, 8);
                    if (hasByte(word, '"') || hasByte(word, '\\'))
                        break;
                }
                while (end < limit && text[end] != '"' && text[end] != '\\')
                    ++end;
                if (end < limit && text[end] == '"')
                    name = text.sliced(start, end + 1 - start);
            }
            if (name.isEmpty())
                name = names.id(document, id); // escaped, a number, or neither
            if (name.isEmpty() || name.size() > qsizetype(std::numeric_limits<quint32>::max()))
                return false;
            // Hashed now, while its text is at hand.
            hashes.push_back({idHash(name), quint32(ids.size())});
            ids.push_back({name.data(), quint32(name.size()), child});
            child += span;
        }
        return true;
    }

    // An id's hash: eight bytes at a time, each word mixed in by a multiplication, the whole finished
    // as MurmurHash3 finishes its 64 bits (its top bits, which sortIds uses first, depend on every byte).
    static size_t idHash(QByteArrayView id)
    {
        const char *at = id.data();
        qsizetype left = id.size();
        quint64 hash = 0x9e3779b97f4a7c15ull ^ quint64(left);
        const auto mix = [&hash](quint64 word) { hash = (hash ^ word) * 0xbf58476d1ce4e5b9ull; };
        for (; left >= 8; left -= 8, at += 8) {
            quint64 word = 0;
            std::memcpy(&word, at, 8);
            mix(word);
        }
        if (left > 0) {
            quint64 word = 0;
            if (id.size() >= 8) {
                // The last eight bytes, some of them hashed already: no byte loop.
                std::memcpy(&word, at + left - 8, 8);
            } else {
                for (qsizetype i = 0; i < left; ++i)
                    word |= quint64(uchar(at[i])) << (8 * i);
            }
            mix(word);
        }
        hash ^= hash >> 33;
        hash *= 0xff51afd7ed558ccdull;
        hash ^= hash >> 33;
        hash *= 0xc4ceb9fe1a85ec53ull;
        hash ^= hash >> 33;
        return size_t(hash);
    }

    // An object's member named `id` (the last, when the name repeats), as JsonDocument::member finds
    // it. When every member is a single record (no container), they are the records after the object:
    // looked at from the last, each by the text before its value, back to its name's closing quote
    // (past the colon and spaces only). JSON can write `id` in four ways only (each letter as itself
    // or as \u0069, \u0064): the name is one of them when the text before the quote is, from an opening
    // quote that no backslash escapes (which, in a valid text, is the name's own).
    static quint32 idMember(const JsonDocument &document, quint32 object, quint32 span)
    {
        const quint32 count = document.childCount(object);
        if (span != count + 1)
            return document.member(object, "id");
        static constexpr std::string_view spellings[] = {R"("id")", R"("\u0069d")", R"("i\u0064")",
                                                         R"("\u0069\u0064")"};
        const QByteArrayView text = document.bytes();
        const qint64 floor = document.offset(object);
        for (quint32 child = object + count; child > object; --child) {
            qint64 quote = document.offset(child) - 1;
            while (quote > floor && text[quote] != '"')
                --quote;
            // Every spelling ends in `id"`, `9d"` or `64"`: two bytes pass most other names over.
            if (quote - 3 <= floor)
                continue;
            const char last = text[quote - 1];
            const char before = text[quote - 2];
            if (!(last == 'd' && (before == 'i' || before == '9')) && !(last == '4' && before == '6'))
                continue;
            for (const std::string_view spelling : spellings) {
                const qint64 open = quote + 1 - qint64(spelling.size());
                if (open <= floor || QByteArrayView(text.data() + open, qsizetype(spelling.size())) !=
                                         QByteArrayView(spelling.data(), qsizetype(spelling.size())))
                    continue;
                qint64 slashes = 0;
                while (open - 1 - slashes > floor && text[open - 1 - slashes] == '\\')
                    ++slashes;
                if (slashes % 2 == 0)
                    return child;
            }
        }
        return none;
    }

    static bool idLess(const IdEntry &a, const IdEntry &b, const Ids &ids)
    {
        if (a.hash != b.hash)
            return a.hash < b.hash;
        return ids[a.index].view().compare(ids[b.index].view()) < 0;
    }

    // The ids in the order of their hashes (`sorted` holds them in their own order, as collectIds
    // leaves them); false when one repeats. Many ids are sorted by the top bits of their hashes first,
    // a byte at a time from the lowest of them (a radix sort, through `scratch`), each pass reading and
    // writing memory in order, then each run of the same top bits by comparisons (the whole hash, then
    // the id): a sort of the whole by comparisons spends its time on branches it cannot predict.
    static bool sortIds(const Ids &ids, std::vector<IdEntry> &sorted, std::vector<IdEntry> &scratch)
    {
        const size_t count = ids.size();
        const auto less = [&ids](const IdEntry &a, const IdEntry &b) { return idLess(a, b, ids); };
        constexpr int top = int(sizeof(size_t)) * 8;
        int bytes = 0; // of the hash's top, enough for runs of a few ids
        while (count >= 4096 && bytes < 4 && (size_t(1) << (8 * bytes)) < count / 4)
            ++bytes;
        if (bytes > 0) {
            scratch.resize(count);
            std::array<size_t, 256> start;
            for (int b = bytes; b > 0; --b) {
                const int shift = top - 8 * b;
                std::fill(start.begin(), start.end(), 0);
                for (const IdEntry &entry : sorted)
                    ++start[(entry.hash >> shift) & 0xff];
                size_t at = 0;
                for (size_t &first : start)
                    at += std::exchange(first, at);
                for (const IdEntry &entry : sorted)
                    scratch[start[(entry.hash >> shift) & 0xff]++] = entry;
                sorted.swap(scratch);
            }
        }
        const int shift = top - 8 * bytes;
        for (size_t from = 0; from < count;) {
            size_t to = from + 1;
            while (to < count && (bytes == 0 || sorted[to].hash >> shift == sorted[from].hash >> shift))
                ++to;
            if (to - from > 1)
                std::sort(sorted.begin() + qsizetype(from), sorted.begin() + qsizetype(to), less);
            from = to;
        }
        for (size_t i = 1; i < count; ++i) {
            if (sorted[i].hash == sorted[i - 1].hash && ids[sorted[i].index].view() == ids[sorted[i - 1].index].view())
                return false;
        }
        return true;
    }

    // The children of two arrays matched by id, without a step of their own each: of each new element
    // in order, its partner (or none, added), then the old elements without one (removed).
    struct KeyedChildren
    {
        quint32 oldArray = none;
        quint32 newArray = none;
        Ids oldIds;
        Ids newIds;
        std::vector<quint32> partner; // of each new id, the index of the old one (empty: the same order)
        std::vector<quint32> removed; // the indexes of the old ids without a partner
        // The arrays' m_sameUntil and m_shift.
        qint64 sameUntil = 0;
        qint64 shift = 0;
        size_t size() const { return newIds.size() + removed.size(); }
    };

    Step keyedStep(const KeyedChildren &children, size_t k) const
    {
        if (k >= children.newIds.size())
            return {children.oldIds[children.removed[k - children.newIds.size()]].node, children.newArray,
                    Task::Removed};
        const quint32 node = children.newIds[k].node;
        const quint32 partner = children.partner.empty() ? quint32(k) : children.partner[k];
        if (partner == none)
            return {children.oldArray, node, Task::Added};
        const quint32 before = children.oldIds[partner].node;
        // At the same distance in both documents, it shares the bytes the arrays were found to share.
        const bool shared = m_new.offset(node) - m_old.offset(before) == children.shift;
        return {before, node, Task::Compare, shared ? children.sameUntil : 0};
    }

    // Pairs the sorted ids of both sides: m_keyed.partner (of each new id, the index of the old one) and
    // m_oldMatched. By hash alone unless `exact`; false when a pair so matched has different ids. Many
    // ids take both cores: each the ids of one half of the hashes, then each checks the pairs of one
    // half of the new ids.
    bool matchIds(bool exact)
    {
        const Ids &oldIds = m_keyed.oldIds;
        const Ids &newIds = m_keyed.newIds;
        std::vector<quint32> &partner = m_keyed.partner;
        partner.assign(newIds.size(), none);
        m_oldMatched.assign(oldIds.size(), 0);
        const bool parallel = oldIds.size() + newIds.size() > 100000;
        const auto half = [](const std::vector<IdEntry> &sorted, int part) {
            constexpr size_t middle = size_t(1) << (8 * sizeof(size_t) - 1);
            const auto split = size_t(std::partition_point(sorted.begin(), sorted.end(),
                                                           [](const IdEntry &entry) { return entry.hash < middle; }) -
                                      sorted.begin());
            return part == 0 ? std::make_pair(size_t(0), split) : std::make_pair(split, sorted.size());
        };
        bothHalves(parallel, [&](int part) {
            auto [i, oldEnd] = half(m_oldSorted, part);
            auto [j, newEnd] = half(m_newSorted, part);
            while (i < oldEnd && j < newEnd) {
                const IdEntry &a = m_oldSorted[i];
                const IdEntry &b = m_newSorted[j];
                const int order = a.hash != b.hash ? (a.hash < b.hash ? -1 : 1)
                                  : exact          ? oldIds[a.index].view().compare(newIds[b.index].view())
                                                   : 0;
                if (order < 0) {
                    ++i;
                } else if (order > 0) {
                    ++j;
                } else {
                    partner[b.index] = a.index;
                    m_oldMatched[a.index] = 1;
                    ++i;
                    ++j;
                }
            }
            return true;
        });
        if (exact)
            return true;
        return bothHalves(parallel, [&](int part) {
            const size_t from = part == 0 ? 0 : newIds.size() / 2;
            const size_t to = part == 0 ? newIds.size() / 2 : newIds.size();
            for (size_t j = from; j < to; ++j) {
                if (partner[j] != none && oldIds[partner[j]].view() != newIds[j].view())
                    return false;
            }
            return true;
        });
    }

    // Whether work(0) and work(1) both hold; on both cores when `parallel` (the second on the pool, the
    // two done whatever the first gives), else in turn.
    template<typename Work>
    static bool bothHalves(bool parallel, const Work &work)
    {
        if (!parallel)
            return work(0) && work(1);
        QFuture<bool> other = QtConcurrent::run(BackgroundTask::threads(), [&work] { return work(1); });
        const bool first = work(0);
        return other.result() && first;
    }

    // Whether the two arrays are matched by id; then their children are in m_keyed.
    bool keyedArrays(quint32 oldNode, quint32 newNode)
    {
        if (m_old.childCount(oldNode) == 0 || m_new.childCount(newNode) == 0)
            return false;
        m_oldNames.clear();
        m_newNames.clear();
        Ids &oldIds = m_keyed.oldIds;
        Ids &newIds = m_keyed.newIds;
        // Both sides sorted by hash (which also finds repeated ids): a hash table this size would spend
        // its time in cache misses. Large arrays take one side each to the two cores.
        const bool keyed = bothHalves(m_old.childCount(oldNode) + m_new.childCount(newNode) > 100000, [&](int side) {
            return side == 0 ? collectIds(m_old, oldNode, oldIds, m_oldSorted, m_oldNames) &&
                                   sortIds(oldIds, m_oldSorted, m_oldScratch)
                             : collectIds(m_new, newNode, newIds, m_newSorted, m_newNames) &&
                                   sortIds(newIds, m_newSorted, m_newScratch);
        });
        if (!keyed)
            return false; // not all objects with an id, or a repeated id: by position instead
        m_keyed.oldArray = oldNode;
        m_keyed.newArray = newNode;
        m_keyed.sameUntil = m_sameUntil;
        m_keyed.shift = m_shift;
        m_keyed.partner.clear();
        m_keyed.removed.clear();
        // The same ids in the same order, the common case, need no more than a look.
        bool sameOrder = oldIds.size() == newIds.size();
        for (size_t i = 0; sameOrder && i < oldIds.size(); ++i)
            sameOrder = oldIds[i].view() == newIds[i].view();
        if (sameOrder)
            return true;
        // By hash alone first, then each matched pair checked by its bytes in the new document's order,
        // where the ids lie close together in memory (in the sorted order, every look was a cache miss).
        // Should two ids share a hash, the matching is done again, by bytes.
        if (!matchIds(false))
            matchIds(true);
        for (size_t i = 0; i < oldIds.size(); ++i) {
            if (!m_oldMatched[i])
                m_keyed.removed.push_back(quint32(i));
        }
        return true;
    }

    // A value's hash by the rules of the comparison, whatever its layout: member order, spacing, a
    // number's spelling and a string's escapes change nothing. Each record is hashed once per
    // document (kept in `cache`, 0 while unknown), so nested arrays cost no more than their size.
    static size_t valueHash(const JsonDocument &document, quint32 node, std::vector<size_t> &cache)
    {
        if (cache.empty())
            cache.assign(document.nodeCount(), 0);
        if (cache[node] != 0)
            return cache[node];
        // Depth first without recursion: a container is hashed after its children (the second visit).
        std::vector<std::pair<quint32, bool>> stack{{node, false}};
        while (!stack.empty()) {
            const auto [at, childrenDone] = stack.back();
            stack.pop_back();
            if (cache[at] != 0)
                continue;
            const Type type = document.type(at);
            if (document.isContainer(at) && !childrenDone && document.childCount(at) > 0) {
                stack.emplace_back(at, true);
                for (quint32 child = document.firstChild(at); child != none; child = document.nextSibling(child)) {
                    if (cache[child] == 0)
                        stack.emplace_back(child, false);
                }
                continue;
            }
            size_t hash = qHash(int(type));
            if (type == Type::Array) {
                for (quint32 child = document.firstChild(at); child != none; child = document.nextSibling(child))
                    hash = qHashMulti(hash, cache[child]);
            } else if (type == Type::Object) {
                // A sum, so that the members' order is no difference.
                for (quint32 child = document.firstChild(at); child != none; child = document.nextSibling(child))
                    hash += qHashMulti(keyHash(document, child), cache[child]);
            } else if (type == Type::String) {
                hash = stringHash(document.raw(at), hash);
            } else if (type == Type::Number) {
                hash = qHash(JsonNumber::canonical(document.raw(at)), hash);
            }
            cache[at] = hash == 0 ? 1 : hash;
        }
        return cache[node];
    }

    // A string's hash by its decoded text; `quoted` is written with its quotes.
    static size_t stringHash(QByteArrayView quoted, size_t seed)
    {
        const QByteArrayView inside = quoted.sliced(1, quoted.size() - 2);
        if (!inside.contains('\\'))
            return qHash(inside, seed);
        return qHash(JsonDocument::decodeString(inside).toUtf8(), seed);
    }

    static size_t keyHash(const JsonDocument &document, quint32 member)
    {
        return stringHash(document.rawKey(member), 3);
    }

    // What one element of an array is made of, to find its like in the other document: of an object,
    // each member's name and value hashed, sorted; its `name` apart.
    struct Shape
    {
        std::vector<std::pair<size_t, size_t>> members;
        size_t name = 0; // 0: none
    };

    void shapeOf(const JsonDocument &document, quint32 node, std::vector<size_t> &cache, Shape &shape)
    {
        shape.members.clear();
        shape.name = 0;
        if (document.type(node) != Type::Object)
            return;
        static const size_t nameKey = stringHash("\"name\"", 3);
        for (quint32 child = document.firstChild(node); child != none; child = document.nextSibling(child)) {
            const size_t key = keyHash(document, child);
            const size_t value = valueHash(document, child, cache);
            shape.members.emplace_back(key, value);
            if (key == nameKey && !document.isContainer(child))
                shape.name = value;
        }
        std::sort(shape.members.begin(), shape.members.end());
    }

    // Whether two elements are one record edited: objects with the same `name`, or most of whose
    // members are equal. `steps` counts the work done.
    static bool alike(const Shape &a, const Shape &b, qint64 &steps)
    {
        if (a.members.empty() || b.members.empty())
            return false;
        if (a.name != 0 && a.name == b.name)
            return true;
        size_t equal = 0;
        for (size_t i = 0, j = 0; i < a.members.size() && j < b.members.size(); ++steps) {
            if (a.members[i] == b.members[j]) {
                ++equal;
                ++i;
                ++j;
            } else if (a.members[i] < b.members[j]) {
                ++i;
            } else {
                ++j;
            }
        }
        return 2 * equal > std::max(a.members.size(), b.members.size());
    }

    // Pairs the elements of one stretch between two matches: the elements alike in order (the most
    // such pairs), and around them by position as before. Stretches too large for the budget go by
    // position alone.
    void pairStretch(quint32 oldNode, quint32 newNode, size_t oldFrom, size_t oldTo, size_t newFrom, size_t newTo)
    {
        const size_t p = oldTo - oldFrom;
        const size_t q = newTo - newFrom;
        std::vector<std::pair<size_t, size_t>> pairs;
        if (p > 0 && q > 0 && !(p == 1 && q == 1) && qint64(p) * qint64(q) <= stretchCells) {
            m_oldShapes.resize(p);
            m_newShapes.resize(q);
            for (size_t i = 0; i < p; ++i)
                shapeOf(m_old, m_oldElements[oldFrom + i], m_oldHashCache, m_oldShapes[i]);
            for (size_t j = 0; j < q; ++j)
                shapeOf(m_new, m_newElements[newFrom + j], m_newHashCache, m_newShapes[j]);
            // The longest sequence of alike pairs, by dynamic programming over the stretch.
            std::vector<quint32> best((p + 1) * (q + 1), 0);
            std::vector<bool> isAlike(p * q, false);
            qint64 steps = 0;
            for (size_t i = p; i-- > 0 && steps <= stretchSteps;) {
                for (size_t j = q; j-- > 0;) {
                    isAlike[i * q + j] = alike(m_oldShapes[i], m_newShapes[j], steps);
                    const quint32 take = isAlike[i * q + j] ? best[(i + 1) * (q + 1) + j + 1] + 1 : 0;
                    best[i * (q + 1) + j] = std::max({take, best[(i + 1) * (q + 1) + j], best[i * (q + 1) + j + 1]});
                }
            }
            if (steps <= stretchSteps) {
                for (size_t i = 0, j = 0; i < p && j < q;) {
                    if (isAlike[i * q + j] && best[i * (q + 1) + j] == best[(i + 1) * (q + 1) + j + 1] + 1) {
                        pairs.emplace_back(oldFrom + i, newFrom + j);
                        ++i;
                        ++j;
                    } else if (best[(i + 1) * (q + 1) + j] >= best[i * (q + 1) + j + 1]) {
                        ++i;
                    } else {
                        ++j;
                    }
                }
            }
        }
        pairs.emplace_back(oldTo, newTo);
        size_t i = oldFrom;
        size_t j = newFrom;
        for (const auto &[pairI, pairJ] : pairs) {
            for (; i < pairI && j < pairJ; ++i, ++j)
                m_children.push_back({m_oldElements[i], m_newElements[j], Task::Compare});
            for (; j < pairJ; ++j)
                m_children.push_back({oldNode, m_newElements[j], Task::Added});
            for (; i < pairI; ++i)
                m_children.push_back({m_oldElements[i], newNode, Task::Removed});
            if (i < oldTo && j < newTo)
                m_children.push_back({m_oldElements[i], m_newElements[j], Task::Compare});
            ++i;
            ++j;
        }
    }

    // The most elements × elements of one stretch looked at for alike pairs, and the most member
    // comparisons that may take.
    static constexpr qint64 stretchCells = qint64(1) << 16;
    static constexpr qint64 stretchSteps = qint64(1) << 22;

    void plainArrays(quint32 oldNode, quint32 newNode)
    {
        m_oldElements.clear();
        m_newElements.clear();
        for (quint32 child = m_old.firstChild(oldNode); child != none; child = m_old.nextSibling(child))
            m_oldElements.push_back(child);
        for (quint32 child = m_new.firstChild(newNode); child != none; child = m_new.nextSibling(child))
            m_newElements.push_back(child);
        const size_t n = m_oldElements.size();
        const size_t m = m_newElements.size();
        // Equal ends first, by their bytes; the middle is aligned on hashes.
        size_t head = 0;
        while (head < n && head < m && sameBytes(m_oldElements[head], m_newElements[head]))
            ++head;
        size_t tail = 0;
        while (tail < n - head && tail < m - head &&
               sameBytes(m_oldElements[n - 1 - tail], m_newElements[m - 1 - tail]))
            ++tail;
        m_matches.clear();
        const size_t oldMiddle = n - head - tail;
        const size_t newMiddle = m - head - tail;
        if (oldMiddle > 0 && newMiddle > 0 && oldMiddle + newMiddle > 2 && oldMiddle + newMiddle < size_t(1) << 30) {
            m_oldHashes.resize(oldMiddle);
            m_newHashes.resize(newMiddle);
            for (size_t i = 0; i < oldMiddle; ++i)
                m_oldHashes[i] = valueHash(m_old, m_oldElements[head + i], m_oldHashCache);
            for (size_t i = 0; i < newMiddle; ++i)
                m_newHashes[i] = valueHash(m_new, m_newElements[head + i], m_newHashCache);
            if (!alignByHash(m_oldHashes, m_newHashes, m_control.alignmentBudget, m_matches))
                m_matches.clear();
        }
        // The equal ends need nothing more. Matched pairs are compared (a hash may collide); between
        // two matches, the elements alike are paired and the rest by position, or added or removed.
        size_t i = 0;
        size_t j = 0;
        m_matches.emplace_back(int(oldMiddle), int(newMiddle));
        for (const auto &[matchI, matchJ] : m_matches) {
            pairStretch(oldNode, newNode, head + i, head + size_t(matchI), head + j, head + size_t(matchJ));
            if (size_t(matchI) < oldMiddle && size_t(matchJ) < newMiddle)
                m_children.push_back(
                    {m_oldElements[head + size_t(matchI)], m_newElements[head + size_t(matchJ)], Task::Compare});
            i = size_t(matchI) + 1;
            j = size_t(matchJ) + 1;
        }
    }

    const JsonDocument &m_old;
    const JsonDocument &m_new;
    const JsonDiffControl &m_control;
    std::vector<JsonChange> *m_changes; // where the changes found go
    std::vector<Step> m_stack;
    std::vector<Step> m_children;
    quint64 m_steps = 0;
    bool m_cancelled = false;
    // Whether the children of a large container may be compared on both cores (not again within).
    bool m_parts = true;
    static constexpr size_t partsFrom = 1 << 14;
    // Of the container being compared: its old bytes before m_sameUntil equal the new ones m_shift on.
    qint64 m_sameUntil = 0;
    qint64 m_shift = 0;
    // Scratch space of one container's comparison, kept between containers to spare allocations.
    Names m_names;
    Names m_oldNames;
    Names m_newNames;
    Members m_oldMembers;
    Members m_newMembers;
    KeyedChildren m_keyed;
    std::vector<IdEntry> m_oldSorted;
    std::vector<IdEntry> m_newSorted;
    std::vector<IdEntry> m_oldScratch;
    std::vector<IdEntry> m_newScratch;
    std::vector<quint8> m_oldMatched; // a byte each, which the two cores write apart
    std::vector<quint32> m_oldElements;
    std::vector<quint32> m_newElements;
    std::vector<size_t> m_oldHashes;
    std::vector<size_t> m_newHashes;
    std::vector<std::pair<int, int>> m_matches;
    std::vector<Shape> m_oldShapes;
    std::vector<Shape> m_newShapes;
    // Every record's value hash, once known (0 while not).
    std::vector<size_t> m_oldHashCache;
    std::vector<size_t> m_newHashCache;
};

} // namespace

JsonDiff::Result JsonDiff::compare(const JsonDocument &oldDocument, const JsonDocument &newDocument,
                                   const JsonDiffControl &control)
{
    Result result;
    result.cancelled = !Walker(oldDocument, newDocument, control, result.changes).run();
    if (result.cancelled)
        result.changes.clear();
    return result;
}

bool JsonDiff::sameScalar(const JsonDocument &a, quint32 aNode, const JsonDocument &b, quint32 bNode)
{
    const Type type = a.type(aNode);
    if (type != b.type(bNode) || a.isContainer(aNode))
        return false;
    const QByteArrayView left = a.raw(aNode);
    const QByteArrayView right = b.raw(bNode);
    if (left == right)
        return true;
    if (type == Type::Number)
        return JsonNumber::equal(left, right);
    if (type == Type::String)
        return (left.contains('\\') || right.contains('\\')) && a.string(aNode) == b.string(bNode);
    return true; // null, true, false: the type is the value
}

QString JsonDiff::path(const JsonDocument &oldDocument, const JsonDocument &newDocument, const JsonChange &change)
{
    return change.op == JsonChange::Op::Removed ? JsonPath::of(oldDocument, change.oldNode)
                                                : JsonPath::of(newDocument, change.newNode);
}

QString JsonDiff::oldPath(const JsonDocument &oldDocument, const JsonDocument &newDocument, const JsonChange &change)
{
    if (change.op != JsonChange::Op::Changed)
        return {};
    const QString before = JsonPath::of(oldDocument, change.oldNode);
    return before == JsonPath::of(newDocument, change.newNode) ? QString() : before;
}

} // namespace Takeout
