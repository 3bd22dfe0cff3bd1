#pragma once

#include "json/JsonDocument.h"

#include <QTabWidget>
#include <memory>

namespace Takeout {

class RecordTableModel;

// An Agentbot account export's agents, scheduled tasks (schedule in words, next run) and workflows
// as sortable tables; times in local time with the ISO value in the tooltip. Read-only.
class AccountTables : public QTabWidget
{
    Q_OBJECT

public:
    explicit AccountTables(QWidget *parent = nullptr);

    // Null clears the tables. A table is filled when it is first shown: a view sets up every row it
    // is given, and a large account has hundreds of thousands.
    void setDocument(std::shared_ptr<const JsonDocument> document);
    RecordTableModel *agents() const { return m_agents; }
    RecordTableModel *scheduledTasks() const { return m_tasks; }
    RecordTableModel *workflows() const { return m_workflows; }

protected:
    void showEvent(QShowEvent *event) override;

private:
    void fill(int tab);

    std::shared_ptr<const JsonDocument> m_document;
    bool m_filled[3] = {};
    RecordTableModel *m_agents;
    RecordTableModel *m_tasks;
    RecordTableModel *m_workflows;
};

} // namespace Takeout
