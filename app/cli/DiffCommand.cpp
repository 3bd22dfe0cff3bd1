#include "DiffCommand.h"

#include "diff/DiffSummary.h"
#include "diff/DocumentPair.h"
#include "diff/JsonDiff.h"
#include "diff/LineDiff.h"
#include "text/TerminalText.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>
#include <climits>
#include <cstdio>

namespace Takeout {

namespace {

// A string as JSON text, quotes included.
QByteArray jsonString(const QString &text)
{
    const QByteArray array = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
    return array.sliced(1, array.size() - 2);
}

} // namespace

DiffCommand::DiffCommand(QObject *parent)
    : Command(QStringLiteral("diff"), tr("what changed between two exports"), parent)
{
    setDescription(tr("Compares two exports (or any two JSON files) by value and prints what changed: a summary in "
                      "words, then one line per change ('+ path  value', '- path  value', '~ path  old → new'). "
                      "Records with an id are matched by id, so a reordering is no change. Exit code 0 when the "
                      "two are the same, 1 when they differ, 2 when a file cannot be read or is not JSON."));
    addPositional(QStringLiteral("OLD"), tr("The earlier file."));
    addPositional(QStringLiteral("NEW"), tr("The later file."));
    addOption({QStringLiteral("json"),
               tr("Print the changes as one JSON array of {\"op\", \"path\", \"old_path\", \"old\", \"new\"}.")});
    addOption({QStringLiteral("all"), tr("Print every change, however long the output (without it, the change lines "
                                         "stop after about %1 characters and one line counts the rest).")
                                          .arg(maxPrinted)});
}

QString DiffCommand::shortValue(const JsonDocument &document, quint32 node)
{
    constexpr qsizetype most = 100;
    const QByteArrayView raw = document.raw(node);
    // A large container is shown by its beginning: compacting all of it would read it all.
    QString text = raw.size() <= 4 * most ? QString::fromUtf8(document.compact(node))
                                          : QString::fromUtf8(raw.first(4 * most)).simplified();
    if (text.size() > most) {
        qsizetype cut = most - 1;
        if (text.at(cut - 1).isHighSurrogate())
            --cut;
        text = text.left(cut) + QStringLiteral("…");
    }
    return TerminalText::escaped(text);
}

qint64 DiffCommand::printLineDiff(const JsonDocument &before, const JsonDocument &after, const JsonChange &change)
{
    // Indented under its "~" line, so that the change lines still start in the first column.
    qint64 printed = 0;
    for (const LineDiff::Line &line : LineDiff::ofChange(before, after, change)) {
        const QString text = TerminalText::escaped(LineDiff::prefixed(line));
        out() << "    " << text << '\n';
        printed += text.size() + 5;
    }
    return printed;
}

void DiffCommand::run()
{
    const QString oldPath = positional().at(0);
    const QString newPath = positional().at(1);
    const DocumentPair pair = DocumentPair::load(oldPath, newPath);
    if (!pair.isLoaded()) {
        if (!pair.oldDocument)
            err() << TerminalText::escaped(oldPath) << ": " << TerminalText::escaped(pair.oldError.message) << '\n';
        if (!pair.newDocument)
            err() << TerminalText::escaped(newPath) << ": " << TerminalText::escaped(pair.newError.message) << '\n';
        err() << Qt::flush;
        finish(BadFile);
        return;
    }
    const JsonDocument &before = *pair.oldDocument;
    const JsonDocument &after = *pair.newDocument;
    const JsonDiff::Result result = JsonDiff::compare(before, after);
    if (!readWhole(oldPath, before) || !readWhole(newPath, after))
        return;
    using Op = JsonChange::Op;
    if (isSet(QStringLiteral("json"))) {
        // Values exactly as the files write them (without the spaces between tokens); what a terminal
        // would act on is written as the JSON escape of the same character.
        QByteArray text = "[";
        for (size_t i = 0; i < result.changes.size(); ++i) {
            const JsonChange &change = result.changes[i];
            text += i ? ",\n{\"op\":\"" : "\n{\"op\":\"";
            text += change.op == Op::Added ? "added" : change.op == Op::Removed ? "removed" : "changed";
            text += "\",\"path\":" + jsonString(JsonDiff::path(before, after, change));
            const QString moved = JsonDiff::oldPath(before, after, change);
            if (!moved.isEmpty())
                text += ",\"old_path\":" + jsonString(moved);
            if (change.op != Op::Added)
                text += ",\"old\":" + before.compact(change.oldNode);
            if (change.op != Op::Removed)
                text += ",\"new\":" + after.compact(change.newNode);
            text += '}';
            if (text.size() > (qsizetype(1) << 20) || i + 1 == result.changes.size()) {
                const QByteArray safe = TerminalText::escapedJson(text);
                std::fwrite(safe.constData(), 1, size_t(safe.size()), stdout);
                text.clear();
            }
        }
        const QByteArray end = result.changes.empty() ? "[]\n" : "\n]\n";
        std::fwrite(end.constData(), 1, size_t(end.size()), stdout);
        std::fflush(stdout);
    } else {
        out() << TerminalText::escaped(DiffSummary::text(before, after, result.changes)) << '\n';
        // Every line writes its whole path, so deep nesting prints (and computes) the square of its
        // depth: past the bound, the rest is only counted.
        const bool all = isSet(QStringLiteral("all"));
        qint64 printed = 0;
        for (size_t i = 0; i < result.changes.size(); ++i) {
            if (!all && printed > maxPrinted) {
                out() << tr("… %n more change(s) not shown (--all shows every one)", nullptr,
                            int(std::min<size_t>(result.changes.size() - i, INT_MAX)))
                      << '\n';
                break;
            }
            const JsonChange &change = result.changes[i];
            const QString path = TerminalText::escaped(JsonDiff::path(before, after, change));
            QString line;
            switch (change.op) {
            case Op::Added:
                line = QStringLiteral("+ ") + path + QStringLiteral("  ") + shortValue(after, change.newNode);
                break;
            case Op::Removed:
                line = QStringLiteral("- ") + path + QStringLiteral("  ") + shortValue(before, change.oldNode);
                break;
            case Op::Changed:
                line = QStringLiteral("~ ") + path + QStringLiteral("  ") + shortValue(before, change.oldNode) +
                       QStringLiteral(" → ") + shortValue(after, change.newNode);
                break;
            }
            out() << line << '\n';
            printed += line.size() + 1;
            if (change.op == Op::Changed)
                printed += printLineDiff(before, after, change);
        }
        out() << Qt::flush;
    }
    finish(result.changes.empty() ? 0 : 1);
}

} // namespace Takeout
