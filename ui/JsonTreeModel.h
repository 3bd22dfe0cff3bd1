#pragma once

#include <QAbstractItemModel>
#include <QJsonValue>
#include <memory>
#include <vector>

namespace Takeout {

// A plain JSON tree (key, value, type) whose nodes are made when a branch is first opened.
// It stands in for the export-aware viewer of the JSON-engine work; note that QJsonDocument
// orders object keys alphabetically.
class JsonTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column
    {
        Key,
        Value,
        Type,
        ColumnCount
    };

    explicit JsonTreeModel(QObject *parent = nullptr);
    ~JsonTreeModel() override;

    void setRoot(const QJsonValue &root);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Node
    {
        QString key;
        QJsonValue value;
        Node *parent = nullptr;
        int row = 0;
        bool populated = false;
        std::vector<std::unique_ptr<Node>> children;
    };
    Node *node(const QModelIndex &index) const;
    void populate(Node *node) const;

    std::unique_ptr<Node> m_root;
};

} // namespace Takeout
