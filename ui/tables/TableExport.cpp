#include "TableExport.h"

#include "documents/CsvTable.h"
#include "tables/ProgressTask.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QClipboard>
#include <QFileDialog>
#include <QMessageBox>
#include <QStandardPaths>
#include <algorithm>

namespace Takeout {

void TableExport::save(QWidget *parent, const std::shared_ptr<const JsonDocument> &document, const QString &name)
{
    if (!document)
        return;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString path = QFileDialog::getSaveFileName(parent, tr("Export Table"),
                                                folder + QLatin1Char('/') + name + QStringLiteral(".csv"),
                                                tr("CSV for spreadsheets (*.csv)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QStringLiteral(".csv"), Qt::CaseInsensitive))
        path += QStringLiteral(".csv");
    // The dialog asked before replacing a file.
    ProgressTask::run(
        parent, tr("Exporting the table…"),
        [document, name, path](const TaskControl &control) {
            return CsvTable::save(*document, name, path, ExportWriter::Existing::Replace, control);
        },
        [parent](const Failure &failure) {
            if (failure.isError() && failure.kind() != Failure::Kind::Cancelled)
                QMessageBox::warning(parent, tr("Export Table"), failure.message());
        });
}

QString TableExport::selectedRows(const QAbstractItemView *view)
{
    if (!view || !view->selectionModel() || !view->model())
        return {};
    QModelIndexList rows = view->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(), [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    const QAbstractItemModel *model = view->model();
    QStringList lines;
    for (const QModelIndex &row : rows) {
        QStringList cells;
        for (int column = 0; column < model->columnCount(row.parent()); ++column) {
            QString cell = row.siblingAtColumn(column).data().toString();
            for (QChar &c : cell) {
                if (c == QLatin1Char('\t') || c == QLatin1Char('\n') || c == QLatin1Char('\r'))
                    c = QLatin1Char(' ');
            }
            cells << cell;
        }
        lines << cells.join(QLatin1Char('\t'));
    }
    return lines.isEmpty() ? QString() : lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

bool TableExport::copySelectedRows(const QAbstractItemView *view)
{
    const QString text = selectedRows(view);
    if (text.isEmpty())
        return false;
    QApplication::clipboard()->setText(text);
    return true;
}

} // namespace Takeout
