#include "CookieDatabaseCopy.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>

namespace Takeout {

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
}

Failure CookieDatabaseCopy::open(const QString &path)
{
    if (!QFileInfo(path).isFile())
        return Failure(Failure::Kind::BrowserStoreUnreadable, QStringLiteral("%1: no such file").arg(path));
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE"))) {
        return Failure(Failure::Kind::BrowserStoreUnreadable,
                       QStringLiteral("Qt's SQLite driver (QSQLITE, Debian package libqt6sql6-sqlite) is missing"));
    }
    m_folder = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/agent-takeout-cookies-XXXXXX"));
    if (!m_folder->isValid())
        return Failure(Failure::Kind::BrowserStoreUnreadable,
                       QStringLiteral("temporary folder: %1").arg(m_folder->errorString()));
    // mkdtemp makes it 0700 already; said again so that nobody relies on that by accident.
    QFile::setPermissions(m_folder->path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    const QString copy = m_folder->filePath(QStringLiteral("cookies.sqlite"));
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-journal")}) {
        QFile source(path + suffix);
        if (suffix.isEmpty() || source.exists()) {
            if (!source.copy(copy + suffix)) {
                return Failure(Failure::Kind::BrowserStoreUnreadable,
                               QStringLiteral("copying %1: %2").arg(path + suffix, source.errorString()));
            }
            QFile::setPermissions(copy + suffix, QFile::ReadOwner | QFile::WriteOwner);
        }
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
