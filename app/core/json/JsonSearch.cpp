#include "JsonSearch.h"

#include <QByteArrayMatcher>
#include <QCoreApplication>
#include <QtAlgorithms>

#include <cstring>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

namespace Takeout {

QString JsonSearch::problem(const Options &options)
{
    if (options.text.isEmpty())
        return QCoreApplication::translate("JsonSearch", "Type something to find.");
    if (options.regularExpression) {
        const QRegularExpression expression(options.text);
        if (!expression.isValid())
            return QCoreApplication::translate("JsonSearch", "The pattern is not valid: %1")
                .arg(expression.errorString());
    }
    return {};
}

namespace {

// Plain-text search straight on the bytes, for needles that escapes cannot disguise. A record
// whose text holds a backslash is checked again on its decoded text.
class RawMatcher
{
public:
    RawMatcher(const QString &needle, bool caseSensitive)
        : m_needle(needle)
        , m_caseSensitive(caseSensitive || needle.toLower() == needle.toUpper())
    {
        // '"', '\\', '/' and control characters can be written as escapes other than \uXXXX.
        bool escapable = false;
        for (const QChar c : needle)
            escapable |= c == QLatin1Char('"') || c == QLatin1Char('\\') || c == QLatin1Char('/') || c.unicode() < 0x20;
        QByteArray anchor = needle.toUtf8();
        for (const char c : anchor)
            m_ascii &= uchar(c) < 0x80;
        const bool ascii = m_ascii;
        if (!m_caseSensitive && !ascii) {
            // Case-insensitive beyond ASCII: the longest ASCII run must be there (in any case); the
            // decoded text decides.
            QByteArray run;
            anchor.clear();
            for (const QChar c : needle) {
                if (c.unicode() < 0x80) {
                    run += char(c.unicode());
                    continue;
                }
                if (run.size() > anchor.size())
                    anchor = run;
                run.clear();
            }
            if (run.size() > anchor.size())
                anchor = run;
            m_verify = true;
        }
        m_usable = !escapable && anchor.size() >= (m_verify ? 2 : 1);
        m_matcher.setPattern(m_caseSensitive ? anchor : anchor.toLower());
        // pattern() returns a copy, whose reference count would be touched for every value.
        m_pattern = m_matcher.pattern();
        for (int c = 0; c < 256; ++c)
            m_fold[c] = char(!m_caseSensitive && c >= 'A' && c <= 'Z' ? c + 32 : c);
    }

    bool usable() const { return m_usable; }

    // Where the raw needle next starts in `text`, at `from` or after; the text's size when nowhere.
    // With `escapes`, also where the next escape starts that could hide the needle (see
    // mayHideNeedle()): a value with neither cannot match, so one scan of the whole file (about as
    // fast as a plain byte scan) finds every value worth looking into.
    qint64 nextCandidate(QByteArrayView text, qint64 from, bool escapes) const
    {
        const QByteArray &needle = m_pattern;
        const qint64 m = needle.size();
        const qint64 n = text.size();
        const char *data = text.data();
        const auto isCandidate = [&](qint64 at) {
            if (data[at] == '\\')
                return escapes && mayHideNeedle(data + at, n - at); // the needle holds no backslash
            if (at + m > n)
                return false;
            for (qint64 k = 0; k < m; ++k)
                if (m_fold[uchar(data[at + k])] != needle.at(k))
                    return false;
            return true;
        };
        qint64 i = from;
#ifdef __SSE2__
        // Sixteen starts at a time, on the needle's first, second and last bytes, letters folded by
        // their 0x20 bit when case does not matter (which lets a few other bytes through, to the check
        // after), and on escapes: a backslash, before a `u` unless any escape will do.
        const auto letterBit = [this](char c) {
            return _mm_set1_epi8(!m_caseSensitive && c >= 'a' && c <= 'z' ? 0x20 : 0);
        };
        const auto load = [data](qint64 at) { return _mm_loadu_si128(reinterpret_cast<const __m128i *>(data + at)); };
        const qint64 second = m > 1 ? 1 : 0;
        const __m128i first = _mm_set1_epi8(needle.at(0));
        const __m128i next = _mm_set1_epi8(needle.at(second));
        const __m128i last = _mm_set1_epi8(needle.at(m - 1));
        const __m128i firstBit = letterBit(needle.at(0));
        const __m128i nextBit = letterBit(needle.at(second));
        const __m128i lastBit = letterBit(needle.at(m - 1));
        const __m128i backslash = _mm_set1_epi8(escapes ? '\\' : '\0');
        const __m128i afterBackslash = _mm_set1_epi8(m_verify ? '\0' : 'u');
        const __m128i anyAfter = _mm_set1_epi8(m_verify ? char(0xff) : '\0');
        for (; i + qMax<qint64>(m, 2) - 1 + 16 <= n; i += 16) {
            const __m128i bytes = load(i);
            const __m128i following = load(i + 1);
            const __m128i starts =
                _mm_and_si128(_mm_and_si128(_mm_cmpeq_epi8(_mm_or_si128(bytes, firstBit), first),
                                            _mm_cmpeq_epi8(_mm_or_si128(second ? following : bytes, nextBit), next)),
                              _mm_cmpeq_epi8(_mm_or_si128(load(i + m - 1), lastBit), last));
            const __m128i escape = _mm_and_si128(_mm_cmpeq_epi8(bytes, backslash),
                                                 _mm_or_si128(_mm_cmpeq_epi8(following, afterBackslash), anyAfter));
            uint mask = uint(_mm_movemask_epi8(_mm_or_si128(starts, escape)));
            while (mask) {
                const qint64 at = i + qCountTrailingZeroBits(mask);
                if (isCandidate(at))
                    return at;
                mask &= mask - 1;
            }
        }
#endif
        for (; i < n; ++i)
            if (isCandidate(i))
                return i;
        return n;
    }

    // Whether the escape at `escape` (a backslash, `room` bytes to the text's end) can stand for a
    // character of the needle: only a `\uXXXX`, and for a needle in ASCII only one of a character
    // that is ASCII or is in another case (K, the Kelvin sign, is k). Where the raw text only narrows
    // the search to an ASCII part of the needle, every escape is looked into.
    bool mayHideNeedle(const char *escape, qint64 room) const
    {
        if (m_verify)
            return true;
        if (room < 6 || escape[1] != 'u')
            return false;
        if (!m_ascii)
            return true;
        uint unit = 0;
        for (int k = 2; k < 6; ++k) {
            const char c = escape[k];
            const int digit = c >= '0' && c <= '9'                     ? c - '0'
                              : (c | 0x20) >= 'a' && (c | 0x20) <= 'f' ? (c | 0x20) - 'a' + 10
                                                                       : -1;
            if (digit < 0)
                return true; // not an escape after all: let the decoded text decide
            unit = unit * 16 + uint(digit);
        }
        return unit < 0x80 || (!m_caseSensitive && QChar::toCaseFolded(char32_t(unit)) < 0x80);
    }
    qsizetype needleSize() const
    {
        return m_pattern.size();
    }

    bool matches(QByteArrayView body, bool isString) const
    {
        const bool escaped = isString && body.contains('\\');
        const qsizetype hit = find(body);
        if (!escaped && !m_verify)
            return hit >= 0;
        if (!escaped && hit < 0)
            return false;
        if (escaped && !m_verify) {
            // Only \uXXXX can hide a needle that has no escapable character; any escape can fake one
            // ("\nb" holds "nb", "\u00e9" holds "00e9"), but not a hit with no backslash in it or in
            // the five bytes before it.
            const qsizetype from = qMax<qsizetype>(0, hit - 5);
            if (hit >= 0 && !body.sliced(from, hit + m_pattern.size() - from).contains('\\'))
                return true;
            if (hit < 0 && !hidesNeedle(body))
                return false;
        }
        // Decide on the decoded text.
        return JsonDocument::decodeString(body).contains(m_needle,
                                                         m_caseSensitive ? Qt::CaseSensitive : Qt::CaseInsensitive);
    }

private:
    // Whether an escape in `body` can stand for a character of the needle.
    bool hidesNeedle(QByteArrayView body) const
    {
        const char *at = body.data();
        const char *end = at + body.size();
        while ((at = static_cast<const char *>(std::memchr(at, '\\', size_t(end - at))))) {
            if (mayHideNeedle(at, end - at))
                return true;
            ++at;
        }
        return false;
    }

    // The first raw hit, or -1.
    qsizetype find(QByteArrayView body) const
    {
        if (m_caseSensitive)
            return m_matcher.indexIn(body.data(), body.size());
        const QByteArray &needle = m_pattern;
        const qsizetype m = needle.size();
        const char first = needle.at(0);
        for (qsizetype i = 0; i + m <= body.size(); ++i) {
            if (m_fold[uchar(body[i])] != first)
                continue;
            qsizetype k = 1;
            while (k < m && m_fold[uchar(body[i + k])] == needle.at(k))
                ++k;
            if (k == m)
                return i;
        }
        return -1;
    }

    QString m_needle;
    bool m_caseSensitive;
    QByteArrayMatcher m_matcher;
    QByteArray m_pattern; // the matcher's
    bool m_usable = false;
    bool m_verify = false; // a raw hit is only a candidate
    bool m_ascii = true;   // the needle
    char m_fold[256] = {};
};

} // namespace

std::vector<quint32> JsonSearch::run(const JsonDocument &document, const Options &options,
                                     const std::atomic_bool *cancel, size_t limit)
{
    std::vector<quint32> found;
    if (!problem(options).isEmpty())
        return found;
    const RawMatcher raw(options.text, options.caseSensitive);
    const bool useRaw = !options.regularExpression && raw.usable();
    const QRegularExpression expression(
        options.regularExpression ? options.text : QRegularExpression::escape(options.text),
        options.caseSensitive ? QRegularExpression::NoPatternOption : QRegularExpression::CaseInsensitiveOption);
    const auto matches = [&](QByteArrayView text, bool isString) {
        const QByteArrayView body = isString ? text.sliced(1, text.size() - 2) : text;
        if (useRaw)
            return raw.matches(body, isString);
        const QString decoded = isString ? JsonDocument::decodeString(body) : QString::fromUtf8(body);
        return expression.match(decoded).hasMatch();
    };
    const QByteArrayView bytes = document.bytes();
    const quint32 count = document.nodeCount();
    if (!useRaw) {
        for (quint32 node = 0; node < count; ++node) {
            if ((node & 0xfff) == 0 && cancel && cancel->load(std::memory_order_relaxed))
                break;
            const bool match = (options.keys && document.hasKey(node) && matches(document.rawKey(node), true)) ||
                               (options.values && !document.isContainer(node) &&
                                matches(document.raw(node), document.type(node) == JsonDocument::Type::String));
            if (match) {
                found.push_back(node);
                if (found.size() >= limit)
                    break;
            }
        }
        return found;
    }
    // With the raw matcher only a name or value holding a raw hit, or an escape that could hide one,
    // can match. So the scan goes from one such place in the text to the next, and each is mapped to
    // the record whose name or value holds it by a search of the records' offsets, which rise in
    // document order; the records in between are never looked at.
    const auto mayMatch = [&](QByteArrayView text, bool isString) {
        const qint64 start = text.data() - bytes.data();
        if (start < 0 || start + text.size() > bytes.size())
            return true; // not in the text (a mapped file that changed): decide on the value itself
        const qint64 end = start + text.size();
        return raw.nextCandidate(bytes.first(end), start, false) + raw.needleSize() <= end ||
               (isString && std::memchr(text.data(), '\\', size_t(text.size())));
    };
    const auto check = [&](QByteArrayView text, bool isString) {
        return mayMatch(text, isString) && matches(text, isString);
    };
    // The last record at or after `from` that starts at or before `at`; `from - 1` when there is none.
    // Galloping: the next place is usually a few records on.
    const auto lastStartingBy = [&document, count](qint64 at, qint64 from) {
        if (from >= count || document.offset(quint32(from)) > at)
            return from - 1;
        qint64 good = from;
        qint64 bad = count;
        for (qint64 step = 1; good + step < count; step *= 2) {
            if (document.offset(quint32(good + step)) > at) {
                bad = good + step;
                break;
            }
            good += step;
        }
        while (bad - good > 1) {
            const qint64 middle = good + (bad - good) / 2;
            (document.offset(quint32(middle)) <= at ? good : bad) = middle;
        }
        return good;
    };
    qint64 position = 0;
    qint64 next = 0; // the records before it have been looked at, or passed over
    for (quint32 round = 0;; ++round) {
        if ((round & 0xff) == 0 && cancel && cancel->load(std::memory_order_relaxed))
            break;
        const qint64 at = raw.nextCandidate(bytes, position, true);
        if (at >= bytes.size())
            break;
        // In the value of the last record starting by then, or else in the name of the record after it
        // (a name lies between the record before and its value).
        qint64 node = lastStartingBy(at, next);
        if (node < next || document.isContainer(quint32(node)) ||
            at >= document.offset(quint32(node)) + document.raw(quint32(node)).size())
            ++node;
        if (node >= count)
            break;
        const auto record = quint32(node);
        const bool scalar = !document.isContainer(record);
        const bool match = (options.keys && document.hasKey(record) && check(document.rawKey(record), true)) ||
                           (options.values && scalar &&
                            check(document.raw(record), document.type(record) == JsonDocument::Type::String));
        if (match) {
            found.push_back(record);
            if (found.size() >= limit)
                break;
        }
        next = node + 1;
        position = qMax(at + 1, document.offset(record) + (scalar ? document.raw(record).size() : 1));
    }
    return found;
}

} // namespace Takeout
