#include "ChangeListModel.h"

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

int ChangeListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_changes.size());
}

int ChangeListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ChangeListModel::shortValue(const JsonDocument &document, quint32 node)
{
    if (document.type(node) == JsonDocument::Type::Object)
        return tr("{%n member(s)}", nullptr, int(document.childCount(node)));
    if (document.type(node) == JsonDocument::Type::Array)
        return tr("[%n element(s)]", nullptr, int(document.childCount(node)));
    QString text = document.preview(node, 300);
    text.replace(QLatin1Char('\n'), QChar(0x21b5));
    return text;
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
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Kind:
        return change.op == Op::Added ? tr("added") : change.op == Op::Removed ? tr("removed") : tr("changed");
    case Path: {
        const QString moved = JsonDiff::oldPath(*m_old, *m_new, change);
        return moved.isEmpty() ? path(index.row()) : tr("%1 (was %2)").arg(path(index.row()), moved);
    }
    case OldValue:
        return change.op == Op::Added ? QVariant() : QVariant(shortValue(*m_old, change.oldNode));
    case NewValue:
        return change.op == Op::Removed ? QVariant() : QVariant(shortValue(*m_new, change.newNode));
    default:
        return {};
    }
}

QVariant ChangeListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Kind:
        return tr("Change");
    case Path:
        return tr("Path");
    case OldValue:
        return tr("Old value");
    case NewValue:
        return tr("New value");
    default:
        return {};
    }
}

} // namespace Takeout
