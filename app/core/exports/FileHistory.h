#pragma once

#include "exports/ExportSummary.h"

#include <QStringList>

namespace Takeout {

// The last folder used and the recently saved or opened files, kept in Settings.
class FileHistory
{
public:
    static QString lastFolder(); // the Documents folder until something was saved or opened
    static QStringList recentFiles();
    // Remembers a saved or opened file, what kind of export it is, and its folder.
    static void add(const QString &path, ExportKind kind = ExportKind::Json);
    // The kind remembered for a recent file (a plain JSON document when unknown).
    static ExportKind kind(const QString &path);
    static void clear();

    static constexpr int maxRecent = 10;
};

} // namespace Takeout
