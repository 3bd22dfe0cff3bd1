#include "RestoreCheck.h"

#include "diff/DiffSummary.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <algorithm>

namespace Takeout {

namespace {

bool isIdKey(const QString &key)
{
    return key == QLatin1String("id") || key.endsWith(QLatin1String("_id")) || key == QLatin1String("unique_name") ||
           key == QLatin1String("origin_template");
}

bool isTimeOrVersionKey(const QString &key)
{
    static const QLatin1String keys[] = {QLatin1String("created_at"),  QLatin1String("updated_at"),
                                         QLatin1String("createdAt"),   QLatin1String("updatedAt"),
                                         QLatin1String("modified_at"), QLatin1String("version")};
    return std::find(std::begin(keys), std::end(keys), key) != std::end(keys);
}

bool isUuid(const QString &text)
{
    static const QRegularExpression uuid(
        QStringLiteral("\\A[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\\z"));
    return text.size() == 36 && uuid.match(text).hasMatch();
}

QJsonValue normalise(const QJsonValue &value);

QString recordName(const QJsonValue &value)
{
    return value.toObject().value(QLatin1String("name")).toString();
}

QJsonArray normaliseArray(const QJsonArray &array)
{
    QJsonArray out;
    bool named = !array.isEmpty();
    for (const auto &element : array) {
        named = named && element.isObject() && element.toObject().value(QLatin1String("name")).isString();
    }
    QList<QJsonValue> elements;
    elements.reserve(array.size());
    for (const auto &element : array)
        elements.append(normalise(element));
    if (named) {
        // The service may list recreated records in any order; their names are what stays.
        std::stable_sort(elements.begin(), elements.end(),
                         [](const QJsonValue &a, const QJsonValue &b) { return recordName(a) < recordName(b); });
    }
    for (const QJsonValue &element : elements)
        out.append(element);
    return out;
}

QJsonObject normaliseObject(const QJsonObject &object)
{
    QJsonObject out;
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (isIdKey(it.key()) || isTimeOrVersionKey(it.key()))
            continue;
        out.insert(it.key(), normalise(it.value()));
    }
    return out;
}

QJsonValue normalise(const QJsonValue &value)
{
    if (value.isObject())
        return normaliseObject(value.toObject());
    if (value.isArray())
        return normaliseArray(value.toArray());
    if (value.isString() && isUuid(value.toString()))
        return QStringLiteral("(id)");
    return value;
}

} // namespace

QByteArray RestoreCheck::normalised(const QByteArray &json, bool *ok)
{
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (ok)
        *ok = document.isObject();
    if (!document.isObject())
        return {};
    QJsonObject root = normaliseObject(document.object());
    // The person chose the new agent's name, description and icon: the template's and the agent
    // definition's own (sub-agents keep theirs).
    const QLatin1String definitionKey("agent_definition");
    QJsonObject definition = root.value(definitionKey).toObject();
    for (const QLatin1String key : {QLatin1String("name"), QLatin1String("description"), QLatin1String("icon")}) {
        root.remove(key);
        definition.remove(key);
    }
    if (root.value(definitionKey).isObject())
        root.insert(definitionKey, definition);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QString RestoreCheck::opName(JsonChange::Op op)
{
    switch (op) {
    case JsonChange::Op::Added:
        return QStringLiteral("added");
    case JsonChange::Op::Removed:
        return QStringLiteral("removed");
    case JsonChange::Op::Changed:
        break;
    }
    return QStringLiteral("changed");
}

RestoreCheck::Result RestoreCheck::compare(const QByteArray &templateJson, const QByteArray &newAgentExport)
{
    Result result;
    bool templateOk = false;
    bool agentOk = false;
    const QByteArray templateSide = normalised(templateJson, &templateOk);
    const QByteArray agentSide = normalised(newAgentExport, &agentOk);
    if (!templateOk || !agentOk) {
        result.error = Failure(Failure::Kind::NotAnExport,
                               templateOk ? QStringLiteral("the new agent's export is not a JSON object")
                                          : QStringLiteral("the template is not a JSON object"));
        return result;
    }
    JsonDocument::Error loadError;
    result.templateSide = JsonDocument::fromBytes(templateSide, &loadError);
    result.agentSide = JsonDocument::fromBytes(agentSide, &loadError);
    if (!result.templateSide || !result.agentSide) {
        result.error = Failure(Failure::Kind::InvalidJson, loadError.message);
        return result;
    }
    result.changes = JsonDiff::compare(*result.templateSide, *result.agentSide).changes;
    result.matches = result.changes.empty();
    if (result.matches)
        return result;
    result.lines = DiffSummary::parts(*result.templateSide, *result.agentSide, result.changes);
    result.differences.reserve(qsizetype(result.changes.size()));
    for (const JsonChange &change : result.changes)
        result.differences.append({change.op, JsonDiff::path(*result.templateSide, *result.agentSide, change)});
    return result;
}

} // namespace Takeout
