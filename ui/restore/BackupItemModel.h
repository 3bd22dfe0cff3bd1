#pragma once

#include "base/Service.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>

namespace Takeout {

// The items of one backup folder for the backup view: service, agent, size, date, whether it was
// saved, and what restoring it did.
class BackupItemModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        ServiceColumn,
        Agent,
        Size,
        Date,
        Saved,
        Restored,
        ColumnCount
    };

    struct Row
    {
        Service service = Service::Agentbot;
        QString agentId;
        QString name;
        QString path; // absolute; empty when nothing was saved
        qint64 bytes = 0;
        QDateTime date;
        bool saved = false;
        QString problem; // why it was not saved, or why it cannot be restored
        bool restorable = false;
        QString restored; // what restoring it did, in words
    };

    using QAbstractTableModel::QAbstractTableModel;

    void setRows(const QList<Row> &rows);
    const QList<Row> &rows() const { return m_rows; }
    const Row &row(int index) const { return m_rows.at(index); }
    // The row of the item with this agent id; -1 when none.
    int rowOf(const QString &agentId) const;
    void setRestored(int row, const QString &text);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Row> m_rows;
};

} // namespace Takeout
