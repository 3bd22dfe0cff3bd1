#include "BackupRetention.h"

#include "BackupManifest.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

namespace Takeout {

namespace {

// A listed name is one file in the folder: a tampered manifest cannot point elsewhere.
bool isPlainName(const QString &name)
{
    return !name.isEmpty() && name != QLatin1String(".") && name != QLatin1String("..") &&
           !name.contains(QLatin1Char('/')) && !name.contains(QLatin1Char('\\'));
}

} // namespace

QStringList BackupRetention::completeBackups(const QString &directory)
{
    struct Found
    {
        QString path;
        QDateTime startedAt;
    };
    QList<Found> found;
    const QFileInfoList entries = QDir(directory).entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden);
    for (const QFileInfo &entry : entries) {
        if (entry.isSymLink() || !BackupManifest::isFolderName(entry.fileName()))
            continue;
        BackupManifest manifest;
        if (!BackupManifest::read(entry.absoluteFilePath(), &manifest) || !manifest.complete)
            continue;
        found.append({entry.absoluteFilePath(), manifest.startedAt});
    }
    std::sort(found.begin(), found.end(), [](const Found &a, const Found &b) {
        return a.startedAt != b.startedAt ? a.startedAt > b.startedAt : a.path > b.path;
    });
    QStringList paths;
    for (const Found &backup : std::as_const(found))
        paths << backup.path;
    return paths;
}

BackupRetention::Result BackupRetention::keepNewest(const QString &directory, int keep)
{
    Result result;
    if (keep < 1)
        return result;
    const QStringList backups = completeBackups(directory);
    for (qsizetype i = keep; i < backups.size(); ++i) {
        const QString &folder = backups.at(i);
        BackupManifest manifest;
        if (!BackupManifest::read(folder, &manifest))
            continue;
        bool whole = true;
        for (const BackupManifest::Item &item : std::as_const(manifest.items)) {
            if (!isPlainName(item.file))
                continue;
            const QString path = folder + QLatin1Char('/') + item.file;
            // QFile::remove removes a link itself, never what it points to.
            if ((QFileInfo(path).exists() || QFileInfo(path).isSymLink()) && !QFile::remove(path))
                whole = false;
        }
        // The manifest goes last: a deletion cut off leaves a folder still recognised, to finish next time.
        if (whole && !QFile::remove(folder + QLatin1Char('/') + QLatin1String(BackupManifest::fileName)))
            whole = false;
        if (whole && QDir().rmdir(folder))
            result.removed << folder;
        else
            result.problems << tr("%1 could not be removed completely.").arg(QDir::toNativeSeparators(folder));
    }
    return result;
}

} // namespace Takeout
