#include "ExportShape.h"

#include "AgentbotFormat.h"
#include "XpanderFormat.h"
#include "json/JsonPath.h"

#include <QCoreApplication>

namespace Takeout {

namespace {

using Type = JsonDocument::Type;

enum class Want
{
    String,
    StringOrNull,
    Number,
    Bool,
    Object,
    Array,
};

struct Field
{
    QLatin1StringView name;
    Want want;
    bool required;
    QList<QLatin1StringView> allowed = {};
};

// A documented value set of the format, for Field::allowed.
template<size_t size>
QList<QLatin1StringView> oneOf(const QLatin1StringView (&values)[size])
{
    return {values, values + size};
}

// The translation context of the messages in this file.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ExportShape)
};

QString typeName(Type type)
{
    switch (type) {
    case Type::Null:
        return Text::tr("null");
    case Type::True:
    case Type::False:
        return Text::tr("a boolean");
    case Type::Number:
        return Text::tr("a number");
    case Type::String:
        return Text::tr("text");
    case Type::Array:
        return Text::tr("an array");
    case Type::Object:
        return Text::tr("an object");
    }
    return {};
}

QString wantName(Want want)
{
    switch (want) {
    case Want::String:
        return Text::tr("text");
    case Want::StringOrNull:
        return Text::tr("text or null");
    case Want::Number:
        return Text::tr("a number");
    case Want::Bool:
        return Text::tr("true or false");
    case Want::Object:
        return Text::tr("an object");
    case Want::Array:
        return Text::tr("an array");
    }
    return {};
}

bool fits(Type type, Want want)
{
    switch (want) {
    case Want::String:
        return type == Type::String;
    case Want::StringOrNull:
        return type == Type::String || type == Type::Null;
    case Want::Number:
        return type == Type::Number;
    case Want::Bool:
        return type == Type::True || type == Type::False;
    case Want::Object:
        return type == Type::Object;
    case Want::Array:
        return type == Type::Array;
    }
    return false;
}

class Checker
{
public:
    explicit Checker(const JsonDocument &document)
        : m_document(document)
    {
    }

    void object(quint32 node, const QList<Field> &fields)
    {
        if (m_document.type(node) != Type::Object)
            return;
        for (const Field &field : fields) {
            const quint32 value = m_document.member(node, field.name);
            // Paths are made only for what is reported.
            const auto path = [&] { return JsonPath::member(JsonPath::of(m_document, node), field.name); };
            if (value == JsonDocument::none) {
                if (field.required)
                    m_warnings << Text::tr("%1: missing").arg(path());
                continue;
            }
            if (!fits(m_document.type(value), field.want)) {
                m_warnings << Text::tr("%1: expected %2, found %3")
                                  .arg(path(), wantName(field.want), typeName(m_document.type(value)));
                continue;
            }
            if (field.allowed.empty() || m_document.type(value) != Type::String)
                continue;
            const QString found = m_document.string(value);
            if (!field.allowed.contains(found)) {
                QStringList allowed;
                for (const QLatin1StringView name : field.allowed)
                    allowed << name;
                m_warnings << Text::tr("%1: “%2” is not one of the documented values (%3)")
                                  .arg(path(), found, allowed.join(QLatin1String(", ")));
            }
        }
    }

    // Every element of the array `name` of `node` checked against `fields`.
    void items(quint32 node, QLatin1StringView name, const QList<Field> &fields)
    {
        const quint32 array = m_document.member(node, name);
        if (array == JsonDocument::none || m_document.type(array) != Type::Array)
            return;
        for (quint32 item = m_document.firstChild(array); item != JsonDocument::none;
             item = m_document.nextSibling(item)) {
            if (m_document.type(item) != Type::Object) {
                m_warnings << Text::tr("%1: expected an object, found %2")
                                  .arg(JsonPath::of(m_document, item), typeName(m_document.type(item)));
                continue;
            }
            object(item, fields);
            if (m_warnings.size() > 500)
                return;
        }
    }

    QStringList m_warnings;

private:
    const JsonDocument &m_document;
};

} // namespace

QString ExportShape::kindId(ExportKind kind)
{
    switch (kind) {
    case ExportKind::AgentbotAccount:
        return QStringLiteral("agentbot-account");
    case ExportKind::XpanderTemplate:
        return QStringLiteral("xpander-template");
    case ExportKind::Json:
        break;
    }
    return QStringLiteral("json");
}

ExportKind ExportShape::detect(const JsonDocument &document)
{
    const quint32 root = JsonDocument::root();
    if (document.type(root) != Type::Object)
        return ExportKind::Json;
    const quint32 version = document.member(root, AgentbotFormat::version);
    const quint32 user = document.member(root, AgentbotFormat::user);
    if (version != JsonDocument::none && document.type(version) == Type::String && user != JsonDocument::none &&
        document.type(user) == Type::Object)
        return ExportKind::AgentbotAccount;
    const quint32 definition = document.member(root, XpanderFormat::agentDefinition);
    if (definition != JsonDocument::none && document.type(definition) == Type::Object)
        return ExportKind::XpanderTemplate;
    return ExportKind::Json;
}

QStringList ExportShape::warnings(const JsonDocument &document, ExportKind kind)
{
    Checker check(document);
    const quint32 root = JsonDocument::root();
    if (kind == ExportKind::AgentbotAccount) {
        namespace Key = AgentbotFormat;
        check.object(root, {{Key::exportedAt, Want::String, true},
                            {Key::version, Want::String, true},
                            {Key::user, Want::Object, true},
                            {Key::agents, Want::Array, true},
                            {Key::scheduledTasks, Want::Array, true},
                            {Key::workflows, Want::Array, true}});
        const quint32 version = document.member(root, Key::version);
        if (version != JsonDocument::none && document.string(version) != Key::documentedVersion)
            check.m_warnings << Text::tr(".version: “%1” is newer than the documented “1.0”; some fields may be shown "
                                         "without explanation")
                                    .arg(document.string(version));
        const quint32 user = document.member(root, Key::user);
        if (user != JsonDocument::none)
            check.object(user, {{Key::id, Want::String, true},
                                {Key::email, Want::String, true},
                                {Key::name, Want::StringOrNull, true},
                                {Key::plan, Want::StringOrNull, true},
                                {Key::role, Want::String, true},
                                {Key::referralCode, Want::StringOrNull, true},
                                {Key::referralCredits, Want::Number, true}});
        check.items(root, Key::agents,
                    {{Key::id, Want::String, true},
                     {Key::name, Want::String, true},
                     {Key::model, Want::String, true},
                     {Key::status, Want::String, true},
                     {Key::createdAt, Want::String, true},
                     {Key::updatedAt, Want::String, true}});
        check.items(root, Key::scheduledTasks,
                    {{Key::id, Want::String, true},
                     {Key::name, Want::String, true},
                     {Key::cronSchedule, Want::String, true},
                     {Key::enabled, Want::Bool, true},
                     {Key::createdAt, Want::String, true}});
        check.items(root, Key::workflows,
                    {{Key::id, Want::String, true},
                     {Key::name, Want::String, true},
                     {Key::enabled, Want::Bool, true},
                     {Key::createdAt, Want::String, true}});
    } else if (kind == ExportKind::XpanderTemplate) {
        namespace Key = XpanderFormat;
        // The vendor's own example omits most fields, so only what is present is checked.
        check.object(root, {{Key::id, Want::String, false},
                            {Key::name, Want::String, false},
                            {Key::icon, Want::String, false},
                            {Key::description, Want::String, false},
                            {Key::organizationId, Want::String, false},
                            {Key::agentDefinition, Want::Object, true}});
        const quint32 definition = document.member(root, Key::agentDefinition);
        if (definition != JsonDocument::none) {
            check.object(definition,
                         {{Key::id, Want::String, false},
                          {Key::name, Want::String, false},
                          {Key::type, Want::String, false, oneOf(Key::agentTypes)},
                          {Key::delegationType, Want::String, false, oneOf(Key::delegationTypes)},
                          {Key::delegationMemoryStrategy, Want::String, false, oneOf(Key::delegationMemoryStrategies)},
                          {Key::accessScope, Want::String, false, oneOf(Key::accessScopes)},
                          {Key::status, Want::String, false, oneOf(Key::agentStatuses)},
                          {Key::modelProvider, Want::String, false, oneOf(Key::modelProviders)},
                          {Key::isAiEmployee, Want::Bool, false},
                          {Key::instructions, Want::Object, false},
                          {Key::prompts, Want::Array, false},
                          {Key::subAgents, Want::Array, false},
                          {Key::customFunctions, Want::Array, false},
                          {Key::connectors, Want::Array, false},
                          {Key::knowledgeBases, Want::Array, false}});
            check.items(definition, Key::customFunctions,
                        {{Key::id, Want::String, false},
                         {Key::name, Want::String, false},
                         {Key::status, Want::String, false, oneOf(Key::functionStatuses)},
                         {Key::sourceCode, Want::String, false}});
            check.items(definition, Key::connectors,
                        {{Key::id, Want::String, false},
                         {Key::name, Want::String, false},
                         {Key::openapiSpec, Want::String, false},
                         {Key::operationIds, Want::Array, false},
                         {Key::totalOperations, Want::Number, false}});
            check.items(definition, Key::knowledgeBases,
                        {{Key::name, Want::String, false},
                         {Key::description, Want::String, false},
                         {Key::documents, Want::Array, false}});
        }
    }
    return check.m_warnings;
}

} // namespace Takeout
