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

std::vector<quint32> JsonSearch::run(const JsonDocument &document, const Options &options,
                                     const std::atomic_bool *cancel, size_t limit)
{
    std::vector<quint32> found;
    if (!problem(options).isEmpty())
        return found;
    const QRegularExpression expression(
        options.regularExpression ? options.text : QRegularExpression::escape(options.text),
        options.caseSensitive ? QRegularExpression::NoPatternOption : QRegularExpression::CaseInsensitiveOption);
    // Plain text is first looked for in the raw bytes, which rules out most records without
    // decoding them; a record's text holding no backslash is exactly its decoded text.
    const QByteArray needle = options.text.toUtf8();
    const bool plain = !options.regularExpression && options.caseSensitive;
    const QByteArrayMatcher matcher(needle);
    const auto matches = [&](QByteArrayView raw, bool isString) {
        const QByteArrayView body = isString ? raw.sliced(1, raw.size() - 2) : raw;
        if (plain && !body.contains('\\'))
            return matcher.indexIn(body.data(), body.size()) >= 0;
        const QString text = isString ? JsonDocument::decodeString(body) : QString::fromUtf8(body);
        return expression.match(text).hasMatch();
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
