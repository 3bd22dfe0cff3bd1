#pragma once

#include "exports/ExportSummary.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace Takeout {

class JsonDocument;
class TaskControl;

// One piece of a readable document: what the overview shows, as plain text, for each output format
// (web page, Markdown, PDF) to lay out and escape in its own way. No text here is markup.
struct DocumentBlock
{
    enum class Kind
    {
        Heading,   // `text`, at `level` 1..3
        Paragraph, // `text`
        Bullets,   // `items`
        Table,     // `header` and `rows`
        Code,      // `text` in a monospaced font, as it is
        BarChart,  // `header` (label, number) and `rows`: a small chart, its numbers also as text
        WeekGrid,  // `rows`: 7 days of 24 numbers (Monday first), the tasks in `items`
    };
    Kind kind = Kind::Paragraph;
    int level = 2;
    QString text;
    QStringList items;
    QStringList header;
    QList<QStringList> rows;
};

// The readable form of an export, built from the same facts the overview shows: the title and counts;
// for an account the profile, agents, scheduled tasks (schedule in words, next run) and workflows; for
// a template its definition, instructions, custom functions with their source, connectors with their
// operations, sub-agents and knowledge bases with every document's content. Any other JSON is shown as
// its indented text.
struct DocumentContent
{
    QString title;
    QString date;       // the export's own date, as shown on every page
    QString sourceFile; // the file it came from (its name), or empty
    QList<DocumentBlock> blocks;

    // `date` is used when the export carries none of its own (a template). Polls `control`; a cancelled
    // build returns what it has.
    static DocumentContent build(const JsonDocument &document, const ExportSummary &summary, const QString &sourceFile,
                                 const QDateTime &date, const TaskControl &control);

    // The text of every block, for a header and footer line: "file · date".
    QString pageLine() const;
};

} // namespace Takeout
