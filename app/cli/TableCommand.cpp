#include "TableCommand.h"

#include "base/BackgroundTask.h"
#include "documents/CsvTable.h"
#include "documents/ExportTables.h"
#include "exports/ExportFile.h"
#include "exports/ExportWriter.h"
#include "text/TerminalText.h"

#include <QFile>
#include <QFileInfo>
#include <QTextStream>
#include <cstdio>

namespace Takeout {

TableCommand::TableCommand(QObject *parent)
    : Command(QStringLiteral("table"), tr("one table of a saved export as CSV"), parent)
{
    setDescription(tr("Writes one table of a saved export as CSV for a spreadsheet: a header row, then one row per "
                      "record, the columns of the app's table (times in ISO 8601, UTC; numbers as written). "
                      "An account has the tables agents, scheduled-tasks and workflows; a template functions, "
                      "connectors and documents. A text cell starting with =, +, -, @, a tab or a carriage "
                      "return gets a leading apostrophe, so that a spreadsheet shows it as text. A file gets a "
                      "UTF-8 byte order mark (for spreadsheet programs); standard output does not."));
    addPositional(QStringLiteral("FILE"), tr("The saved export."));
    addPositional(QStringLiteral("NAME"), tr("The table: agents, scheduled-tasks, workflows, functions, connectors or "
                                             "documents."));
    addOption({{QStringLiteral("o"), QStringLiteral("output")},
               tr("Write the CSV to OUT instead of standard output."),
               QStringLiteral("OUT")});
    addOption({QStringLiteral("overwrite"), tr("Replace the output file if it exists.")});
}

void TableCommand::run()
{
    const QString path = positional().at(0);
    const QString name = positional().at(1);
    const QStringList all =
        ExportTables::names(ExportKind::AgentbotAccount) + ExportTables::names(ExportKind::XpanderTemplate);
    if (!all.contains(name)) {
        usage(
            tr("Unknown table “%1”: use one of %2.").arg(TerminalText::escaped(name), all.join(QStringLiteral(", "))));
        return;
    }
    const bool toFile = isSet(QStringLiteral("output"));
    const bool overwrite = isSet(QStringLiteral("overwrite"));
    const QString output = toFile ? QFileInfo(value(QStringLiteral("output"))).absoluteFilePath() : QString();
    const std::optional<ExportFile> file = openExportFor(path, output, overwrite);
    if (!file)
        return;
    const ExportResult &result = file->result;
    if (result.kind == ExportKind::Json) {
        err() << tr("%1 is neither an Agentbot account nor an xpander.ai template export: it has no tables.")
                     .arg(TerminalText::escaped(path))
              << '\n'
              << Qt::flush;
        finish(BadFile);
        return;
    }
    if (!ExportTables::has(result.kind, name)) {
        err() << tr("%1 has no table “%2”; its tables are %3.")
                     .arg(TerminalText::escaped(path), name,
                          ExportTables::names(result.kind).join(QStringLiteral(", ")))
              << '\n'
              << Qt::flush;
        finish(BadFile);
        return;
    }
    if (toFile) {
        const Failure written =
            CsvTable::save(*result.document, name, output,
                           overwrite ? ExportWriter::Existing::Replace : ExportWriter::Existing::Refuse, TaskControl());
        if (!readWhole(path, *result.document))
            return;
        if (written.isError()) {
            fail(written);
            return;
        }
        finish(Success);
        return;
    }
    QFile standardOutput;
    if (!standardOutput.open(stdout, QIODevice::WriteOnly) ||
        !CsvTable::write(*result.document, name, &standardOutput, false, TaskControl())) {
        fail(Failure(Failure::Kind::FileWriteFailed, QStringLiteral("standard output")));
        return;
    }
    standardOutput.flush();
    if (!readWhole(path, *result.document))
        return;
    finish(Success);
}

} // namespace Takeout
