#pragma once

#include "restore/RestoreCheck.h"
#include "services/XpanderClient.h"

#include <optional>

namespace Takeout {

class ExportJob;

// Creates an agent from a template and, when asked, proves it came back whole: exports the new agent
// with the same knowledge-base choice (an export like any other: the service keeps a template of it)
// and compares that with the template (RestoreCheck). Ends with finished(); then error() (the import's
// failure, or the check's export's) or agent(), and verified() when the check ran. A failed check after
// a successful import still has agent(): the agent exists. A Job (see base/Job.h).
class ImportAndVerifyJob : public Job
{
    Q_OBJECT

public:
    // `templateJson`: the template as exported (the check compares with it); empty: no check possible.
    ImportAndVerifyJob(const XpanderClient &client, QString templateId, ImportRequest request, QByteArray templateJson,
                       bool verify, QObject *parent = nullptr);

    void start();
    // Before sent(): nothing was created. After: the import's outcome is unknown, or (during the check)
    // the agent exists and only the check is cancelled.
    void cancel();
    bool isRunning() const { return m_running; }
    bool wasSent() const { return m_sent; }

    const Failure &error() const { return m_error; }
    // The created agent; its id is empty when none was (surely) created.
    const CreatedAgent &agent() const { return m_agent; }
    bool created() const { return !m_agent.id.isEmpty(); }
    // The check's result; nullopt without a check (not asked, or it could not run: see error()).
    const std::optional<RestoreCheck::Result> &verified() const { return m_verified; }
    // The export the check made, byte for byte (empty without one).
    const QByteArray &newExport() const { return m_newExport; }

Q_SIGNALS:
    void sent();
    // One plain sentence on what happens now ("Creating the agent…", "Exporting the new agent…").
    void stage(const QString &text);

private:
    void onImported();
    void onExported();
    void finish(Failure error = {});

    XpanderClient m_client;
    QString m_templateId;
    ImportRequest m_request;
    QByteArray m_templateJson;
    bool m_verify;
    ImportJob *m_import = nullptr;
    ExportJob *m_export = nullptr;
    CreatedAgent m_agent;
    std::optional<RestoreCheck::Result> m_verified;
    QByteArray m_newExport;
    Failure m_error;
    bool m_running = false;
    bool m_sent = false;
    bool m_cancelled = false;
};

} // namespace Takeout
