#pragma once

#include "ExportSummary.h"
#include "json/JsonDocument.h"

#include <QStringList>

namespace Takeout {

// Which kind of export a document is, and how it departs from the documented shape
// (services/api-contract.md): missing fields, wrong types, values outside the documented set.
// Deviations are warnings only; a file is always shown.
class ExportShape
{
public:
    static ExportKind detect(const JsonDocument &document);
    static QStringList warnings(const JsonDocument &document, ExportKind kind);
    static QString kindId(ExportKind kind); // "agentbot-account", "xpander-template", "json"
};

} // namespace Takeout
