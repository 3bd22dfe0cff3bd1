#include "TerminalText.h"

namespace Takeout {

namespace {

constexpr char hexDigits[] = "0123456789abcdef";

// `\x1b` for a code point below 0x100, `\u202e` above (plain text); always `\u001b` for JSON.
// Writes it into `buffer` and answers its length.
int escapeFor(char32_t codePoint, bool json, char (&buffer)[6])
{
    int n = 0;
    buffer[n++] = '\\';
    if (!json && codePoint < 0x100) {
        buffer[n++] = 'x';
    } else {
        buffer[n++] = 'u';
        buffer[n++] = hexDigits[(codePoint >> 12) & 0xf];
        buffer[n++] = hexDigits[(codePoint >> 8) & 0xf];
    }
    buffer[n++] = hexDigits[(codePoint >> 4) & 0xf];
    buffer[n++] = hexDigits[codePoint & 0xf];
    return n;
}

// The length of the UTF-8 sequence at `i` and its code point; 0 when the bytes there are not valid
// UTF-8 (a stray continuation byte, a cut or overlong sequence, a surrogate, beyond U+10FFFF).
int decodeUtf8(QByteArrayView utf8, qsizetype i, char32_t *codePoint)
{
    const auto lead = uchar(utf8[i]);
    if (lead < 0x80) {
        *codePoint = lead;
        return 1;
    }
    int length = 0;
    char32_t value = 0;
    char32_t smallest = 0;
    if ((lead & 0xe0) == 0xc0) {
        length = 2;
        value = lead & 0x1f;
        smallest = 0x80;
    } else if ((lead & 0xf0) == 0xe0) {
        length = 3;
        value = lead & 0x0f;
        smallest = 0x800;
    } else if ((lead & 0xf8) == 0xf0) {
        length = 4;
        value = lead & 0x07;
        smallest = 0x10000;
    } else {
        return 0;
    }
    if (i + length > utf8.size())
        return 0;
    for (int k = 1; k < length; ++k) {
        const auto next = uchar(utf8[i + k]);
        if ((next & 0xc0) != 0x80)
            return 0;
        value = (value << 6) | (next & 0x3f);
    }
    if (value < smallest || value > 0x10ffff || (value >= 0xd800 && value <= 0xdfff))
        return 0;
    *codePoint = value;
    return length;
}

} // namespace

bool TerminalText::isUnsafe(char32_t codePoint)
{
    return codePoint < 0x20 || (codePoint >= 0x7f && codePoint <= 0x9f) ||
           (codePoint >= 0x202a && codePoint <= 0x202e) || (codePoint >= 0x2066 && codePoint <= 0x2069);
}

QString TerminalText::escaped(QStringView text)
{
    QString out;
    out.reserve(text.size());
    char buffer[6];
    // Every unsafe character is in the BMP, so UTF-16 units can be looked at one by one.
    for (const QChar c : text) {
        if (isUnsafe(c.unicode()))
            out += QLatin1String(buffer, escapeFor(c.unicode(), false, buffer));
        else
            out += c;
    }
    return out;
}

QByteArray TerminalText::escapedJson(QByteArrayView utf8)
{
    QByteArray out;
    out.reserve(utf8.size());
    char buffer[6];
    for (qsizetype i = 0; i < utf8.size();) {
        char32_t codePoint = 0;
        const int length = decodeUtf8(utf8, i, &codePoint);
        if (length == 0) {
            out += "\xef\xbf\xbd"; // U+FFFD
            ++i;
            continue;
        }
        const bool layout = codePoint == '\t' || codePoint == '\n' || codePoint == '\r';
        if (isUnsafe(codePoint) && !layout)
            out.append(buffer, escapeFor(codePoint, true, buffer));
        else
            out.append(utf8.data() + i, length);
        i += length;
    }
    return out;
}

} // namespace Takeout
