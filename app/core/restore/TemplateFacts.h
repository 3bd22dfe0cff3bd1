#pragma once

#include "base/Failure.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace Takeout {

// What creating an agent needs from an xpander.ai template export: the template's id (the root `id`,
// which the service keeps under that id), its own name, description and icon, and whether it carries
// knowledge bases.
struct TemplateFacts
{
    QString templateId;
    QString name;
    QString description;
    QString icon;
    // agent_definition.knowledge_bases[] holds a knowledge base with documents.
    bool holdsKnowledgeBases = false;

    // nullopt: not an xpander.ai template, or one without an id.
    static std::optional<TemplateFacts> fromJson(const QByteArray &json);
    // nullopt with `error` set (Kind::NotAnExport, or the reading's failure) when the file is no
    // template with an id.
    static std::optional<TemplateFacts> fromFile(const QString &path, Failure *error);
    // The same for a template in memory.
    static std::optional<TemplateFacts> fromBytes(const QByteArray &json, Failure *error);
};

} // namespace Takeout
