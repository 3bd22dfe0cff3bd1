#pragma once

#include "ServiceCommand.h"

namespace Takeout {

// login agentbot|xpander: reads the session or API key from standard input (not echoed on a
// terminal), or for Agentbot takes it from a browser's cookie store (--from-browser), and stores it in
// the keychain. logout agentbot|xpander: deletes it again.
class LoginCommand : public ServiceCommand
{
    Q_OBJECT

public:
    enum class Action
    {
        SignIn,
        SignOut,
    };

    explicit LoginCommand(Action action, QObject *parent = nullptr);

protected:
    void run() override;

private:
    void store(const ServiceAccount &account, const QString &secret, const QString &source = {});
    void fromBrowser(const ServiceAccount &account);
    void forget(const ServiceAccount &account);

    Action m_action;
};

} // namespace Takeout
