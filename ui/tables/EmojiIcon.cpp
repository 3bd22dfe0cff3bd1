#include "EmojiIcon.h"

#include <QGlyphRun>
#include <QPainter>
#include <QPixmap>
#include <QTextLayout>

namespace Takeout {

bool EmojiIcon::drawable(const QString &text, const QFont &font)
{
    if (text.trimmed().isEmpty())
        return false;
    // Laid out as a label would, with Qt's font fallback: a glyph index of 0 is the missing glyph.
    QTextLayout layout(text, font);
    layout.beginLayout();
    layout.createLine();
    layout.endLayout();
    const QList<QGlyphRun> runs = layout.glyphRuns();
    if (runs.isEmpty())
        return false;
    for (const QGlyphRun &run : runs) {
        for (const quint32 glyph : run.glyphIndexes()) {
            if (glyph == 0)
                return false;
        }
    }
    return true;
}

QIcon EmojiIcon::icon(const QString &emoji, const QIcon &fallback, int size, const QFont &font)
{
    if (!drawable(emoji, font))
        return fallback;
    QIcon icon;
    for (const qreal scale : {1.0, 1.25, 1.5, 2.0, 3.0}) {
        QPixmap pixmap(QSize(size, size) * scale);
        pixmap.setDevicePixelRatio(scale);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        QFont drawn = font;
        drawn.setPixelSize(qMax(1, size * 4 / 5));
        painter.setFont(drawn);
        painter.drawText(QRect(0, 0, size, size), Qt::AlignCenter, emoji);
        painter.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

} // namespace Takeout
