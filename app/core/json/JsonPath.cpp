#include "JsonPath.h"

#include "text/TerminalText.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace Takeout {

namespace {

// The translation context of the messages in this file.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(JsonPath)
};

} // namespace

QString JsonPath::keyStep(const QString &key)
{
    // Anchored at the very end: `$` would also match before a final newline.
    static const QRegularExpression identifier(
        QRegularExpression::anchoredPattern(QStringLiteral("[A-Za-z_][A-Za-z0-9_]*")));
    if (identifier.match(key).hasMatch())
        return QLatin1Char('.') + key;
    // As a JSON string, which jq reads back; what a terminal would act on is written as an escape too.
    QString quoted = QStringLiteral("[\"");
    for (const QChar c : key) {
        switch (c.unicode()) {
        case '\\':
            quoted += QLatin1String("\\\\");
            break;
        case '"':
            quoted += QLatin1String("\\\"");
            break;
        case '\n':
            quoted += QLatin1String("\\n");
            break;
        case '\t':
            quoted += QLatin1String("\\t");
            break;
        case '\r':
            quoted += QLatin1String("\\r");
            break;
        default:
            if (TerminalText::isUnsafe(c.unicode()))
                quoted += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
            else
                quoted += c;
        }
    }
    return quoted + QStringLiteral("\"]");
}

QString JsonPath::member(const QString &parent, const QString &key)
{
    const QString step = keyStep(key);
    if (parent != QLatin1String("."))
        return parent + step;
    return step.startsWith(QLatin1Char('[')) ? QLatin1Char('.') + step : step;
}

QString JsonPath::of(const JsonDocument &document, quint32 node)
{
    QStringList steps;
    for (quint32 at = node; document.parent(at) != JsonDocument::none; at = document.parent(at)) {
        if (document.type(document.parent(at)) == JsonDocument::Type::Array)
            steps.prepend(QStringLiteral("[%1]").arg(document.row(at)));
        else
            steps.prepend(keyStep(document.key(at)));
    }
    if (steps.isEmpty())
        return QStringLiteral(".");
    QString path = steps.join(QString());
    if (path.startsWith(QLatin1Char('[')))
        path.prepend(QLatin1Char('.'));
    return path;
}

quint32 JsonPath::resolve(const JsonDocument &document, const QString &path, QString *error)
{
    const QString text = path.trimmed();
    if (!text.startsWith(QLatin1Char('.'))) {
        *error = Text::tr("a path starts with “.”, as in .agents[0].name");
        return JsonDocument::none;
    }
    quint32 node = JsonDocument::root();
    qsizetype i = 1;
    const auto failAt = [&](const QString &why) {
        *error = Text::tr("%1 (at “%2”)").arg(why, text.left(i));
        return JsonDocument::none;
    };
    const auto member = [&](const QString &key) {
        const QByteArray utf8 = key.toUtf8();
        if (QString::fromUtf8(utf8) == key)
            return document.member(node, utf8);
        // A name with a lone surrogate (from a \ud800 escape) has no UTF-8 spelling: compare it decoded.
        quint32 found = JsonDocument::none;
        if (document.type(node) == JsonDocument::Type::Object) {
            for (quint32 child = document.firstChild(node); child != JsonDocument::none;
                 child = document.nextSibling(child)) {
                if (document.key(child) == key)
                    found = child;
            }
        }
        return found;
    };
    // A JSON string at text[i] (its opening quote), decoded as jq decodes it; false when never closed.
    const auto quotedKey = [&](QString *key) {
        for (++i; i < text.size() && text.at(i) != QLatin1Char('"'); ++i) {
            if (text.at(i) != QLatin1Char('\\') || i + 1 >= text.size()) {
                *key += text.at(i);
                continue;
            }
            const QChar escaped = text.at(++i);
            bool ok = false;
            const ushort unit = escaped == QLatin1Char('u') ? text.mid(i + 1, 4).toUShort(&ok, 16) : 0;
            if (ok && text.mid(i + 1, 4).size() == 4) {
                *key += QChar(unit);
                i += 4;
                continue;
            }
            switch (escaped.unicode()) {
            case 'n':
                *key += QLatin1Char('\n');
                break;
            case 't':
                *key += QLatin1Char('\t');
                break;
            case 'r':
                *key += QLatin1Char('\r');
                break;
            case 'b':
                *key += QLatin1Char('\b');
                break;
            case 'f':
                *key += QLatin1Char('\f');
                break;
            default: // " \ / and anything else as itself
                *key += escaped;
            }
        }
        if (i >= text.size())
            return false;
        ++i;
        return true;
    };
    while (i < text.size()) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('.')) {
            ++i;
            continue;
        }
        if (c == QLatin1Char('[') && text.mid(i + 1).trimmed().startsWith(QLatin1Char('"'))) {
            // .["key"]: the key may hold "]".
            i = text.indexOf(QLatin1Char('"'), i);
            QString key;
            if (!quotedKey(&key))
                return failAt(Text::tr("a quoted key is never closed"));
            while (i < text.size() && text.at(i).isSpace())
                ++i;
            if (i >= text.size() || text.at(i) != QLatin1Char(']'))
                return failAt(Text::tr("“[” is never closed"));
            ++i;
            if (document.type(node) != JsonDocument::Type::Object)
                return failAt(Text::tr("this is not an object"));
            const quint32 next = member(key);
            if (next == JsonDocument::none)
                return failAt(Text::tr("there is no such key"));
            node = next;
            continue;
        }
        if (c == QLatin1Char('[')) {
            const qsizetype close = text.indexOf(QLatin1Char(']'), i);
            if (close < 0)
                return failAt(Text::tr("“[” is never closed"));
            const QString inside = text.mid(i + 1, close - i - 1).trimmed();
            i = close + 1;
            bool ok = false;
            qint64 index = inside.toLongLong(&ok);
            if (!ok)
                return failAt(Text::tr("an array index must be a number"));
            if (document.type(node) != JsonDocument::Type::Array)
                return failAt(Text::tr("this is not an array"));
            const qint64 count = document.childCount(node);
            if (index < 0)
                index += count;
            if (index < 0 || index >= count)
                return failAt(Text::tr("the array has only %n element(s)", nullptr, int(count)));
            quint32 child = document.firstChild(node);
            for (qint64 k = 0; k < index; ++k)
                child = document.nextSibling(child);
            node = child;
            continue;
        }
        QString key;
        if (c == QLatin1Char('"')) {
            if (!quotedKey(&key))
                return failAt(Text::tr("a quoted key is never closed"));
        } else {
            while (i < text.size() && text.at(i) != QLatin1Char('.') && text.at(i) != QLatin1Char('['))
                key += text.at(i++);
        }
        if (document.type(node) != JsonDocument::Type::Object)
            return failAt(Text::tr("this is not an object"));
        const quint32 next = member(key);
        if (next == JsonDocument::none)
            return failAt(Text::tr("there is no such key"));
        node = next;
    }
    return node;
}

} // namespace Takeout
