#pragma once

#include "base/KeepPolicy.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace Takeout {

// `--keep N`: of the complete backups in a folder (the run got to the end and every item was saved),
// the newest N stay and older complete ones are deleted. "Newest" goes by the time in the folder name
// (see BackupManifest::backupsIn). A failed or partial run neither counts toward N nor is deleted, so
// it never pushes a complete backup out; the run that just finished is never deleted. Only folders
// this app made are counted or deleted; anything else in the folder is never touched. Of a deleted
// backup only its manifest and the files it lists go; a folder left non-empty (something the person
// put there) is kept.
class BackupRetention
{
    Q_DECLARE_TR_FUNCTIONS(BackupRetention)

public:
    struct Result
    {
        QStringList removed;  // the backup folders deleted
        QStringList problems; // one sentence per folder that could not be deleted wholly
    };

    // `current`: the folder of the run that just finished, kept whatever its name says.
    static Result keepNewest(const QString &directory, int keep, const QString &current = {});
    // The folders keepNewest() deletes (absolute paths), without deleting them.
    static QStringList toRemove(const QString &directory, int keep, const QString &current = {});
    // The same with a policy (--keep-daily and the like). The same trust rules hold.
    static Result keep(const QString &directory, const KeepPolicy &policy, const QString &current = {});
    static QStringList toRemove(const QString &directory, const KeepPolicy &policy, const QString &current = {});
    // Deletes these backup folders of `directory`. Each is opened relative to `directory` without
    // following a link, its manifest read again from the opened folder, and only what that manifest
    // lists is unlinked there: a folder swapped for a link in the meantime is not followed.
    static Result remove(const QString &directory, const QStringList &folders);
    // The complete backups in `directory`, newest first (absolute paths).
    static QStringList completeBackups(const QString &directory);
};

} // namespace Takeout
