#include "ChromiumCookieStore.h"

#include "ChromiumCipher.h"
#include "SafeStoragePassword.h"

#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace Takeout {

namespace {

// From this meta version on, a decrypted value starts with SHA-256 of its host_key.
constexpr int hostPrefixVersion = 24;
// From 1601-01-01 (Chromium's epoch) to 1970-01-01, in microseconds.
constexpr qint64 epochDifferenceUs = 11644473600LL * 1000 * 1000;

Failure unreadable(const QString &detail)
{
    return Failure(Failure::Kind::BrowserStoreUnreadable, detail);
}

} // namespace

qint64 ChromiumCookieStore::chromiumTimeToUnixUs(qint64 chromiumUs)
{
    return chromiumUs - epochDifferenceUs;
}

qint64 ChromiumCookieStore::unixUsToChromiumTime(qint64 unixUs)
{
    return unixUs + epochDifferenceUs;
}

QString ChromiumCookieStore::unpartitioned(const QSqlRecord &columns)
{
    return columns.contains(QStringLiteral("top_frame_site_key"))
               ? QStringLiteral(" AND (top_frame_site_key IS NULL OR top_frame_site_key = '')")
               : QString();
}

Failure ChromiumCookieStore::readRows(const QSqlDatabase &database, const QStringList &domains, Rows *rows)
{
    const QSqlRecord columns = database.record(QStringLiteral("cookies"));
    // Older databases call it `secure`.
    const QString secureColumn =
        columns.contains(QStringLiteral("is_secure")) ? QStringLiteral("is_secure") : QStringLiteral("secure");
    for (const QString &column : {QStringLiteral("host_key"), QStringLiteral("name"), QStringLiteral("value"),
                                  QStringLiteral("encrypted_value"), QStringLiteral("path"),
                                  QStringLiteral("expires_utc"), QStringLiteral("creation_utc"), secureColumn}) {
        if (!columns.contains(column)) {
            const QString reason =
                database.lastError().isValid() ? database.lastError().text() : QStringLiteral("no cookies.") + column;
            return unreadable(QStringLiteral("not a Chromium cookie store: %1").arg(reason));
        }
    }
    {
        QSqlQuery meta(database);
        if (meta.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'version'")) && meta.next())
            rows->metaVersion = meta.value(0).toInt();
    }

    QStringList placeholders;
    for (qsizetype i = 0; i < domains.size(); ++i)
        placeholders << QStringLiteral("?");
    QSqlQuery query(database);
    query.setForwardOnly(true);
    const QString sql = QStringLiteral("SELECT host_key, name, value, encrypted_value, path, expires_utc, "
                                       "creation_utc, %1 FROM cookies WHERE host_key IN (%2)%3")
                            .arg(secureColumn, placeholders.join(QLatin1Char(',')), unpartitioned(columns));
    if (!query.prepare(sql))
        return unreadable(QStringLiteral("cookies: %1").arg(query.lastError().text()));
    for (const QString &domain : domains)
        query.addBindValue(domain);
    if (!query.exec())
        return unreadable(QStringLiteral("cookies: %1").arg(query.lastError().text()));
    while (query.next()) {
        BrowserCookie cookie;
        cookie.domain = query.value(0).toString();
        cookie.name = query.value(1).toString().toUtf8();
        cookie.value = query.value(2).toString().toUtf8();
        cookie.path = query.value(4).toString();
        const qint64 expires = query.value(5).toLongLong();
        cookie.expiresMs = expires == 0 ? 0 : chromiumTimeToUnixUs(expires) / 1000;
        cookie.createdUs = chromiumTimeToUnixUs(query.value(6).toLongLong());
        cookie.secure = query.value(7).toInt() != 0;
        rows->cookies.append(cookie);
        rows->encrypted.append(query.value(3).toByteArray());
    }
    if (query.lastError().isValid())
        return unreadable(QStringLiteral("cookies: %1").arg(query.lastError().text()));
    return {};
}

Failure ChromiumCookieStore::decrypt(Rows *rows, Browser browser, QList<BrowserCookie> *cookies)
{
    const auto wipe = qScopeGuard([rows] {
        for (BrowserCookie &cookie : rows->cookies)
            cookie.value.fill('\0');
        rows->cookies.clear();
        rows->encrypted.clear();
    });
    const int metaVersion = rows->metaVersion;
    const QString name = BrowserInfo::displayName(browser);
    const QByteArray emptyPasswordKey = ChromiumCipher::deriveKey(QByteArray());
    QByteArray v11Key;
    bool v11KeyLooked = false;
    for (qsizetype i = 0; i < rows->cookies.size(); ++i) {
        BrowserCookie cookie = rows->cookies.at(i);
        const QByteArray &encrypted = rows->encrypted.at(i);
        const ChromiumCipher::Version version = ChromiumCipher::version(encrypted);
        if (encrypted.isEmpty() || version == ChromiumCipher::Version::Plain) {
            cookies->append(cookie);
            continue;
        }
        cookie.value.clear();
        if (version == ChromiumCipher::Version::V20 || version == ChromiumCipher::Version::Unknown) {
            return Failure(Failure::Kind::BrowserValueUnreadable,
                           QStringLiteral("cookie of %1 is encrypted as %2")
                               .arg(cookie.domain, QString::fromLatin1(encrypted.left(3))))
                .setMessage(tr("%1 protects this sign-in so that only %1 itself can read it. Copy the sign-in by "
                               "hand instead (Other ways).")
                                .arg(name));
        }
        QByteArrayList keys;
        if (version == ChromiumCipher::Version::V11) {
            if (!v11KeyLooked) {
                v11KeyLooked = true;
                QByteArray password;
                bool found = false;
                Failure error =
                    SafeStoragePassword::lookup(BrowserInfo::safeStorageName(browser),
                                                BrowserInfo::safeStorageApplication(browser), &password, &found);
                if (error)
                    return error;
                if (found)
                    v11Key = ChromiumCipher::deriveKey(password);
                password.fill('\0');
            }
            if (!v11Key.isEmpty())
                keys << v11Key;
        } else {
            keys << ChromiumCipher::linuxV10Key();
        }
        // A browser that once found no keyring password encrypts with an empty one.
        keys << emptyPasswordKey;
        bool decrypted = false;
        for (const QByteArray &key : std::as_const(keys)) {
            QByteArray plain;
            if (!ChromiumCipher::decrypt(encrypted, key, &plain))
                continue;
            if (metaVersion >= hostPrefixVersion && !ChromiumCipher::removeHostPrefix(&plain, cookie.domain))
                continue;
            cookie.value = plain;
            decrypted = true;
            break;
        }
        if (!decrypted) {
            return Failure(Failure::Kind::BrowserValueUnreadable,
                           QStringLiteral("%1 value of a cookie of %2 (meta version %3) does not decrypt with the "
                                          "key from \"%4\"")
                               .arg(QString::fromLatin1(encrypted.left(3)), cookie.domain)
                               .arg(metaVersion)
                               .arg(BrowserInfo::safeStorageName(browser)))
                .setMessage(tr("The sign-in saved by %1 could not be decrypted: its key in your keyring does not fit.")
                                .arg(name));
        }
        cookies->append(cookie);
    }
    return {};
}

} // namespace Takeout
