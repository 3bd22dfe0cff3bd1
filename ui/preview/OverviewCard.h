#pragma once

#include <QFrame>

class QLabel;
class QVBoxLayout;

namespace Takeout {

// One card of an export's overview: a heading, how many there are, and a short body that reads like
// text. Drawn with the palette's base colour and a styled frame, so that it follows light and dark.
class OverviewCard : public QFrame
{
    Q_OBJECT

public:
    // A count below zero shows none (a card about one thing, like the definition).
    OverviewCard(const QString &heading, int count, const QString &objectName, QWidget *parent = nullptr);

    QString heading() const;
    int count() const { return m_count; }
    // A paragraph of plain text, wrapped; returns it for a name or a font.
    QLabel *addText(const QString &text);
    void addWidget(QWidget *widget, int stretch = 0);
    // A bullet line per item, at most `limit` of them, then how many more the JSON details hold.
    QLabel *addBullets(const QStringList &items, int limit = 12);
    // The card's text becomes selectable when the pointer first comes over the card: a selectable label
    // lays itself out as a rich-text document on every width a layout asks about, which slowed down
    // showing a template's cards.
    bool isSelectable() const { return m_selectable; }

protected:
    bool event(QEvent *event) override;

private:
    QLabel *m_heading;
    QVBoxLayout *m_layout;
    int m_count;
    bool m_selectable = false;
};

} // namespace Takeout
