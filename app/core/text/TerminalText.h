#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringView>

namespace Takeout {

// Text that came from a server or a file, made harmless for a terminal. A name holding ESC ] 52 could
// set the clipboard, a CSI sequence could rewrite the screen, a bidi override could make a line read
// differently from what it is. These characters are shown as visible escapes instead: the C0 controls
// (all of them, tab and newline included, so one value stays one field on one line), DEL, the C1
// controls, and the bidi embedding, override and isolate controls (U+202A–U+202E, U+2066–U+2069).
class TerminalText
{
public:
    static bool isUnsafe(char32_t codePoint);

    // Plain text: `\x1b`, `\x9b`, `\u202e`. Everything else is kept as it is.
    static QString escaped(QStringView text);

    // JSON text (UTF-8) as the same JSON with those characters written as JSON escapes (`\u001b`),
    // so that it still parses to the same value. Tab, newline and carriage return are left alone: in
    // valid JSON they only appear raw between tokens, where they are layout. Bytes that are not UTF-8
    // become U+FFFD, so no stray C1 byte gets through either.
    static QByteArray escapedJson(QByteArrayView utf8);
};

} // namespace Takeout
