// libFuzzer target: any Content-Disposition value gives a file name that is safe to create.

#include "exports/SafeFileName.h"
#include "net/ContentDisposition.h"

using namespace Takeout;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray header(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString name = SafeFileName::sanitize(ContentDisposition::fileName(header), QStringLiteral("fallback.json"));
    if (!name.endsWith(QLatin1String(".json")) || name.startsWith(QLatin1Char('.')) ||
        name.contains(QLatin1Char('/')) || name.contains(QLatin1Char('\\')) ||
        name.toUtf8().size() > SafeFileName::maxUtf8Bytes || name.size() <= 5)
        __builtin_trap();
    for (const QChar c : name) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f || c.category() == QChar::Other_Format)
            __builtin_trap();
    }
    return 0;
}
