#include "RecordTableModel.h"

#include "base/BackgroundTask.h"

#include "exports/CronSchedule.h"
#include "text/Wording.h"

#include <QCollator>
#include <QDateTime>
#include <QTimeZone>
#include <QtConcurrent/QtConcurrentRun>
#include <algorithm>
#include <optional>
#ifdef __GLIBC__
#include <malloc.h>
#endif

namespace Takeout {

namespace {

// A large sort frees hundreds of thousands of small blocks (its keys) at its end. glibc merges such
// blocks (malloc_consolidate) in whichever thread next frees a large block of their arena: that was
// the UI thread taking in the new order, which stalled. They are merged here, on the worker, instead.
void mergeFreedBlocks()
{
#ifdef __GLIBC__
    malloc_trim(0);
#endif
}

} // namespace

void RecordTableModel::setRecords(std::shared_ptr<const JsonDocument> document, quint32 array,
                                  const QList<Column> &columns)
{
    m_worker.cancel();
    beginResetModel();
    m_document = std::move(document);
    m_columns = columns;
    m_rows.clear();
    m_rowsColumn = -1; // the export's order
    endResetModel();
    m_gathering = false;
    if (!m_document || array == JsonDocument::none) {
        setBusy(false);
        return;
    }
    if (m_document->childCount(array) <= InlineGather) {
        setRows(m_document->children(array));
        return;
    }
    m_gathering = true;
    setBusy(true);
    // The worker holds the document, not the model: the model may go first.
    m_worker = BackgroundTask::run(
        this, [document = m_document, array](const TaskControl &) { return document->children(array); },
        [this](std::vector<quint32> rows) {
            m_gathering = false;
            setRows(std::move(rows));
        });
}

void RecordTableModel::setRows(std::vector<quint32> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    m_rowsColumn = -1;
    endResetModel();
    if (m_sortColumn >= 0)
        sort(m_sortColumn, m_sortOrder);
    else
        setBusy(false);
}

void RecordTableModel::sort(int column, Qt::SortOrder order)
{
    m_sortColumn = column >= 0 && column < m_columns.size() ? column : -1;
    m_sortOrder = order;
    if (m_gathering)
        return; // sorted once gathered
    if (m_sortColumn == m_rowsColumn && (m_sortColumn < 0 || m_sortOrder == m_rowsOrder))
        return;
    m_rowsColumn = m_sortColumn;
    m_rowsOrder = m_sortOrder;
    m_worker.cancel();
    if (!m_document || m_rows.size() < 2) {
        setBusy(false);
        return;
    }
    const Column *sortBy = m_sortColumn >= 0 ? &m_columns.at(m_sortColumn) : nullptr;
    if (m_rows.size() <= size_t(InlineSort)) {
        applyOrder(sortedOrder(*m_document, m_rows, sortBy, order, QLocale()));
        setBusy(false);
        return;
    }
    setBusy(true);
    // The worker has copies of all it reads, but the document, which it shares and nobody changes.
    std::optional<Column> columnCopy;
    if (sortBy)
        columnCopy = *sortBy;
    m_worker = BackgroundTask::run(
        this,
        [document = m_document, rows = m_rows, columnCopy, order, locale = QLocale()](const TaskControl &) {
            std::vector<quint32> sorted =
                sortedOrder(*document, rows, columnCopy ? &*columnCopy : nullptr, order, locale);
            mergeFreedBlocks();
            return sorted;
        },
        [this](const std::vector<quint32> &sorted) {
            applyOrder(sorted);
            setBusy(false);
        });
}

std::vector<quint32> RecordTableModel::sortedOrder(const JsonDocument &document, const std::vector<quint32> &rows,
                                                   const Column *column, Qt::SortOrder order, const QLocale &locale)
{
    std::vector<quint32> positions(rows.size());
    for (size_t i = 0; i < rows.size(); ++i)
        positions[i] = quint32(i);
    // A record's node comes before the next one's: comparing them is comparing places in the export.
    const auto inExportOrder = [&rows](quint32 a, quint32 b) { return rows[a] < rows[b]; };
    if (!column) {
        std::sort(positions.begin(), positions.end(), inExportOrder);
        return positions;
    }

    enum Kind : quint8
    {
        Number,
        Collated,
        Plain,
        Empty,
    };
    struct Key
    {
        Kind kind = Empty;
        double number = 0;
        QString plain;
        std::optional<QCollatorSortKey> collated;
    };
    const bool collate = column->format == Format::Text || column->format == Format::YesNo;
    std::vector<Key> keys(rows.size());
    // Each thread with a collator of its own (an ICU collator is not shared across threads).
    const auto makeKeys = [&](size_t from, size_t to) {
        QCollator collator(locale);
        collator.setCaseSensitivity(Qt::CaseInsensitive);
        collator.setNumericMode(true);
        for (size_t i = from; i < to; ++i) {
            const QVariant value = cell(document, rows[i], *column, SortRole);
            Key &key = keys[i];
            if (!value.isValid())
                continue;
            if (value.typeId() == QMetaType::Double || value.typeId() == QMetaType::Int) {
                key.kind = Number;
                key.number = value.toDouble();
            } else if (collate) {
                key.kind = Collated;
                key.collated = collator.sortKey(value.toString());
            } else {
                key.kind = Plain;
                key.plain = value.toString();
            }
        }
    };
    const bool descending = order == Qt::DescendingOrder;
    const auto less = [&](quint32 a, quint32 b) {
        const Key &left = keys[a];
        const Key &right = keys[b];
        if ((left.kind == Empty) != (right.kind == Empty))
            return right.kind == Empty; // empty cells last, whichever the order
        int compared = 0;
        if (left.kind != right.kind)
            compared = left.kind < right.kind ? -1 : 1; // numbers before text
        else if (left.kind == Number)
            compared = left.number < right.number ? -1 : right.number < left.number ? 1 : 0;
        else if (left.kind == Collated)
            compared = left.collated->compare(*right.collated);
        else if (left.kind == Plain)
            compared = left.plain.compare(right.plain);
        if (compared != 0)
            return descending ? compared > 0 : compared < 0;
        return inExportOrder(a, b);
    };
    // A table too large to sort in the call is a worker's already: it takes the other core for half
    // of the keys and half of the sort, then merges, as the user waits for the new order.
    const size_t half = rows.size() / 2;
    if (rows.size() <= size_t(InlineSort)) {
        makeKeys(0, rows.size());
        std::sort(positions.begin(), positions.end(), less);
        return positions;
    }
    QFuture<void> first = QtConcurrent::run(BackgroundTask::threads(), [&] { makeKeys(0, half); });
    makeKeys(half, rows.size());
    first.waitForFinished(); // runs it here if no thread had taken it
    const auto middle = positions.begin() + qsizetype(half);
    first = QtConcurrent::run(BackgroundTask::threads(), [&] { std::sort(positions.begin(), middle, less); });
    std::sort(middle, positions.end(), less);
    first.waitForFinished();
    std::inplace_merge(positions.begin(), middle, positions.end(), less);
    return positions;
}

void RecordTableModel::applyOrder(const std::vector<quint32> &order)
{
    Q_ASSERT(order.size() == m_rows.size());
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    // Where each row goes, so that the selection and the current row follow their records.
    std::vector<int> moved(order.size());
    std::vector<quint32> rows(order.size());
    for (size_t to = 0; to < order.size(); ++to) {
        moved[order[to]] = int(to);
        rows[to] = m_rows[order[to]];
    }
    m_rows.swap(rows);
    const QModelIndexList from = persistentIndexList();
    QModelIndexList to;
    to.reserve(from.size());
    for (const QModelIndex &index : from)
        to.append(index.isValid() ? createIndex(moved[size_t(index.row())], index.column()) : QModelIndex());
    changePersistentIndexList(from, to);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void RecordTableModel::setBusy(bool busy)
{
    if (busy == m_busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged(busy);
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
    if (!index.isValid() || !m_document)
        return {};
    return cell(*m_document, record(index.row()), m_columns.at(index.column()), role);
}

QVariant RecordTableModel::cell(const JsonDocument &document, quint32 record, const Column &column, int role)
{
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != SortRole)
        return {};
    const quint32 value = document.member(record, column.key);
    if (value == JsonDocument::none)
        return {};
    const JsonDocument::Type type = document.type(value);
    const QString text = document.text(value);
    switch (column.format) {
    case Format::Text:
        if (role == SortRole && type == JsonDocument::Type::Number)
            return text.toDouble();
        return role == Qt::ToolTipRole ? QVariant() : QVariant(text);
    case Format::Time: {
        if (role == SortRole)
            return text; // ISO 8601 sorts as text
        const QDateTime when = QDateTime::fromString(text, Qt::ISODateWithMs);
        if (!when.isValid())
            return role == Qt::DisplayRole ? QVariant(text) : QVariant();
        return role == Qt::DisplayRole ? Wording::dateTime(when) : Wording::utc(when);
    }
    case Format::Status:
        if (role == Qt::ToolTipRole)
            return Wording::status(text) == text ? QVariant() : QVariant(text);
        return role == SortRole ? QVariant(text) : QVariant(Wording::status(text));
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
            return Wording::dateTime(next);
        return role == Qt::ToolTipRole ? Wording::utc(next) : next.toString(Qt::ISODate);
    }
    case Format::Count:
        return type == JsonDocument::Type::Array ? int(document.childCount(value)) : 0;
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
