#pragma once

#include "Command.h"
#include "accounts/SignInFlow.h"
#include "base/ClientLimits.h"
#include "credentials/CredentialStore.h"
#include "credentials/ServiceAccount.h"
#include "services/AgentbotClient.h"
#include "services/XpanderClient.h"

#include <functional>
#include <optional>

class QNetworkAccessManager;

namespace Takeout {

class Accounts;

// A command that talks to Agentbot or xpander.ai. What they share lives here once: --server
// (xpander.ai's defaults to its public API; Agentbot's is the person's own site, so it has none),
// --timeout and --max-size, the secret from the environment or the keychain, and the clients.
class ServiceCommand : public Command
{
    Q_OBJECT

protected:
    ServiceCommand(QString path, QString summary, QObject *parent = nullptr);

    // The command's service; none for a command that takes it as an argument (login).
    void addServerOption(std::optional<Service> service);
    void addTimeoutOption();
    void addMaxSizeOption();

    // --server, or xpander.ai's default; false (and done) when it is missing or not safe to use.
    bool readServer(Service service, ServerUrl *server);
    // --timeout and --max-size, when the command has them; false (and done) when not numbers.
    bool readLimits();

    // The secret from the environment when set (the keychain is then not touched), else the keychain.
    void withSecret(const ServiceAccount &account, const std::function<void(const QString &)> &next);
    // The same, handing on the error instead of ending the command (a backup goes on without that service).
    using SecretRead = std::function<void(const Failure &error, const QString &secret)>;
    void readSecret(const ServiceAccount &account, const SecretRead &next);
    // The sign-in steps the window's sign-in panel takes too (check, store, forget, restore).
    SignInFlow signInFlow();

    // The clients, with the limits read above: plain values; their jobs are children of this command.
    XpanderClient xpanderClient(const ServerUrl &server, const QString &apiKey);
    AgentbotClient agentbotClient(const ServerUrl &server, const AgentbotSession &session);

private:
    QNetworkAccessManager *network();

    QNetworkAccessManager *m_network = nullptr;
    Accounts *m_accounts = nullptr;
    CredentialStore m_credentials;
    bool m_hasTimeout = false;
    bool m_hasMaxSize = false;
    ClientLimits m_limits;
};

} // namespace Takeout
