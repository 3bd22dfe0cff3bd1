#pragma once

#include "diff/JsonDiff.h"

#include <QAbstractTableModel>
#include <memory>

namespace Takeout {

// The changes between two documents as a list of sentences ("Agent travel-planner added"), each with
// its jq path in the tooltip and in a column of its own that the compare tab keeps hidden (Copy Path).
// Sentences and paths are made when a row is shown, so a long list costs only what is on screen.
class ChangeListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Sentence,
        Path,
        ColumnCount,
    };
    // Data role of the Sentence column: "added", "removed" or "changed", whatever the language.
    static constexpr int OpRole = Qt::UserRole + 1;

    explicit ChangeListModel(QObject *parent = nullptr);

    void setChanges(std::shared_ptr<const JsonDocument> oldDocument, std::shared_ptr<const JsonDocument> newDocument,
                    std::vector<JsonChange> changes);
    QString path(int row) const;
    QString sentence(int row) const;
    const JsonChange &change(int row) const { return m_changes.at(size_t(row)); }
    const std::shared_ptr<const JsonDocument> &oldDocument() const { return m_old; }
    const std::shared_ptr<const JsonDocument> &newDocument() const { return m_new; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString fullPath(int row) const;

    std::shared_ptr<const JsonDocument> m_old;
    std::shared_ptr<const JsonDocument> m_new;
    std::vector<JsonChange> m_changes;
};

} // namespace Takeout
