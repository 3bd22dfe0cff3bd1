#include "BackupItemModel.h"

#include "text/Wording.h"
#include "widgets/Icons.h"

#include <QLocale>

namespace Takeout {

void BackupItemModel::setRows(const QList<Row> &rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

int BackupItemModel::rowOf(const QString &agentId) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).service == Service::Xpander && m_rows.at(i).agentId == agentId)
            return i;
    }
    return -1;
}

void BackupItemModel::setRestored(int row, const QString &text)
{
    if (row < 0 || row >= m_rows.size())
        return;
    m_rows[row].restored = text;
    Q_EMIT dataChanged(index(row, Restored), index(row, Restored));
}

int BackupItemModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int BackupItemModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BackupItemModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    if (role == Qt::DecorationRole && index.column() == ServiceColumn)
        return Icons::service(row.service);
    if (role == Qt::ToolTipRole) {
        switch (index.column()) {
        case Agent:
            return row.path.isEmpty() ? row.agentId : row.path;
        case Date:
            // Local time in the cell, the exact time in UTC here.
            return Wording::utc(row.date);
        case Saved:
            return row.problem;
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case ServiceColumn:
        return serviceDisplayName(row.service);
    case Agent:
        return row.name;
    case Size:
        return row.saved ? QLocale().formattedDataSize(row.bytes, 0, QLocale::DataSizeTraditionalFormat) : QString();
    case Date:
        return Wording::dateTime(row.date);
    case Saved:
        return row.saved ? tr("Saved") : tr("Not saved");
    case Restored:
        return row.restored;
    default:
        return {};
    }
}

QVariant BackupItemModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ServiceColumn:
        return tr("Service");
    case Agent:
        return tr("Agent");
    case Size:
        return tr("Size");
    case Date:
        return tr("Date");
    case Saved:
        return tr("Saved");
    case Restored:
        return tr("Restored");
    default:
        return {};
    }
}

} // namespace Takeout
