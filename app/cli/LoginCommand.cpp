#include "LoginCommand.h"

#include "SecretPrompt.h"
#include "browsers/BrowserProfiles.h"
#include "browsers/BrowserSessionJob.h"
#include "services/AgentbotSession.h"
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
                            "from standard input, and not shown while you type or paste it; or, for Agentbot, "
                            "taken from the cookies of a browser you are signed in with (--from-browser).")
                       : tr("Deletes your Agentbot session or xpander.ai API key from the system keychain."));
    addPositional(QStringLiteral("service"), tr("agentbot or xpander"), QStringLiteral("agentbot|xpander"));
    addServerOption(std::nullopt);
    if (action == Action::SignIn) {
        addOption({QStringLiteral("from-browser"),
                   tr("Agentbot: take the sign-in from BROWSER's cookies instead of reading it from stdin: "
                      "firefox, chromium, chrome, edge, brave, vivaldi, or any."),
                   QStringLiteral("BROWSER")});
        addOption({QStringLiteral("browser-profile"),
                   tr("With --from-browser: only this profile (as `agent-takeout-cli browsers` lists it)."),
                   QStringLiteral("PROFILE")});
    }
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
    if (isSet(QStringLiteral("from-browser"))) {
        if (service != Service::Agentbot) {
            usage(tr("--from-browser is for Agentbot; an xpander.ai API key is read from standard input."));
            return;
        }
        fromBrowser(account);
        return;
    }
    if (isSet(QStringLiteral("browser-profile"))) {
        usage(tr("--browser-profile goes with --from-browser."));
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

// The cookies the browser would send to the export address, read off this thread as in the window;
// the header is handed on to store() and never printed.
void LoginCommand::fromBrowser(const ServiceAccount &account)
{
    const QString id = value(QStringLiteral("from-browser"));
    QList<BrowserProfile> profiles;
    QString browserName;
    Browser browser = Browser::Firefox;
    if (id == QLatin1String("any")) {
        profiles = BrowserProfiles::find();
    } else if (BrowserInfo::parseId(id, &browser)) {
        profiles = BrowserProfiles::find(browser);
        browserName = BrowserInfo::displayName(browser);
    } else {
        usage(tr("Unknown browser: %1. Choose firefox, chromium, chrome, edge, brave, vivaldi or any.")
                  .arg(TerminalText::escaped(id)));
        return;
    }
    if (isSet(QStringLiteral("browser-profile"))) {
        const QString wanted = value(QStringLiteral("browser-profile"));
        const bool hadProfiles = !profiles.isEmpty();
        profiles.removeIf([&wanted](const BrowserProfile &profile) {
            return profile.name != wanted && profile.displayName() != wanted;
        });
        if (profiles.isEmpty() && hadProfiles) {
            fail(Failure(Failure::Kind::BrowserNotFound,
                         QStringLiteral("no profile named '%1'").arg(TerminalText::escaped(wanted)))
                     .setMessage(browserName.isEmpty()
                                     ? tr("No browser has a profile named %1; agent-takeout-cli browsers lists them.")
                                           .arg(TerminalText::escaped(wanted))
                                     : tr("%1 has no profile named %2; agent-takeout-cli browsers lists them.")
                                           .arg(browserName, TerminalText::escaped(wanted))));
            return;
        }
    }
    auto *job = new BrowserSessionJob(profiles, AgentbotClient::exportUrl(account.server), browserName, this);
    connect(job, &Job::finished, this, [this, job, account] {
        const BrowserSession &session = job->session();
        if (session.error()) {
            fail(session.error());
            return;
        }
        const QString source = session.source();
        err() << tr("Using the sign-in from %1.").arg(TerminalText::escaped(source)) << '\n' << Qt::flush;
        store(account, AgentbotSession::fromCookieHeader(session.cookieHeader()).storedText(), source);
    });
    job->start();
}

// Checked first, as the window's sign-in panel does: a session that cannot be sent, or a key xpander.ai
// turns down, is never stored.
void LoginCommand::store(const ServiceAccount &account, const QString &secret, const QString &source)
{
    signInFlow().checkAndStore(
        account, secret, this, [this, account, source](const Failure &error, const QList<AgentSummary> &) {
            if (error) {
                fail(error);
                return;
            }
            err() << (source.isEmpty() ? tr("Saved your %1 sign-in for %2 in the system keychain.")
                                             .arg(serviceDisplayName(account.service), account.server.toString())
                                       : tr("Saved your %1 sign-in for %2 in the system keychain (session from %3).")
                                             .arg(serviceDisplayName(account.service), account.server.toString(),
                                                  TerminalText::escaped(source)))
                  << '\n'
                  << Qt::flush;
            finish(Success);
        });
}

void LoginCommand::forget(const ServiceAccount &account)
{
    signInFlow().forget(account, this, [this, account](const Failure &error) {
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
