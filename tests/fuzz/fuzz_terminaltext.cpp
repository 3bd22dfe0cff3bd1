// libFuzzer target: whatever the bytes, what the CLI prints of them holds no character that drives a
// terminal; JSON keeps its value and is valid UTF-8; text with nothing to escape comes out unchanged.

#include "text/TerminalText.h"
#include "json/JsonDocument.h"

#include <QJsonDocument>
#include <QStringDecoder>

using namespace Takeout;

namespace {

bool holdsUnsafe(QStringView text, bool allowLayout)
{
    for (const QChar c : text) {
        const bool layout = c == QLatin1Char('\t') || c == QLatin1Char('\n') || c == QLatin1Char('\r');
        if (TerminalText::isUnsafe(c.unicode()) && !(allowLayout && layout))
            return true;
    }
    return false;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));

    const QString text = QString::fromUtf8(bytes);
    const QString shown = TerminalText::escaped(text);
    if (holdsUnsafe(shown, false) || (!holdsUnsafe(text, false) && shown != text))
        __builtin_trap();

    const QByteArray json = TerminalText::escapedJson(bytes);
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString decoded = decoder(json);
    if (decoder.hasError() || holdsUnsafe(decoded, true))
        __builtin_trap();
    // The CLI hands it only strict JSON (Qt's writer, the JSON engine): for that, the value stays, and
    // JSON with nothing to escape comes out byte for byte.
    JsonDocument::Error error;
    if (!JsonDocument::fromBytes(bytes, &error))
        return 0;
    if (QJsonDocument::fromJson(json) != QJsonDocument::fromJson(bytes) || !JsonDocument::fromBytes(json, &error))
        __builtin_trap();
    if (!holdsUnsafe(text, true) && json != bytes)
        __builtin_trap();
    return 0;
}
