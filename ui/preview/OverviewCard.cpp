#include "OverviewCard.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace Takeout {

OverviewCard::OverviewCard(const QString &heading, int count, const QString &objectName, QWidget *parent)
    : QFrame(parent)
    , m_heading(new QLabel(heading, this))
    , m_layout(new QVBoxLayout(this))
    , m_count(count)
{
    setObjectName(objectName);
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);
    setAccessibleName(heading);

    m_heading->setObjectName(QStringLiteral("cardHeading"));
    m_heading->setTextFormat(Qt::PlainText);
    m_heading->setWordWrap(true);
    QFont font = m_heading->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.15);
    m_heading->setFont(font);
    auto *top = new QHBoxLayout;
    top->addWidget(m_heading, 1);
    if (count >= 0) {
        auto *number = new QLabel(QLocale().toString(count), this);
        number->setObjectName(QStringLiteral("cardCount"));
        number->setFont(font);
        // The palette's muted text: readable in light and dark, and second to the heading.
        number->setForegroundRole(QPalette::PlaceholderText);
        number->setAccessibleName(tr("%1: %2").arg(heading, number->text()));
        top->addWidget(number, 0, Qt::AlignTop);
    }
    m_layout->setContentsMargins(12, 10, 12, 12);
    m_layout->addLayout(top);
}

QString OverviewCard::heading() const
{
    return m_heading->text();
}

QLabel *OverviewCard::addText(const QString &text)
{
    auto *label = new QLabel(text, this);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    m_layout->addWidget(label);
    return label;
}

bool OverviewCard::event(QEvent *event)
{
    if (event->type() == QEvent::Enter && !m_selectable) {
        m_selectable = true;
        for (QLabel *label : findChildren<QLabel *>(Qt::FindDirectChildrenOnly))
            label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    return QFrame::event(event);
}

void OverviewCard::addWidget(QWidget *widget, int stretch)
{
    m_layout->addWidget(widget, stretch);
}

QLabel *OverviewCard::addBullets(const QStringList &items, int limit)
{
    QStringList lines;
    for (qsizetype i = 0; i < items.size() && i < limit; ++i)
        lines << QStringLiteral("• ") + items.at(i);
    if (items.size() > limit)
        lines << tr("…and %n more, listed under Details (JSON).", nullptr, int(items.size() - limit));
    return addText(lines.join(QLatin1Char('\n')));
}

} // namespace Takeout
