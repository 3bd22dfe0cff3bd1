#include "JsonTreeModel.h"

#include <QFont>
#include <QFontDatabase>
#include <QLocale>

namespace Takeout {

namespace {

constexpr quint32 topLevel = JsonDocument::none;
constexpr qsizetype cellBytes = 400;

} // namespace

JsonTreeModel::JsonTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
{
}

JsonTreeModel::~JsonTreeModel() = default;

void JsonTreeModel::setDocument(std::shared_ptr<const JsonDocument> document)
{
    beginResetModel();
    m_document = std::move(document);
    m_children.clear();
    endResetModel();
}

quint32 JsonTreeModel::node(const QModelIndex &index) const
{
    return index.isValid() ? quint32(index.internalId()) : JsonDocument::none;
}

quint32 JsonTreeModel::containerOf(const QModelIndex &parent) const
{
    return parent.isValid() ? node(parent) : topLevel;
}

const std::vector<quint32> &JsonTreeModel::children(quint32 container) const
{
    auto it = m_children.find(container);
    if (it != m_children.end())
        return *it;
    std::vector<quint32> rows;
    if (m_document) {
        if (container == topLevel) {
            if (m_document->isContainer(JsonDocument::root()))
                return children(JsonDocument::root());
            rows.push_back(JsonDocument::root());
        } else {
            rows = m_document->children(container);
        }
    }
    return *m_children.emplace(container, std::move(rows));
}

QModelIndex JsonTreeModel::indexOf(quint32 at, int column) const
{
    if (!m_document || at == JsonDocument::none)
        return {};
    const quint32 parentNode = m_document->parent(at);
    if (parentNode == JsonDocument::none) // the root: a row only when it is a scalar
        return m_document->isContainer(at) ? QModelIndex() : createIndex(0, column, quintptr(at));
    return createIndex(int(m_document->row(at)), column, quintptr(at));
}

QModelIndex JsonTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!m_document || row < 0 || column < 0 || column >= ColumnCount || parent.column() > 0)
        return {};
    const std::vector<quint32> &rows = children(containerOf(parent));
    if (size_t(row) >= rows.size())
        return {};
    return createIndex(row, column, quintptr(rows[size_t(row)]));
}

QModelIndex JsonTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || !m_document)
        return {};
    const quint32 parentNode = m_document->parent(node(child));
    if (parentNode == JsonDocument::none || parentNode == JsonDocument::root())
        return {};
    return createIndex(int(m_document->row(parentNode)), 0, quintptr(parentNode));
}

int JsonTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!m_document || parent.column() > 0)
        return 0;
    if (!parent.isValid())
        return int(children(topLevel).size());
    return int(m_document->childCount(node(parent)));
}

int JsonTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

bool JsonTreeModel::hasChildren(const QModelIndex &parent) const
{
    if (!m_document || parent.column() > 0)
        return false;
    if (!parent.isValid())
        return rowCount() > 0;
    return m_document->childCount(node(parent)) > 0;
}

QString JsonTreeModel::typeText(const JsonDocument &document, quint32 at)
{
    const QLocale locale;
    switch (document.type(at)) {
    case JsonDocument::Type::Object:
        return tr("object {%1}").arg(locale.toString(document.childCount(at)));
    case JsonDocument::Type::Array:
        return tr("array [%1]").arg(locale.toString(document.childCount(at)));
    case JsonDocument::Type::String:
        return tr("string");
    case JsonDocument::Type::Number:
        return tr("number");
    case JsonDocument::Type::True:
    case JsonDocument::Type::False:
        return tr("boolean");
    case JsonDocument::Type::Null:
        return tr("null");
    }
    return {};
}

namespace {

// Bounds for the labels: a hostile object with a million members costs no more than a small one.
constexpr int membersLooked = 24;
constexpr int keysShown = 4;
constexpr qsizetype nameBytes = 80;

} // namespace

QString JsonTreeModel::elementName(const JsonDocument &document, quint32 node)
{
    if (document.type(node) != JsonDocument::Type::Object)
        return {};
    quint32 id = JsonDocument::none;
    quint32 firstString = JsonDocument::none;
    int looked = 0;
    for (quint32 member = document.firstChild(node); member != JsonDocument::none && looked < membersLooked;
         member = document.nextSibling(member), ++looked) {
        const JsonDocument::Type type = document.type(member);
        if (type != JsonDocument::Type::String && type != JsonDocument::Type::Number)
            continue;
        const QByteArrayView key = document.rawKey(member);
        if (key == "\"name\"" && type == JsonDocument::Type::String)
            return document.preview(member, nameBytes);
        if (key == "\"id\"" && id == JsonDocument::none)
            id = member;
        else if (type == JsonDocument::Type::String && firstString == JsonDocument::none &&
                 document.raw(member).size() <= nameBytes)
            firstString = member;
    }
    const quint32 chosen = id != JsonDocument::none ? id : firstString;
    return chosen == JsonDocument::none ? QString() : document.preview(chosen, nameBytes);
}

QString JsonTreeModel::firstKeys(const JsonDocument &document, quint32 node)
{
    if (document.type(node) != JsonDocument::Type::Object || document.childCount(node) == 0)
        return {};
    QStringList keys;
    for (quint32 member = document.firstChild(node); member != JsonDocument::none && keys.size() < keysShown;
         member = document.nextSibling(member))
        keys << document.key(member).left(40);
    if (document.childCount(node) > quint32(keys.size()))
        keys << QStringLiteral("…");
    return QStringLiteral("{%1}").arg(keys.join(QStringLiteral(", ")));
}

QVariant JsonTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !m_document)
        return {};
    const quint32 at = node(index);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Key:
            if (m_document->hasKey(at))
                return m_document->key(at);
            if (m_document->parent(at) == JsonDocument::none)
                return QString();
            // An array element: its index, and its name when it has one ("[3]  calendar-concierge").
            if (QString name = elementName(*m_document, at); !name.isEmpty())
                return QStringLiteral("[%1]  %2")
                    .arg(index.row())
                    .arg(name.replace(QLatin1Char('\n'), QLatin1Char(' ')));
            return QStringLiteral("[%1]").arg(index.row());
        case Value: {
            if (m_document->type(at) == JsonDocument::Type::Object)
                return firstKeys(*m_document, at);
            QString text = m_document->preview(at, cellBytes);
            text.replace(QLatin1Char('\n'), QStringLiteral(" ↵ ")).replace(QLatin1Char('\t'), QLatin1Char(' '));
            return text;
        }
        case Type:
            return typeText(*m_document, at);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == Value && m_document->type(at) == JsonDocument::Type::String)
            return m_document->preview(at, 2000);
        return {};
    case Qt::FontRole:
        if (index.column() == Value && m_document->type(at) != JsonDocument::Type::String)
            return QFontDatabase::systemFont(QFontDatabase::FixedFont);
        return {};
    case NodeRole:
        return at;
    case FullValueRole:
        return m_document->isContainer(at) ? QString::fromUtf8(m_document->raw(at)) : m_document->text(at);
    default:
        return {};
    }
}

QVariant JsonTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Key:
        return tr("Key");
    case Value:
        return tr("Value");
    case Type:
        return tr("Type / size");
    default:
        return {};
    }
}

} // namespace Takeout
