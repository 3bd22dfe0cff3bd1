#include "ImportTemplateCommand.h"

#include "restore/ImportAndVerifyJob.h"
#include "restore/TemplateFacts.h"
#include "text/TerminalText.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace Takeout {

ImportTemplateCommand::ImportTemplateCommand(QObject *parent)
    : ServiceCommand(QStringLiteral("import template"), tr("create an xpander.ai agent from a template"), parent)
{
    setDescription(tr("Creates a new xpander.ai agent from a template: the file an export wrote, or a template id "
                      "someone shared. Prints the new agent's id. The request is sent once: when the connection "
                      "is cut before the answer, the agent may or may not have been created (exit 4)."));
    addOptionalPositional(QStringLiteral("FILE"), tr("An xpander.ai template export."));
    addOption({QStringLiteral("template-id"), tr("The template's id, instead of a file."), QStringLiteral("ID")});
    addOption({QStringLiteral("name"), tr("The new agent's name (default: the template's)."), QStringLiteral("N")});
    addOption({QStringLiteral("description"), tr("The new agent's description (default: the template's)."),
               QStringLiteral("D")});
    addOption(
        {QStringLiteral("icon"), tr("The new agent's icon, an emoji (default: the template's)."), QStringLiteral("I")});
    addOption({QStringLiteral("with-knowledge-bases"),
               tr("Create the knowledge bases with their documents (default: when the template holds them).")});
    addOption({QStringLiteral("without-knowledge-bases"), tr("Leave the knowledge bases out.")});
    addOption({QStringLiteral("verify"), tr("Export the new agent (the service keeps that template too) and compare "
                                            "it with the template; exit 6 when they differ. Needs FILE.")});
    addOption({QStringLiteral("json"), tr("Print the result as one JSON object.")});
    addServerOption(Service::Xpander);
    addTimeoutOption();
}

void ImportTemplateCommand::run()
{
    const QString file = positional().value(0);
    const bool byId = isSet(QStringLiteral("template-id"));
    if (file.isEmpty() == !byId) {
        usage(tr("Give either a template FILE or --template-id ID."));
        return;
    }
    if (isSet(QStringLiteral("with-knowledge-bases")) && isSet(QStringLiteral("without-knowledge-bases"))) {
        usage(tr("--with-knowledge-bases and --without-knowledge-bases exclude each other."));
        return;
    }
    if (byId && !isSet(QStringLiteral("name"))) {
        usage(tr("--name N is required with --template-id."));
        return;
    }
    if (byId && isSet(QStringLiteral("verify"))) {
        usage(tr("--verify compares with the template, so it needs the template FILE."));
        return;
    }
    ServerUrl server;
    if (!readServer(Service::Xpander, &server) || !readLimits())
        return;

    TemplateFacts facts;
    QByteArray templateJson;
    if (byId) {
        facts.templateId = value(QStringLiteral("template-id")).trimmed();
        facts.holdsKnowledgeBases = true; // the service's default; no effect for a template without them
    } else {
        Failure error;
        const std::optional<TemplateFacts> read = TemplateFacts::fromFile(file, &error);
        if (!read) {
            // A file that is no template is the file's problem, whatever the reason: exit 2, nothing sent.
            err() << TerminalText::escaped(file) << ": ";
            printError(error);
            finish(BadFile);
            return;
        }
        facts = *read;
        if (isSet(QStringLiteral("verify"))) {
            QFile bytes(file);
            if (!bytes.open(QIODevice::ReadOnly)) {
                fail(Failure(Failure::Kind::FileWriteFailed, bytes.errorString())
                         .setMessage(tr("The template file cannot be read.")));
                return;
            }
            templateJson = bytes.readAll();
        }
    }

    ImportRequest request;
    request.name = isSet(QStringLiteral("name")) ? value(QStringLiteral("name")) : facts.name;
    request.description =
        isSet(QStringLiteral("description")) ? value(QStringLiteral("description")) : facts.description;
    request.icon = isSet(QStringLiteral("icon")) ? value(QStringLiteral("icon")) : facts.icon;
    request.withKnowledgeBases = isSet(QStringLiteral("with-knowledge-bases"))      ? true
                                 : isSet(QStringLiteral("without-knowledge-bases")) ? false
                                                                                    : facts.holdsKnowledgeBases;
    if (request.name.isEmpty()) {
        usage(tr("The template has no name: give the new agent one with --name N."));
        return;
    }
    const bool verify = isSet(QStringLiteral("verify"));
    m_withKnowledgeBases = request.withKnowledgeBases;
    withSecret({Service::Xpander, server}, [this, server, facts, request, templateJson, verify](const QString &key) {
        auto *job =
            new ImportAndVerifyJob(xpanderClient(server, key), facts.templateId, request, templateJson, verify, this);
        connect(job, &ImportAndVerifyJob::finished, this,
                [this, job, templateId = facts.templateId] { onFinished(job, templateId); });
        job->start();
    });
}

void ImportTemplateCommand::onFinished(const ImportAndVerifyJob *job, const QString &templateId)
{
    if (!job->created()) {
        fail(job->error());
        return;
    }
    const CreatedAgent &agent = job->agent();
    const std::optional<RestoreCheck::Result> &verified = job->verified();
    // The id, name and differences come from the server: nothing reaches the terminal raw.
    if (isSet(QStringLiteral("json"))) {
        QJsonArray differences;
        if (verified) {
            for (const auto &difference : verified->differences)
                differences.append(QJsonObject{{QStringLiteral("op"), RestoreCheck::opName(difference.first)},
                                               {QStringLiteral("path"), difference.second}});
        }
        const QJsonObject object{{QStringLiteral("agent_id"), agent.id},
                                 {QStringLiteral("name"), agent.name},
                                 {QStringLiteral("template_id"), templateId},
                                 {QStringLiteral("with_knowledge_bases"), m_withKnowledgeBases},
                                 {QStringLiteral("verified"), verified ? QJsonValue(verified->matches) : QJsonValue()},
                                 {QStringLiteral("differences"), differences}};
        out() << QString::fromUtf8(TerminalText::escapedJson(QJsonDocument(object).toJson(QJsonDocument::Indented)))
              << Qt::flush;
    } else {
        out() << TerminalText::escaped(agent.id) << '\n' << Qt::flush;
        if (verified && verified->matches)
            err() << tr("The new agent matches the template.") << '\n';
        if (verified && !verified->matches) {
            err() << tr("The new agent differs from the template:") << '\n';
            for (const QString &line : verified->lines)
                err() << "  " << TerminalText::escaped(line) << '\n';
        }
        err() << Qt::flush;
    }
    if (job->error()) {
        // Created, but the check could not run.
        fail(job->error());
        return;
    }
    finish(verified && !verified->matches ? Differences : Success);
}

} // namespace Takeout
