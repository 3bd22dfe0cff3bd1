#include "AgentTableModel.h"

#include "tables/EmojiIcon.h"
#include "text/Wording.h"
#include "widgets/Icons.h"

namespace Takeout {

void AgentTableModel::setAgents(const QList<AgentSummary> &agents)
{
    beginResetModel();
    m_agents = agents;
    m_icons.clear();
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
    if (index.column() == Icon && role == Qt::DecorationRole) {
        // Drawn as an icon, so that it scales with the screen; the template's icon when no font has it.
        auto it = m_icons.find(agent.icon);
        if (it == m_icons.end())
            it =
                m_icons.insert(agent.icon, EmojiIcon::icon(agent.icon, Icons::exportKind(ExportKind::XpanderTemplate)));
        return *it;
    }
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case Icon:
            return role == Qt::ToolTipRole ? QVariant(agent.icon) : QVariant();
        case Name:
            return agent.name;
        case Description:
            return agent.description;
        case Status:
            return role == Qt::ToolTipRole ? agent.status : Wording::status(agent.status);
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
