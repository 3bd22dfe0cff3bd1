#include "FirefoxCookieStore.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace Takeout {

qint64 FirefoxCookieStore::expiryToMs(qint64 expiry)
{
    constexpr qint64 largestSeconds = 100000000000LL; // the year 5138 in seconds, 1973 in milliseconds
    return expiry > largestSeconds ? expiry : expiry * 1000;
}

Failure FirefoxCookieStore::read(const QSqlDatabase &database, const QStringList &domains,
                                 QList<BrowserCookie> *cookies)
{
    const QSqlRecord columns = database.record(QStringLiteral("moz_cookies"));
    for (const char *column : {"name", "value", "host", "path", "expiry", "creationTime", "isSecure"}) {
        if (!columns.contains(QLatin1String(column))) {
            const QString reason = database.lastError().isValid()
                                       ? database.lastError().text()
                                       : QStringLiteral("no moz_cookies.%1").arg(QLatin1String(column));
            return Failure(Failure::Kind::BrowserStoreUnreadable,
                           QStringLiteral("not a Firefox cookie store: %1").arg(reason));
        }
    }
    QStringList placeholders;
    for (qsizetype i = 0; i < domains.size(); ++i)
        placeholders << QStringLiteral("?");
    QString sql = QStringLiteral("SELECT name, value, host, path, expiry, creationTime, isSecure FROM moz_cookies "
                                 "WHERE host IN (%1)")
                      .arg(placeholders.join(QLatin1Char(',')));
    // Containers, private windows and partitioned (third-party) cookies carry origin attributes.
    if (columns.contains(QStringLiteral("originAttributes")))
        sql += QStringLiteral(" AND originAttributes = ''");
    QSqlQuery query(database);
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return Failure(Failure::Kind::BrowserStoreUnreadable,
                       QStringLiteral("moz_cookies: %1").arg(query.lastError().text()));
    for (const QString &domain : domains)
        query.addBindValue(domain);
    if (!query.exec())
        return Failure(Failure::Kind::BrowserStoreUnreadable,
                       QStringLiteral("moz_cookies: %1").arg(query.lastError().text()));
    while (query.next()) {
        BrowserCookie cookie;
        cookie.name = query.value(0).toString().toUtf8();
        cookie.value = query.value(1).toString().toUtf8();
        cookie.domain = query.value(2).toString();
        cookie.path = query.value(3).toString();
        cookie.expiresMs = expiryToMs(query.value(4).toLongLong());
        cookie.createdUs = query.value(5).toLongLong();
        cookie.secure = query.value(6).toInt() != 0;
        cookies->append(cookie);
    }
    if (query.lastError().isValid())
        return Failure(Failure::Kind::BrowserStoreUnreadable,
                       QStringLiteral("moz_cookies: %1").arg(query.lastError().text()));
    return {};
}

} // namespace Takeout
