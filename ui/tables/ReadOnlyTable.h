#pragma once

#include <QIcon>
#include <QTableView>
#include <functional>

class QLabel;
class QPushButton;

namespace Takeout {

// The app's tables of records: whole rows selected, not editable, one line per row of a fixed
// height (so that hundreds of thousands of rows cost nothing to lay out), sortable by a header click
// when the model sorts (a proxy, or a RecordTableModel). Empty, it shows its placeholder in place of
// bare column headers, as GNOME's status pages do: an icon, one sentence, and at most one action.
class ReadOnlyTable : public QTableView
{
    Q_OBJECT

public:
    ReadOnlyTable(QAbstractItemModel *model, const QString &objectName, QWidget *parent = nullptr);

    void setPlaceholder(const QIcon &icon, const QString &sentence, const QString &actionText = {},
                        const std::function<void()> &action = {});
    // The placeholder's page (objectName "placeholder"), or null when none was set.
    QWidget *placeholder() const { return m_placeholder; }

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void updatePlaceholder();

    QWidget *m_placeholder = nullptr;
    QLabel *m_placeholderIcon = nullptr;
    QLabel *m_placeholderText = nullptr;
    QPushButton *m_placeholderAction = nullptr;
};

} // namespace Takeout
