#include "AgentbotSession.h"

#include <QRegularExpression>

namespace Takeout {

AgentbotSession AgentbotSession::fromUserText(const QString &text)
{
    AgentbotSession session;
    QString value = text.trimmed();
    static const QRegularExpression bearer(QStringLiteral("^Bearer\\s+"), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression cookiePrefix(QStringLiteral("^Cookie:\\s*"),
                                                 QRegularExpression::CaseInsensitiveOption);
    // name=value pairs separated by ';' — a cookie name is an RFC 6265 token. The value must not be
    // empty, so that a base64 token ending in '=' stays a token.
    static const QRegularExpression cookiePairs(
        QStringLiteral("^[!#$%&'*+\\-.^_`|~0-9A-Za-z]+=[^;\\s][^;]*(;\\s*[!#$%&'*+\\-.^_`|~0-9A-Za-z]+=[^;]*)*;?$"));

    if (const auto match = bearer.match(value); match.hasMatch()) {
        session.m_kind = Kind::Token;
        value = value.mid(match.capturedLength()).trimmed();
    } else if (const auto match = cookiePrefix.match(value); match.hasMatch()) {
        session.m_kind = Kind::Cookie;
        value = value.mid(match.capturedLength()).trimmed();
    } else if (cookiePairs.match(value).hasMatch()) {
        session.m_kind = Kind::Cookie;
    } else {
        session.m_kind = Kind::Token;
    }
    session.m_value = value.toUtf8();
    return session;
}

AgentbotSession AgentbotSession::fromCookieHeader(const QByteArray &header)
{
    AgentbotSession session;
    session.m_kind = Kind::Cookie;
    session.m_value = header.trimmed();
    return session;
}

QString AgentbotSession::storedText() const
{
    return QString::fromUtf8(m_kind == Kind::Cookie ? QByteArrayLiteral("Cookie: ") + m_value
                                                    : QByteArrayLiteral("Bearer ") + m_value);
}

Failure AgentbotSession::problem() const
{
    if (m_value.isEmpty())
        return Failure(Failure::Kind::NoCredentials, QStringLiteral("empty session"));
    for (const char c : m_value) {
        if (uchar(c) < 0x20 || uchar(c) == 0x7f)
            return Failure(Failure::Kind::InvalidCredentials,
                           QStringLiteral("the session contains control characters"));
    }
    return {};
}

QByteArray AgentbotSession::headerName() const
{
    return m_kind == Kind::Cookie ? QByteArrayLiteral("Cookie") : QByteArrayLiteral("Authorization");
}

QByteArray AgentbotSession::headerValue() const
{
    return m_kind == Kind::Cookie ? m_value : QByteArrayLiteral("Bearer ") + m_value;
}

} // namespace Takeout
