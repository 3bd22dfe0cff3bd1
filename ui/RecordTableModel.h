#pragma once

#include "json/JsonDocument.h"

#include <QAbstractTableModel>
#include <memory>
#include <vector>

namespace Takeout {

// The objects of one JSON array as table rows, read from the document when shown: a few hundred
// thousand agents cost one number per row, not a copy of their fields.
class RecordTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum class Format
    {
        Text,    // a string or any scalar as written
        Time,    // ISO 8601 shown in local time, the ISO value in the tooltip
        YesNo,   // a boolean
        Cron,    // a cron expression in words, the expression in the tooltip
        NextRun, // the next run of the cron expression in this field
        Count,   // the number of elements of an array
    };
    struct Column
    {
        QString title;
        QLatin1StringView key; // a member name of the export's format
        Format format = Format::Text;
    };
    static constexpr int SortRole = Qt::UserRole + 1;

    using QAbstractTableModel::QAbstractTableModel;

    // `array` is a record of `document`; `none` clears the table.
    void setRecords(std::shared_ptr<const JsonDocument> document, quint32 array, const QList<Column> &columns);
    quint32 record(int row) const { return m_rows.at(size_t(row)); }
    const JsonDocument *document() const { return m_document.get(); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::shared_ptr<const JsonDocument> m_document;
    std::vector<quint32> m_rows;
    QList<Column> m_columns;
};

} // namespace Takeout
