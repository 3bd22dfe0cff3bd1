#include "CsvTable.h"

#include "ExportTables.h"
#include "base/BackgroundTask.h"
#include "json/JsonDocument.h"

#include <QBuffer>
#include <QIODevice>

namespace Takeout {

namespace {

// Written in pieces of this size: few writes, little held.
constexpr qsizetype chunk = qsizetype(1) << 16;

void appendRow(QByteArray &out, const QStringList &cells, quint64 numbers)
{
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i > 0)
            out += ',';
        out += CsvTable::field(cells.at(i), i < 64 && (numbers >> i) & 1);
    }
    out += "\r\n";
}

} // namespace

QByteArray CsvTable::field(const QString &cell, bool number)
{
    QString text = cell;
    static const QString formulaStart = QStringLiteral("=+-@\t\r");
    if (!number && !text.isEmpty() && formulaStart.contains(text.front()))
        text.prepend(QLatin1Char('\''));
    QByteArray bytes = text.toUtf8();
    if (bytes.contains(',') || bytes.contains('"') || bytes.contains('\n') || bytes.contains('\r')) {
        bytes.replace("\"", "\"\"");
        bytes.prepend('"');
        bytes.append('"');
    }
    return bytes;
}

bool CsvTable::write(const JsonDocument &document, const QString &name, QIODevice *out, bool withBom,
                     const TaskControl &control)
{
    QByteArray pending;
    pending.reserve(chunk + 4096);
    if (withBom)
        pending += bom;
    appendRow(pending, ExportTables::header(name), 0);
    bool ok = true;
    const bool whole =
        ExportTables::forEachRow(document, name, control, [&](const QStringList &cells, quint64 numbers) {
            appendRow(pending, cells, numbers);
            if (pending.size() >= chunk) {
                ok = ok && out->write(pending) == pending.size();
                pending.clear();
            }
        });
    ok = ok && out->write(pending) == pending.size();
    return whole && ok;
}

Failure CsvTable::save(const JsonDocument &document, const QString &name, const QString &path,
                       ExportWriter::Existing existing, const TaskControl &control)
{
    // The file's bytes are built once, then written atomically (ExportWriter): the rows are never
    // gathered as a list first.
    QByteArray bytes;
    {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        if (!write(document, name, &buffer, true, control))
            return Failure(Failure::Kind::Cancelled);
    }
    return ExportWriter::write(bytes, path, existing);
}

} // namespace Takeout
