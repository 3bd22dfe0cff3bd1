#pragma once

#include "base/Failure.h"

#include <QSqlDatabase>
#include <QString>
#include <QTemporaryDir>
#include <memory>

namespace Takeout {

// A private copy of a browser's cookie database, opened with Qt's SQLite driver. The browser may be
// running, hold its database locked and have the newest rows only in the -wal file: the database is
// copied with its -wal and -journal into a folder only we may enter (0700), and the copy is read.
// The browser's own files are never opened by SQLite (even read-only, that creates a -shm beside them).
// The copy is deleted when this object goes, so read what you need and let it go at once.
class CookieDatabaseCopy
{
public:
    CookieDatabaseCopy() = default;
    ~CookieDatabaseCopy();
    CookieDatabaseCopy(const CookieDatabaseCopy &) = delete;
    CookieDatabaseCopy &operator=(const CookieDatabaseCopy &) = delete;

    // Copies `path` and opens the copy; the error's detail names the file, never a value.
    Failure open(const QString &path);
    QSqlDatabase database() const;

private:
    std::unique_ptr<QTemporaryDir> m_folder;
    QString m_connection;
};

} // namespace Takeout
