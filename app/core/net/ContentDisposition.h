#pragma once

#include <QByteArray>
#include <QString>

namespace Takeout {

// RFC 6266 Content-Disposition. Returns the file name the server proposed, preferring the RFC 5987
// `filename*` form; the result is untrusted text and must go through SafeFileName before use.
class ContentDisposition
{
public:
    static QString fileName(const QByteArray &headerValue);
};

} // namespace Takeout
