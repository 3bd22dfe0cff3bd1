#pragma once

#include "base/BackgroundTask.h"
#include "json/JsonDocument.h"

#include <QAbstractTableModel>
#include <QLocale>
#include <memory>
#include <vector>

namespace Takeout {

// The objects of one JSON array as table rows, read from the document when shown: a few hundred
// thousand agents cost one number per row, not a copy of their fields.
//
// The model sorts itself (a header click calls sort()), without a QSortFilterProxyModel, whose own
// mapping of every row held the UI thread on a large account. A large
// array's rows are gathered, and a large table sorted, on a worker; busyChanged() says when, and the
// table keeps answering meanwhile. Values are compared as a person reads them: numbers as numbers,
// text in the language's order without regard to case ("agent 2" before "agent 10"), times as
// written (ISO 8601), with empty cells last in either order and ties in the export's own order.
class RecordTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum class Format
    {
        Text,    // a string or any scalar as written
        Time,    // ISO 8601 shown in local time without seconds, UTC in the tooltip
        YesNo,   // a boolean
        Cron,    // a cron expression in words, the expression in the tooltip
        NextRun, // the next run of the cron expression in this field
        Count,   // the number of elements of an array
        Status,  // a record's status in words, translated (Wording::status), as written in the tooltip
    };
    struct Column
    {
        QString title;
        QLatin1StringView key; // a member name of the export's format
        Format format = Format::Text;
    };
    static constexpr int SortRole = Qt::UserRole + 1;
    // Up to this many rows are gathered, and sorted, in the call itself: quicker than a round trip to
    // a worker and back.
    static constexpr quint32 InlineGather = 50000;
    static constexpr int InlineSort = 5000;

    using QAbstractTableModel::QAbstractTableModel;

    // `array` is a record of `document`; `none` clears the table. The sort chosen last is kept.
    void setRecords(std::shared_ptr<const JsonDocument> document, quint32 array, const QList<Column> &columns);
    quint32 record(int row) const { return m_rows.at(size_t(row)); }
    const JsonDocument *document() const { return m_document.get(); }
    std::shared_ptr<const JsonDocument> sharedDocument() const { return m_document; }
    // Rows still being gathered or sorted on a worker.
    bool isBusy() const { return m_busy; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    // Column -1 is the export's own order.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

Q_SIGNALS:
    void busyChanged(bool busy);

private:
    static QVariant cell(const JsonDocument &document, quint32 record, const Column &column, int role);
    // The rows' positions in `rows` in the order asked for.
    static std::vector<quint32> sortedOrder(const JsonDocument &document, const std::vector<quint32> &rows,
                                            const Column *column, Qt::SortOrder order, const QLocale &locale);
    void setRows(std::vector<quint32> rows);
    void applyOrder(const std::vector<quint32> &order);
    void setBusy(bool busy);

    std::shared_ptr<const JsonDocument> m_document;
    std::vector<quint32> m_rows;
    QList<Column> m_columns;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    // The order the rows are in, or will be once a worker's sort lands: asking for it again (as
    // QTableView::sortByColumn does, twice) costs nothing.
    int m_rowsColumn = -1;
    Qt::SortOrder m_rowsOrder = Qt::AscendingOrder;
    // The gathering or sort on a worker; new records or a new sort cancel it, and its answer with it.
    BackgroundTask m_worker;
    bool m_gathering = false;
    bool m_busy = false;
};

} // namespace Takeout
