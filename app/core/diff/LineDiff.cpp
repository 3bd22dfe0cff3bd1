#include "LineDiff.h"

#include "JsonDiff.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>
#include <algorithm>

namespace Takeout {

namespace {

using Kind = LineDiff::Line::Kind;

// One step of the edit script: a line of the old text, of the new one, or of both.
struct Step
{
    Kind kind;
    qsizetype oldLine; // index in the old lines (Same, Removed)
    qsizetype newLine; // index in the new lines (Same, Added)
};

// Myers' O((N+M)·D) shortest edit script between a[from..] and b[from..] up to the given ends; false
// when more than `maxEdits` edits would be needed.
bool shortestEdits(const std::vector<int> &a, const std::vector<int> &b, qsizetype from, qsizetype oldEnd,
                   qsizetype newEnd, int maxEdits, std::vector<Step> *steps)
{
    const qsizetype n = oldEnd - from;
    const qsizetype m = newEnd - from;
    const qsizetype most = std::min<qsizetype>(n + m, maxEdits);
    const qsizetype offset = most + 1;
    std::vector<qsizetype> v(size_t(2 * most + 3), 0);
    // v before each round, for the way back: round d reads diagonals -d-1..d+1 only.
    std::vector<std::vector<qsizetype>> trace;
    qsizetype rounds = -1;
    for (qsizetype d = 0; d <= most && rounds < 0; ++d) {
        trace.emplace_back(v.begin() + (offset - d - 1), v.begin() + (offset + d + 2));
        for (qsizetype k = -d; k <= d; k += 2) {
            qsizetype x = (k == -d || (k != d && v[size_t(offset + k - 1)] < v[size_t(offset + k + 1)]))
                              ? v[size_t(offset + k + 1)]
                              : v[size_t(offset + k - 1)] + 1;
            qsizetype y = x - k;
            while (x < n && y < m && a[size_t(from + x)] == b[size_t(from + y)]) {
                ++x;
                ++y;
            }
            v[size_t(offset + k)] = x;
            if (x >= n && y >= m) {
                rounds = d;
                break;
            }
        }
    }
    if (rounds < 0)
        return false;
    std::vector<Step> back;
    qsizetype x = n;
    qsizetype y = m;
    for (qsizetype d = rounds; d >= 0; --d) {
        const std::vector<qsizetype> &round = trace[size_t(d)];
        const auto before = [&round, d](qsizetype diagonal) { return round[size_t(diagonal + d + 1)]; };
        const qsizetype k = x - y;
        const qsizetype previousK = (k == -d || (k != d && before(k - 1) < before(k + 1))) ? k + 1 : k - 1;
        const qsizetype previousX = d == 0 ? 0 : before(previousK);
        const qsizetype previousY = d == 0 ? 0 : previousX - previousK;
        for (; x > previousX && y > previousY; --x, --y)
            back.push_back({Kind::Same, from + x - 1, from + y - 1});
        if (d > 0) {
            if (x == previousX)
                back.push_back({Kind::Added, from + x, from + previousY});
            else
                back.push_back({Kind::Removed, from + previousX, from + y});
        }
        x = previousX;
        y = previousY;
    }
    steps->insert(steps->end(), back.rbegin(), back.rend());
    return true;
}

} // namespace

bool LineDiff::suits(const QString &before, const QString &after)
{
    return before.contains(QLatin1Char('\n')) || after.contains(QLatin1Char('\n'));
}

std::vector<LineDiff::Line> LineDiff::ofChange(const JsonDocument &before, const JsonDocument &after,
                                               const JsonChange &change)
{
    if (change.op != JsonChange::Op::Changed || before.type(change.oldNode) != JsonDocument::Type::String ||
        after.type(change.newNode) != JsonDocument::Type::String)
        return {};
    const QString oldText = before.string(change.oldNode);
    const QString newText = after.string(change.newNode);
    if (!suits(oldText, newText))
        return {};
    // Past the bound, the lines and their diff would take memory many times the text's size.
    if (oldText.size() > maxChars || newText.size() > maxChars || oldText.count(QLatin1Char('\n')) >= maxLines ||
        newText.count(QLatin1Char('\n')) >= maxLines)
        return {{Kind::Hunk, QCoreApplication::translate("LineDiff", "(too long to show line by line)")}};
    return unified(oldText, newText);
}

QString LineDiff::prefixed(const Line &line)
{
    switch (line.kind) {
    case Kind::Same:
        return QLatin1Char(' ') + line.text;
    case Kind::Removed:
        return QLatin1Char('-') + line.text;
    case Kind::Added:
        return QLatin1Char('+') + line.text;
    case Kind::Hunk:
        break;
    }
    return line.text;
}

std::vector<LineDiff::Line> LineDiff::unified(const QString &before, const QString &after, int context, int maxEdits)
{
    if (before == after)
        return {};
    const QStringList oldLines = before.split(QLatin1Char('\n'));
    const QStringList newLines = after.split(QLatin1Char('\n'));
    // Lines as numbers, so that the search compares integers.
    QHash<QString, int> numbers;
    const auto number = [&numbers](const QStringList &lines) {
        std::vector<int> out;
        out.reserve(size_t(lines.size()));
        for (const QString &line : lines) {
            auto known = numbers.constFind(line);
            if (known == numbers.constEnd())
                known = numbers.insert(line, int(numbers.size()));
            out.push_back(*known);
        }
        return out;
    };
    const std::vector<int> a = number(oldLines);
    const std::vector<int> b = number(newLines);

    // The equal first and last lines need no search.
    qsizetype head = 0;
    while (head < oldLines.size() && head < newLines.size() && a[size_t(head)] == b[size_t(head)])
        ++head;
    qsizetype oldEnd = oldLines.size();
    qsizetype newEnd = newLines.size();
    while (oldEnd > head && newEnd > head && a[size_t(oldEnd - 1)] == b[size_t(newEnd - 1)]) {
        --oldEnd;
        --newEnd;
    }
    std::vector<Step> steps;
    for (qsizetype i = 0; i < head; ++i)
        steps.push_back({Kind::Same, i, i});
    if (!shortestEdits(a, b, head, oldEnd, newEnd, maxEdits, &steps)) {
        for (qsizetype i = head; i < oldEnd; ++i)
            steps.push_back({Kind::Removed, i, head});
        for (qsizetype i = head; i < newEnd; ++i)
            steps.push_back({Kind::Added, oldEnd, i});
    }
    for (qsizetype i = 0; oldEnd + i < oldLines.size(); ++i)
        steps.push_back({Kind::Same, oldEnd + i, newEnd + i});

    // Hunks: each run of changes with up to `context` equal lines either side; runs closer than twice
    // that share a hunk.
    std::vector<Line> out;
    const qsizetype count = qsizetype(steps.size());
    qsizetype at = 0;
    while (at < count) {
        while (at < count && steps[size_t(at)].kind == Kind::Same)
            ++at;
        if (at >= count)
            break;
        const qsizetype start = std::max<qsizetype>(0, at - context);
        qsizetype end = at;
        qsizetype sameRun = 0;
        while (end < count && sameRun <= 2 * qsizetype(context)) {
            sameRun = steps[size_t(end)].kind == Kind::Same ? sameRun + 1 : 0;
            ++end;
        }
        if (sameRun > context)
            end -= sameRun - context;
        qsizetype oldCount = 0;
        qsizetype newCount = 0;
        for (qsizetype i = start; i < end; ++i) {
            oldCount += steps[size_t(i)].kind != Kind::Added ? 1 : 0;
            newCount += steps[size_t(i)].kind != Kind::Removed ? 1 : 0;
        }
        // As diff -u numbers them: from 1, and an empty side names the line before it.
        const Step &first = steps[size_t(start)];
        const qsizetype oldStart = first.oldLine + (oldCount > 0 ? 1 : 0);
        const qsizetype newStart = first.newLine + (newCount > 0 ? 1 : 0);
        out.push_back({Kind::Hunk,
                       QStringLiteral("@@ -%1,%2 +%3,%4 @@").arg(oldStart).arg(oldCount).arg(newStart).arg(newCount)});
        for (qsizetype i = start; i < end; ++i) {
            const Step &step = steps[size_t(i)];
            out.push_back(
                {step.kind, step.kind == Kind::Added ? newLines.at(step.newLine) : oldLines.at(step.oldLine)});
        }
        at = end;
    }
    return out;
}

} // namespace Takeout
