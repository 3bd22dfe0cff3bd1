#pragma once

#include "base/Failure.h"

#include <QByteArray>
#include <QString>

namespace Takeout {

// What a user pastes from their signed-in browser for Agentbot: a cookie string (sent as `Cookie`)
// or a bare token (sent as `Authorization: Bearer`). Holds a secret: never print it.
class AgentbotSession
{
public:
    enum class Kind
    {
        Token,
        Cookie,
    };

    // "Bearer x" is a token; "Cookie: a=b" or "a=b; c=d" is a cookie string; anything else a token.
    static AgentbotSession fromUserText(const QString &text);
    // The `Cookie` header a browser's cookie store gave: a cookie string whatever it looks like (an
    // empty-valued cookie such as "consent=" must not turn the jar into a token).
    static AgentbotSession fromCookieHeader(const QByteArray &header);

    bool isEmpty() const { return m_value.isEmpty(); }
    Kind kind() const { return m_kind; }
    // Set when the text cannot travel in a header (line breaks, control characters).
    Failure problem() const;

    QByteArray headerName() const;
    QByteArray headerValue() const;
    // The text to keep in the keychain: fromUserText() reads it back as this very session, so the kind
    // is never guessed again ("Cookie: …" or "Bearer …").
    QString storedText() const;

private:
    Kind m_kind = Kind::Token;
    QByteArray m_value;
};

} // namespace Takeout
