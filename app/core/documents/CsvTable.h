#pragma once

#include "base/Failure.h"
#include "exports/ExportWriter.h"

#include <QByteArray>
#include <QString>

class QIODevice;

namespace Takeout {

class JsonDocument;
class TaskControl;

// A table of an export (ExportTables) as CSV for a spreadsheet: RFC 4180 (fields quoted when they hold
// a comma, a quote or a line break; lines end in CRLF), UTF-8, a header row and one row per record.
// A text cell starting with =, +, -, @, a tab or a carriage return gets a leading apostrophe (OWASP's
// rule against formula injection), so a spreadsheet shows it as text; a JSON number is written as it
// is (it cannot be a formula).
class CsvTable
{
public:
    // The byte order mark that spreadsheet programs (Excel above all) need to read UTF-8 rather than the
    // system's old code page; files get it, a pipe to another program does not.
    static constexpr char bom[] = "\xEF\xBB\xBF";

    // One cell, escaped and quoted as needed.
    static QByteArray field(const QString &cell, bool number = false);
    // Streams the table to `out` as it reads the records: no second copy of the rows is built. False
    // when cancelled or the device failed.
    static bool write(const JsonDocument &document, const QString &name, QIODevice *out, bool withBom,
                      const TaskControl &control);
    // The table into a file, with the mark, atomically, owner-only, never through a link (ExportWriter).
    static Failure save(const JsonDocument &document, const QString &name, const QString &path,
                        ExportWriter::Existing existing, const TaskControl &control);
};

} // namespace Takeout
