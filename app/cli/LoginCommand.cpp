#include "LoginCommand.h"

#include "SecretPrompt.h"
#include "text/TerminalText.h"

#include <QTextStream>

namespace Takeout {

LoginCommand::LoginCommand(Action action, QObject *parent)
    : ServiceCommand(action == Action::SignIn ? QStringLiteral("login") : QStringLiteral("logout"),
                     action == Action::SignIn ? tr("store a session or API key (read from stdin)")
                                              : tr("delete it from the keychain"),
                     parent)
    , m_action(action)
{
    setDescription(action == Action::SignIn
                       ? tr("Stores your Agentbot session or xpander.ai API key in the system keychain. It is read "
                            "from standard input, and not shown while you type or paste it.")
                       : tr("Deletes your Agentbot session or xpander.ai API key from the system keychain."));
    addPositional(QStringLiteral("service"), tr("agentbot or xpander"), QStringLiteral("agentbot|xpander"));
    addServerOption(std::nullopt);
}

void LoginCommand::run()
{
    Service service = Service::Agentbot;
    if (!parseServiceId(positional().at(0), &service)) {
        usage(tr("Unknown service: %1. Choose agentbot or xpander.").arg(TerminalText::escaped(positional().at(0))));
        return;
    }
    ServiceAccount account{service, {}};
    if (!readServer(service, &account.server))
        return;
    if (m_action == Action::SignOut) {
        forget(account);
        return;
    }
    const QString secret =
        SecretPrompt::read(service == Service::Agentbot ? tr("Paste your Agentbot session (it is not shown): ")
                                                        : tr("Paste your xpander.ai API key (it is not shown): "));
    if (secret.isEmpty()) {
        usage(tr("Nothing was entered on standard input."));
        return;
    }
    store(account, secret);
}

// Checked first, as the window's sign-in panel does: a session that cannot be sent, or a key xpander.ai
// turns down, is never stored.
void LoginCommand::store(const ServiceAccount &account, const QString &secret)
{
    signInFlow().checkAndStore(account, secret, this,
                               [this, account](const ApiError &error, const QList<AgentSummary> &) {
                                   if (error) {
                                       fail(error);
                                       return;
                                   }
                                   err() << tr("Saved your %1 sign-in for %2 in the system keychain.")
                                                .arg(serviceDisplayName(account.service), account.server.toString())
                                         << '\n'
                                         << Qt::flush;
                                   finish(Success);
                               });
}

void LoginCommand::forget(const ServiceAccount &account)
{
    signInFlow().forget(account, this, [this, account](const ApiError &error) {
        if (error) {
            fail(error);
            return;
        }
        err() << tr("Signed out of %1 at %2.").arg(serviceDisplayName(account.service), account.server.toString())
              << '\n'
              << Qt::flush;
        finish(Success);
    });
}

} // namespace Takeout
