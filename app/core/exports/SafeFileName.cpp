#include "SafeFileName.h"

#include <QRegularExpression>

namespace Takeout {

namespace {

// Characters that are dropped: control characters, and invisible ones (bidi overrides can disguise
// an extension).
bool isInvisibleChar(QChar c)
{
    if (c.unicode() < 0x20 || c.unicode() == 0x7f)
        return true;
    switch (c.category()) {
    case QChar::Other_Control:
    case QChar::Other_Format:
    case QChar::Other_NotAssigned:
    case QChar::Separator_Line:
    case QChar::Separator_Paragraph:
        return true;
    default:
        break;
    }
    return false;
}

// Characters some file system refuses; they become '_'.
bool isReservedChar(QChar c)
{
    return QStringLiteral("<>:\"/\\|?*").contains(c);
}

bool isReservedWindowsName(const QString &name)
{
    static const QRegularExpression reserved(
        QStringLiteral("^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³]|conin\\$|conout\\$)$"),
        QRegularExpression::CaseInsensitiveOption);
    const QString stem = name.section(QLatin1Char('.'), 0, 0).trimmed();
    return reserved.match(stem).hasMatch();
}

QString trimDotsAndSpaces(QString text)
{
    while (!text.isEmpty() && (text.front() == QLatin1Char('.') || text.front().isSpace()))
        text.remove(0, 1);
    while (!text.isEmpty() && (text.back() == QLatin1Char('.') || text.back().isSpace()))
        text.chop(1);
    return text;
}

// Cuts to at most maxBytes of UTF-8 without splitting a surrogate pair.
QString truncateUtf8(const QString &text, int maxBytes)
{
    QString out;
    int bytes = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const bool pair = text.at(i).isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate();
        const QString piece = pair ? text.mid(i, 2) : text.mid(i, 1);
        const int size = int(piece.toUtf8().size());
        if (bytes + size > maxBytes)
            break;
        out += piece;
        bytes += size;
        if (pair)
            ++i;
    }
    return out;
}

} // namespace

QString SafeFileName::sanitize(const QString &untrusted, const QString &fallback)
{
    // Only the last path component counts, whichever separator the server used.
    QString name = untrusted.section(QRegularExpression(QStringLiteral("[/\\\\]")), -1);
    QString cleaned;
    cleaned.reserve(name.size());
    for (qsizetype i = 0; i < name.size(); ++i) {
        const QChar c = name.at(i);
        if (c.isSurrogate()) {
            if (c.isHighSurrogate() && i + 1 < name.size() && name.at(i + 1).isLowSurrogate()) {
                cleaned += c;
                cleaned += name.at(++i);
            }
            continue; // a lone surrogate is dropped
        }
        if (isInvisibleChar(c))
            continue;
        cleaned += isReservedChar(c) ? QChar(QLatin1Char('_')) : c.isSpace() ? QChar(QLatin1Char(' ')) : c;
    }
    cleaned = trimDotsAndSpaces(cleaned.simplified());

    QString stem = cleaned;
    if (stem.endsWith(QLatin1String(".json"), Qt::CaseInsensitive))
        stem.chop(5);
    stem = trimDotsAndSpaces(stem);
    if (stem.isEmpty() || stem.count(QLatin1Char('_')) == stem.size())
        return fallback == untrusted ? QStringLiteral("export.json") : sanitize(fallback, fallback);
    if (isReservedWindowsName(stem))
        stem.prepend(QLatin1Char('_'));

    stem = trimDotsAndSpaces(truncateUtf8(stem, maxUtf8Bytes - 5));
    return stem + QLatin1String(".json");
}

QString SafeFileName::agentbotFallback(const QDate &date)
{
    return QStringLiteral("agentbot-export-%1.json").arg(date.toString(Qt::ISODate));
}

QString SafeFileName::xpanderTemplate(const QString &agentName, const QDate &date)
{
    QString slugged = slug(agentName);
    if (slugged.isEmpty())
        slugged = QStringLiteral("agent");
    return QStringLiteral("xpander-template-%1-%2.json").arg(slugged, date.toString(Qt::ISODate));
}

QString SafeFileName::slug(const QString &text, int maxLength)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString out;
    bool dash = false;
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        const ushort u = c.toLower().unicode();
        if ((u >= 'a' && u <= 'z') || (u >= '0' && u <= '9')) {
            if (dash && !out.isEmpty())
                out += QLatin1Char('-');
            out += QChar(u);
            dash = false;
        } else {
            dash = true;
        }
        if (out.size() >= maxLength)
            break;
    }
    return out.left(maxLength);
}

} // namespace Takeout
