#include "RecordTableModel.h"

#include "exports/CronSchedule.h"

#include <QDateTime>
#include <QLocale>
#include <QTimeZone>

namespace Takeout {

void RecordTableModel::setRecords(std::shared_ptr<const JsonDocument> document, quint32 array,
                                  const QList<Column> &columns)
{
    beginResetModel();
    m_document = std::move(document);
    m_columns = columns;
    m_rows.clear();
    if (m_document && array != JsonDocument::none) {
        m_rows.reserve(m_document->childCount(array));
        for (quint32 item = m_document->firstChild(array); item != JsonDocument::none;
             item = m_document->nextSibling(item))
            m_rows.push_back(item);
    }
    endResetModel();
}

int RecordTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RecordTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QVariant RecordTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !m_document || (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != SortRole))
        return {};
    const Column &column = m_columns.at(index.column());
    const quint32 value = m_document->member(record(index.row()), column.key);
    if (value == JsonDocument::none)
        return {};
    const JsonDocument::Type type = m_document->type(value);
    const QString text = m_document->text(value);
    switch (column.format) {
    case Format::Text:
        if (role == SortRole && type == JsonDocument::Type::Number)
            return text.toDouble();
        return role == Qt::ToolTipRole ? QVariant() : QVariant(text);
    case Format::Time: {
        if (role != Qt::DisplayRole)
            return text; // ISO 8601 sorts as text and explains itself in the tooltip
        const QDateTime when = QDateTime::fromString(text, Qt::ISODateWithMs);
        return when.isValid() ? QLocale().toString(when.toLocalTime(), QLocale::ShortFormat) : text;
    }
    case Format::YesNo:
        if (role == Qt::ToolTipRole)
            return {};
        return type == JsonDocument::Type::True ? tr("Yes") : type == JsonDocument::Type::False ? tr("No") : text;
    case Format::Cron:
        return role == Qt::DisplayRole ? CronSchedule(text).toWords() : text;
    case Format::NextRun: {
        // Schedules are read in UTC, the servers' clock; the run is shown in local time.
        const QDateTime next = CronSchedule(text).nextRun(QDateTime::currentDateTimeUtc());
        if (!next.isValid())
            return role == Qt::DisplayRole ? tr("never") : QVariant();
        if (role == Qt::DisplayRole)
            return QLocale().toString(next.toLocalTime(), QLocale::ShortFormat);
        return next.toString(Qt::ISODate);
    }
    case Format::Count:
        return type == JsonDocument::Type::Array ? int(m_document->childCount(value)) : 0;
    }
    return {};
}

QVariant RecordTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section >= m_columns.size())
        return {};
    return m_columns.at(section).title;
}

} // namespace Takeout
