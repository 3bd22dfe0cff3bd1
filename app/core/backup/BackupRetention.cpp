#include "BackupRetention.h"

#include "BackupManifest.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <QSet>

#include <cerrno>
#include <functional>
#include <utility>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace Takeout {

namespace {

// A listed name is one file in the folder: a tampered manifest cannot point elsewhere.
bool isPlainName(const QString &name)
{
    return !name.isEmpty() && name != QLatin1String(".") && name != QLatin1String("..") &&
           !name.contains(QLatin1Char('/')) && !name.contains(QLatin1Char('\\'));
}

#ifdef Q_OS_UNIX
class Descriptor
{
public:
    explicit Descriptor(int fd)
        : m_fd(fd)
    {
    }
    ~Descriptor()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    Descriptor(const Descriptor &) = delete;
    Descriptor &operator=(const Descriptor &) = delete;
    int get() const { return m_fd; }
    int release() { return std::exchange(m_fd, -1); }

private:
    int m_fd;
};

// The manifest in the opened folder, never through a link.
bool readManifest(int folder, BackupManifest *manifest)
{
    Descriptor fd(::openat(folder, BackupManifest::fileName, O_RDONLY | O_NOFOLLOW | O_CLOEXEC | O_NOCTTY));
    struct stat status = {};
    if (fd.get() < 0 || ::fstat(fd.get(), &status) != 0 || !S_ISREG(status.st_mode) ||
        status.st_size > BackupManifest::maxBytes)
        return false;
    QFile file;
    if (!file.open(fd.release(), QIODevice::ReadOnly, QFileDevice::AutoCloseHandle))
        return false;
    return BackupManifest::fromJson(file.read(BackupManifest::maxBytes), manifest);
}

bool unlinkIn(int folder, const QString &name, int flags = 0)
{
    return ::unlinkat(folder, QFile::encodeName(name).constData(), flags) == 0 || errno == ENOENT;
}

// Deletes one backup folder by name inside the opened `parent`.
bool removeBackup(int parent, const QString &name)
{
    // O_NOFOLLOW: a folder swapped for a link is refused here, not followed.
    Descriptor folder(
        ::openat(parent, QFile::encodeName(name).constData(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC));
    BackupManifest manifest;
    // Read again from what was opened: it is what gets deleted, whatever the listing saw.
    if (folder.get() < 0 || !readManifest(folder.get(), &manifest) || !manifest.isWhole())
        return false;
    bool whole = true;
    for (const BackupManifest::Item &item : std::as_const(manifest.items)) {
        // unlinkat without AT_REMOVEDIR removes a link itself, never what it points to.
        if (isPlainName(item.file) && !unlinkIn(folder.get(), item.file))
            whole = false;
    }
    // The manifest goes last: a deletion cut off leaves a folder still recognised, to finish next time.
    if (!whole || !unlinkIn(folder.get(), QString::fromLatin1(BackupManifest::fileName)))
        return false;
    return ::unlinkat(parent, QFile::encodeName(name).constData(), AT_REMOVEDIR) == 0;
}
#endif

} // namespace

QStringList BackupRetention::completeBackups(const QString &directory)
{
    QStringList paths;
    for (const BackupManifest::Found &backup : BackupManifest::backupsIn(directory)) {
        if (backup.manifest.isWhole())
            paths << backup.path;
    }
    return paths;
}

QStringList BackupRetention::toRemove(const QString &directory, int keep, const QString &current)
{
    KeepPolicy policy;
    policy.last = keep;
    return toRemove(directory, policy, current);
}

QStringList BackupRetention::toRemove(const QString &directory, const KeepPolicy &policy, const QString &current)
{
    if (policy.isEmpty())
        return {};
    QStringList backups = completeBackups(directory);
    // The run that just finished counts first and is never deleted, even when a wrong clock gave
    // another folder a later name.
    // An incomplete one is kept all the same but holds no place of a complete one.
    const QString currentPath = current.isEmpty() ? QString() : QFileInfo(current).absoluteFilePath();
    BackupManifest manifest;
    if (backups.removeAll(currentPath) > 0 ||
        (!currentPath.isEmpty() && BackupManifest::read(currentPath, &manifest) && manifest.isWhole()))
        backups.prepend(currentPath);
    // Newest first: the first backup of a day, week or month met is that period's newest.
    QSet<QString> kept;
    const auto keepPer = [&backups, &kept](int count, const std::function<QString(const QDate &)> &period) {
        QSet<QString> periods;
        for (const QString &backup : std::as_const(backups)) {
            if (int(periods.size()) >= count)
                break;
            const QString key = period(BackupManifest::folderTime(QFileInfo(backup).fileName()).date());
            if (!periods.contains(key)) {
                periods.insert(key);
                kept.insert(backup);
            }
        }
    };
    for (qsizetype i = 0; i < backups.size() && i < policy.last; ++i)
        kept.insert(backups.at(i));
    keepPer(policy.daily, [](const QDate &date) { return date.toString(Qt::ISODate); });
    keepPer(policy.weekly, [](const QDate &date) {
        int year = 0;
        const int week = date.weekNumber(&year);
        return QStringLiteral("%1-W%2").arg(year).arg(week);
    });
    keepPer(policy.monthly, [](const QDate &date) { return date.toString(QStringLiteral("yyyy-MM")); });
    QStringList removed;
    for (const QString &backup : std::as_const(backups)) {
        if (backup != currentPath && !kept.contains(backup))
            removed << backup;
    }
    return removed;
}

BackupRetention::Result BackupRetention::remove(const QString &directory, const QStringList &folders)
{
    Result result;
#ifdef Q_OS_UNIX
    Descriptor parent(
        ::open(QFile::encodeName(QDir(directory).absolutePath()).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
#endif
    for (const QString &folder : folders) {
        const QString name = QFileInfo(folder).fileName();
        bool removed = false;
        if (BackupManifest::isFolderName(name) && QFileInfo(folder).absolutePath() == QDir(directory).absolutePath()) {
#ifdef Q_OS_UNIX
            removed = parent.get() >= 0 && removeBackup(parent.get(), name);
#else
            // Without openat() a link is at least not followed when it is there before deleting.
            const QFileInfo info(folder);
            BackupManifest manifest;
            if (!info.isSymLink() && BackupManifest::read(folder, &manifest) && manifest.isWhole()) {
                removed = true;
                for (const BackupManifest::Item &item : std::as_const(manifest.items)) {
                    const QString path = folder + QLatin1Char('/') + item.file;
                    if (isPlainName(item.file) && (QFileInfo::exists(path) || QFileInfo(path).isSymLink()) &&
                        !QFile::remove(path))
                        removed = false;
                }
                removed = removed &&
                          QFile::remove(folder + QLatin1Char('/') + QLatin1String(BackupManifest::fileName)) &&
                          QDir().rmdir(folder);
            }
#endif
        }
        if (removed)
            result.removed << folder;
        else
            result.problems << tr("%1 could not be removed completely.").arg(QDir::toNativeSeparators(folder));
    }
    return result;
}

BackupRetention::Result BackupRetention::keep(const QString &directory, const KeepPolicy &policy,
                                              const QString &current)
{
    return remove(directory, toRemove(directory, policy, current));
}

BackupRetention::Result BackupRetention::keepNewest(const QString &directory, int keep, const QString &current)
{
    return remove(directory, toRemove(directory, keep, current));
}

} // namespace Takeout
