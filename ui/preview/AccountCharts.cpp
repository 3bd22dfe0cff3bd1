#include "AccountCharts.h"

#include <QHBoxLayout>
#include <QLocale>
#include <QPainter>

namespace Takeout {

namespace {

int cellSize(const QFontMetrics &metrics)
{
    return metrics.horizontalAdvance(QStringLiteral("00")) + 2;
}

} // namespace

WeekGrid::WeekGrid(const AccountPictures &pictures, QWidget *parent)
    : QWidget(parent)
    , m_pictures(pictures)
{
    setObjectName(QStringLiteral("weekGrid"));
    setAccessibleName(tr("When scheduled tasks run (UTC)"));
    setAccessibleDescription(m_pictures.weekText());
    setToolTip(m_pictures.weekText());
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
}

QSize WeekGrid::sizeHint() const
{
    const QFontMetrics metrics = fontMetrics();
    const int cell = cellSize(metrics);
    int dayWidth = 0;
    for (int day = 1; day <= 7; ++day)
        dayWidth = qMax(dayWidth, metrics.horizontalAdvance(QLocale().dayName(day, QLocale::ShortFormat)));
    return {dayWidth + 6 + 24 * cell + 1, metrics.height() * 2 + 7 * cell + 1};
}

void WeekGrid::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const QFontMetrics metrics = fontMetrics();
    const int cell = cellSize(metrics);
    int dayWidth = 0;
    for (int day = 1; day <= 7; ++day)
        dayWidth = qMax(dayWidth, metrics.horizontalAdvance(QLocale().dayName(day, QLocale::ShortFormat)));
    const int left = dayWidth + 6;
    const int top = metrics.height() * 2;
    painter.setPen(palette().color(QPalette::WindowText));
    painter.drawText(QRect(0, 0, width(), metrics.height()), Qt::AlignLeft, accessibleName());
    for (int hour = 0; hour < 24; hour += 3)
        painter.drawText(QRect(left + hour * cell, metrics.height(), cell * 3, metrics.height()), Qt::AlignLeft,
                         QStringLiteral("%1").arg(hour, 2, 10, QLatin1Char('0')));
    int most = 1;
    for (const auto &hours : m_pictures.week) {
        for (int count : hours)
            most = qMax(most, count);
    }
    const QColor grid = palette().color(QPalette::Mid);
    QColor fill = palette().color(QPalette::Highlight);
    for (int day = 0; day < 7; ++day) {
        painter.setPen(palette().color(QPalette::WindowText));
        painter.drawText(QRect(0, top + day * cell, dayWidth, cell), Qt::AlignLeft | Qt::AlignVCenter,
                         QLocale().dayName(day + 1, QLocale::ShortFormat));
        for (int hour = 0; hour < 24; ++hour) {
            const QRect square(left + hour * cell, top + day * cell, cell, cell);
            const int count = m_pictures.week[size_t(day)][size_t(hour)];
            painter.setPen(grid);
            if (count > 0) {
                fill.setAlphaF(0.35f + 0.65f * float(count) / float(most));
                painter.setBrush(fill);
            } else {
                painter.setBrush(palette().color(QPalette::Base));
            }
            painter.drawRect(square.adjusted(0, 0, -1, -1));
        }
    }
}

BarChart::BarChart(const QString &title, const AccountPictures::Bars &bars, QWidget *parent)
    : QWidget(parent)
    , m_title(title)
    , m_bars(bars)
{
    setAccessibleName(title);
    setAccessibleDescription(AccountPictures::barsText(bars));
    setToolTip(AccountPictures::barsText(bars));
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
}

QSize BarChart::sizeHint() const
{
    const QFontMetrics metrics = fontMetrics();
    return {metrics.horizontalAdvance(QLatin1Char('x')) * 40, metrics.height() * int(m_bars.size() + 1) + 2};
}

void BarChart::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const QFontMetrics metrics = fontMetrics();
    const int line = metrics.height();
    int labelWidth = 0;
    int numberWidth = 0;
    int most = 1;
    for (const auto &bar : m_bars) {
        labelWidth = qMax(labelWidth, metrics.horizontalAdvance(bar.first));
        numberWidth = qMax(numberWidth, metrics.horizontalAdvance(QString::number(bar.second)));
        most = qMax(most, bar.second);
    }
    // A little over the widest label: eliding measures with rounding of its own.
    labelWidth = qMin(labelWidth + 4, width() / 2);
    const QColor text = palette().color(QPalette::WindowText);
    painter.setPen(text);
    painter.drawText(QRect(0, 0, width(), line), Qt::AlignLeft, m_title);
    const int barLeft = labelWidth + 6;
    const int barSpace = qMax(1, width() - barLeft - numberWidth - 12);
    for (qsizetype i = 0; i < m_bars.size(); ++i) {
        const int y = line * int(i + 1);
        const auto &bar = m_bars.at(i);
        painter.setPen(text);
        painter.drawText(QRect(0, y, labelWidth, line), Qt::AlignLeft | Qt::AlignVCenter,
                         metrics.elidedText(bar.first, Qt::ElideRight, labelWidth));
        const int length = qMax(1, barSpace * bar.second / most);
        painter.fillRect(QRect(barLeft, y + line / 5, length, line * 3 / 5), palette().color(QPalette::Highlight));
        painter.drawText(QRect(barLeft + length + 4, y, numberWidth + 2, line), Qt::AlignLeft | Qt::AlignVCenter,
                         QString::number(bar.second));
    }
}

AccountCharts::AccountCharts(const AccountPictures &pictures, QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("accountCharts"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new WeekGrid(pictures, this), 0, Qt::AlignTop);
    auto *status = new BarChart(tr("Agents by status"), pictures.byStatus, this);
    status->setObjectName(QStringLiteral("statusChart"));
    auto *model = new BarChart(tr("Agents by model"), pictures.byModel, this);
    model->setObjectName(QStringLiteral("modelChart"));
    layout->addWidget(status, 1, Qt::AlignTop);
    layout->addWidget(model, 1, Qt::AlignTop);
}

} // namespace Takeout
