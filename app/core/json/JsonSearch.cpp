#include "JsonSearch.h"

#include <QByteArrayMatcher>
#include <QCoreApplication>

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
        for (int c = 0; c < 256; ++c)
            m_fold[c] = char(!m_caseSensitive && c >= 'A' && c <= 'Z' ? c + 32 : c);
    }

    bool usable() const { return m_usable; }

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
            // ("\nb" holds "nb"), but not a hit with no backslash in or just before it.
            const qsizetype from = qMax<qsizetype>(0, hit - 1);
            if (hit >= 0 && !body.sliced(from, hit + m_matcher.pattern().size() - from).contains('\\'))
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
        const QByteArray &needle = m_matcher.pattern();
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
    const quint32 count = document.nodeCount();
    for (quint32 node = 0; node < count; ++node) {
        if ((node & 0xfff) == 0 && cancel && cancel->load(std::memory_order_relaxed))
            break;
        bool hit = false;
        if (options.keys && document.hasKey(node))
            hit = matches(document.rawKey(node), true);
        if (!hit && options.values && !document.isContainer(node))
            hit = matches(document.raw(node), document.type(node) == JsonDocument::Type::String);
        if (hit) {
            found.push_back(node);
            if (found.size() >= limit)
                break;
        }
    }
    return found;
}

} // namespace Takeout
