#include "ContentDisposition.h"

#include <QStringDecoder>

namespace Takeout {

namespace {

class Tokenizer
{
public:
    explicit Tokenizer(const QByteArray &text)
        : m_text(text)
    {
    }

    bool atEnd()
    {
        skipSpace();
        return m_pos >= m_text.size();
    }
    bool consume(char c)
    {
        skipSpace();
        if (m_pos < m_text.size() && m_text.at(m_pos) == c) {
            ++m_pos;
            return true;
        }
        return false;
    }
    QByteArray token()
    {
        skipSpace();
        const qsizetype start = m_pos;
        while (m_pos < m_text.size()) {
            const char c = m_text.at(m_pos);
            if (c == ';' || c == '=' || c == '"' || c == ' ' || c == '\t')
                break;
            ++m_pos;
        }
        return m_text.mid(start, m_pos - start);
    }
    // A quoted-string with backslash escapes; false if it never closes.
    bool quoted(QByteArray *out)
    {
        skipSpace();
        if (m_pos >= m_text.size() || m_text.at(m_pos) != '"')
            return false;
        ++m_pos;
        while (m_pos < m_text.size()) {
            const char c = m_text.at(m_pos++);
            if (c == '"')
                return true;
            if (c == '\\' && m_pos < m_text.size())
                out->append(m_text.at(m_pos++));
            else
                out->append(c);
        }
        return false;
    }
    void skipTo(char c)
    {
        while (m_pos < m_text.size() && m_text.at(m_pos) != c)
            ++m_pos;
    }

private:
    void skipSpace()
    {
        while (m_pos < m_text.size() && (m_text.at(m_pos) == ' ' || m_text.at(m_pos) == '\t'))
            ++m_pos;
    }

    const QByteArray &m_text;
    qsizetype m_pos = 0;
};

// RFC 5987 ext-value: charset'language'percent-encoded.
QString decodeExtValue(const QByteArray &value)
{
    const qsizetype first = value.indexOf('\'');
    const qsizetype second = first < 0 ? -1 : value.indexOf('\'', first + 1);
    if (second < 0)
        return {};
    const QByteArray charset = value.left(first).toLower();
    const QByteArray bytes = QByteArray::fromPercentEncoding(value.mid(second + 1));
    if (charset == "utf-8") {
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        const QString text = decoder(bytes);
        return decoder.hasError() ? QString() : text;
    }
    if (charset == "iso-8859-1")
        return QString::fromLatin1(bytes);
    return {};
}

} // namespace

QString ContentDisposition::fileName(const QByteArray &headerValue)
{
    Tokenizer tokens(headerValue);
    tokens.token(); // disposition type: attachment, inline, or anything else
    QString plain;
    QString extended;
    while (!tokens.atEnd()) {
        if (!tokens.consume(';')) {
            tokens.skipTo(';');
            continue;
        }
        const QByteArray name = tokens.token().toLower();
        if (!tokens.consume('='))
            continue;
        QByteArray value;
        if (!tokens.quoted(&value))
            value = tokens.token();
        if (name == "filename*" && extended.isEmpty())
            extended = decodeExtValue(value);
        else if (name == "filename" && plain.isEmpty())
            plain = QString::fromUtf8(value);
    }
    return extended.isEmpty() ? plain : extended;
}

} // namespace Takeout
