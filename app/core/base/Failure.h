#pragma once

#include <QByteArrayList>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace Takeout {

// Every failure in the core is a value of this type: what went wrong (kind), one sentence a
// non-developer understands (message), and what a developer needs to dig further (detail).
// Neither text ever contains a secret.
class Failure
{
    Q_DECLARE_TR_FUNCTIONS(Failure)

public:
    enum class Kind
    {
        None,
        Unauthorized,
        Forbidden,
        // The sign-in is fine, but what was asked for is not shared with its account (a template
        // import's 403): signing in again does not help.
        NoAccess,
        NotFound,
        Validation,
        RateLimited,
        ServerError,
        Network,
        // The request that creates something left this computer, and the connection closed before the
        // answer: it may or may not have been done (never sent again).
        OutcomeUnknown,
        Timeout,
        Tls,
        TooLarge,
        NotJson,
        InvalidJson,
        NotAnExport,
        Cancelled,
        InsecureUrl,
        InvalidUrl,
        CrossOriginRedirect,
        NoCredentials,
        InvalidCredentials,
        KeychainUnavailable,
        KeychainDenied,
        KeychainFailed,
        FileExists,
        FileWriteFailed,
        // Taking the sign-in from a browser (app/core/browsers); their sentences name the browser.
        BrowserNotFound,
        NoBrowserSession,
        BrowserStoreUnreadable,
        BrowserValueUnreadable,
    };

    Failure() = default;
    Failure(Kind kind, QString detail = {});

    Kind kind() const { return m_kind; }
    // The same failure (status, details, the server's words) said as another kind, for a request that
    // knows better what a status means for it (ImportJob: a 403 is no access to the template).
    Failure &setKind(Kind kind);
    bool isError() const { return m_kind != Kind::None; }
    explicit operator bool() const { return isError(); }

    int httpStatus() const { return m_httpStatus; }
    Failure &setHttpStatus(int status);

    // Seconds the server asked us to wait (429/503 Retry-After); -1 when it did not say.
    int retryAfterSeconds() const { return m_retryAfter; }
    Failure &setRetryAfterSeconds(int seconds);

    // Field-by-field messages of a validation error ("name: field required").
    QStringList fieldMessages() const { return m_fieldMessages; }
    Failure &setFieldMessages(const QStringList &messages);

    // The server's own explanation (the body's `error`/`message`, or FastAPI's `detail`), in the server's
    // language: shown with the details, never in message().
    QString serverMessage() const { return m_serverMessage; }
    Failure &setServerMessage(const QString &message);

    // The service the request was for ("Agentbot", "xpander.ai"), used in the sentence.
    Failure &setServiceName(const QString &name);

    QString message() const;
    // A sentence of the caller's own, already translated, for where it knows better than the kind what
    // happened ("The disk is full: saving needs 12 MB, and 3 MB is free."; a key turned down while signing
    // in is no "please sign in again"). message() returns it instead of the kind's sentence.
    Failure &setMessage(const QString &sentence);
    QString detail() const { return m_detail; }
    Failure &setDetail(const QString &detail);

    // True when the user has to sign in again (the UI shows the sign-in panel).
    bool needsSignIn() const;

    // Replaces every occurrence of the given secrets in the texts that came from the server (its
    // message, field messages, the detail) by "[hidden]": a server that echoes the credentials it was
    // sent must not get them shown, logged or printed. See redacted() for what counts as an occurrence.
    Failure &redact(const QByteArrayList &secrets);

    // `text` with every run of 8 or more characters of a secret (as sent, decoded or percent-encoded)
    // replaced by "[hidden]", in any case: an echo cut short, upper-cased or with a character changed
    // still hides. Shorter secrets are hidden only whole and exactly.
    static QString redacted(const QString &text, const QByteArrayList &secrets);

private:
    Kind m_kind = Kind::None;
    int m_httpStatus = 0;
    int m_retryAfter = -1;
    QStringList m_fieldMessages;
    QString m_serverMessage;
    QString m_serviceName;
    QString m_message;
    QString m_detail;
};

} // namespace Takeout
