#include "AgentBrowser.h"

#include "accounts/Accounts.h"
#include "agents/AgentTableModel.h"
#include "tables/AccountTables.h"
#include "tables/ReadOnlyTable.h"
#include "text/Wording.h"
#include "widgets/Icons.h"
#include "widgets/MessageWidget.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace Takeout {

AgentBrowser::AgentBrowser(Accounts *accounts, QWidget *parent)
    : QWidget(parent)
    , m_accounts(accounts)
    , m_model(new AgentTableModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_filter(new QLineEdit(this))
    , m_table(nullptr)
    , m_refresh(new QPushButton(tr("&Refresh"), this))
    , m_exportTemplate(new QPushButton(tr("Export as &template…"), this))
    , m_createFromId(new QPushButton(tr("Create from Template &ID…"), this))
    , m_exportAccount(new QPushButton(tr("Export my Agentbot &account…"), this))
    , m_agentsArea(new QStackedWidget(this))
    , m_placeholderIcon(new QLabel(this))
    , m_placeholderText(new QLabel(this))
    , m_placeholderAction(new QPushButton(this))
    , m_xpanderStatus(new QLabel(this))
    , m_xpanderProblem(new MessageWidget(this))
    , m_agentbotStatus(new QLabel(this))
    , m_agentbotTables(new AccountTables(this))
{
    setObjectName(QStringLiteral("agentBrowser"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_table = new ReadOnlyTable(m_proxy, QStringLiteral("agentTable"), this);
    m_table->setAccessibleName(tr("xpander.ai agents"));
    m_table->sortByColumn(AgentTableModel::Name, Qt::AscendingOrder);
    m_table->horizontalHeader()->setSectionResizeMode(AgentTableModel::Icon, QHeaderView::ResizeToContents);
    m_table->setColumnWidth(AgentTableModel::Name, 200);
    m_table->setColumnWidth(AgentTableModel::Description, 320);

    m_filter->setObjectName(QStringLiteral("filterEdit"));
    m_filter->setPlaceholderText(tr("Filter agents"));
    m_filter->setAccessibleName(tr("Filter agents"));
    m_filter->setClearButtonEnabled(true);
    m_refresh->setObjectName(QStringLiteral("refreshButton"));
    m_exportTemplate->setObjectName(QStringLiteral("exportTemplateButton"));
    m_createFromId->setObjectName(QStringLiteral("createFromTemplateIdButton"));
    m_createFromId->setToolTip(tr("Create agent from a template ID someone sent you"));
    m_exportAccount->setObjectName(QStringLiteral("exportAccountButton"));
    m_xpanderStatus->setObjectName(QStringLiteral("xpanderStatus"));
    m_xpanderStatus->setTextFormat(Qt::PlainText); // the server's words
    m_xpanderProblem->setObjectName(QStringLiteral("xpanderProblem"));
    m_agentbotStatus->setObjectName(QStringLiteral("agentbotStatus"));
    m_agentbotStatus->setTextFormat(Qt::PlainText);
    m_agentbotStatus->setWordWrap(true);

    auto *xpanderTitle = new QLabel(tr("<h3>xpander.ai agents</h3>"), this);
    auto *toolbar = new QHBoxLayout;
    toolbar->addWidget(m_filter, 1);
    toolbar->addWidget(m_refresh);
    toolbar->addWidget(m_exportTemplate);
    toolbar->addWidget(m_createFromId);

    auto *agentbotTitle = new QLabel(tr("<h3>Agentbot</h3>"), this);
    auto *agentbotBar = new QHBoxLayout;
    agentbotBar->addWidget(m_agentbotStatus, 1);
    agentbotBar->addWidget(m_exportAccount);

    // The placeholder, as GNOME's status page: an icon, one sentence, one action, in the middle.
    auto *placeholder = new QWidget(m_agentsArea);
    placeholder->setObjectName(QStringLiteral("agentsPlaceholder"));
    m_placeholderIcon->setObjectName(QStringLiteral("agentsPlaceholderIcon"));
    m_placeholderIcon->setAlignment(Qt::AlignCenter);
    m_placeholderText->setObjectName(QStringLiteral("agentsPlaceholderText"));
    m_placeholderText->setTextFormat(Qt::PlainText); // the filter's words
    m_placeholderText->setWordWrap(true);
    m_placeholderText->setAlignment(Qt::AlignCenter);
    m_placeholderAction->setObjectName(QStringLiteral("agentsPlaceholderButton"));
    auto *placeholderLayout = new QVBoxLayout(placeholder);
    placeholderLayout->addStretch(1);
    placeholderLayout->addWidget(m_placeholderIcon);
    placeholderLayout->addWidget(m_placeholderText);
    placeholderLayout->addWidget(m_placeholderAction, 0, Qt::AlignHCenter);
    placeholderLayout->addStretch(1);
    m_agentsArea->addWidget(m_table);
    m_agentsArea->addWidget(placeholder);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(xpanderTitle);
    layout->addLayout(toolbar);
    layout->addWidget(m_agentsArea, 3);
    layout->addWidget(m_xpanderStatus);
    layout->addWidget(m_xpanderProblem);
    layout->addWidget(agentbotTitle);
    layout->addLayout(agentbotBar);
    layout->addWidget(m_agentbotTables, 2);

    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_refresh, &QPushButton::clicked, this, &AgentBrowser::refresh);
    connect(m_createFromId, &QPushButton::clicked, this, &AgentBrowser::createFromTemplateIdRequested);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &AgentBrowser::updateActions);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &AgentBrowser::updateActions);
    connect(m_exportTemplate, &QPushButton::clicked, this, [this] {
        if (const AgentSummary *agent = selectedAgent())
            Q_EMIT exportTemplateRequested(*agent);
    });
    connect(m_table, &QTableView::activated, this, [this] {
        if (const AgentSummary *agent = selectedAgent())
            Q_EMIT exportTemplateRequested(*agent);
    });
    connect(m_exportAccount, &QPushButton::clicked, this, &AgentBrowser::exportAccountRequested);
    connect(m_placeholderAction, &QPushButton::clicked, this, [this] {
        if (!m_accounts->isSignedIn(Service::Xpander))
            Q_EMIT signInRequested(Service::Xpander);
        else if (!m_filter->text().isEmpty())
            m_filter->clear();
        else
            refresh();
    });
    connect(m_filter, &QLineEdit::textChanged, this, &AgentBrowser::updatePlaceholder);
    connect(m_accounts, &Accounts::changed, this, [this](Service service) {
        if (service == Service::Xpander && m_accounts->isSignedIn(Service::Xpander) && m_model->rowCount() == 0)
            refresh();
        updateActions();
    });

    setAgentbotExport({}, nullptr);
    updateActions();
    updatePlaceholder();
}

void AgentBrowser::setXpanderAgents(const QList<AgentSummary> &agents)
{
    m_model->setAgents(agents);
    // The empty state says what to do next.
    m_xpanderStatus->setText(agents.isEmpty() && m_accounts->isSignedIn(Service::Xpander)
                                 ? tr("No agents yet. Agents you create in xpander.ai appear here; press Refresh.")
                                 : tr("Agents: %1").arg(agents.size()));
    updatePlaceholder();
    Q_EMIT xpanderAgentsChanged(int(agents.size()));
    if (!m_toSelect.isEmpty())
        selectAgent(m_toSelect);
}

void AgentBrowser::selectAgent(const QString &id)
{
    m_toSelect = id;
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        if (m_model->agent(m_proxy->mapToSource(m_proxy->index(row, 0)).row()).id == id) {
            m_table->selectRow(row);
            m_table->scrollTo(m_proxy->index(row, 0));
            m_toSelect.clear();
            return;
        }
    }
}

void AgentBrowser::setAgentbotExport(const ExportSummary &summary, const std::shared_ptr<const JsonDocument> &document)
{
    m_agentbotTables->setDocument(document);
    const QDateTime exported = QDateTime::fromString(summary.exportedAt, Qt::ISODateWithMs);
    m_agentbotStatus->setText(
        document ? tr("From the export of %1 · %2")
                       .arg(exported.isValid() ? Wording::dateTime(exported) : summary.exportedAt, summary.countsText())
                 : tr("Export your account, or open a saved Agentbot export, to see your agents, "
                      "scheduled tasks and workflows here."));
}

void AgentBrowser::refresh()
{
    if (!m_accounts->isSignedIn(Service::Xpander)) {
        m_xpanderStatus->setText(tr("Sign in to xpander.ai to see your agents."));
        updatePlaceholder();
        return;
    }
    if (m_listing)
        m_listing->cancel();
    m_listing = m_accounts->xpanderClient().listAgents(this);
    connect(m_listing, &AgentListJob::progress, this, [this](int pages, int agents) {
        m_xpanderStatus->setText(tr("Loading agents… %1 so far (page %2)").arg(agents).arg(pages));
    });
    AgentListJob *job = m_listing;
    // Read here: the job deletes itself once this returns.
    connect(job, &AgentListJob::finished, this, [this, job] {
        if (m_listing == job)
            m_listing.clear(); // no longer loading, for the placeholder
        m_refresh->setEnabled(true);
        if (job->error()) {
            m_xpanderStatus->setText(tr("Agents: %1").arg(m_model->rowCount()));
            m_xpanderProblem->showMessage(job->error().message(), MessageWidget::Type::Error);
            updatePlaceholder();
            if (job->error().needsSignIn())
                Q_EMIT signInNeeded(Service::Xpander, job->error());
            return;
        }
        setXpanderAgents(job->agents());
    });
    m_refresh->setEnabled(false);
    m_xpanderProblem->hideMessage();
    m_xpanderStatus->setText(tr("Loading agents…"));
    updatePlaceholder();
    m_listing->start();
}

void AgentBrowser::focusFilter()
{
    m_filter->setFocus();
    m_filter->selectAll();
}

const AgentSummary *AgentBrowser::selectedAgent() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return nullptr;
    return &m_model->agent(m_proxy->mapToSource(rows.first()).row());
}

void AgentBrowser::updateActions()
{
    const bool xpander = m_accounts->isSignedIn(Service::Xpander);
    m_exportTemplate->setEnabled(xpander && selectedAgent());
    // A greyed button says why (the tooltip shows on a disabled button too).
    const QString templateWhy = !xpander           ? tr("Sign in to xpander.ai first.")
                                : !selectedAgent() ? tr("Choose an agent first.")
                                                   : QString();
    m_exportTemplate->setToolTip(templateWhy.isEmpty() ? tr("Export the chosen agent as a template.") : templateWhy);
    m_exportTemplate->setAccessibleDescription(templateWhy);
    const bool agentbot = m_accounts->isSignedIn(Service::Agentbot);
    m_exportAccount->setEnabled(agentbot);
    m_exportAccount->setToolTip(agentbot ? tr("Your profile, agents, scheduled tasks and workflows, in one file.")
                                         : tr("Sign in to Agentbot first."));
    m_exportAccount->setAccessibleDescription(agentbot ? QString() : tr("Sign in to Agentbot first."));
    updatePlaceholder();
}

void AgentBrowser::updatePlaceholder()
{
    const bool signedIn = m_accounts->isSignedIn(Service::Xpander);
    const bool loading = m_listing != nullptr;
    const bool none = m_model->rowCount() == 0;
    const bool filteredAway = !none && m_proxy->rowCount() == 0;
    if (signedIn && ((!none && !filteredAway) || loading)) {
        m_agentsArea->setCurrentWidget(m_table);
        m_xpanderStatus->show();
        return;
    }
    // The placeholder says it all; the count under it would only repeat it.
    m_xpanderStatus->hide();
    QString text;
    QString action;
    QIcon icon = Icons::service(Service::Xpander);
    if (!signedIn) {
        text = tr("Sign in to xpander.ai to see your agents here.");
        action = tr("Sign in…");
    } else if (filteredAway) {
        text = tr("No agent matches “%1”.").arg(m_filter->text());
        action = tr("Clear the filter");
        icon = QIcon::fromTheme(QStringLiteral("edit-find"), icon);
    } else {
        text = tr("No agents yet. The agents you create in xpander.ai appear here.");
        action = tr("Refresh");
    }
    m_placeholderText->setText(text);
    m_placeholderAction->setText(action);
    m_placeholderAction->setAccessibleName(action);
    const int side = fontMetrics().height() * 4;
    m_placeholderIcon->setPixmap(icon.pixmap(QSize(side, side), devicePixelRatioF()));
    m_placeholderIcon->setAccessibleName(text);
    m_agentsArea->setCurrentIndex(1);
}

} // namespace Takeout
