#pragma once

#include "documents/AccountPictures.h"

#include <QWidget>

namespace Takeout {

// An account at a glance: a week grid (Monday to Sunday by hour, UTC) of when its enabled scheduled
// tasks run, and its agents by status and by model as small bar charts. Painted in the palette's
// colours, sized by the font (so dark mode and 200 % scaling read the same); each picture's numbers
// are its accessible description.
class WeekGrid : public QWidget
{
    Q_OBJECT

public:
    explicit WeekGrid(const AccountPictures &pictures, QWidget *parent = nullptr);
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    AccountPictures m_pictures;
};

class BarChart : public QWidget
{
    Q_OBJECT

public:
    BarChart(const QString &title, const AccountPictures::Bars &bars, QWidget *parent = nullptr);
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QString m_title;
    AccountPictures::Bars m_bars;
};

// The three pictures in a row.
class AccountCharts : public QWidget
{
    Q_OBJECT

public:
    explicit AccountCharts(const AccountPictures &pictures, QWidget *parent = nullptr);
};

} // namespace Takeout
