#include "AccountTables.h"

#include "exports/AgentbotFormat.h"
#include "tables/ReadOnlyTable.h"
#include "tables/RecordTableModel.h"

#include <QStyle>
#include <QTableView>
#include <QTimer>

namespace Takeout {

namespace {

QTableView *makeTable(RecordTableModel *model, const QString &name, const QString &exportName, const QString &empty,
                      QWidget *parent)
{
    auto *table = new ReadOnlyTable(model, name, parent);
    table->setExportTable(exportName);
    // An empty list says so in a sentence, not with bare column headers.
    table->setPlaceholder(table->style()->standardIcon(QStyle::SP_FileDialogContentsView), empty);
    // While a large table's rows are gathered or sorted on a worker, the pointer says so.
    QObject::connect(model, &RecordTableModel::busyChanged, table, [table](bool busy) {
        if (busy)
            table->viewport()->setCursor(Qt::BusyCursor);
        else
            table->viewport()->unsetCursor();
    });
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
    addTab(makeTable(m_agents, QStringLiteral("agentbotAgents"), QStringLiteral("agents"),
                     tr("This account has no agents."), this),
           tr("Agents"));
    addTab(makeTable(m_tasks, QStringLiteral("agentbotTasks"), QStringLiteral("scheduled-tasks"),
                     tr("This account has no scheduled tasks."), this),
           tr("Scheduled tasks"));
    addTab(makeTable(m_workflows, QStringLiteral("agentbotWorkflows"), QStringLiteral("workflows"),
                     tr("This account has no workflows."), this),
           tr("Workflows"));
    // Each table is called what its tab says.
    for (int i = 0; i < count(); ++i)
        widget(i)->setAccessibleName(tabText(i));
    connect(this, &QTabWidget::currentChanged, this, &AccountTables::fill);
}

void AccountTables::setDocument(std::shared_ptr<const JsonDocument> document)
{
    m_document = std::move(document);
    for (int tab = 0; tab < 3; ++tab) {
        m_filled[tab] = false;
        if (!m_document || (isVisible() && tab == currentIndex()))
            fill(tab);
    }
}

void AccountTables::showEvent(QShowEvent *event)
{
    QTabWidget::showEvent(event);
    // After the first paint, in an event of its own: the rows are gathered on a worker, but the view
    // still takes them in and paints them, which should neither delay what is shown first nor add to
    // its stall. A timer rather than a posted call, which would run in the same batch
    // of posted events as the paint.
    QTimer::singleShot(1, this, [this, tab = currentIndex()] { fill(tab); });
}

void AccountTables::fill(int tab)
{
    if (tab < 0 || tab > 2 || (m_filled[tab] && m_document))
        return;
    m_filled[tab] = true;
    using Format = RecordTableModel::Format;
    namespace Key = AgentbotFormat;
    const auto array = [this](QLatin1StringView key) {
        return m_document ? m_document->member(JsonDocument::root(), key) : JsonDocument::none;
    };
    switch (tab) {
    case 0:
        m_agents->setRecords(m_document, array(Key::agents),
                             {{tr("Name"), Key::name},
                              {tr("Model"), Key::model},
                              {tr("Status"), Key::status, Format::Status},
                              {tr("Created"), Key::createdAt, Format::Time},
                              {tr("Updated"), Key::updatedAt, Format::Time}});
        break;
    case 1:
        m_tasks->setRecords(m_document, array(Key::scheduledTasks),
                            {{tr("Name"), Key::name},
                             {tr("Schedule"), Key::cronSchedule, Format::Cron},
                             {tr("Next run"), Key::cronSchedule, Format::NextRun},
                             {tr("Enabled"), Key::enabled, Format::YesNo},
                             {tr("Created"), Key::createdAt, Format::Time}});
        break;
    default:
        m_workflows->setRecords(m_document, array(Key::workflows),
                                {{tr("Name"), Key::name},
                                 {tr("Enabled"), Key::enabled, Format::YesNo},
                                 {tr("Created"), Key::createdAt, Format::Time}});
        break;
    }
    auto *view = qobject_cast<QTableView *>(widget(tab));
    if (view && view->model()->rowCount() < 2000) // measuring every row of a huge table would stall
        view->resizeColumnsToContents();
}

} // namespace Takeout
