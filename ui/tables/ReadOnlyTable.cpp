#include "ReadOnlyTable.h"

#include "tables/RecordTableModel.h"
#include "tables/TableExport.h"

#include <QAction>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QVBoxLayout>

namespace Takeout {

ReadOnlyTable::ReadOnlyTable(QAbstractItemModel *model, const QString &objectName, QWidget *parent)
    : QTableView(parent)
{
    setObjectName(objectName);
    setModel(model);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    // Several rows, for copying them.
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setAlternatingRowColors(true);
    setWordWrap(false);
    verticalHeader()->hide();
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    horizontalHeader()->setStretchLastSection(true);
    if (qobject_cast<QSortFilterProxyModel *>(model) || qobject_cast<RecordTableModel *>(model)) {
        setSortingEnabled(true);
        sortByColumn(-1, Qt::AscendingOrder); // the export's own order until a header is clicked
    }
    setContextMenuPolicy(Qt::ActionsContextMenu);
    auto *copy = new QAction(tr("&Copy Rows"), this);
    copy->setObjectName(QStringLiteral("copyRowsAction"));
    // Ctrl+C is the window's Edit › Copy, which copies a table's rows the same way.
    connect(copy, &QAction::triggered, this, [this] { TableExport::copySelectedRows(this); });
    addAction(copy);
}

void ReadOnlyTable::setExportTable(const QString &name)
{
    m_exportName = name;
    if (m_exportTable || !qobject_cast<RecordTableModel *>(model()))
        return;
    m_exportTable = new QAction(tr("&Export Table…"), this);
    m_exportTable->setObjectName(QStringLiteral("exportTableAction"));
    connect(m_exportTable, &QAction::triggered, this, [this] {
        if (const auto *records = qobject_cast<RecordTableModel *>(model()))
            TableExport::save(this, records->sharedDocument(), m_exportName);
    });
    addAction(m_exportTable);
}

void ReadOnlyTable::setPlaceholder(const QIcon &icon, const QString &sentence, const QString &actionText,
                                   const std::function<void()> &action)
{
    if (!m_placeholder) {
        m_placeholder = new QWidget(this);
        m_placeholder->setObjectName(QStringLiteral("placeholder"));
        m_placeholder->setAutoFillBackground(true);
        m_placeholder->setBackgroundRole(QPalette::Base);
        m_placeholderIcon = new QLabel(m_placeholder);
        m_placeholderIcon->setAlignment(Qt::AlignCenter);
        m_placeholderText = new QLabel(m_placeholder);
        m_placeholderText->setObjectName(QStringLiteral("placeholderText"));
        m_placeholderText->setAlignment(Qt::AlignCenter);
        m_placeholderText->setWordWrap(true);
        m_placeholderText->setTextFormat(Qt::PlainText);
        m_placeholderAction = new QPushButton(m_placeholder);
        m_placeholderAction->setObjectName(QStringLiteral("placeholderAction"));
        auto *layout = new QVBoxLayout(m_placeholder);
        layout->addStretch();
        layout->addWidget(m_placeholderIcon);
        layout->addWidget(m_placeholderText);
        layout->addWidget(m_placeholderAction, 0, Qt::AlignHCenter);
        layout->addStretch();
        QAbstractItemModel *source = model();
        connect(source, &QAbstractItemModel::modelReset, this, &ReadOnlyTable::updatePlaceholder);
        connect(source, &QAbstractItemModel::rowsInserted, this, &ReadOnlyTable::updatePlaceholder);
        connect(source, &QAbstractItemModel::rowsRemoved, this, &ReadOnlyTable::updatePlaceholder);
        connect(source, &QAbstractItemModel::layoutChanged, this, &ReadOnlyTable::updatePlaceholder);
        if (auto *records = qobject_cast<RecordTableModel *>(source))
            connect(records, &RecordTableModel::busyChanged, this, &ReadOnlyTable::updatePlaceholder);
    }
    const int size = style()->pixelMetric(QStyle::PM_LargeIconSize, nullptr, this) * 3 / 2;
    m_placeholderIcon->setPixmap(icon.pixmap(QSize(size, size), devicePixelRatioF()));
    m_placeholderIcon->setVisible(!icon.isNull());
    m_placeholderText->setText(sentence);
    m_placeholder->setAccessibleName(sentence);
    m_placeholderAction->setText(actionText);
    m_placeholderAction->setVisible(!actionText.isEmpty() && action);
    m_placeholderAction->disconnect(this);
    if (action)
        connect(m_placeholderAction, &QPushButton::clicked, this, action);
    updatePlaceholder();
}

void ReadOnlyTable::resizeEvent(QResizeEvent *event)
{
    QTableView::resizeEvent(event);
    if (m_placeholder)
        m_placeholder->setGeometry(rect());
}

void ReadOnlyTable::updatePlaceholder()
{
    if (!m_placeholder)
        return;
    const auto *records = qobject_cast<RecordTableModel *>(model());
    // While rows are still being gathered the table is not empty, only not ready.
    const bool empty = model()->rowCount() == 0 && !(records && records->isBusy());
    m_placeholder->setGeometry(rect());
    m_placeholder->setVisible(empty);
    if (empty)
        m_placeholder->raise();
}

} // namespace Takeout
