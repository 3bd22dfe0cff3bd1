#include "SymbolIconEngine.h"

#include <QGuiApplication>
#include <QPainter>
#include <QPalette>

namespace Takeout {

SymbolIconEngine::SymbolIconEngine(const QString &file)
    : m_file(file)
    , m_icon(file)
{
}

void SymbolIconEngine::paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state)
{
    // At the device's scale, so that it stays sharp at 200 %.
    const qreal scale = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
    painter->drawPixmap(rect, scaledPixmap(rect.size(), mode, state, scale));
}

QPixmap SymbolIconEngine::pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state)
{
    return scaledPixmap(size, mode, state, 1.0);
}

QPixmap SymbolIconEngine::scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state, qreal scale)
{
    if (mode != QIcon::Selected)
        return m_icon.pixmap(size, scale, mode, state);
    QPixmap pixmap = m_icon.pixmap(size, scale, QIcon::Normal, state);
    // The symbol's shape, filled with the colour text has on the highlight; its opacity is kept.
    QPainter painter(&pixmap);
    painter.setCompositionMode(QPainter::CompositionMode_SourceIn);
    painter.fillRect(QRectF(QPointF(), pixmap.deviceIndependentSize()),
                     QGuiApplication::palette().color(QPalette::Active, QPalette::HighlightedText));
    painter.end();
    return pixmap;
}

QSize SymbolIconEngine::actualSize(const QSize &size, QIcon::Mode mode, QIcon::State state)
{
    return m_icon.actualSize(size, mode == QIcon::Selected ? QIcon::Normal : mode, state);
}

QIconEngine *SymbolIconEngine::clone() const
{
    return new SymbolIconEngine(m_file);
}

QString SymbolIconEngine::key() const
{
    return QStringLiteral("SymbolIconEngine");
}

} // namespace Takeout
