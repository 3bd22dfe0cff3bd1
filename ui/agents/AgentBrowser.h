#pragma once

#include "base/Service.h"
#include "exports/ExportSummary.h"
#include "services/XpanderClient.h"
#include "json/JsonDocument.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;

namespace Takeout {

class Accounts;
class AgentTableModel;
class AccountTables;
class MessageWidget;

// The user's agents: xpander.ai agents (all pages) with a live filter, sortable columns and Refresh;
// Agentbot agents, scheduled tasks and workflows from the latest account export, read-only. An empty
// agent list is a placeholder that says why and offers the one thing to do (sign in, refresh, clear the
// filter); a greyed button says in its tooltip why it is greyed.
class AgentBrowser : public QWidget
{
    Q_OBJECT

public:
    explicit AgentBrowser(Accounts *accounts, QWidget *parent = nullptr);

    void setXpanderAgents(const QList<AgentSummary> &agents);
    // The agents, scheduled tasks and workflows of an Agentbot account export (null clears them).
    void setAgentbotExport(const ExportSummary &summary, const std::shared_ptr<const JsonDocument> &document);
    void refresh();
    void focusFilter();
    // The selected xpander.ai agent, if any.
    const AgentSummary *selectedAgent() const;
    // Selects the agent with this id once the list holds it (an agent just created: after a Refresh).
    void selectAgent(const QString &id);

Q_SIGNALS:
    void exportTemplateRequested(const Takeout::AgentSummary &agent);
    void exportAccountRequested();
    // "Create from Template ID…": an agent from a template someone sent.
    void createFromTemplateIdRequested();
    // The placeholder's "Sign in…".
    void signInRequested(Takeout::Service service);
    void signInNeeded(Takeout::Service service, const Takeout::Failure &error);
    // The number of xpander.ai agents listed now.
    void xpanderAgentsChanged(int count);

private:
    void updateActions();
    // The table, or the placeholder when there is no agent to show.
    void updatePlaceholder();

    Accounts *m_accounts;
    AgentTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_filter;
    QTableView *m_table;
    QPushButton *m_refresh;
    QPushButton *m_exportTemplate;
    QPushButton *m_createFromId;
    QPushButton *m_exportAccount;
    QStackedWidget *m_agentsArea;
    QLabel *m_placeholderIcon;
    QLabel *m_placeholderText;
    QPushButton *m_placeholderAction;
    QLabel *m_xpanderStatus;
    // Why the list could not be loaded (the last list stays).
    MessageWidget *m_xpanderProblem;
    QLabel *m_agentbotStatus;
    AccountTables *m_agentbotTables;
    QPointer<AgentListJob> m_listing;
    QString m_toSelect;
};

} // namespace Takeout
