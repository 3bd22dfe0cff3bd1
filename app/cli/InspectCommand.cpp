#include "InspectCommand.h"

#include "exports/ExportFile.h"
#include "exports/ExportShape.h"
#include "text/TerminalText.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

namespace Takeout {

InspectCommand::InspectCommand(QObject *parent)
    : Command(QStringLiteral("inspect"), tr("what a saved export holds, and how it departs from the documented shape"),
              parent)
{
    setDescription(tr("Shows what a saved export holds (kind, size, values, depth, counts) and how it departs "
                      "from the documented shape."));
    addPositional(QStringLiteral("FILE"), tr("The saved export."));
    addOption({QStringLiteral("json"), tr("Print the report as JSON.")});
}

QJsonObject InspectCommand::counts(const ExportSummary &s)
{
    // A QJsonObject orders the ids by name, which is the order both outputs have always printed.
    QJsonObject counts;
    for (const ExportCount &count : s.counts())
        counts.insert(count.id, count.value);
    return counts;
}

void InspectCommand::run()
{
    const QString path = positional().at(0);
    const ExportFile file = ExportFile::open(path);
    if (!file.isOpen()) {
        err() << path << ": " << TerminalText::escaped(file.error.message) << '\n' << Qt::flush;
        finish(BadFile);
        return;
    }
    if (!readWhole(path, *file.result.document))
        return;
    const ExportSummary &s = file.result.summary;
    const JsonDocument &document = *file.result.document;
    const QJsonObject shown = counts(s);
    // The warnings quote the file: nothing of it reaches the terminal raw.
    if (isSet(QStringLiteral("json"))) {
        const QJsonObject report{{QStringLiteral("file"), path},
                                 {QStringLiteral("kind"), ExportShape::kindId(s.kind)},
                                 {QStringLiteral("bytes"), double(document.bytes().size())},
                                 {QStringLiteral("values"), double(document.nodeCount())},
                                 {QStringLiteral("depth"), document.maxDepth()},
                                 {QStringLiteral("counts"), shown},
                                 {QStringLiteral("warnings"), QJsonArray::fromStringList(file.result.warnings)}};
        const QByteArray json = QJsonDocument(report).toJson(QJsonDocument::Indented);
        out() << QString::fromUtf8(TerminalText::escapedJson(json)) << Qt::flush;
    } else {
        out() << "kind: " << ExportShape::kindId(s.kind) << '\n'
              << "size: " << humanSize(document.bytes().size()) << " (" << document.bytes().size() << " bytes)\n"
              << "values: " << document.nodeCount() << '\n'
              << "depth: " << document.maxDepth() << '\n';
        for (auto it = shown.begin(); it != shown.end(); ++it)
            out() << it.key() << ": " << it.value().toInt() << '\n';
        out() << "warnings: " << file.result.warnings.size() << '\n';
        for (const QString &warning : file.result.warnings)
            out() << "  " << TerminalText::escaped(warning) << '\n';
        out() << Qt::flush;
    }
    finish(Success);
}

} // namespace Takeout
