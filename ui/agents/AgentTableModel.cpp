#include "AgentTableModel.h"

namespace Takeout {

void AgentTableModel::setAgents(const QList<AgentSummary> &agents)
{
    beginResetModel();
    m_agents = agents;
    endResetModel();
}

int AgentTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_agents.size());
}

int AgentTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AgentTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_agents.size())
        return {};
    const AgentSummary &agent = m_agents.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case Icon:
            return agent.icon;
        case Name:
            return agent.name;
        case Description:
            return agent.description;
        case Status:
            return agent.status;
        case Model:
            if (agent.modelName.isEmpty())
                return agent.modelProvider;
            return agent.modelProvider.isEmpty() ? agent.modelName
                                                 : agent.modelProvider + QStringLiteral(" · ") + agent.modelName;
        default:
            return {};
        }
    }
    if (role == Qt::AccessibleTextRole && index.column() == Icon)
        return tr("Icon %1").arg(agent.icon);
    return {};
}

QVariant AgentTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Icon:
        return QString();
    case Name:
        return tr("Name");
    case Description:
        return tr("Description");
    case Status:
        return tr("Status");
    case Model:
        return tr("Model");
    default:
        return {};
    }
}

} // namespace Takeout
