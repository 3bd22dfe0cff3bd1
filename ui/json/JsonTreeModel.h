#pragma once

#include "json/JsonDocument.h"

#include <QAbstractItemModel>
#include <QHash>
#include <memory>
#include <vector>

namespace Takeout {

// The tree of a JsonDocument: Key, Value, Type/size. Rows are the document's own records; the only
// thing built on demand is, per opened container, the list of where its children are, so parent and
// row are O(1) and a million-element array opens in one pass over its records.
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
    enum Role
    {
        NodeRole = Qt::UserRole + 1, // the record number in the document
        FullValueRole,               // a scalar's whole decoded text
    };

    explicit JsonTreeModel(QObject *parent = nullptr);
    ~JsonTreeModel() override;

    void setDocument(std::shared_ptr<const JsonDocument> document);
    std::shared_ptr<const JsonDocument> document() const { return m_document; }

    quint32 node(const QModelIndex &index) const;
    QModelIndex indexOf(quint32 at, int column = 0) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString typeText(const JsonDocument &document, quint32 at);
    // What names a collapsed element, as jless and Firefox's viewer show it: an object's `name`, else
    // its `id`, else its first short string; only the first few members are looked at.
    static QString elementName(const JsonDocument &document, quint32 node);
    // An object's first keys, "{name, id, tools, …}", for its collapsed row.
    static QString firstKeys(const JsonDocument &document, quint32 node);

private:
    // The rows shown under an index: the root's children at the top (the root itself when a scalar).
    quint32 containerOf(const QModelIndex &parent) const;
    const std::vector<quint32> &children(quint32 container) const;

    std::shared_ptr<const JsonDocument> m_document;
    mutable QHash<quint32, std::vector<quint32>> m_children;
};

} // namespace Takeout
