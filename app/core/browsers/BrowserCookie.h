#pragma once

#include <QByteArray>
#include <QString>
#include <QtGlobal>

namespace Takeout {

// One cookie as a browser keeps it, already decrypted. The value is a secret: never print it.
struct BrowserCookie
{
    QByteArray name;
    QByteArray value;
    // As stored: "example.com" for a host-only cookie, ".example.com" for a domain cookie.
    QString domain;
    QString path;
    bool secure = false;
    // Milliseconds since the Unix epoch; 0 for a session cookie (no expiry).
    qint64 expiresMs = 0;
    // Microseconds since the Unix epoch: the tie-break of RFC 6265 §5.4.
    qint64 createdUs = 0;
};

} // namespace Takeout
