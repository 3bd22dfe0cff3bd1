// libFuzzer target: whatever a server echoes, no run of 8 or more characters of a secret survives
// Failure::redacted(), in any case, as sent, decoded or percent-encoded. The first byte picks the
// secret's length (8 to 40), the next bytes are the secret, the rest is the server's text.

#include "base/Failure.h"

#include <QUrl>

using namespace Takeout;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const qsizetype length = 8 + data[0] % 33;
    if (size < size_t(1 + length))
        return 0;
    const QByteArray secret(reinterpret_cast<const char *>(data + 1), length);
    const QString text =
        QString::fromUtf8(reinterpret_cast<const char *>(data + 1 + length), qsizetype(size) - 1 - length);
    const QString shown = Failure::redacted(text, {secret});

    // Between two "[hidden]" marks is text that was left as it came: none of it may be a run of the
    // secret in any of the forms a server could echo.
    const QStringList forms{QString::fromLatin1(secret), QString::fromUtf8(secret),
                            QString::fromLatin1(QUrl::toPercentEncoding(QString::fromUtf8(secret)))};
    const QStringList kept = shown.split(QLatin1String("[hidden]"));
    for (const QString &form : forms) {
        for (qsizetype i = 0; i + 8 <= form.size(); ++i) {
            const QStringView run = QStringView(form).mid(i, 8);
            for (const QString &piece : kept) {
                if (piece.contains(run, Qt::CaseInsensitive))
                    __builtin_trap();
            }
        }
    }
    // Nothing the server said is lost but the secret: a text without any of it comes back unchanged.
    if (!shown.contains(QLatin1String("[hidden]")) && shown != text)
        __builtin_trap();
    return 0;
}
