#pragma once

#include "json/JsonDocument.h"

#include <QAbstractItemModel>
#include <memory>
#include <vector>

namespace Takeout {

// A template's knowledge bases and, under each, its documents (name and address), read from the
// document when shown. Tens of thousands of documents cost one number each, gathered the first time
// their base is opened, rather than a tree of items built on the UI thread before anything is shown.
class KnowledgeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    static constexpr int DocumentRole = Qt::UserRole; // a document's node, for its content

    // `bases` is the template's knowledge_bases array.
    KnowledgeModel(std::shared_ptr<const JsonDocument> document, quint32 bases, QObject *parent = nullptr);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Base
    {
        quint32 node;
        quint32 documents; // the base's documents array, or none
        mutable std::vector<quint32> rows;
        mutable bool gathered = false;
    };
    const std::vector<quint32> &documentsOf(const Base &base) const;

    std::shared_ptr<const JsonDocument> m_document;
    std::vector<Base> m_bases;
};

} // namespace Takeout
