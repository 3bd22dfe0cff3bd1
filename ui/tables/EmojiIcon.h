#pragma once

#include <QFont>
#include <QIcon>
#include <QString>

namespace Takeout {

// An agent's emoji as an icon that scales with the screen (drawn for each device pixel ratio), or
// the given fallback when no installed font has its glyph: an empty box says nothing.
class EmojiIcon
{
public:
    // Whether the fonts (the given one and those Qt falls back to) can draw every character of it.
    static bool drawable(const QString &text, const QFont &font = QFont());
    static QIcon icon(const QString &emoji, const QIcon &fallback, int size = 24, const QFont &font = QFont());
};

} // namespace Takeout
