#pragma once

#include "json/JsonDocument.h"

#include <QCoreApplication>
#include <QString>
#include <memory>

class QAbstractItemView;
class QWidget;

namespace Takeout {

// A table of an export out of the app: the whole table as CSV in a file (ExportTables, CsvTable), or the
// selected rows as tab-separated text for the clipboard.
class TableExport
{
    Q_DECLARE_TR_FUNCTIONS(TableExport)

public:
    // Asks where, then writes the table `name` of `document` off the UI thread, with progress and Cancel.
    static void save(QWidget *parent, const std::shared_ptr<const JsonDocument> &document, const QString &name);
    // The selected rows of a view as they show, tab-separated, one line each; tabs and line breaks in a
    // cell become spaces.
    static QString selectedRows(const QAbstractItemView *view);
    // Copies selectedRows() to the clipboard; false when no row is selected.
    static bool copySelectedRows(const QAbstractItemView *view);
};

} // namespace Takeout
