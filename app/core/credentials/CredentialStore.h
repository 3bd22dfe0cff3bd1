#pragma once

#include "ServiceAccount.h"
#include "base/Failure.h"

#include <QObject>
#include <functional>

namespace Takeout {

// Secrets in the operating system's keychain through QtKeychain's asynchronous job API.
// There is no plaintext fallback: without a keychain the caller gets KeychainUnavailable.
class CredentialStore : public QObject
{
    Q_OBJECT

public:
    // The keychain "service" under which entries are filed. Tests use their own name so that a
    // developer's real entries are never touched.
    explicit CredentialStore(QString keychainService = defaultKeychainService(), QObject *parent = nullptr);

    // "AgentTakeout", or $AGENT_TAKEOUT_KEYCHAIN_SERVICE when set.
    static QString defaultKeychainService();
    QString keychainService() const { return m_keychainService; }

    using Done = std::function<void(const Failure &error)>;
    using Loaded = std::function<void(const Failure &error, const QString &secret)>;

    // The callbacks run on this thread once the keychain answers, unless `context` is gone by then.
    void save(const ServiceAccount &account, const QString &secret, QObject *context, Done done);
    // NoCredentials when nothing is stored for the account.
    void load(const ServiceAccount &account, QObject *context, Loaded done);
    // Removing what is not there is not an error.
    void remove(const ServiceAccount &account, QObject *context, Done done);

    // The same for a secret that belongs to no service account (a backup repository's password),
    // filed under `key` as it is.
    void saveKey(const QString &key, const QString &secret, QObject *context, Done done);
    void loadKey(const QString &key, QObject *context, Loaded done);

private:
    QString m_keychainService;
};

} // namespace Takeout
