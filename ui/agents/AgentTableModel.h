#pragma once

#include "services/XpanderClient.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QIcon>

namespace Takeout {

// xpander.ai agents for the agent browser: icon, name, description, status, model.
class AgentTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Icon,
        Name,
        Description,
        Status,
        Model,
        ColumnCount
    };

    using QAbstractTableModel::QAbstractTableModel;

    void setAgents(const QList<AgentSummary> &agents);
    const AgentSummary &agent(int row) const { return m_agents.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<AgentSummary> m_agents;
    // Each emoji drawn once (EmojiIcon), by its text.
    mutable QHash<QString, QIcon> m_icons;
};

} // namespace Takeout
