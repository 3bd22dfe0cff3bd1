#pragma once

#include <QStringList>

namespace Takeout {

// The last folder used and the recently saved or opened files, kept in QSettings (never a secret).
class FileHistory
{
public:
    static QString lastFolder(); // the Documents folder until something was saved or opened
    static QStringList recentFiles();
    // Remembers a saved or opened file and its folder.
    static void add(const QString &path);
    static void clear();

    static constexpr int maxRecent = 10;
};

} // namespace Takeout
