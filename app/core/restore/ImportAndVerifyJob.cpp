#include "ImportAndVerifyJob.h"

#include "exports/ExportJob.h"

#include <QTimer>

namespace Takeout {

ImportAndVerifyJob::ImportAndVerifyJob(const XpanderClient &client, QString templateId, ImportRequest request,
                                       QByteArray templateJson, bool verify, QObject *parent)
    : Job(parent)
    , m_client(client)
    , m_templateId(std::move(templateId))
    , m_request(std::move(request))
    , m_templateJson(std::move(templateJson))
    , m_verify(verify)
{
}

void ImportAndVerifyJob::start()
{
    if (m_running)
        return;
    m_running = true;
    m_sent = false;
    m_cancelled = false;
    m_error = {};
    m_agent = {};
    m_verified.reset();
    m_newExport.clear();
    m_import = m_client.importTemplate(m_templateId, m_request, this);
    connect(m_import, &ImportJob::sent, this, [this] {
        m_sent = true;
        Q_EMIT sent();
    });
    connect(m_import, &ImportJob::finished, this, &ImportAndVerifyJob::onImported);
    Q_EMIT stage(tr("Creating the agent…"));
    m_import->start();
}

void ImportAndVerifyJob::cancel()
{
    if (!m_running)
        return;
    m_cancelled = true;
    if (m_import)
        m_import->cancel();
    if (m_export)
        m_export->cancel();
}

void ImportAndVerifyJob::onImported()
{
    const ImportJob *job = m_import; // deletes itself once this returns
    m_import = nullptr;
    m_sent = m_sent || job->wasSent();
    if (job->error()) {
        finish(job->error());
        return;
    }
    m_agent = job->agent();
    if (!m_verify || m_cancelled) {
        finish();
        return;
    }
    Q_EMIT stage(tr("Exporting the new agent to compare it with the template…"));
    TemplateRequest request;
    request.name = m_agent.name.isEmpty() ? m_request.name : m_agent.name;
    request.description = m_agent.raw.value(QLatin1String("description")).toString(m_request.description);
    request.icon = m_agent.raw.value(QLatin1String("icon")).toString(m_request.icon);
    request.withKnowledgeBases = m_request.withKnowledgeBases;
    m_export = m_client.exportTemplate(m_agent.id, request, request.name, this);
    connect(m_export, &ExportJob::finished, this, &ImportAndVerifyJob::onExported);
    m_export->start();
}

void ImportAndVerifyJob::onExported()
{
    ExportJob *job = m_export; // deletes itself once this returns
    m_export = nullptr;
    if (job->error()) {
        Failure error = job->error();
        error.setMessage(
            tr("The agent was created, but exporting it for the comparison failed: %1").arg(job->error().message()));
        finish(error);
        return;
    }
    m_newExport = job->result().bytes;
    Q_EMIT stage(tr("Comparing the new agent with the template…"));
    m_verified = RestoreCheck::compare(m_templateJson, m_newExport);
    if (m_verified->error) {
        Failure error = m_verified->error;
        m_verified.reset();
        finish(error);
        return;
    }
    finish();
}

void ImportAndVerifyJob::finish(Failure error)
{
    m_error = std::move(error);
    m_running = false;
    emitFinished();
}

} // namespace Takeout
