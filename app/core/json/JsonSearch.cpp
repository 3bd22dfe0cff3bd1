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
        bool ascii = true;
        for (const char c : anchor)
            ascii &= uchar(c) < 0x80;
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

    // Where the raw needle next starts in the whole text, at `from` or after; the text's size when
    // nowhere. A value with no raw hit and no backslash in it cannot match, so one scan of the file
    // (as fast as a plain byte scan) spares looking into almost every value.
    qint64 nextHit(QByteArrayView text, qint64 from) const
    {
        const QByteArray &needle = m_pattern;
        const qint64 m = needle.size();
        const qint64 n = text.size();
        if (m_caseSensitive) {
            const qint64 at = m_matcher.indexIn(text.data(), n, from);
            return at < 0 ? n : at;
        }
        const char *data = text.data();
        const auto verify = [&](qint64 at) {
            for (qint64 k = 0; k < m; ++k)
                if (m_fold[uchar(data[at + k])] != needle.at(k))
                    return false;
            return true;
        };
        qint64 i = from;
#ifdef __SSE2__
        // Sixteen starts at a time, on the needle's first and last bytes, letters folded by their 0x20
        // bit (which lets a few other bytes through, to the check after).
        const auto letterBit = [](char c) { return _mm_set1_epi8(c >= 'a' && c <= 'z' ? 0x20 : 0); };
        const __m128i first = _mm_set1_epi8(needle.at(0));
        const __m128i last = _mm_set1_epi8(needle.at(m - 1));
        const __m128i firstBit = letterBit(needle.at(0));
        const __m128i lastBit = letterBit(needle.at(m - 1));
        for (; i + m - 1 + 16 <= n; i += 16) {
            const __m128i a = _mm_or_si128(_mm_loadu_si128(reinterpret_cast<const __m128i *>(data + i)), firstBit);
            const __m128i b =
                _mm_or_si128(_mm_loadu_si128(reinterpret_cast<const __m128i *>(data + i + m - 1)), lastBit);
            uint mask = uint(_mm_movemask_epi8(_mm_and_si128(_mm_cmpeq_epi8(a, first), _mm_cmpeq_epi8(b, last))));
            while (mask) {
                const qint64 at = i + qCountTrailingZeroBits(mask);
                if (verify(at))
                    return at;
                mask &= mask - 1;
            }
        }
#endif
        for (; i + m <= n; ++i)
            if (verify(i))
                return i;
        return n;
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
            if (hit < 0 && !body.contains("\\u"))
                return false;
        }
        // Decide on the decoded text.
        return JsonDocument::decodeString(body).contains(m_needle,
                                                         m_caseSensitive ? Qt::CaseSensitive : Qt::CaseInsensitive);
    }

private:
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
    // With the raw matcher, the ranges asked about (a name, then its value, then the next name…)
    // come in the text's order, so the next raw hit is found once and kept until it is passed.
    const QByteArrayView bytes = document.bytes();
    qint64 hit = -1;
    const auto mayMatch = [&](QByteArrayView text, bool isString) {
        const qint64 start = text.data() - bytes.data();
        if (!useRaw || start < 0 || start + text.size() > bytes.size())
            return true;
        if (hit < start)
            hit = raw.nextHit(bytes, start);
        return hit + raw.needleSize() <= start + text.size() ||
               (isString && std::memchr(text.data(), '\\', size_t(text.size())));
    };
    const auto check = [&](QByteArrayView text, bool isString) {
        return mayMatch(text, isString) && matches(text, isString);
    };
    const quint32 count = document.nodeCount();
    for (quint32 node = 0; node < count; ++node) {
        if ((node & 0xfff) == 0 && cancel && cancel->load(std::memory_order_relaxed))
            break;
        bool match = false;
        if (options.keys && document.hasKey(node))
            match = check(document.rawKey(node), true);
        if (!match && options.values && !document.isContainer(node))
            match = check(document.raw(node), document.type(node) == JsonDocument::Type::String);
        if (match) {
            found.push_back(node);
            if (found.size() >= limit)
                break;
        }
    }
    return found;
}

} // namespace Takeout
