#pragma once

#include <QIcon>
#include <QTableView>
#include <functional>

class QAction;
class QLabel;
class QPushButton;

namespace Takeout {

// The app's tables of records: whole rows selected, not editable, one line per row of a fixed
// height (so that hundreds of thousands of rows cost nothing to lay out), sortable by a header click
// when the model sorts (a proxy, or a RecordTableModel). Empty, it shows its placeholder in place of
// bare column headers, as GNOME's status pages do: an icon, one sentence, and at most one action. Its
// context menu copies the selected rows as tab-separated text (also Ctrl+C) and, for a table of an
// export, exports the whole table as CSV.
class ReadOnlyTable : public QTableView
{
    Q_OBJECT

public:
    ReadOnlyTable(QAbstractItemModel *model, const QString &objectName, QWidget *parent = nullptr);

    void setPlaceholder(const QIcon &icon, const QString &sentence, const QString &actionText = {},
                        const std::function<void()> &action = {});
    // The placeholder's page (objectName "placeholder"), or null when none was set.
    QWidget *placeholder() const { return m_placeholder; }
    // The export's table this one shows (ExportTables' name: "agents", "functions", …): adds Export
    // Table… for a RecordTableModel.
    void setExportTable(const QString &name);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void updatePlaceholder();

    QWidget *m_placeholder = nullptr;
    QLabel *m_placeholderIcon = nullptr;
    QLabel *m_placeholderText = nullptr;
    QPushButton *m_placeholderAction = nullptr;
    QAction *m_exportTable = nullptr;
    QString m_exportName;
};

} // namespace Takeout
