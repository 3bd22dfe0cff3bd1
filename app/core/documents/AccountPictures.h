#pragma once

#include <QDate>
#include <QList>
#include <QPair>
#include <QString>
#include <array>

namespace Takeout {

class JsonDocument;

// What an account's pictures show, read from its export: the agents by status and by model (largest
// first, the rest added up as one bar), and how many enabled scheduled tasks run in each hour of a
// week, Monday to Sunday, in UTC, the servers' clock.
struct AccountPictures
{
    using Bars = QList<QPair<QString, int>>;
    Bars byStatus;
    Bars byModel;
    std::array<std::array<int, 24>, 7> week{};
    QDate monday;

    // `day` picks the week (the export's own date, so that the same file always shows the same grid).
    static AccountPictures read(const JsonDocument &document, const QDate &day);
    // The week as sentences for a screen reader: "Monday: 09:00 (1), 18:00 (2)."; days without runs left out.
    QString weekText() const;
    static QString barsText(const Bars &bars);
};

} // namespace Takeout
