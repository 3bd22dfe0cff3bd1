#pragma once

#include "Command.h"

namespace Takeout {

class JsonDocument;
struct JsonChange;

// diff OLD NEW [--json] [--all]: what changed between two exports, by value: a summary in words, then one
// line per change; or the changes as one JSON array. Exit codes as diff(1) has them: 0 the same,
// 1 different, 2 trouble (a file unreadable or not JSON, or a usage error).
class DiffCommand : public Command
{
    Q_OBJECT

public:
    explicit DiffCommand(QObject *parent = nullptr);

protected:
    void run() override;
    int usageCode() const override { return BadFile; }

private:
    // About the most characters of change lines printed without --all.
    static constexpr qint64 maxPrinted = 1 << 20;
    // A value on one line, shortened, safe for a terminal.
    static QString shortValue(const JsonDocument &document, quint32 node);
    // Under a changed text of several lines (source code, a document's content): its line diff; the
    // characters printed.
    qint64 printLineDiff(const JsonDocument &before, const JsonDocument &after, const JsonChange &change);
};

} // namespace Takeout
