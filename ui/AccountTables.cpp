#include "AccountTables.h"

#include "RecordTableModel.h"

#include <QHeaderView>
#include <QSortFilterProxyModel>
#include <QTableView>

namespace Takeout {

namespace {

QTableView *makeTable(RecordTableModel *model, const QString &name, QWidget *parent)
{
    auto *proxy = new QSortFilterProxyModel(parent);
    proxy->setSourceModel(model);
    proxy->setSortRole(RecordTableModel::SortRole);
    proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    auto *table = new QTableView(parent);
    table->setObjectName(name);
    table->setModel(proxy);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSortingEnabled(true);
    table->sortByColumn(-1, Qt::AscendingOrder); // the export's own order until a header is clicked
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 10);
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

} // namespace

AccountTables::AccountTables(QWidget *parent)
    : QTabWidget(parent)
    , m_agents(new RecordTableModel(this))
    , m_tasks(new RecordTableModel(this))
    , m_workflows(new RecordTableModel(this))
{
    setObjectName(QStringLiteral("accountTables"));
    setAccessibleName(tr("Agentbot account contents"));
    addTab(makeTable(m_agents, QStringLiteral("agentbotAgents"), this), tr("Agents"));
    addTab(makeTable(m_tasks, QStringLiteral("agentbotTasks"), this), tr("Scheduled tasks"));
    addTab(makeTable(m_workflows, QStringLiteral("agentbotWorkflows"), this), tr("Workflows"));
}

void AccountTables::setDocument(std::shared_ptr<const JsonDocument> document)
{
    using Format = RecordTableModel::Format;
    const auto array = [&document](const char *key) {
        return document ? document->member(JsonDocument::root(), QByteArrayView(key)) : JsonDocument::none;
    };
    m_agents->setRecords(document, array("agents"),
                         {{tr("Name"), QByteArrayLiteral("name")},
                          {tr("Model"), QByteArrayLiteral("model")},
                          {tr("Status"), QByteArrayLiteral("status")},
                          {tr("Created"), QByteArrayLiteral("createdAt"), Format::Time},
                          {tr("Updated"), QByteArrayLiteral("updatedAt"), Format::Time}});
    m_tasks->setRecords(document, array("scheduledTasks"),
                        {{tr("Name"), QByteArrayLiteral("name")},
                         {tr("Schedule"), QByteArrayLiteral("cronSchedule"), Format::Cron},
                         {tr("Next run"), QByteArrayLiteral("cronSchedule"), Format::NextRun},
                         {tr("Enabled"), QByteArrayLiteral("enabled"), Format::YesNo},
                         {tr("Created"), QByteArrayLiteral("createdAt"), Format::Time}});
    m_workflows->setRecords(document, array("workflows"),
                            {{tr("Name"), QByteArrayLiteral("name")},
                             {tr("Enabled"), QByteArrayLiteral("enabled"), Format::YesNo},
                             {tr("Created"), QByteArrayLiteral("createdAt"), Format::Time}});
    for (QTableView *view : findChildren<QTableView *>()) {
        if (view->model()->rowCount() < 2000) // measuring every row of a huge table would stall
            view->resizeColumnsToContents();
    }
}

} // namespace Takeout
