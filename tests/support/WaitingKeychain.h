#pragma once

#include "credentials/CredentialStore.h"

#include <QObject>
#include <QPair>

namespace Takeout {

// The keychain for tests that only need to set up or look at what is stored: each call waits for the
// keychain's answer (without sleeping, at most `timeoutMs`), so a test reads top to bottom.
class WaitingKeychain : public QObject
{
public:
    explicit WaitingKeychain(int timeoutMs = 20000);

    Failure save(const ServiceAccount &account, const QString &secret);
    QPair<Failure, QString> load(const ServiceAccount &account);
    Failure remove(const ServiceAccount &account);

private:
    CredentialStore m_store;
    int m_timeoutMs;
};

} // namespace Takeout
