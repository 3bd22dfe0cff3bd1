#pragma once

#include "base/Failure.h"
#include "credentials/CredentialStore.h"
#include "credentials/ServiceAccount.h"
#include "services/XpanderClient.h"

#include <QCoreApplication>
#include <QList>
#include <functional>

namespace Takeout {

class Accounts;

// The sign-in steps that the window's sign-in panel and `agent-takeout-cli login` share: check a
// secret with its service, store it in the keychain, forget it, restore the remembered one. It
// changes the keychain only; who is signed in for this run is the caller's to tell Accounts.
// Every callback runs once, later, on this thread, unless `context` is gone by then; a check's
// request is a child of `context` and ends with it.
class SignInFlow
{
    Q_DECLARE_TR_FUNCTIONS(SignInFlow)

public:
    // The checks use clients from `accounts` (its network manager and limits).
    SignInFlow(const Accounts *accounts, CredentialStore *credentials);

    using Checked = std::function<void(const Failure &error, const QList<AgentSummary> &agents)>;
    using Done = CredentialStore::Done;
    using Restored = CredentialStore::Loaded;

    // Agentbot: the session is sent to `GET /api/export`, stopped at the status (no body kept); 401/403
    // or a web page instead of JSON is a session the service turns down. xpander.ai:
    // the key lists the agents, and that list is handed on so that nobody needs to ask again; a key the
    // server turns down (401/403) is said so in one plain sentence.
    void check(const ServiceAccount &account, const QString &secret, QObject *context, Checked done) const;
    // Keeps the secret in the keychain (KeychainUnavailable and friends when it cannot).
    void store(const ServiceAccount &account, const QString &secret, QObject *context, Done done) const;
    // check(), then store() once the check passed: a secret the service refuses is never kept
    // (`agent-takeout-cli login`). The error is the check's, else the keychain's.
    void checkAndStore(const ServiceAccount &account, const QString &secret, QObject *context, Checked done) const;
    // Removes the remembered secret; one that is not there is no error.
    void forget(const ServiceAccount &account, QObject *context, Done done) const;
    // The remembered secret; NoCredentials when there is none.
    void restore(const ServiceAccount &account, QObject *context, Restored done) const;

private:
    const Accounts *m_accounts;
    CredentialStore *m_credentials;
};

} // namespace Takeout
