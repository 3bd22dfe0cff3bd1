#include "AgentsCommand.h"

#include "services/XpanderClient.h"
#include "text/TerminalText.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

namespace Takeout {

AgentsCommand::AgentsCommand(QObject *parent)
    : ServiceCommand(QStringLiteral("agents"), tr("list your xpander.ai agents"), parent)
{
    setDescription(tr("Lists your xpander.ai agents: id, icon and name, status, model."));
    addServerOption(Service::Xpander);
    addOption({QStringLiteral("json"), tr("Print the agent list as JSON.")});
    addTimeoutOption();
}

void AgentsCommand::run()
{
    ServerUrl server;
    if (!readServer(Service::Xpander, &server) || !readLimits())
        return;
    withSecret({Service::Xpander, server}, [this, server](const QString &key) {
        AgentListJob *job = xpanderClient(server, key).listAgents(this);
        connect(job, &AgentListJob::finished, this, [this, job] {
            if (job->error()) {
                fail(job->error());
                return;
            }
            // Everything in the list comes from the server: nothing reaches the terminal raw.
            if (isSet(QStringLiteral("json"))) {
                QJsonArray array;
                for (const AgentSummary &agent : job->agents())
                    array.append(agent.raw);
                const QByteArray json = QJsonDocument(array).toJson(QJsonDocument::Indented);
                out() << QString::fromUtf8(TerminalText::escapedJson(json)) << Qt::flush;
            } else {
                for (const AgentSummary &agent : job->agents()) {
                    const QString model = agent.modelProvider +
                                          (agent.modelName.isEmpty() ? QString() : QLatin1Char('/') + agent.modelName);
                    out() << TerminalText::escaped(agent.id) << '\t' << TerminalText::escaped(agent.icon) << ' '
                          << TerminalText::escaped(agent.name) << '\t' << TerminalText::escaped(agent.status) << '\t'
                          << TerminalText::escaped(model) << '\n';
                }
                out() << Qt::flush;
                err() << tr("%n agent(s).", nullptr, int(job->agents().size())) << '\n' << Qt::flush;
            }
            finish(Success);
        });
        job->start();
    });
}

} // namespace Takeout
