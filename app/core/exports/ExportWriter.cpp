#include "ExportWriter.h"

#include <QFileInfo>
#include <QLocale>
#include <QRandomGenerator>
#include <QSaveFile>
#include <QScopeGuard>
#include <QStorageInfo>

#include <cerrno>

#ifdef Q_OS_UNIX
#include <cstdio>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace Takeout {

Failure ExportWriter::errorFor(int systemError, const QString &path, qint64 needed, qint64 available)
{
    // Qt's reading of errno, with strerror_r: strerror's buffer is shared by every thread.
    const QString detail = QStringLiteral("%1: %2").arg(path, qt_error_string(systemError));
    const QLocale locale;
    if (systemError == ENOSPC
#ifdef EDQUOT
        || systemError == EDQUOT
#endif
    ) {
        return Failure(Failure::Kind::FileWriteFailed, detail)
            .setMessage(
                tr("The disk is full: saving needs %1, and %2 is free.")
                    .arg(locale.formattedDataSize(needed), locale.formattedDataSize(qMax<qint64>(0, available))));
    }
    if (systemError == EFBIG) {
        return Failure(Failure::Kind::FileWriteFailed, detail)
            .setMessage(tr("The file is too large for this disk or for the limits set on this computer: saving "
                           "needs %1.")
                            .arg(locale.formattedDataSize(needed)));
    }
    if (systemError == EEXIST)
        return Failure(Failure::Kind::FileExists, QStringLiteral("%1 already exists").arg(path));
    return Failure(Failure::Kind::FileWriteFailed, detail);
}

Failure ExportWriter::linkError(const QString &path)
{
    return Failure(Failure::Kind::FileWriteFailed, QStringLiteral("%1 is a symbolic link").arg(path))
        .setMessage(tr("“%1” is a link to another place; Agent Takeout does not write through links. Choose another "
                       "name.")
                        .arg(QFileInfo(path).fileName()));
}

#ifdef Q_OS_UNIX

Failure ExportWriter::write(const QByteArray &bytes, const QString &path, Existing existing)
{
    const QFileInfo info(path);
    const QString folder = info.absolutePath();
    const QByteArray name = QFile::encodeName(info.fileName());
    const auto failure = [&](int systemError) {
        return errorFor(systemError, path, bytes.size(), QStorageInfo(folder).bytesAvailable());
    };

    // What is at the name itself, not where a link there points.
    struct stat status = {};
    if (::lstat(QFile::encodeName(path).constData(), &status) == 0) {
        if (S_ISLNK(status.st_mode))
            return linkError(path);
        if (S_ISDIR(status.st_mode))
            return Failure(Failure::Kind::FileWriteFailed, QStringLiteral("%1 is a folder").arg(path));
        if (existing == Existing::Refuse)
            return failure(EEXIST);
    }

    // Every step names files relative to the folder, so that the folder cannot change under us.
    const int dir = ::open(QFile::encodeName(folder).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dir < 0)
        return failure(errno);
    const auto closeDir = qScopeGuard([dir] { ::close(dir); });

    // A fresh name the user's name cannot make too long; O_EXCL never follows a link planted there.
    QByteArray temp;
    int fd = -1;
    for (int attempt = 0; fd < 0; ++attempt) {
        temp = ".agent-takeout-" + QByteArray::number(QRandomGenerator::global()->generate64(), 36) + ".part";
        fd = ::openat(dir, temp.constData(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
        if (fd < 0 && (errno != EEXIST || attempt == 20))
            return failure(errno);
    }
    bool tempExists = true;
    const auto removeTemp = qScopeGuard([&] {
        if (fd >= 0)
            ::close(fd);
        if (tempExists)
            ::unlinkat(dir, temp.constData(), 0);
    });
    const auto discard = [&] {
        if (fd >= 0)
            ::close(fd);
        fd = -1;
        ::unlinkat(dir, temp.constData(), 0);
        tempExists = false;
    };
    // The temporary file goes first, so that the free space said is what there really is.
    const auto fail = [&](int systemError) {
        discard();
        return failure(systemError);
    };

    const char *data = bytes.constData();
    qint64 left = bytes.size();
    while (left > 0) {
        const ssize_t written = ::write(fd, data, size_t(qMin<qint64>(left, qint64(1) << 30)));
        if (written < 0 && errno == EINTR)
            continue;
        if (written <= 0)
            return fail(written < 0 ? errno : EIO);
        data += written;
        left -= written;
    }
    // Some file systems (NFS, quotas) only say that the disk is full when the data is synced or closed.
    if (::fsync(fd) != 0)
        return fail(errno);
    const int closed = ::close(fd);
    fd = -1;
    if (closed != 0)
        return fail(errno);

    if (existing == Existing::Replace) {
        // rename() replaces whatever is at the name, a link included, and never writes through one; the
        // check is for the sentence, not for safety.
        if (::fstatat(dir, name.constData(), &status, AT_SYMLINK_NOFOLLOW) == 0 && S_ISLNK(status.st_mode)) {
            discard();
            return linkError(path);
        }
        if (::renameat(dir, temp.constData(), dir, name.constData()) != 0)
            return fail(errno);
        tempExists = false;
    } else {
        // Exclusive: the name is taken in one step that fails if anything (a file, a link, a folder) is there.
        int result = -1;
        int why = ENOSYS;
#ifdef Q_OS_LINUX
        result = ::renameat2(dir, temp.constData(), dir, name.constData(), RENAME_NOREPLACE);
        why = result == 0 ? 0 : errno;
        if (result == 0)
            tempExists = false;
#endif
        if (result != 0 && why != EEXIST) {
            // Without RENAME_NOREPLACE here (an older kernel, a file system without it): a hard link.
            result = ::linkat(dir, temp.constData(), dir, name.constData(), 0);
            why = result == 0 ? 0 : errno;
        }
        if (result != 0 && why != EEXIST && why != EACCES && why != ENOSPC) {
            // No hard links either (FAT, some network file systems): claim the name with O_EXCL, then
            // move the data over the empty file that holds it.
            const int claim =
                ::openat(dir, name.constData(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
            why = claim < 0 ? errno : 0;
            if (claim >= 0) {
                ::close(claim);
                result = ::renameat(dir, temp.constData(), dir, name.constData());
                why = result == 0 ? 0 : errno;
                if (result == 0)
                    tempExists = false;
                else
                    ::unlinkat(dir, name.constData(), 0); // the empty file that held the name
            }
        }
        if (result != 0)
            return fail(why);
    }
    ::fsync(dir); // the new name, durable too
    return {};
}

#else

// Elsewhere, QSaveFile: complete or not at all, but neither exclusive nor owner-only.
Failure ExportWriter::write(const QByteArray &bytes, const QString &path, Existing existing)
{
    const QFileInfo info(path);
    if (info.isSymLink())
        return linkError(path);
    if (info.exists() && existing == Existing::Refuse)
        return Failure(Failure::Kind::FileExists, QStringLiteral("%1 already exists").arg(path));
    if (info.isDir())
        return Failure(Failure::Kind::FileWriteFailed, QStringLiteral("%1 is a folder").arg(path));

    QSaveFile file(path);
    file.setDirectWriteFallback(false);
    if (!file.open(QIODevice::WriteOnly))
        return Failure(Failure::Kind::FileWriteFailed, QStringLiteral("%1: %2").arg(path, file.errorString()));
    if (file.write(bytes) != bytes.size()) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return Failure(Failure::Kind::FileWriteFailed, QStringLiteral("%1: %2").arg(path, reason));
    }
    if (!file.commit())
        return Failure(Failure::Kind::FileWriteFailed, QStringLiteral("%1: %2").arg(path, file.errorString()));
    return {};
}

#endif

} // namespace Takeout
