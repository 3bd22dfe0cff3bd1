#include "TemplateFacts.h"

#include "exports/ExportShape.h"
#include "exports/XpanderFormat.h"
#include "json/JsonDocument.h"

#include <QCoreApplication>

namespace Takeout {

namespace {

using Type = JsonDocument::Type;

QString stringMember(const JsonDocument &document, quint32 object, QLatin1StringView name)
{
    const quint32 node = document.member(object, QByteArrayView(name.data(), name.size()));
    return node != JsonDocument::none && document.type(node) == Type::String ? document.string(node) : QString();
}

std::optional<TemplateFacts> factsOf(const JsonDocument &document)
{
    if (ExportShape::detect(document) != ExportKind::XpanderTemplate)
        return std::nullopt;
    const quint32 root = JsonDocument::root();
    TemplateFacts facts;
    facts.templateId = stringMember(document, root, XpanderFormat::id).trimmed();
    if (facts.templateId.isEmpty())
        return std::nullopt;
    facts.name = stringMember(document, root, XpanderFormat::name);
    facts.description = stringMember(document, root, XpanderFormat::description);
    facts.icon = stringMember(document, root, XpanderFormat::icon);
    const auto key = [](QLatin1StringView name) { return QByteArrayView(name.data(), name.size()); };
    const quint32 definition = document.member(root, key(XpanderFormat::agentDefinition));
    const quint32 knowledgeBases = document.member(definition, key(XpanderFormat::knowledgeBases));
    if (knowledgeBases != JsonDocument::none && document.type(knowledgeBases) == Type::Array) {
        for (const quint32 base : document.children(knowledgeBases)) {
            const quint32 documents = document.member(base, key(XpanderFormat::documents));
            if (documents != JsonDocument::none && document.childCount(documents) > 0)
                facts.holdsKnowledgeBases = true;
        }
    }
    return facts;
}

} // namespace

std::optional<TemplateFacts> TemplateFacts::fromJson(const QByteArray &json)
{
    JsonDocument::Error error;
    const std::shared_ptr<const JsonDocument> document = JsonDocument::fromBytes(json, &error);
    if (!document)
        return std::nullopt;
    return factsOf(*document);
}

namespace {

std::optional<TemplateFacts> factsOrError(const std::shared_ptr<const JsonDocument> &document,
                                          const JsonDocument::Error &parseError, Failure *error)
{
    if (!document) {
        if (error)
            *error = Failure(Failure::Kind::InvalidJson, parseError.message)
                         .setMessage(QCoreApplication::translate(
                             "Takeout::TemplateFacts", "The file cannot be read as JSON, so it is no template."));
        return std::nullopt;
    }
    std::optional<TemplateFacts> facts = factsOf(*document);
    if (!facts && error)
        *error = Failure(Failure::Kind::NotAnExport, QStringLiteral("no agent_definition object or no root id"))
                     .setMessage(QCoreApplication::translate("Takeout::TemplateFacts",
                                                             "The file is not an xpander.ai agent template with a "
                                                             "template id, so no agent can be created from it."));
    return facts;
}

} // namespace

std::optional<TemplateFacts> TemplateFacts::fromFile(const QString &path, Failure *error)
{
    JsonDocument::Error parseError;
    return factsOrError(JsonDocument::fromFile(path, &parseError), parseError, error);
}

std::optional<TemplateFacts> TemplateFacts::fromBytes(const QByteArray &json, Failure *error)
{
    JsonDocument::Error parseError;
    return factsOrError(JsonDocument::fromBytes(json, &parseError), parseError, error);
}

} // namespace Takeout
