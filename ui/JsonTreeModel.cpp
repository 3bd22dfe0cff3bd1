#include "JsonTreeModel.h"

#include <QJsonArray>
#include <QJsonObject>

namespace Takeout {

namespace {

constexpr int maxCellLength = 200;

QString typeText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Object:
        return JsonTreeModel::tr("object {%1}").arg(value.toObject().size());
    case QJsonValue::Array:
        return JsonTreeModel::tr("array [%1]").arg(value.toArray().size());
    case QJsonValue::String:
        return JsonTreeModel::tr("string");
    case QJsonValue::Double:
        return JsonTreeModel::tr("number");
    case QJsonValue::Bool:
        return JsonTreeModel::tr("boolean");
    case QJsonValue::Null:
        return JsonTreeModel::tr("null");
    default:
        return {};
    }
}

QString valueText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String: {
        QString text = value.toString();
        text.replace(QLatin1Char('\n'), QStringLiteral("↵ "));
        if (text.size() > maxCellLength)
            text = text.left(maxCellLength) + QStringLiteral("…");
        return text;
    }
    case QJsonValue::Double:
        return QString::number(value.toDouble(), 'g', 17);
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Null:
        return QStringLiteral("null");
    default:
        return {};
    }
}

} // namespace

JsonTreeModel::JsonTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
    , m_root(std::make_unique<Node>())
{
}

JsonTreeModel::~JsonTreeModel() = default;

void JsonTreeModel::setRoot(const QJsonValue &root)
{
    beginResetModel();
    m_root = std::make_unique<Node>();
    m_root->value = root;
    endResetModel();
}

JsonTreeModel::Node *JsonTreeModel::node(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : m_root.get();
}

void JsonTreeModel::populate(Node *node) const
{
    if (node->populated)
        return;
    node->populated = true;
    const auto add = [node](const QString &key, const QJsonValue &value) {
        auto child = std::make_unique<Node>();
        child->key = key;
        child->value = value;
        child->parent = node;
        child->row = int(node->children.size());
        node->children.push_back(std::move(child));
    };
    if (node->value.isObject()) {
        const QJsonObject object = node->value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            add(it.key(), it.value());
    } else if (node->value.isArray()) {
        const QJsonArray array = node->value.toArray();
        for (int i = 0; i < array.size(); ++i)
            add(QStringLiteral("[%1]").arg(i), array.at(i));
    }
}

QModelIndex JsonTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    Node *parentNode = node(parent);
    populate(parentNode);
    if (row < 0 || column < 0 || column >= ColumnCount || row >= int(parentNode->children.size()))
        return {};
    return createIndex(row, column, parentNode->children.at(size_t(row)).get());
}

QModelIndex JsonTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    Node *parentNode = node(child)->parent;
    if (!parentNode || parentNode == m_root.get())
        return {};
    return createIndex(parentNode->row, 0, parentNode);
}

int JsonTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    Node *parentNode = node(parent);
    populate(parentNode);
    return int(parentNode->children.size());
}

int JsonTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

bool JsonTreeModel::hasChildren(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return false;
    const QJsonValue &value = node(parent)->value;
    return (value.isObject() && !value.toObject().isEmpty()) || (value.isArray() && !value.toArray().isEmpty());
}

QVariant JsonTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Node *n = node(index);
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Key:
            return n->key;
        case Value:
            return valueText(n->value);
        case Type:
            return typeText(n->value);
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole && index.column() == Value && n->value.isString())
        return n->value.toString().left(2000);
    return {};
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
        return tr("Type");
    default:
        return {};
    }
}

} // namespace Takeout
