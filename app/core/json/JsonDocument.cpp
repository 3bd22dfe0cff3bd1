#include "JsonDocument.h"

#include <QCoreApplication>
#include <QFile>

#include <cstring>
#include <simdjson.h>

namespace Takeout {

namespace {

// Deep documents are valid JSON; the index is iterative, so only memory bounds the depth.
constexpr size_t parserMaxDepth = size_t(1) << 20;

bool isSpace(char c)
{
    return c == ' ' || c == '\n' || c == '\r' || c == '\t';
}

QString tr(const char *text)
{
    return QCoreApplication::translate("JsonDocument", text);
}

// The strict pass that finds where a document simdjson refused is broken, and says why in plain
// words. It runs only on invalid input.
class Locator
{
public:
    explicit Locator(QByteArrayView bytes)
        : m_data(bytes.data())
        , m_size(bytes.size())
    {
    }

    // Offset of the first error and its description; offset -1 when none was found.
    QPair<qint64, QString> run()
    {
        if (const qint64 bad = firstInvalidUtf8(); bad >= 0)
            return {bad, tr("the text is not valid UTF-8 here")};
        enum Expect
        {
            Value,
            KeyOrEnd,
            Key,
            Colon,
            CommaOrEnd,
            ValueOrEnd
        };
        std::vector<char> stack; // '{' or '['
        Expect expect = Value;
        skipSpace();
        while (true) {
            if (m_pos >= m_size) {
                if (stack.empty() && expect == CommaOrEnd)
                    return {-1, {}};
                return {m_pos, tr("the text ends before the JSON value is complete")};
            }
            const char c = m_data[m_pos];
            if (c == '/')
                return {m_pos, tr("comments are not allowed in JSON")};
            switch (expect) {
            case Colon:
                if (c != ':')
                    return {m_pos, tr("a “:” must follow the member name")};
                ++m_pos;
                expect = Value;
                break;
            case CommaOrEnd:
                if (stack.empty())
                    return {m_pos, tr("there is more text after the end of the JSON value")};
                if (c == ',') {
                    ++m_pos;
                    expect = stack.back() == '{' ? Key : Value;
                    const qint64 comma = m_pos - 1;
                    skipSpace();
                    if (m_pos < m_size && (m_data[m_pos] == '}' || m_data[m_pos] == ']'))
                        return {
                            comma,
                            tr("a comma before “%1” is not allowed (trailing comma)").arg(QLatin1Char(m_data[m_pos]))};
                    continue;
                }
                if ((c == '}' && stack.back() == '{') || (c == ']' && stack.back() == '[')) {
                    stack.pop_back();
                    ++m_pos;
                    break;
                }
                return {m_pos, stack.back() == '{' ? tr("expected “,” or “}” after a member")
                                                   : tr("expected “,” or “]” after an element")};
            case KeyOrEnd:
            case Key:
                if (c == '}' && expect == KeyOrEnd) {
                    stack.pop_back();
                    ++m_pos;
                    expect = CommaOrEnd;
                    break;
                }
                if (c == '\'')
                    return {m_pos, tr("names and text must be in double quotes, not single quotes")};
                if (c != '"')
                    return {m_pos, tr("expected a member name in double quotes")};
                if (auto problem = string(); problem.first >= 0)
                    return problem;
                expect = Colon;
                break;
            case ValueOrEnd:
                if (c == ']') {
                    stack.pop_back();
                    ++m_pos;
                    expect = CommaOrEnd;
                    break;
                }
                Q_FALLTHROUGH();
            case Value:
                if (c == '{' || c == '[') {
                    stack.push_back(c);
                    ++m_pos;
                    expect = c == '{' ? KeyOrEnd : ValueOrEnd;
                    break;
                }
                if (c == '"') {
                    if (auto problem = string(); problem.first >= 0)
                        return problem;
                } else if (c == '-' || (c >= '0' && c <= '9')) {
                    if (auto problem = number(); problem.first >= 0)
                        return problem;
                } else if (c == 't' || c == 'f' || c == 'n') {
                    if (auto problem = literal(); problem.first >= 0)
                        return problem;
                } else if (c == '\'') {
                    return {m_pos, tr("text must be in double quotes, not single quotes")};
                } else {
                    return {m_pos, tr("unexpected character “%1”").arg(printable(c))};
                }
                expect = CommaOrEnd;
                break;
            }
            skipSpace();
        }
    }

private:
    static QString printable(char c)
    {
        if (uchar(c) < 0x20)
            return QStringLiteral("U+%1").arg(uchar(c), 4, 16, QLatin1Char('0'));
        return QString(QLatin1Char(c));
    }

    void skipSpace()
    {
        while (m_pos < m_size && isSpace(m_data[m_pos]))
            ++m_pos;
    }

    qint64 firstInvalidUtf8() const
    {
        if (simdjson::validate_utf8(m_data, size_t(m_size)))
            return -1;
        const auto *s = reinterpret_cast<const uchar *>(m_data);
        qint64 i = 0;
        while (i < m_size) {
            const uchar c = s[i];
            int extra = 0;
            uint min = 0;
            uint code = 0;
            if (c < 0x80) {
                ++i;
                continue;
            } else if ((c & 0xe0) == 0xc0) {
                extra = 1, min = 0x80, code = c & 0x1f;
            } else if ((c & 0xf0) == 0xe0) {
                extra = 2, min = 0x800, code = c & 0x0f;
            } else if ((c & 0xf8) == 0xf0) {
                extra = 3, min = 0x10000, code = c & 0x07;
            } else {
                return i;
            }
            if (i + extra >= m_size + 0 && i + extra > m_size - 1)
                return i;
            for (int k = 1; k <= extra; ++k) {
                if ((s[i + k] & 0xc0) != 0x80)
                    return i;
                code = (code << 6) | (s[i + k] & 0x3f);
            }
            if (code < min || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff))
                return i;
            i += extra + 1;
        }
        return -1;
    }

    static int hex(char c)
    {
        if (c >= '0' && c <= '9')
            return c - '0';
        if (c >= 'a' && c <= 'f')
            return c - 'a' + 10;
        if (c >= 'A' && c <= 'F')
            return c - 'A' + 10;
        return -1;
    }

    int escapeUnit(qint64 at) const // the value of \uXXXX at `at` (the backslash), or -1
    {
        if (at + 5 >= m_size || m_data[at + 1] != 'u')
            return -1;
        int value = 0;
        for (int k = 2; k < 6; ++k) {
            const int digit = hex(m_data[at + k]);
            if (digit < 0)
                return -1;
            value = value * 16 + digit;
        }
        return value;
    }

    QPair<qint64, QString> string()
    {
        const qint64 start = m_pos++;
        while (m_pos < m_size) {
            const char c = m_data[m_pos];
            if (c == '"') {
                ++m_pos;
                return {-1, {}};
            }
            if (uchar(c) < 0x20)
                return {m_pos, tr("a line break or control character inside text must be written as an escape")};
            if (c != '\\') {
                ++m_pos;
                continue;
            }
            if (m_pos + 1 >= m_size)
                break;
            const char e = m_data[m_pos + 1];
            if (e == 'u') {
                const int unit = escapeUnit(m_pos);
                if (unit < 0)
                    return {m_pos, tr("“\\u” must be followed by four hexadecimal digits")};
                if (unit >= 0xdc00 && unit <= 0xdfff)
                    return {m_pos, tr("an unpaired surrogate escape (\\u%1)").arg(unit, 4, 16, QLatin1Char('0'))};
                if (unit >= 0xd800 && unit <= 0xdbff) {
                    const int low = escapeUnit(m_pos + 6);
                    if (m_pos + 6 >= m_size || m_data[m_pos + 6] != '\\' || low < 0xdc00 || low > 0xdfff)
                        return {m_pos, tr("an unpaired surrogate escape (\\u%1)").arg(unit, 4, 16, QLatin1Char('0'))};
                    m_pos += 12;
                    continue;
                }
                m_pos += 6;
                continue;
            }
            if (!std::strchr("\"\\/bfnrt", e) || e == '\0')
                return {m_pos, tr("“\\%1” is not a valid escape").arg(printable(e))};
            m_pos += 2;
        }
        return {start, tr("this text is never closed with a double quote")};
    }

    QPair<qint64, QString> number()
    {
        const qint64 start = m_pos;
        const auto digits = [this] {
            const qint64 from = m_pos;
            while (m_pos < m_size && m_data[m_pos] >= '0' && m_data[m_pos] <= '9')
                ++m_pos;
            return m_pos - from;
        };
        if (m_data[m_pos] == '-')
            ++m_pos;
        if (m_pos < m_size && m_data[m_pos] == '0') {
            ++m_pos;
            if (m_pos < m_size && m_data[m_pos] >= '0' && m_data[m_pos] <= '9')
                return {start, tr("numbers cannot have a leading zero")};
        } else if (digits() == 0) {
            return {start, tr("a number needs digits")};
        }
        if (m_pos < m_size && m_data[m_pos] == '.') {
            ++m_pos;
            if (digits() == 0)
                return {start, tr("a number needs digits after the decimal point")};
        }
        if (m_pos < m_size && (m_data[m_pos] == 'e' || m_data[m_pos] == 'E')) {
            ++m_pos;
            if (m_pos < m_size && (m_data[m_pos] == '+' || m_data[m_pos] == '-'))
                ++m_pos;
            if (digits() == 0)
                return {start, tr("a number needs digits in its exponent")};
        }
        return {-1, {}};
    }

    QPair<qint64, QString> literal()
    {
        for (const char *word : {"true", "false", "null"}) {
            const qint64 length = qint64(std::strlen(word));
            if (m_pos + length <= m_size && std::memcmp(m_data + m_pos, word, size_t(length)) == 0) {
                m_pos += length;
                return {-1, {}};
            }
        }
        return {m_pos, tr("unexpected word; only true, false and null are allowed")};
    }

    const char *m_data;
    qint64 m_size;
    qint64 m_pos = 0;
};

} // namespace

JsonDocument::~JsonDocument() = default;

std::shared_ptr<const JsonDocument> JsonDocument::fromBytes(QByteArray bytes, Error *error)
{
    const char *data = bytes.constData();
    const qint64 size = bytes.size();
    const bool padded = bytes.capacity() - size >= qint64(simdjson::SIMDJSON_PADDING);
    return build(std::move(bytes), nullptr, data, size, padded, error);
}

std::shared_ptr<const JsonDocument> JsonDocument::fromFile(const QString &path, Error *error)
{
    auto file = std::make_unique<QFile>(path);
    if (!file->open(QIODevice::ReadOnly)) {
        *error = {tr("the file cannot be read: %1").arg(file->errorString()), -1, 0, 0};
        return nullptr;
    }
    const qint64 size = file->size();
    if (size == 0)
        return build({}, file.release(), "", 0, false, error);
    const uchar *mapped = file->map(0, size);
    if (!mapped) {
        // Some files cannot be mapped (pipes, special file systems): read them instead.
        QByteArray bytes = file->readAll();
        return fromBytes(std::move(bytes), error);
    }
    // The rest of the last page of a mapping reads as zeros: when it is long enough, simdjson can
    // work on the mapping itself instead of a padded copy.
    constexpr qint64 page = 4096;
    const bool padded = size % page != 0 && page - size % page >= qint64(simdjson::SIMDJSON_PADDING);
    return build({}, file.release(), reinterpret_cast<const char *>(mapped), size, padded, error);
}

std::shared_ptr<const JsonDocument> JsonDocument::build(QByteArray bytes, QFile *file, const char *data, qint64 size,
                                                        bool padded, Error *error)
{
    std::shared_ptr<JsonDocument> document(new JsonDocument);
    document->m_owned = std::move(bytes);
    document->m_file.reset(file);
    document->m_bytes = QByteArrayView(data, size);

    // The verdict on validity is simdjson's: strict RFC 8259, UTF-8 checked.
    simdjson::error_code verdict = simdjson::SUCCESS;
    {
        simdjson::dom::parser parser;
        verdict = parser.allocate(size_t(qMax<qint64>(size, 1)), parserMaxDepth);
        if (verdict == simdjson::SUCCESS) {
            simdjson::dom::element root;
            verdict = parser.parse(reinterpret_cast<const uint8_t *>(data), size_t(size), !padded).get(root);
        }
    }
    if (verdict != simdjson::SUCCESS) {
        *error = locate(document->m_bytes, QString::fromUtf8(simdjson::error_message(verdict)));
        // simdjson refuses numbers beyond 64 bits (12345678901234567890123, 1e400); the RFC allows
        // them, and we only ever show them as written. The strict pass has found nothing else wrong.
        const bool numberRange = verdict == simdjson::NUMBER_ERROR || verdict == simdjson::NUMBER_OUT_OF_RANGE;
        if (!(numberRange && error->offset < 0))
            return nullptr;
    }
    if (!document->index()) {
        *error = locate(document->m_bytes, tr("the JSON structure could not be read"));
        return nullptr;
    }
    *error = {};
    return document;
}

JsonDocument::Error JsonDocument::locate(QByteArrayView bytes, const QString &fallback)
{
    const auto [offset, why] = Locator(bytes).run();
    Error error;
    error.offset = offset;
    if (offset < 0) {
        error.message = tr("The file is not valid JSON (%1).").arg(fallback);
        return error;
    }
    // Lines and columns of the refused byte; columns count characters, not bytes.
    int line = 1;
    qint64 lineStart = 0;
    for (qint64 i = 0; i < offset; ++i) {
        if (bytes[i] == '\n') {
            ++line;
            lineStart = i + 1;
        }
    }
    int column = 1;
    for (qint64 i = lineStart; i < offset; ++i) {
        if ((uchar(bytes[i]) & 0xc0) != 0x80)
            ++column;
    }
    error.line = line;
    error.column = column;
    error.message = tr("Line %1, column %2: %3.").arg(line).arg(column).arg(why);
    return error;
}

QPair<int, int> JsonDocument::lineColumn(qint64 offset) const
{
    int line = 1;
    qint64 lineStart = 0;
    for (qint64 i = 0; i < offset && i < m_bytes.size(); ++i) {
        if (m_bytes[i] == '\n') {
            ++line;
            lineStart = i + 1;
        }
    }
    int column = 1;
    for (qint64 i = lineStart; i < offset && i < m_bytes.size(); ++i) {
        if ((uchar(m_bytes[i]) & 0xc0) != 0x80)
            ++column;
    }
    return {line, column};
}

bool JsonDocument::index()
{
    // One pass over text simdjson has validated: record every value, its key, parent and row.
    const char *data = m_bytes.data();
    const qint64 size = m_bytes.size();
    m_nodes.clear();
    m_nodes.reserve(size_t(size / 16 + 16));

    struct Open
    {
        quint32 node;
        bool object;
    };
    std::vector<Open> open;
    bool expectKey = false;
    quint64 pendingKey = noOffset;
    qint64 pos = 0;

    const auto add = [&](Type type, qint64 at, quint32 length) -> quint32 {
        Node node{quint64(at), pendingKey, none, 0, length, 1, type};
        if (!open.empty()) {
            Node &parent = m_nodes[open.back().node];
            node.parent = open.back().node;
            node.row = parent.length++;
        }
        pendingKey = noOffset;
        m_nodes.push_back(node);
        return quint32(m_nodes.size() - 1);
    };
    const auto stringEnd = [&](qint64 at) -> qint64 { // one past the closing quote
        qint64 i = at + 1;
        while (true) {
            const void *quote = std::memchr(data + i, '"', size_t(size - i));
            if (!quote)
                return -1;
            qint64 q = static_cast<const char *>(quote) - data;
            qint64 backslashes = 0;
            while (q - 1 - backslashes > at && data[q - 1 - backslashes] == '\\')
                ++backslashes;
            if (backslashes % 2 == 0)
                return q + 1;
            i = q + 1;
        }
    };

    while (pos < size) {
        const char c = data[pos];
        switch (c) {
        case ' ':
        case '\n':
        case '\r':
        case '\t':
        case ',':
        case ':':
            if (c == ',' && !open.empty() && open.back().object)
                expectKey = true;
            ++pos;
            continue;
        case '{':
        case '[': {
            const quint32 node = add(c == '{' ? Type::Object : Type::Array, pos, 0);
            open.push_back({node, c == '{'});
            m_maxDepth = qMax(m_maxDepth, int(open.size()));
            expectKey = c == '{';
            ++pos;
            continue;
        }
        case '}':
        case ']': {
            if (open.empty())
                return false;
            Node &node = m_nodes[open.back().node];
            node.span = quint32(m_nodes.size() - open.back().node);
            open.pop_back();
            expectKey = false;
            ++pos;
            continue;
        }
        case '"': {
            const qint64 end = stringEnd(pos);
            if (end < 0)
                return false;
            if (expectKey) {
                pendingKey = quint64(pos);
                expectKey = false;
            } else {
                add(Type::String, pos, quint32(qMin<qint64>(end - pos, 0xffffffff)));
            }
            pos = end;
            continue;
        }
        default: {
            qint64 end = pos;
            while (end < size && !isSpace(data[end]) && data[end] != ',' && data[end] != ']' && data[end] != '}')
                ++end;
            Type type = Type::Number;
            if (c == 't')
                type = Type::True;
            else if (c == 'f')
                type = Type::False;
            else if (c == 'n')
                type = Type::Null;
            add(type, pos, quint32(end - pos));
            pos = end;
            continue;
        }
        }
    }
    return open.empty() && !m_nodes.empty();
}

quint32 JsonDocument::nextSibling(quint32 node) const
{
    const quint32 parentNode = parent(node);
    if (parentNode == none || row(node) + 1 >= childCount(parentNode))
        return none;
    return node + subtreeSize(node);
}

QByteArrayView JsonDocument::rawKey(quint32 node) const
{
    const quint64 at = m_nodes[node].keyOffset;
    if (at == noOffset)
        return {};
    // The key was validated: its closing quote is the first unescaped one.
    qint64 i = qint64(at) + 1;
    while (m_bytes[i] != '"')
        i += m_bytes[i] == '\\' ? 2 : 1;
    return m_bytes.sliced(qint64(at), i + 1 - qint64(at));
}

QString JsonDocument::key(quint32 node) const
{
    const QByteArrayView raw = rawKey(node);
    return raw.isEmpty() ? QString() : decodeString(raw.sliced(1, raw.size() - 2));
}

QByteArrayView JsonDocument::raw(quint32 node) const
{
    const Node &n = m_nodes[node];
    if (!isContainer(node))
        return m_bytes.sliced(qint64(n.offset), n.length);
    // A container ends where the last record of its subtree ends, plus the closing brackets of it
    // and of every container between that record and this one.
    const auto skipSpace = [this](qint64 at) {
        while (at < m_bytes.size() && isSpace(m_bytes[at]))
            ++at;
        return at;
    };
    quint32 closed = node + n.span - 1;
    qint64 end = 0;
    if (isContainer(closed)) // an empty container: "{", space, "}"
        end = skipSpace(qint64(m_nodes[closed].offset) + 1) + 1;
    else
        end = qint64(m_nodes[closed].offset) + m_nodes[closed].length;
    while (closed != node) {
        closed = parent(closed);
        end = skipSpace(end) + 1;
    }
    return m_bytes.sliced(qint64(n.offset), end - qint64(n.offset));
}

QString JsonDocument::string(quint32 node) const
{
    if (type(node) != Type::String)
        return {};
    const QByteArrayView text = raw(node);
    return decodeString(text.sliced(1, text.size() - 2));
}

quint32 JsonDocument::member(quint32 object, const QString &name) const
{
    if (type(object) != Type::Object)
        return none;
    const QByteArray quoted = '"' + name.toUtf8() + '"';
    quint32 found = none;
    for (quint32 child = firstChild(object); child != none; child = nextSibling(child)) {
        const QByteArrayView raw = rawKey(child);
        if (raw == quoted || (raw.contains('\\') && key(child) == name))
            found = child;
    }
    return found;
}

QByteArray JsonDocument::compact(quint32 node) const
{
    const QByteArrayView text = raw(node);
    if (!isContainer(node))
        return text.toByteArray();
    QByteArray out;
    out.reserve(text.size());
    bool inString = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (inString) {
            out += c;
            if (c == '\\')
                out += text[++i];
            else if (c == '"')
                inString = false;
        } else if (c == '"') {
            inString = true;
            out += c;
        } else if (!isSpace(c)) {
            out += c;
        }
    }
    return out;
}

QByteArray JsonDocument::indented(qint64 maxBytes) const
{
    QByteArray out;
    out.reserve(qMin<qint64>(m_bytes.size() * 2, maxBytes) + 64);
    struct Open
    {
        quint32 end; // first record after the subtree
        char close;
    };
    std::vector<Open> open;
    const auto newline = [&out](size_t depth) {
        out += '\n';
        out += QByteArray(qsizetype(depth) * 2, ' ');
    };
    const quint32 count = nodeCount();
    for (quint32 node = 0; node < count; ++node) {
        while (!open.empty() && open.back().end <= node) {
            const char close = open.back().close;
            open.pop_back();
            newline(open.size());
            out += close;
        }
        if (out.size() > maxBytes) {
            out += "\n…";
            return out;
        }
        if (!open.empty()) {
            if (row(node) > 0)
                out += ',';
            newline(open.size());
        }
        if (hasKey(node)) {
            out += rawKey(node);
            out += ": ";
        }
        if (!isContainer(node)) {
            out += raw(node);
            continue;
        }
        const char close = type(node) == Type::Object ? '}' : ']';
        out += type(node) == Type::Object ? '{' : '[';
        if (childCount(node) == 0)
            out += close;
        else
            open.push_back({node + subtreeSize(node), close});
    }
    while (!open.empty()) {
        const char close = open.back().close;
        open.pop_back();
        newline(open.size());
        out += close;
    }
    out += '\n';
    return out;
}

QString JsonDocument::preview(quint32 node, qsizetype maxBytes) const
{
    switch (type(node)) {
    case Type::Array:
    case Type::Object:
        return {};
    case Type::String: {
        QByteArrayView text = raw(node);
        text = text.sliced(1, text.size() - 2);
        if (text.size() <= maxBytes)
            return decodeString(text);
        qsizetype cut = maxBytes;
        while (cut > 0 && (uchar(text[cut]) & 0xc0) == 0x80)
            --cut; // not inside a UTF-8 sequence
        return decodeString(text.first(cut)) + QStringLiteral("…");
    }
    default:
        return QString::fromUtf8(raw(node));
    }
}

QString JsonDocument::decodeString(QByteArrayView escaped)
{
    if (!escaped.contains('\\'))
        return QString::fromUtf8(escaped);
    QString out;
    out.reserve(escaped.size());
    qsizetype plainStart = 0;
    qsizetype i = 0;
    const auto hex4 = [&escaped](qsizetype at) { return escaped.sliced(at, 4).toByteArray().toUShort(nullptr, 16); };
    while (i < escaped.size()) {
        if (escaped[i] != '\\') {
            ++i;
            continue;
        }
        out += QString::fromUtf8(escaped.sliced(plainStart, i - plainStart));
        if (i + 1 >= escaped.size() || (escaped[i + 1] == 'u' && i + 6 > escaped.size())) {
            plainStart = escaped.size(); // a preview cut through an escape
            break;
        }
        const char e = escaped[i + 1];
        switch (e) {
        case 'b':
            out += QLatin1Char('\b');
            break;
        case 'f':
            out += QLatin1Char('\f');
            break;
        case 'n':
            out += QLatin1Char('\n');
            break;
        case 'r':
            out += QLatin1Char('\r');
            break;
        case 't':
            out += QLatin1Char('\t');
            break;
        case 'u':
            out += QChar(hex4(i + 2));
            i += 4;
            break;
        default: // " \ /
            out += QLatin1Char(e);
            break;
        }
        i += 2;
        plainStart = i;
    }
    out += QString::fromUtf8(escaped.sliced(plainStart));
    return out;
}

} // namespace Takeout
