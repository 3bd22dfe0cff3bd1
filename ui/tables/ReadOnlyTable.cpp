#include "ReadOnlyTable.h"

#include "tables/RecordTableModel.h"
#include "tables/TableExport.h"

#include <QAction>
#include <QHeaderView>
#include <QSortFilterProxyModel>

namespace Takeout {

ReadOnlyTable::ReadOnlyTable(QAbstractItemModel *model, const QString &objectName, QWidget *parent)
    : QTableView(parent)
{
    setObjectName(objectName);
    setModel(model);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    // Several rows, for copying them.
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setAlternatingRowColors(true);
    setWordWrap(false);
    verticalHeader()->hide();
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    horizontalHeader()->setStretchLastSection(true);
    if (qobject_cast<QSortFilterProxyModel *>(model) || qobject_cast<RecordTableModel *>(model)) {
        setSortingEnabled(true);
        sortByColumn(-1, Qt::AscendingOrder); // the export's own order until a header is clicked
    }
    setContextMenuPolicy(Qt::ActionsContextMenu);
    auto *copy = new QAction(tr("&Copy Rows"), this);
    copy->setObjectName(QStringLiteral("copyRowsAction"));
    // Ctrl+C is the window's Edit › Copy, which copies a table's rows the same way.
    connect(copy, &QAction::triggered, this, [this] { TableExport::copySelectedRows(this); });
    addAction(copy);
}

void ReadOnlyTable::setExportTable(const QString &name)
{
    m_exportName = name;
    if (m_exportTable || !qobject_cast<RecordTableModel *>(model()))
        return;
    m_exportTable = new QAction(tr("&Export Table…"), this);
    m_exportTable->setObjectName(QStringLiteral("exportTableAction"));
    connect(m_exportTable, &QAction::triggered, this, [this] {
        if (const auto *records = qobject_cast<RecordTableModel *>(model()))
            TableExport::save(this, records->sharedDocument(), m_exportName);
    });
    addAction(m_exportTable);
}

} // namespace Takeout
