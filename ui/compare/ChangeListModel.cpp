#include "ChangeListModel.h"

#include "diff/ChangeSentence.h"

#include <QIcon>

namespace Takeout {

using Op = JsonChange::Op;

ChangeListModel::ChangeListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ChangeListModel::setChanges(std::shared_ptr<const JsonDocument> oldDocument,
                                 std::shared_ptr<const JsonDocument> newDocument, std::vector<JsonChange> changes)
{
    beginResetModel();
    m_old = std::move(oldDocument);
    m_new = std::move(newDocument);
    m_changes = std::move(changes);
    endResetModel();
}

QString ChangeListModel::path(int row) const
{
    if (row < 0 || size_t(row) >= m_changes.size())
        return {};
    return JsonDiff::path(*m_old, *m_new, m_changes[size_t(row)]);
}

QString ChangeListModel::sentence(int row) const
{
    if (row < 0 || size_t(row) >= m_changes.size())
        return {};
    return ChangeSentence::of(*m_old, *m_new, m_changes[size_t(row)]);
}

QString ChangeListModel::fullPath(int row) const
{
    const QString moved = JsonDiff::oldPath(*m_old, *m_new, m_changes[size_t(row)]);
    return moved.isEmpty() ? path(row) : tr("%1 (was %2)").arg(path(row), moved);
}

int ChangeListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_changes.size());
}

int ChangeListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ChangeListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || size_t(index.row()) >= m_changes.size())
        return {};
    const JsonChange &change = m_changes[size_t(index.row())];
    if (role == OpRole)
        return change.op == Op::Added     ? QStringLiteral("added")
               : change.op == Op::Removed ? QStringLiteral("removed")
                                          : QStringLiteral("changed");
    if (index.column() == Path)
        return role == Qt::DisplayRole || role == Qt::ToolTipRole ? QVariant(fullPath(index.row())) : QVariant();
    switch (role) {
    case Qt::DisplayRole:
        return sentence(index.row());
    case Qt::ToolTipRole:
        // The exact address, for those who look it up with jq.
        return tr("%1\nPath: %2").arg(sentence(index.row()), fullPath(index.row()));
    case Qt::AccessibleDescriptionRole:
        return change.op == Op::Added ? tr("added") : change.op == Op::Removed ? tr("removed") : tr("changed");
    case Qt::DecorationRole:
        // The sign repeats what the sentence says, for the eye scanning the list.
        return QIcon::fromTheme(change.op == Op::Added     ? QStringLiteral("list-add")
                                : change.op == Op::Removed ? QStringLiteral("list-remove")
                                                           : QStringLiteral("document-edit"));
    default:
        return {};
    }
}

QVariant ChangeListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Sentence:
        return tr("Change");
    case Path:
        return tr("Path");
    default:
        return {};
    }
}

} // namespace Takeout
