#include "KnowledgeModel.h"

#include "exports/XpanderFormat.h"

namespace Takeout {

namespace Key = XpanderFormat;

namespace {

constexpr quintptr topLevel = 0; // a base's internal id; a document's is its base's row + 1

bool isArray(const JsonDocument &document, quint32 node)
{
    return node != JsonDocument::none && document.type(node) == JsonDocument::Type::Array;
}

} // namespace

KnowledgeModel::KnowledgeModel(std::shared_ptr<const JsonDocument> document, quint32 bases, QObject *parent)
    : QAbstractItemModel(parent)
    , m_document(std::move(document))
{
    if (!m_document || !isArray(*m_document, bases))
        return;
    for (quint32 base = m_document->firstChild(bases); base != JsonDocument::none;
         base = m_document->nextSibling(base)) {
        const quint32 documents = m_document->type(base) == JsonDocument::Type::Object
                                      ? m_document->member(base, Key::documents)
                                      : JsonDocument::none;
        m_bases.push_back({base, isArray(*m_document, documents) ? documents : JsonDocument::none, {}});
    }
}

const std::vector<quint32> &KnowledgeModel::documentsOf(const Base &base) const
{
    if (!base.gathered) {
        base.gathered = true;
        if (base.documents != JsonDocument::none)
            base.rows = m_document->children(base.documents);
    }
    return base.rows;
}

QModelIndex KnowledgeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    return createIndex(row, column, parent.isValid() ? quintptr(parent.row()) + 1 : topLevel);
}

QModelIndex KnowledgeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == topLevel)
        return {};
    return createIndex(int(child.internalId() - 1), 0, topLevel);
}

int KnowledgeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_bases.size());
    if (parent.internalId() != topLevel || parent.column() != 0)
        return 0; // documents have no children
    return int(documentsOf(m_bases.at(size_t(parent.row()))).size());
}

int KnowledgeModel::columnCount(const QModelIndex &) const
{
    return 2;
}

bool KnowledgeModel::hasChildren(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return !m_bases.empty();
    if (parent.internalId() != topLevel || parent.column() != 0)
        return false; // documents have no children
    // Without gathering: a closed base says it has documents from its array's count.
    const Base &base = m_bases.at(size_t(parent.row()));
    return base.documents != JsonDocument::none && m_document->childCount(base.documents) > 0;
}

QVariant KnowledgeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const bool isBase = index.internalId() == topLevel;
    const quint32 node = isBase ? m_bases.at(size_t(index.row())).node
                                : documentsOf(m_bases.at(size_t(index.internalId() - 1))).at(size_t(index.row()));
    const auto text = [this, node](QLatin1StringView key) {
        const quint32 value =
            m_document->type(node) == JsonDocument::Type::Object ? m_document->member(node, key) : JsonDocument::none;
        return value == JsonDocument::none ? QString() : m_document->text(value);
    };
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == 1)
            return isBase ? QString() : text(Key::url);
        return text(Key::name);
    case Qt::ToolTipRole:
        return isBase && index.column() == 0 ? text(Key::description) : QVariant();
    case DocumentRole:
        return isBase ? QVariant() : QVariant(node);
    default:
        return {};
    }
}

QVariant KnowledgeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == 0 ? tr("Knowledge base / document") : tr("Address");
}

} // namespace Takeout
