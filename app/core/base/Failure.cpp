#include "Failure.h"

#include <QUrl>

#include <algorithm>
#include <set>
#include <vector>

namespace Takeout {

Failure::Failure(Kind kind, QString detail)
    : m_kind(kind)
    , m_detail(std::move(detail))
{
}

Failure &Failure::setHttpStatus(int status)
{
    m_httpStatus = status;
    return *this;
}

Failure &Failure::setRetryAfterSeconds(int seconds)
{
    m_retryAfter = seconds;
    return *this;
}

Failure &Failure::setFieldMessages(const QStringList &messages)
{
    m_fieldMessages = messages;
    return *this;
}

Failure &Failure::setServerMessage(const QString &message)
{
    m_serverMessage = message;
    return *this;
}

Failure &Failure::setServiceName(const QString &name)
{
    m_serviceName = name;
    return *this;
}

Failure &Failure::setMessage(const QString &sentence)
{
    m_message = sentence;
    return *this;
}

Failure &Failure::setDetail(const QString &detail)
{
    m_detail = detail;
    return *this;
}

Failure &Failure::redact(const QByteArrayList &secrets)
{
    m_detail = redacted(m_detail, secrets);
    m_serverMessage = redacted(m_serverMessage, secrets);
    for (QString &field : m_fieldMessages)
        field = redacted(field, secrets);
    return *this;
}

QString Failure::redacted(const QString &text, const QByteArrayList &secrets)
{
    // Any run this long of a secret is hidden; shorter runs are too common to hide ("Bearer", "session").
    constexpr qsizetype run = 8;
    if (text.isEmpty() || secrets.isEmpty())
        return text;
    const auto fold = [](QStringView from) {
        QString folded(from.size(), Qt::Uninitialized);
        for (qsizetype i = 0; i < from.size(); ++i)
            folded[i] = from[i].toCaseFolded(); // one unit for one unit: positions stay comparable
        return folded;
    };
    const QString foldedText = fold(text);
    std::vector<bool> hidden(size_t(text.size()), false);
    const auto hide = [&hidden](qsizetype from, qsizetype length) {
        std::fill(hidden.begin() + from, hidden.begin() + from + length, true);
    };

    QStringList forms; // as sent, and as the server might echo it back decoded or percent-encoded
    for (const QByteArray &secret : secrets) {
        if (secret.isEmpty())
            continue;
        forms << QString::fromLatin1(secret) << QString::fromUtf8(secret)
              << QString::fromLatin1(QUrl::toPercentEncoding(QString::fromUtf8(secret)));
    }
    forms.removeDuplicates();

    // Every run of `run` characters of every long form, case-folded; a text position whose next `run`
    // characters are one of them starts a hidden stretch. One pass over the text whatever its size.
    QStringList foldedForms;
    std::set<QStringView> runs;
    for (const QString &form : std::as_const(forms)) {
        if (form.size() < run) {
            for (qsizetype at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1))
                hide(at, form.size());
            continue;
        }
        foldedForms << fold(form);
    }
    for (const QString &form : std::as_const(foldedForms)) {
        for (qsizetype i = 0; i + run <= form.size(); ++i)
            runs.insert(QStringView(form).mid(i, run));
    }
    if (!runs.empty()) {
        for (qsizetype i = 0; i + run <= foldedText.size(); ++i) {
            if (runs.count(QStringView(foldedText).mid(i, run)) > 0)
                hide(i, run);
        }
    }

    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (!hidden[size_t(i)])
            out += text[i];
        else if (i == 0 || !hidden[size_t(i - 1)])
            out += QLatin1String("[hidden]");
    }
    return out;
}

Failure &Failure::setKind(Kind kind)
{
    m_kind = kind;
    return *this;
}

bool Failure::needsSignIn() const
{
    return m_kind == Kind::Unauthorized || m_kind == Kind::Forbidden || m_kind == Kind::NoCredentials ||
           m_kind == Kind::InvalidCredentials;
}

QString Failure::message() const
{
    if (!m_message.isEmpty() && m_kind != Kind::None)
        return m_message;
    const QString service = m_serviceName.isEmpty() ? tr("The service") : m_serviceName;
    switch (m_kind) {
    case Kind::None:
        return {};
    case Kind::Unauthorized:
        return tr("%1 did not accept your sign-in. Please sign in again.").arg(service);
    case Kind::Forbidden:
        return tr("%1 says your sign-in is not allowed to do this. Check that the key or session belongs to the "
                  "right account.")
            .arg(service);
    case Kind::NoAccess:
        return tr("%1 has not shared this with your account, and signing in again does not change that.").arg(service);
    case Kind::NotFound:
        return tr("%1 could not find what was asked for. It may have been deleted.").arg(service);
    case Kind::Validation:
        // The server's own reasons (in its language) are for the details, not this sentence.
        return tr("%1 did not accept the request.").arg(service);
    case Kind::RateLimited:
        if (m_retryAfter > 0)
            return tr("%1 is busy and asked us to wait %n second(s). Please try again then.", nullptr, m_retryAfter)
                .arg(service);
        return tr("%1 is busy right now. Please try again in a minute.").arg(service);
    case Kind::ServerError:
        // What happened and what to do, in the person's language; the server's words go to the details.
        return tr("%1 could not do this just now. This is a problem at %1, not on your computer. Your sign-in is "
                  "fine. Try again in a few minutes.")
            .arg(service);
    case Kind::Network:
        return tr("Could not reach %1. Check your internet connection and the server address.").arg(service);
    case Kind::OutcomeUnknown:
        return tr("The connection to %1 closed after the request was sent and before its answer: what it creates "
                  "may or may not have been created. Look at your agent list.")
            .arg(service);
    case Kind::Timeout:
        return tr("%1 stopped sending data, so the download was stopped. Please try again.").arg(service);
    case Kind::Tls:
        return tr("The secure connection to %1 could not be verified, so nothing was sent. The server address may be "
                  "wrong, or someone may be intercepting the connection.")
            .arg(service);
    case Kind::TooLarge:
        return tr("The download from %1 was larger than the allowed limit and was stopped.").arg(service);
    case Kind::NotJson:
        return tr("%1 sent a web page instead of your data. Your sign-in has probably expired: please sign in again.")
            .arg(service);
    case Kind::InvalidJson:
        return tr("The data from %1 was incomplete or damaged, so nothing was saved. Please try again.").arg(service);
    case Kind::NotAnExport:
        return tr("%1 sent something that is not an export, so nothing was saved.").arg(service);
    case Kind::Cancelled:
        return tr("Cancelled. Nothing was saved.");
    case Kind::InsecureUrl:
        return tr("The server address must start with https:// so that your data travels encrypted.");
    case Kind::InvalidUrl:
        return tr("The server address is not valid. It should look like https://example.com.");
    case Kind::CrossOriginRedirect:
        return tr("%1 tried to send the request to a different website. It was stopped to keep your sign-in safe.")
            .arg(service);
    case Kind::NoCredentials:
        return tr("You are not signed in to %1 yet.").arg(service);
    case Kind::InvalidCredentials:
        return tr("The sign-in text cannot be used: it must be a single line.");
    case Kind::KeychainUnavailable:
        return tr("No system keychain is available to store your sign-in safely. Install or start one (GNOME Keyring, "
                  "KWallet, or KeePassXC with Secret Service integration) and try again.");
    case Kind::KeychainDenied:
        return tr("Access to the system keychain was refused.");
    case Kind::KeychainFailed:
        return tr("The system keychain reported a problem.");
    case Kind::FileExists:
        return tr("A file with that name already exists. Choose another name or allow replacing it.");
    case Kind::FileWriteFailed:
        return tr("The file could not be saved. Check that the folder exists and that you may write to it.");
    case Kind::BrowserNotFound:
        return tr("No browser with a sign-in was found on this computer.");
    case Kind::NoBrowserSession:
        return tr("The browser has no sign-in for %1. Sign in there, then try again.").arg(service);
    case Kind::BrowserStoreUnreadable:
        return tr("The browser's cookie store could not be read: it is damaged or not a browser's cookie store.");
    case Kind::BrowserValueUnreadable:
        return tr("The browser's saved sign-in could not be decrypted.");
    }
    return {};
}

} // namespace Takeout
