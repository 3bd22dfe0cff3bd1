#pragma once

#include "exports/ExportSummary.h"

#include <QCoreApplication>
#include <QLatin1StringView>
#include <QList>
#include <QString>
#include <QStringList>
#include <functional>

namespace Takeout {

class JsonDocument;
class TaskControl;

// The tables of an export as the app's tables show them (the same columns), as text for a document or
// a spreadsheet: agents, scheduled-tasks and workflows of an account; functions, connectors and
// documents of a template. Times are ISO 8601 in UTC, numbers as written, schedules in words.
class ExportTables
{
    Q_DECLARE_TR_FUNCTIONS(ExportTables)

public:
    // The names `table` takes, for the export's kind (none for other JSON).
    static QStringList names(ExportKind kind);
    static bool has(ExportKind kind, const QString &name);
    // What the table holds, for a menu: "Scheduled tasks".
    static QString title(const QString &name);
    // The column titles of a table.
    static QStringList header(const QString &name);
    // How many records the table has.
    static qint64 rowCount(const JsonDocument &document, const QString &name);

    // One row's cells; `numbers` has bit i set when cell i is a JSON number as written.
    using Row = std::function<void(const QStringList &cells, quint64 numbers)>;
    enum class Times
    {
        Iso,      // ISO 8601 in UTC, to the millisecond written: for spreadsheets and scripts
        Readable, // "2026-02-11 08:41 UTC": for a page
    };
    // Calls `row` for every record in the export's order; false when cancelled.
    static bool forEachRow(const JsonDocument &document, const QString &name, const TaskControl &control,
                           const Row &row, Times times = Times::Iso);

    // The time `written` (ISO 8601 as in the export) as ISO 8601 in UTC; the text as it is when it
    // is no time.
    static QString utcTime(const QString &written, Times times = Times::Iso);
};

} // namespace Takeout
