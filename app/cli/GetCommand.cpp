#include "GetCommand.h"

#include "text/TerminalText.h"
#include "json/JsonDocument.h"
#include "json/JsonPath.h"

#include <QTextStream>
#include <cstdio>

namespace Takeout {

GetCommand::GetCommand(QObject *parent)
    : Command(QStringLiteral("get"), tr("the value at a jq-style path, as compact JSON"), parent)
{
    setDescription(tr("Prints the value at a jq-style path as compact JSON, numbers and strings exactly as the "
                      "file writes them (e.g. '.scheduledTasks[0].cronSchedule', '.\"a key\"')."));
    addPositional(QStringLiteral("FILE"), tr("A JSON file."));
    addPositional(QStringLiteral("PATH"), tr("Where the value is, e.g. .agents[0].name"));
}

void GetCommand::run()
{
    const QString path = positional().at(0);
    const QString where = positional().at(1);
    JsonDocument::Error error;
    const std::shared_ptr<const JsonDocument> document = JsonDocument::fromFile(path, &error);
    if (!document) {
        err() << path << ": " << TerminalText::escaped(error.message) << '\n' << Qt::flush;
        finish(BadFile);
        return;
    }
    QString problem;
    const quint32 node = JsonPath::resolve(*document, where, &problem);
    if (node == JsonDocument::none) {
        err() << tr("No value at %1: %2").arg(TerminalText::escaped(where), TerminalText::escaped(problem)) << '\n'
              << Qt::flush;
        finish(BadFile);
        return;
    }
    // Exactly as written in the file (strings keep their JSON escapes), without the spaces between
    // tokens. The document is strict JSON, so no raw C0 byte is in it; DEL, C1 and bidi controls may
    // be, inside strings, and are written as the JSON escapes of the same characters.
    const QByteArray value = TerminalText::escapedJson(document->compact(node));
    if (!readWhole(path, *document))
        return;
    std::fwrite(value.constData(), 1, size_t(value.size()), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
    finish(Success);
}

} // namespace Takeout
