#include "ServiceCommand.h"

#include "accounts/Accounts.h"

#include <QTextStream>

namespace Takeout {

ServiceCommand::ServiceCommand(QString path, QString summary, QObject *parent)
    : Command(std::move(path), std::move(summary), parent)
{
}

void ServiceCommand::addServerOption(std::optional<Service> service)
{
    QString description;
    if (!service)
        description = tr("Base URL of the service (xpander.ai: default %1; Agentbot: your site, required).")
                          .arg(XpanderClient::defaultServer().toString());
    else if (*service == Service::Xpander)
        description = tr("Base URL of the service (default %1).").arg(XpanderClient::defaultServer().toString());
    else
        description = tr("The address of your Agentbot site (required).");
    addOption({QStringLiteral("server"), description, QStringLiteral("URL")});
}

void ServiceCommand::addTimeoutOption()
{
    addOption(
        {QStringLiteral("timeout"),
         tr("Give up after SECONDS without data (default %1).").arg(ClientLimits::defaultInactivityTimeoutMs / 1000),
         QStringLiteral("SECONDS")});
    m_hasTimeout = true;
}

void ServiceCommand::addMaxSizeOption()
{
    addOption(
        {QStringLiteral("max-size"),
         tr("Refuse responses larger than MB megabytes (default %1).").arg(ClientLimits::defaultMaxExportBytes >> 20),
         QStringLiteral("MB")});
    m_hasMaxSize = true;
}

bool ServiceCommand::readServer(Service service, ServerUrl *server)
{
    if (!isSet(QStringLiteral("server"))) {
        if (service == Service::Agentbot) {
            usage(tr("The address of your Agentbot site is needed: --server https://your-agentbot-site…"));
            return false;
        }
        *server = XpanderClient::defaultServer();
        return true;
    }
    *server = ServerUrl::fromUserInput(value(QStringLiteral("server")));
    if (const Failure problem = server->check()) {
        fail(problem);
        return false;
    }
    return true;
}

bool ServiceCommand::readLimits()
{
    if (m_hasTimeout && isSet(QStringLiteral("timeout"))) {
        bool ok = false;
        const double seconds = value(QStringLiteral("timeout")).toDouble(&ok);
        if (!ok || seconds <= 0 || seconds > 24 * 3600) {
            usage(tr("--timeout takes a number of seconds greater than 0."));
            return false;
        }
        m_limits.inactivityTimeoutMs = qMax(1, int(seconds * 1000));
    }
    if (m_hasMaxSize && isSet(QStringLiteral("max-size"))) {
        bool ok = false;
        const double megabytes = value(QStringLiteral("max-size")).toDouble(&ok);
        if (!ok || megabytes <= 0) {
            usage(tr("--max-size takes a number of megabytes greater than 0."));
            return false;
        }
        m_limits.maxExportBytes = qint64(megabytes * 1024 * 1024);
    }
    return true;
}

void ServiceCommand::withSecret(const ServiceAccount &account, const std::function<void(const QString &)> &next)
{
    readSecret(account, [this, next](const Failure &error, const QString &secret) {
        if (error)
            fail(error);
        else
            next(secret);
    });
}

void ServiceCommand::readSecret(const ServiceAccount &account, const SecretRead &next)
{
    const char *variable =
        account.service == Service::Agentbot ? "AGENT_TAKEOUT_AGENTBOT_SESSION" : "AGENT_TAKEOUT_XPANDER_API_KEY";
    const QString fromEnvironment = qEnvironmentVariable(variable);
    if (!fromEnvironment.isEmpty()) {
        next({}, fromEnvironment);
        return;
    }
    signInFlow().restore(account, this, [account, next](const Failure &error, const QString &secret) {
        if (error.kind() == Failure::Kind::NoCredentials) {
            next(Failure(error)
                     .setMessage(tr("You are not signed in to %1 at %2. Run: agent-takeout-cli login %3 "
                                    "--server %2")
                                     .arg(serviceDisplayName(account.service), account.server.toString(),
                                          serviceId(account.service)))
                     .setDetail({}), // the sentence says it all, as before
                 {});
        } else {
            next(error, secret);
        }
    });
}

SignInFlow ServiceCommand::signInFlow()
{
    if (!m_accounts)
        m_accounts = new Accounts(network(), this);
    m_accounts->setLimits(m_limits);
    return {m_accounts, &m_credentials};
}

XpanderClient ServiceCommand::xpanderClient(const ServerUrl &server, const QString &apiKey)
{
    return {network(), server, apiKey, m_limits};
}

AgentbotClient ServiceCommand::agentbotClient(const ServerUrl &server, const AgentbotSession &session)
{
    return {network(), server, session, m_limits};
}

QNetworkAccessManager *ServiceCommand::network()
{
    if (!m_network)
        m_network = HttpJob::createNetworkAccessManager(this);
    return m_network;
}

} // namespace Takeout
