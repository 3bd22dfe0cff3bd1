#include "TemplateExportDialog.h"

#include "accounts/Accounts.h"
#include "exports/ExportJob.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace Takeout {

TemplateExportDialog::TemplateExportDialog(const AgentSummary &agent, Accounts *accounts, QWidget *parent)
    : ExportDialog(Service::Xpander, accounts, parent)
    , m_agent(agent)
    , m_name(new QLineEdit(agent.name, this))
    , m_description(new QPlainTextEdit(agent.description, this))
    , m_icon(new QLineEdit(agent.icon, this))
    , m_knowledgeBases(
          new QCheckBox(tr("Include &knowledge bases (document contents can make the file much larger)"), this))
{
    setObjectName(QStringLiteral("templateExportDialog"));
    setWindowTitle(tr("Export “%1” as a template").arg(agent.name));
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_name->setAccessibleName(tr("Template name"));
    m_description->setObjectName(QStringLiteral("descriptionEdit"));
    m_description->setAccessibleName(tr("Template description"));
    m_description->setTabChangesFocus(true);
    m_description->setMaximumHeight(90);
    m_icon->setObjectName(QStringLiteral("iconEdit"));
    m_icon->setAccessibleName(tr("Template icon"));
    m_icon->setToolTip(tr("An emoji"));
    m_icon->setMaxLength(16);
    m_knowledgeBases->setObjectName(QStringLiteral("knowledgeBasesCheck"));

    auto *intro = new QLabel(tr("A template holds the agent's configuration: instructions, functions, connectors "
                                "and sub-agents. You will see it before anything is saved."),
                             this);
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Description:"), m_description);
    form->addRow(tr("&Icon:"), m_icon);
    formLayout()->addWidget(intro);
    formLayout()->addLayout(form);
    formLayout()->addWidget(m_knowledgeBases);
}

TemplateRequest TemplateExportDialog::request() const
{
    TemplateRequest request;
    request.name = m_name->text();
    request.description = m_description->toPlainText();
    request.icon = m_icon->text();
    request.withKnowledgeBases = m_knowledgeBases->isChecked();
    return request;
}

ExportJob *TemplateExportDialog::createJob(QObject *parent)
{
    return accounts()->xpanderClient().exportTemplate(m_agent.id, request(), m_agent.name, parent);
}

} // namespace Takeout
