#include "ReadOnlyTable.h"

#include "tables/RecordTableModel.h"

#include <QHeaderView>
#include <QSortFilterProxyModel>

namespace Takeout {

ReadOnlyTable::ReadOnlyTable(QAbstractItemModel *model, const QString &objectName, QWidget *parent)
    : QTableView(parent)
{
    setObjectName(objectName);
    setModel(model);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
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
}

} // namespace Takeout
