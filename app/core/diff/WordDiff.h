#pragma once

#include <QString>
#include <vector>

namespace Takeout {

// Two short texts compared word by word, for a changed description or name shown as old and new
// with the changed words marked. Words are runs of letters and digits, runs of spaces, and each
// other character alone. Between the equal first and last words the alignment takes time in the
// product of the words; past `maxCells` it gives up and says the whole middle was replaced.
class WordDiff
{
public:
    struct Piece
    {
        enum class Kind : quint8
        {
            Same,
            Removed, // only in the old text
            Added,   // only in the new text
        };
        Kind kind = Kind::Same;
        QString text;
    };

    // The pieces in reading order: Same and Removed make the old text, Same and Added the new one.
    static std::vector<Piece> compare(const QString &before, const QString &after, qint64 maxCells = qint64(4) << 20);
    static QStringList words(const QString &text);
};

} // namespace Takeout
