#pragma once

#include "credentials/ServiceAccount.h"

#include <QObject>

class QNetworkAccessManager;

namespace Takeout {

class AgentbotClient;
class XpanderClient;

// Who the app is signed in as, per service, for this run. The secret is held in memory only; the
// keychain (CredentialStore) is what keeps it between runs.
class Accounts : public QObject
{
    Q_OBJECT

public:
    explicit Accounts(QNetworkAccessManager *network, QObject *parent = nullptr);

    QNetworkAccessManager *network() const { return m_network; }

    ServerUrl server(Service service) const;
    void setServer(Service service, const ServerUrl &server);
    bool isSignedIn(Service service) const;
    void signIn(Service service, const ServerUrl &server, const QString &secret);
    void signOut(Service service);

    // Limits for every request made for these accounts: give up after this long without data, and
    // refuse exports larger than this.
    int inactivityTimeout() const { return m_timeoutMs; }
    void setInactivityTimeout(int milliseconds) { m_timeoutMs = milliseconds; }
    void setMaxExportBytes(qint64 bytes) { m_maxExportBytes = bytes; }

    // Clients for the signed-in accounts, owned by the caller.
    XpanderClient *xpanderClient(const ServerUrl &server, const QString &apiKey, QObject *parent) const;
    AgentbotClient *agentbotClient(QObject *parent) const;
    XpanderClient *xpanderClient(QObject *parent) const;

Q_SIGNALS:
    void changed(Takeout::Service service);

private:
    struct State
    {
        ServerUrl server;
        QString secret;
    };
    State &state(Service service) { return service == Service::Agentbot ? m_agentbot : m_xpander; }
    const State &state(Service service) const { return service == Service::Agentbot ? m_agentbot : m_xpander; }

    QNetworkAccessManager *m_network;
    State m_agentbot;
    State m_xpander;
    int m_timeoutMs = 120 * 1000;
    qint64 m_maxExportBytes = qint64(4) << 30;
};

} // namespace Takeout
