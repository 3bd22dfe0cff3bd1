#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Takeout {

// `verify DIR`: whether a backup folder is whole. Every file its manifest lists must be there (a
// regular file, not a link), with the listed size and SHA-256, and be valid JSON; a backup that did
// not run to the end, or an item that was not saved, is a problem too.
class BackupVerifier
{
    Q_DECLARE_TR_FUNCTIONS(BackupVerifier)

public:
    struct Problem
    {
        QString file; // relative to the folder ("manifest.json" for the manifest itself)
        QString message;
    };

    static QList<Problem> verify(const QString &folder);
};

} // namespace Takeout
