#pragma once

#include "ExportSummary.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <memory>

namespace Takeout {

class JsonDocument;

// A finished export held in memory: the exact bytes the server sent, untouched, and the name to
// suggest when the user saves it. Nothing is on disk until ExportWriter writes it.
struct ExportResult
{
    ExportKind kind = ExportKind::AgentbotAccount;
    QByteArray bytes;
    QString suggestedFileName;
    QString contentType;
    QUrl source;
    QDateTime receivedAt;
    ExportSummary summary;
    // Where the export departs from the documented shape (never a reason to refuse it).
    QStringList warnings;
    // The shape check has not run yet (ExportFile::open with Check::Later): `warnings` is still empty.
    bool warningsPending = false;
    // The index over `bytes`, built when the body was checked; shared, never copied.
    std::shared_ptr<const JsonDocument> document;
};

} // namespace Takeout
