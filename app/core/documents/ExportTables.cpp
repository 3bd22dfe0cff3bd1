#include "ExportTables.h"

#include "base/BackgroundTask.h"
#include "exports/AgentbotFormat.h"
#include "exports/CronSchedule.h"
#include "exports/XpanderFormat.h"
#include "json/JsonDocument.h"

#include <QDateTime>
#include <QTimeZone>

namespace Takeout {

namespace {

enum class Format
{
    Text,
    Time,
    YesNo,
    Cron,
    NextRun,
};

struct Column
{
    const char *title;
    QLatin1StringView key;
    Format format = Format::Text;
};

struct Table
{
    QLatin1StringView name;
    const char *title;
    ExportKind kind;
    QList<Column> columns;
};

namespace A = AgentbotFormat;
namespace X = XpanderFormat;

// The columns of the app's tables (ui/tables/AccountTables, ui/preview/ExportOverview), in their order.
const QList<Table> &tables()
{
    static const QList<Table> all = {
        {QLatin1StringView("agents"),
         QT_TRANSLATE_NOOP("ExportTables", "Agents"),
         ExportKind::AgentbotAccount,
         {{QT_TRANSLATE_NOOP("ExportTables", "Name"), A::name},
          {QT_TRANSLATE_NOOP("ExportTables", "Model"), A::model},
          {QT_TRANSLATE_NOOP("ExportTables", "Status"), A::status},
          {QT_TRANSLATE_NOOP("ExportTables", "Created"), A::createdAt, Format::Time},
          {QT_TRANSLATE_NOOP("ExportTables", "Updated"), A::updatedAt, Format::Time}}},
        {QLatin1StringView("scheduled-tasks"),
         QT_TRANSLATE_NOOP("ExportTables", "Scheduled tasks"),
         ExportKind::AgentbotAccount,
         {{QT_TRANSLATE_NOOP("ExportTables", "Name"), A::name},
          {QT_TRANSLATE_NOOP("ExportTables", "Schedule"), A::cronSchedule, Format::Cron},
          {QT_TRANSLATE_NOOP("ExportTables", "Next run"), A::cronSchedule, Format::NextRun},
          {QT_TRANSLATE_NOOP("ExportTables", "Enabled"), A::enabled, Format::YesNo},
          {QT_TRANSLATE_NOOP("ExportTables", "Created"), A::createdAt, Format::Time}}},
        {QLatin1StringView("workflows"),
         QT_TRANSLATE_NOOP("ExportTables", "Workflows"),
         ExportKind::AgentbotAccount,
         {{QT_TRANSLATE_NOOP("ExportTables", "Name"), A::name},
          {QT_TRANSLATE_NOOP("ExportTables", "Enabled"), A::enabled, Format::YesNo},
          {QT_TRANSLATE_NOOP("ExportTables", "Created"), A::createdAt, Format::Time}}},
        {QLatin1StringView("functions"),
         QT_TRANSLATE_NOOP("ExportTables", "Custom functions"),
         ExportKind::XpanderTemplate,
         {{QT_TRANSLATE_NOOP("ExportTables", "Name"), X::name},
          {QT_TRANSLATE_NOOP("ExportTables", "Status"), X::status},
          {QT_TRANSLATE_NOOP("ExportTables", "Description"), X::description}}},
        {QLatin1StringView("connectors"),
         QT_TRANSLATE_NOOP("ExportTables", "Connectors"),
         ExportKind::XpanderTemplate,
         {{QT_TRANSLATE_NOOP("ExportTables", "Name"), X::name},
          {QT_TRANSLATE_NOOP("ExportTables", "Operations"), X::totalOperations},
          {QT_TRANSLATE_NOOP("ExportTables", "Description"), X::description}}},
        // The knowledge base's name comes first, from the record's parent; then the document's own.
        {QLatin1StringView("documents"),
         QT_TRANSLATE_NOOP("ExportTables", "Knowledge documents"),
         ExportKind::XpanderTemplate,
         {{QT_TRANSLATE_NOOP("ExportTables", "Knowledge base"), X::name},
          {QT_TRANSLATE_NOOP("ExportTables", "Document"), X::name},
          {QT_TRANSLATE_NOOP("ExportTables", "Address"), X::url},
          {QT_TRANSLATE_NOOP("ExportTables", "Content"), X::content}}},
    };
    return all;
}

const Table *find(const QString &name)
{
    for (const Table &table : tables()) {
        if (table.name == name)
            return &table;
    }
    return nullptr;
}

quint32 agentMember(const JsonDocument &document, QLatin1StringView key)
{
    const quint32 agent = document.member(JsonDocument::root(), X::agentDefinition);
    return agent == JsonDocument::none ? agent : document.member(agent, key);
}

// The array a table's records are in; the documents' table has one per knowledge base.
QList<quint32> arrays(const JsonDocument &document, const Table &table)
{
    const auto isArray = [&document](quint32 node) {
        return node != JsonDocument::none && document.type(node) == JsonDocument::Type::Array;
    };
    QList<quint32> found;
    const auto add = [&](quint32 node) {
        if (isArray(node))
            found << node;
    };
    if (table.kind == ExportKind::AgentbotAccount) {
        const QLatin1StringView key = table.name == QLatin1StringView("agents")            ? A::agents
                                      : table.name == QLatin1StringView("scheduled-tasks") ? A::scheduledTasks
                                                                                           : A::workflows;
        if (document.type(JsonDocument::root()) == JsonDocument::Type::Object)
            add(document.member(JsonDocument::root(), key));
    } else if (table.name == QLatin1StringView("functions")) {
        add(agentMember(document, X::customFunctions));
    } else if (table.name == QLatin1StringView("connectors")) {
        add(agentMember(document, X::connectors));
    } else {
        const quint32 bases = agentMember(document, X::knowledgeBases);
        if (isArray(bases)) {
            for (quint32 base = document.firstChild(bases); base != JsonDocument::none;
                 base = document.nextSibling(base)) {
                if (document.type(base) == JsonDocument::Type::Object)
                    add(document.member(base, X::documents));
            }
        }
    }
    return found;
}

QString cell(const JsonDocument &document, quint32 record, const Column &column, ExportTables::Times times,
             bool *number)
{
    *number = false;
    if (document.type(record) != JsonDocument::Type::Object)
        return {};
    const quint32 value = document.member(record, column.key);
    if (value == JsonDocument::none)
        return {};
    const JsonDocument::Type type = document.type(value);
    QString text = document.text(value);
    switch (column.format) {
    case Format::Text:
        *number = type == JsonDocument::Type::Number;
        return text;
    case Format::Time:
        return ExportTables::utcTime(text, times);
    case Format::YesNo:
        return type == JsonDocument::Type::True    ? ExportTables::tr("Yes")
               : type == JsonDocument::Type::False ? ExportTables::tr("No")
                                                   : text;
    case Format::Cron:
        return CronSchedule(text).toWords();
    case Format::NextRun: {
        // Schedules are read in UTC, the servers' clock.
        const QDateTime next = CronSchedule(text).nextRun(QDateTime::currentDateTimeUtc());
        if (!next.isValid())
            return ExportTables::tr("never");
        return ExportTables::utcTime(next.toString(Qt::ISODate), times);
    }
    }
    return {};
}

} // namespace

QStringList ExportTables::names(ExportKind kind)
{
    QStringList names;
    for (const Table &table : tables()) {
        if (table.kind == kind)
            names << table.name;
    }
    return names;
}

bool ExportTables::has(ExportKind kind, const QString &name)
{
    const Table *table = find(name);
    return table && table->kind == kind;
}

QString ExportTables::title(const QString &name)
{
    const Table *table = find(name);
    return table ? tr(table->title) : name;
}

QStringList ExportTables::header(const QString &name)
{
    QStringList titles;
    if (const Table *table = find(name)) {
        for (const Column &column : table->columns)
            titles << tr(column.title);
    }
    return titles;
}

qint64 ExportTables::rowCount(const JsonDocument &document, const QString &name)
{
    const Table *table = find(name);
    if (!table)
        return 0;
    qint64 rows = 0;
    for (quint32 array : arrays(document, *table))
        rows += document.childCount(array);
    return rows;
}

bool ExportTables::forEachRow(const JsonDocument &document, const QString &name, const TaskControl &control,
                              const Row &row, Times times)
{
    const Table *table = find(name);
    if (!table)
        return true;
    const bool documents = table->name == QLatin1StringView("documents");
    const qint64 total = rowCount(document, name);
    qint64 done = 0;
    QStringList cells;
    for (quint32 array : arrays(document, *table)) {
        // A document's knowledge base: the object holding its array.
        const quint32 base = document.parent(array);
        for (quint32 record = document.firstChild(array); record != JsonDocument::none;
             record = document.nextSibling(record)) {
            if ((++done & 1023) == 0) {
                if (control.isCancelled())
                    return false;
                control.setProgress(done, total);
            }
            cells.clear();
            quint64 numbers = 0;
            for (qsizetype i = 0; i < table->columns.size(); ++i) {
                bool number = false;
                const quint32 from = documents && i == 0 ? base : record;
                cells << cell(document, from, table->columns.at(i), times, &number);
                if (number)
                    numbers |= quint64(1) << i;
            }
            row(cells, numbers);
        }
    }
    control.setProgress(total, total);
    return true;
}

namespace {

// "2026-02-11T08:41:17Z" or "2026-02-11T08:41:17.222Z": already ISO 8601 in UTC, as exports write
// times. Recognised by its shape, which costs far less than reading it as a date for every cell of a
// large table.
bool isUtcIso(const QString &text)
{
    const qsizetype size = text.size();
    if ((size != 20 && size != 24) || !text.endsWith(QLatin1Char('Z')))
        return false;
    static constexpr char shape[] = "dddd-dd-ddTdd:dd:dd.ddd";
    for (qsizetype i = 0; i + 1 < size; ++i) {
        const char expected = shape[i];
        const QChar c = text.at(i);
        if (expected == 'd' ? !c.isDigit() : c != QLatin1Char(expected))
            return false;
    }
    return true;
}

} // namespace

QString ExportTables::utcTime(const QString &written, Times times)
{
    if (times == Times::Iso && isUtcIso(written))
        return written;
    const QDateTime when = QDateTime::fromString(written, Qt::ISODateWithMs);
    if (!when.isValid())
        return written;
    const QDateTime utc = when.toUTC();
    if (times == Times::Readable)
        return utc.toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
    return utc.time().msec() ? utc.toString(Qt::ISODateWithMs) : utc.toString(Qt::ISODate);
}

} // namespace Takeout
