#include "CookieDatabaseCopy.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QScopeGuard>
#include <QSqlError>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <iterator>
#include <sys/stat.h>
#include <unistd.h>

namespace Takeout {

namespace {

// Cookie stores are a few megabytes; anything far larger is not one, and is not copied.
constexpr qint64 largestStore = qint64(512) * 1024 * 1024;

const char *const copiedSuffixes[] = {"", "-wal", "-journal", "-shm"};

// The live copies, for the signal handler: fixed storage, no allocation there. A slot is in use while
// its first byte is not zero.
constexpr int slotCount = 8;
constexpr size_t slotLength = 4096;
char liveFolders[slotCount][slotLength];
QMutex slotsMutex;

constexpr int endingSignals[] = {SIGINT, SIGTERM, SIGHUP};
struct sigaction previousActions[std::size(endingSignals)];

extern "C" void removeCopiesAndEnd(int signal)
{
    // The folder (shorter than a slot), "/cookies.sqlite" and the longest suffix, each copied with its
    // terminating zero.
    constexpr char copyName[] = "/cookies.sqlite";
    char file[slotLength + sizeof copyName + sizeof "-journal"];
    for (auto &folder : liveFolders) {
        if (folder[0] == '\0')
            continue;
        for (const char *suffix : copiedSuffixes) {
            const size_t length = strlen(folder);
            memcpy(file, folder, length + 1);
            memcpy(file + length, copyName, sizeof copyName);
            memcpy(file + length + sizeof copyName - 1, suffix, strlen(suffix) + 1);
            unlink(file);
        }
        rmdir(folder);
    }
    for (size_t i = 0; i < std::size(endingSignals); ++i) {
        if (endingSignals[i] != signal)
            continue;
        if (previousActions[i].sa_handler != SIG_DFL && previousActions[i].sa_handler != SIG_IGN &&
            !(previousActions[i].sa_flags & SA_SIGINFO)) {
            previousActions[i].sa_handler(signal);
            return;
        }
    }
    struct sigaction fallback = {};
    fallback.sa_handler = SIG_DFL;
    sigemptyset(&fallback.sa_mask);
    sigaction(signal, &fallback, nullptr);
    // Blocked until this handler returns; then the default action ends the process with this signal.
    raise(signal);
}

void installHandlers()
{
    for (size_t i = 0; i < std::size(endingSignals); ++i) {
        struct sigaction current = {};
        sigaction(endingSignals[i], nullptr, &current);
        // An ignored signal (nohup) stays ignored; a handler that takes siginfo is left alone.
        if (current.sa_handler == SIG_IGN || (current.sa_flags & SA_SIGINFO))
            continue;
        previousActions[i] = current;
        struct sigaction handler = {};
        handler.sa_handler = removeCopiesAndEnd;
        sigemptyset(&handler.sa_mask);
        sigaction(endingSignals[i], &handler, nullptr);
    }
}

int claimSlot(const QByteArray &folder)
{
    QMutexLocker lock(&slotsMutex);
    if (folder.size() >= qsizetype(slotLength))
        return -1;
    for (int i = 0; i < slotCount; ++i) {
        if (liveFolders[i][0] != '\0')
            continue;
        // The terminating zero first, the first byte last: the handler never sees half a path.
        memcpy(liveFolders[i] + 1, folder.constData() + 1, size_t(folder.size()));
        liveFolders[i][0] = folder.at(0);
        return i;
    }
    return -1;
}

void releaseSlot(int slot)
{
    if (slot < 0)
        return;
    QMutexLocker lock(&slotsMutex);
    liveFolders[slot][0] = '\0';
}

// Copies a regular file that is not a link, through a descriptor that cannot block on a FIFO.
// `missing` says the file is not there at all (not an error for the -wal and -journal).
QString copyRegularFile(const QString &from, const QString &to, bool *missing)
{
    *missing = false;
    const QByteArray source = QFile::encodeName(from);
    struct stat info = {};
    if (lstat(source.constData(), &info) != 0) {
        *missing = errno == ENOENT;
        return QStringLiteral("%1: %2").arg(from, qt_error_string(errno));
    }
    if (!S_ISREG(info.st_mode))
        return QStringLiteral("%1: not a regular file").arg(from);
    const int in = ::open(source.constData(), O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);
    if (in < 0)
        return QStringLiteral("%1: %2").arg(from, qt_error_string(errno));
    const auto closeIn = qScopeGuard([in] { ::close(in); });
    // Checked again on what was opened: the name may have been swapped in between.
    if (fstat(in, &info) != 0 || !S_ISREG(info.st_mode))
        return QStringLiteral("%1: not a regular file").arg(from);
    if (info.st_size > largestStore)
        return QStringLiteral("%1: too large for a cookie store").arg(from);
    const int out =
        ::open(QFile::encodeName(to).constData(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
    if (out < 0)
        return QStringLiteral("%1: %2").arg(to, qt_error_string(errno));
    const auto closeOut = qScopeGuard([out] { ::close(out); });
    char buffer[65536];
    qint64 total = 0;
    for (;;) {
        const ssize_t got = ::read(in, buffer, sizeof buffer);
        if (got < 0 && errno == EINTR)
            continue;
        if (got < 0)
            return QStringLiteral("reading %1: %2").arg(from, qt_error_string(errno));
        if (got == 0)
            break;
        total += got;
        if (total > largestStore)
            return QStringLiteral("%1: too large for a cookie store").arg(from);
        for (ssize_t written = 0; written < got;) {
            const ssize_t put = ::write(out, buffer + written, size_t(got - written));
            if (put < 0 && errno == EINTR)
                continue;
            if (put < 0)
                return QStringLiteral("writing the copy: %1").arg(qt_error_string(errno));
            written += put;
        }
    }
    return {};
}

} // namespace

QString CookieDatabaseCopy::folderPrefix()
{
    return QStringLiteral("agent-takeout-cookies-");
}

void CookieDatabaseCopy::removeStaleCopies()
{
    const QDir temp(QDir::tempPath());
    const QFileInfoList folders =
        temp.entryInfoList({folderPrefix() + QLatin1Char('*')}, QDir::Dirs | QDir::NoSymLinks | QDir::Hidden);
    for (const QFileInfo &folder : folders) {
        if (folder.ownerId() != getuid())
            continue;
        // "agent-takeout-cookies-<pid>-XXXXXX"; a name without a process id is from an older version.
        const QString rest = folder.fileName().mid(folderPrefix().size());
        bool isNumber = false;
        const qint64 pid = rest.section(QLatin1Char('-'), 0, 0).toLongLong(&isNumber);
        if (isNumber && pid > 0 && (pid == getpid() || kill(pid_t(pid), 0) == 0 || errno != ESRCH))
            continue;
        QDir(folder.filePath()).removeRecursively();
    }
}

CookieDatabaseCopy::~CookieDatabaseCopy()
{
    if (!m_connection.isEmpty()) {
        {
            QSqlDatabase database = QSqlDatabase::database(m_connection, false);
            database.close();
        }
        QSqlDatabase::removeDatabase(m_connection);
    }
    if (m_folder)
        m_folder->remove();
    releaseSlot(m_slot);
}

Failure CookieDatabaseCopy::open(const QString &path)
{
    static const bool started = [] {
        removeStaleCopies();
        installHandlers();
        return true;
    }();
    Q_UNUSED(started);
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE"))) {
        return Failure(Failure::Kind::BrowserStoreUnreadable,
                       QStringLiteral("Qt's SQLite driver (QSQLITE, Debian package libqt6sql6-sqlite) is missing"));
    }
    m_folder = std::make_unique<QTemporaryDir>(QDir::tempPath() + QLatin1Char('/') + folderPrefix() +
                                               QString::number(getpid()) + QStringLiteral("-XXXXXX"));
    if (!m_folder->isValid())
        return Failure(Failure::Kind::BrowserStoreUnreadable,
                       QStringLiteral("temporary folder: %1").arg(m_folder->errorString()));
    m_slot = claimSlot(QFile::encodeName(m_folder->path()));
    // mkdtemp makes it 0700 already; said again so that nobody relies on that by accident.
    QFile::setPermissions(m_folder->path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    const QString copy = m_folder->filePath(QStringLiteral("cookies.sqlite"));
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-journal")}) {
        bool missing = false;
        const QString error = copyRegularFile(path + suffix, copy + suffix, &missing);
        if (error.isEmpty() || (missing && !suffix.isEmpty()))
            continue;
        return Failure(Failure::Kind::BrowserStoreUnreadable, missing ? QStringLiteral("%1: no such file").arg(path)
                                                                      : QStringLiteral("copying %1").arg(error));
    }
    static QAtomicInteger<quint64> counter;
    m_connection = QStringLiteral("agent-takeout-cookies-%1").arg(counter.fetchAndAddRelaxed(1));
    QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    database.setDatabaseName(copy);
    if (!database.open()) {
        return Failure(Failure::Kind::BrowserStoreUnreadable,
                       QStringLiteral("opening the copy of %1: %2").arg(path, database.lastError().text()));
    }
    return {};
}

QSqlDatabase CookieDatabaseCopy::database() const
{
    return QSqlDatabase::database(m_connection, false);
}

} // namespace Takeout
