#include "RestoreCheck.h"

#include "json/JsonDocument.h"

namespace Takeout {

// Stands in for the comparison until it lands: says it could not compare.
RestoreCheck::Result RestoreCheck::compare(const QByteArray & /*templateJson*/, const QByteArray & /*newAgentExport*/)
{
    Result result;
    result.error = Failure(Failure::Kind::InvalidJson, QStringLiteral("the comparison is not available yet"));
    return result;
}

QByteArray RestoreCheck::normalised(const QByteArray &json, bool *ok)
{
    if (ok)
        *ok = false;
    return json;
}

QString RestoreCheck::opName(JsonChange::Op op)
{
    switch (op) {
    case JsonChange::Op::Added:
        return QStringLiteral("added");
    case JsonChange::Op::Removed:
        return QStringLiteral("removed");
    default:
        return QStringLiteral("changed");
    }
}

} // namespace Takeout
