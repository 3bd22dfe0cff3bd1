#pragma once

#include <QTableView>

namespace Takeout {

// The app's tables of records: whole rows selected, not editable, one line per row of a fixed
// height (so that hundreds of thousands of rows cost nothing to lay out), sortable by a header click
// when the model sorts (a proxy, or a RecordTableModel). Its context menu copies the selected rows as
// tab-separated text (also Ctrl+C) and, for a table of an export, exports the whole table as CSV.
class ReadOnlyTable : public QTableView
{
    Q_OBJECT

public:
    ReadOnlyTable(QAbstractItemModel *model, const QString &objectName, QWidget *parent = nullptr);

    // The export's table this one shows (ExportTables' name: "agents", "functions", …): adds Export
    // Table… for a RecordTableModel.
    void setExportTable(const QString &name);

private:
    QAction *m_exportTable = nullptr;
    QString m_exportName;
};

} // namespace Takeout
