#pragma once

#include <QIcon>
#include <QIconEngine>

namespace Takeout {

// A one-colour symbol (Home, the workspace) that stays visible on a selected row: in QIcon::Selected
// mode it is drawn in the palette's highlighted-text colour instead of its own, which is close to
// the highlight's blue. The colour is read when painting, so a palette change follows.
class SymbolIconEngine : public QIconEngine
{
public:
    explicit SymbolIconEngine(const QString &file);

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override;
    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override;
    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state, qreal scale) override;
    QSize actualSize(const QSize &size, QIcon::Mode mode, QIcon::State state) override;
    QIconEngine *clone() const override;
    QString key() const override;

private:
    QString m_file;
    QIcon m_icon;
};

} // namespace Takeout
