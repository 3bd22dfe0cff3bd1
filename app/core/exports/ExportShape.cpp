#include "ExportShape.h"

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
    const char *name;
    Want want;
    bool required;
    std::vector<const char *> allowed = {};
};

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
            const quint32 value = m_document.member(node, QByteArrayView(field.name));
            // Paths are made only for what is reported.
            const auto path = [&]() -> QString {
                const QString parent = JsonPath::of(m_document, node);
                return (parent == QLatin1String(".") ? QString() : parent) +
                       JsonPath::keyStep(QString::fromLatin1(field.name));
            };
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
            QStringList allowed;
            for (const char *name : field.allowed)
                allowed << QString::fromLatin1(name);
            if (!allowed.contains(m_document.string(value)))
                m_warnings << Text::tr("%1: “%2” is not one of the documented values (%3)")
                                  .arg(path(), m_document.string(value), allowed.join(QLatin1String(", ")));
        }
    }

    // Every element of the array `name` of `node` checked against `fields`.
    void items(quint32 node, const char *name, const QList<Field> &fields)
    {
        const quint32 array = m_document.member(node, QByteArrayView(name));
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
    const quint32 version = document.member(root, "version");
    const quint32 user = document.member(root, "user");
    if (version != JsonDocument::none && document.type(version) == Type::String && user != JsonDocument::none &&
        document.type(user) == Type::Object)
        return ExportKind::AgentbotAccount;
    const quint32 definition = document.member(root, "agent_definition");
    if (definition != JsonDocument::none && document.type(definition) == Type::Object)
        return ExportKind::XpanderTemplate;
    return ExportKind::Json;
}

QStringList ExportShape::warnings(const JsonDocument &document, ExportKind kind)
{
    Checker check(document);
    const quint32 root = JsonDocument::root();
    if (kind == ExportKind::AgentbotAccount) {
        check.object(root, {{"exportedAt", Want::String, true},
                            {"version", Want::String, true},
                            {"user", Want::Object, true},
                            {"agents", Want::Array, true},
                            {"scheduledTasks", Want::Array, true},
                            {"workflows", Want::Array, true}});
        const quint32 version = document.member(root, "version");
        if (version != JsonDocument::none && document.string(version) != QLatin1String("1.0"))
            check.m_warnings << Text::tr(".version: “%1” is newer than the documented “1.0”; some fields may be shown "
                                         "without explanation")
                                    .arg(document.string(version));
        const quint32 user = document.member(root, "user");
        if (user != JsonDocument::none)
            check.object(user, {{"id", Want::String, true},
                                {"email", Want::String, true},
                                {"name", Want::StringOrNull, true},
                                {"plan", Want::StringOrNull, true},
                                {"role", Want::String, true},
                                {"referralCode", Want::StringOrNull, true},
                                {"referralCredits", Want::Number, true}});
        check.items(root, "agents",
                    {{"id", Want::String, true},
                     {"name", Want::String, true},
                     {"model", Want::String, true},
                     {"status", Want::String, true},
                     {"createdAt", Want::String, true},
                     {"updatedAt", Want::String, true}});
        check.items(root, "scheduledTasks",
                    {{"id", Want::String, true},
                     {"name", Want::String, true},
                     {"cronSchedule", Want::String, true},
                     {"enabled", Want::Bool, true},
                     {"createdAt", Want::String, true}});
        check.items(root, "workflows",
                    {{"id", Want::String, true},
                     {"name", Want::String, true},
                     {"enabled", Want::Bool, true},
                     {"createdAt", Want::String, true}});
    } else if (kind == ExportKind::XpanderTemplate) {
        // The vendor's own example omits most fields, so only what is present is checked.
        check.object(root, {{"id", Want::String, false},
                            {"name", Want::String, false},
                            {"icon", Want::String, false},
                            {"description", Want::String, false},
                            {"organization_id", Want::String, false},
                            {"agent_definition", Want::Object, true}});
        const quint32 definition = document.member(root, "agent_definition");
        if (definition != JsonDocument::none) {
            check.object(
                definition,
                {{"id", Want::String, false},
                 {"name", Want::String, false},
                 {"type", Want::String, false, {"manager", "regular", "a2a", "curl"}},
                 {"delegation_type", Want::String, false, {"router", "sequence"}},
                 {"delegation_memory_strategy", Want::String, false, {"full", "summarization", "original-input"}},
                 {"access_scope", Want::String, false, {"personal", "organizational"}},
                 {"status", Want::String, false, {"DRAFT", "ACTIVE", "INACTIVE"}},
                 {"model_provider",
                  Want::String,
                  false,
                  {"openai", "nim", "amazon_bedrock", "huggingFace", "friendlyAI", "anthropic", "gemini", "fireworks",
                   "google_ai_studio", "helicone", "open_router", "nebius"}},
                 {"is_ai_employee", Want::Bool, false},
                 {"instructions", Want::Object, false},
                 {"prompts", Want::Array, false},
                 {"sub_agents", Want::Array, false},
                 {"custom_functions", Want::Array, false},
                 {"connectors", Want::Array, false},
                 {"knowledge_bases", Want::Array, false}});
            check.items(definition, "custom_functions",
                        {{"id", Want::String, false},
                         {"name", Want::String, false},
                         {"status", Want::String, false, {"draft", "analysing", "ready", "error"}},
                         {"source_code", Want::String, false}});
            check.items(definition, "connectors",
                        {{"id", Want::String, false},
                         {"name", Want::String, false},
                         {"openapi_spec", Want::String, false},
                         {"operation_ids", Want::Array, false},
                         {"total_operations", Want::Number, false}});
            check.items(definition, "knowledge_bases",
                        {{"name", Want::String, false},
                         {"description", Want::String, false},
                         {"documents", Want::Array, false}});
        }
    }
    return check.m_warnings;
}

} // namespace Takeout
