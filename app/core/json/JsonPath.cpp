#include "JsonPath.h"

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
    static const QRegularExpression identifier(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
    if (identifier.match(key).hasMatch())
        return QLatin1Char('.') + key;
    QString quoted = key;
    quoted.replace(QLatin1Char('\\'), QLatin1String("\\\\")).replace(QLatin1Char('"'), QLatin1String("\\\""));
    quoted.replace(QLatin1Char('\n'), QLatin1String("\\n")).replace(QLatin1Char('\t'), QLatin1String("\\t"));
    return QStringLiteral(".\"") + quoted + QLatin1Char('"');
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
    const auto member = [&](const QString &key) { return document.member(node, key.toUtf8()); };
    while (i < text.size()) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('.')) {
            ++i;
            continue;
        }
        if (c == QLatin1Char('[')) {
            const qsizetype close = text.indexOf(QLatin1Char(']'), i);
            if (close < 0)
                return failAt(Text::tr("“[” is never closed"));
            const QString inside = text.mid(i + 1, close - i - 1).trimmed();
            i = close + 1;
            if (inside.startsWith(QLatin1Char('"'))) {
                const quint32 next = member(inside.mid(1, inside.size() - 2));
                if (next == JsonDocument::none)
                    return failAt(Text::tr("there is no such key"));
                node = next;
                continue;
            }
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
            ++i;
            while (i < text.size() && text.at(i) != QLatin1Char('"')) {
                if (text.at(i) == QLatin1Char('\\') && i + 1 < text.size()) {
                    const QChar escaped = text.at(i + 1);
                    key += escaped == QLatin1Char('n')   ? QChar(QLatin1Char('\n'))
                           : escaped == QLatin1Char('t') ? QChar(QLatin1Char('\t'))
                                                         : escaped;
                    i += 2;
                    continue;
                }
                key += text.at(i++);
            }
            if (i >= text.size())
                return failAt(Text::tr("a quoted key is never closed"));
            ++i;
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
