#pragma once

#include "ExportCommand.h"

namespace Takeout {

struct TemplateRequest;
class XpanderClient;

// export template: one xpander.ai agent as a template, into a file. Name, description and icon
// default to the agent's own, which means looking the agent up first.
class ExportTemplateCommand : public ExportCommand
{
    Q_OBJECT

public:
    explicit ExportTemplateCommand(QObject *parent = nullptr);

protected:
    void run() override;

private:
    void exportWithTheAgentsDefaults(const XpanderClient &client, const QString &agentId, TemplateRequest request);
};

} // namespace Takeout
