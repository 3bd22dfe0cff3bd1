#include "BrowsersCommand.h"

#include "browsers/BrowserProfilesJob.h"
#include "text/TerminalText.h"

#include <QDir>
#include <QTextStream>

namespace Takeout {

BrowsersCommand::BrowsersCommand(QObject *parent)
    : ServiceCommand(QStringLiteral("browsers"), tr("list the browser profiles a sign-in can come from"), parent)
{
    setDescription(tr("Lists the browser profiles on this computer whose cookies login --from-browser can read: "
                      "browser, profile and cookie database, tab-separated. With --server, a fourth column says "
                      "whether the profile holds cookies for that Agentbot site (yes or no); no cookie is shown."));
    addOption({QStringLiteral("server"), tr("The address of your Agentbot site."), QStringLiteral("URL")});
}

void BrowsersCommand::run()
{
    QUrl url;
    if (isSet(QStringLiteral("server"))) {
        ServerUrl server;
        if (!readServer(Service::Agentbot, &server))
            return;
        url = AgentbotClient::exportUrl(server);
    }
    auto *job = new BrowserProfilesJob(url, this);
    connect(job, &Job::finished, this, [this, job, url] {
        for (const BrowserProfilesJob::Entry &entry : job->entries()) {
            QStringList fields{BrowserInfo::id(entry.profile.browser), TerminalText::escaped(entry.profile.name),
                               TerminalText::escaped(QDir::toNativeSeparators(entry.profile.cookieDatabase))};
            if (!url.isEmpty())
                fields << (entry.holdsCookies ? QStringLiteral("yes") : QStringLiteral("no"));
            out() << fields.join(QLatin1Char('\t')) << '\n';
        }
        out() << Qt::flush;
        if (job->entries().isEmpty())
            err() << tr("No browser profile with cookies was found (Firefox, Chromium, Google Chrome, Microsoft "
                        "Edge, Brave, Vivaldi).")
                  << '\n'
                  << Qt::flush;
        finish(Success);
    });
    job->start();
}

} // namespace Takeout
