#pragma once

#include "export/ExportDialog.h"
#include "services/XpanderClient.h"

class QCheckBox;
class QLineEdit;
class QPlainTextEdit;

namespace Takeout {

// "Export as template" for one xpander.ai agent: name, description and icon (the agent's own by
// default) and whether knowledge bases go in. The request sends exactly these values.
class TemplateExportDialog : public ExportDialog
{
    Q_OBJECT

public:
    TemplateExportDialog(const AgentSummary &agent, Accounts *accounts, QWidget *parent = nullptr);

    TemplateRequest request() const;

protected:
    ExportJob *createJob(QObject *parent) override;

private:
    AgentSummary m_agent;
    QLineEdit *m_name;
    QPlainTextEdit *m_description;
    QLineEdit *m_icon;
    QCheckBox *m_knowledgeBases;
};

} // namespace Takeout
