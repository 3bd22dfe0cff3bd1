#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace Takeout {

// `--keep N`: the oldest complete backups beyond the newest N in a folder are deleted. Only folders
// this app made (a backup folder name and a manifest of ours saying `complete: true`) are counted or
// deleted; an incomplete backup, or anything else in the folder, is never touched. Of a deleted
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

    static Result keepNewest(const QString &directory, int keep);
    // The complete backups in `directory`, newest first (absolute paths).
    static QStringList completeBackups(const QString &directory);
};

} // namespace Takeout
