#pragma once

#include "base/Failure.h"

#include <QSqlDatabase>
#include <QString>
#include <QTemporaryDir>
#include <memory>

namespace Takeout {

// A private copy of a browser's cookie database, opened with Qt's SQLite driver. The browser may be
// running, hold its database locked and have the newest rows only in the -wal file, which an
// `immutable=1` open of its own file would miss: so the database is copied with its -wal and
// -journal into a folder only we may enter (0700), and the copy is read. The browser's own files are
// never opened by SQLite (even read-only, that creates a -shm beside them), and only regular files
// are copied (no link, no FIFO that would block, nothing larger than a cookie store gets).
// The copy holds every site's cookies: read the rows you need and let it go at once, before anything
// that may wait (the keyring). Copies left by a process that died are removed by the next one, and
// SIGINT, SIGTERM and SIGHUP remove the live ones before the process ends.
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

    // The folders copies are made in start with this, followed by the process id.
    static QString folderPrefix();
    // Removes the copies of processes that are gone; done once by the first open() of a process.
    static void removeStaleCopies();

private:
    std::unique_ptr<QTemporaryDir> m_folder;
    QString m_connection;
    int m_slot = -1;
};

} // namespace Takeout
