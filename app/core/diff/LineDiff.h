#pragma once

#include <QString>
#include <vector>

namespace Takeout {

class JsonDocument;
struct JsonChange;

// Two texts compared line by line and shown as a unified diff (as `diff -u` prints it): for a
// function's changed source code or a document's changed content. Myers' algorithm on the lines
// between the equal first and last ones, bounded: past `maxEdits` differing lines, the texts are
// shown as all of the old lines removed and all of the new ones added.
class LineDiff
{
public:
    struct Line
    {
        enum class Kind : quint8
        {
            Same,    // context, in both texts
            Removed, // only in the old text
            Added,   // only in the new text
            Hunk,    // "@@ -1,4 +1,5 @@": where the next lines are in each text
        };
        Kind kind = Kind::Same;
        QString text;
    };

    // The hunks of the diff, each led by its Hunk line, with `context` unchanged lines around each
    // change; nothing when the texts are the same.
    static constexpr int maxLines = 20000;
    static constexpr qsizetype maxChars = qsizetype(1) << 22;

    static std::vector<Line> unified(const QString &before, const QString &after, int context = 3, int maxEdits = 1000);
    // Whether two string values read better as a line diff: at least one of them has several lines.
    static bool suits(const QString &before, const QString &after);
    // The line diff of a change, as the CLI and the compare tab show it: for a "changed" string that
    // suits one; nothing otherwise. A text of more than maxLines lines or maxChars characters is one
    // Hunk line saying it is too long to show line by line.
    static std::vector<Line> ofChange(const JsonDocument &before, const JsonDocument &after, const JsonChange &change);
    // A line as `diff -u` writes it: "+", "-" or " " then the text; a Hunk line as it is.
    static QString prefixed(const Line &line);
};

} // namespace Takeout
