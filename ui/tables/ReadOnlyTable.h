#pragma once

#include <QTableView>

namespace Takeout {

// The app's tables of records: whole rows selected, not editable, one line per row of a fixed
// height (so that hundreds of thousands of rows cost nothing to lay out), sortable by a header click
// when the model sorts (a proxy, or a RecordTableModel).
class ReadOnlyTable : public QTableView
{
    Q_OBJECT

public:
    ReadOnlyTable(QAbstractItemModel *model, const QString &objectName, QWidget *parent = nullptr);
};

} // namespace Takeout
