// GLib has a struct member named "signals", which Qt defines as a keyword: libsecret comes first.
#include <libsecret/secret.h>

#include "TestCookieStores.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QPasswordDigestor>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <openssl/evp.h>

namespace {

const SecretSchema &chromiumSchema()
{
    // The schema Chromium stores its key under.
    static const SecretSchema schema = {
        "chrome_libsecret_os_crypt_password_v2",
        SECRET_SCHEMA_DONT_MATCH_NAME,
        {{"application", SECRET_SCHEMA_ATTRIBUTE_STRING}, {nullptr, SECRET_SCHEMA_ATTRIBUTE_STRING}},
        0,
        nullptr,
        nullptr,
        nullptr,
        nullptr,
        nullptr,
        nullptr,
        nullptr};
    return schema;
}

constexpr qint64 chromiumEpochOffsetUs = 11644473600LL * 1000 * 1000;

} // namespace

TestCookieStores::TestCookieStores(QString home)
    : m_home(std::move(home))
{
}

qint64 TestCookieStores::inOneYear()
{
    return QDateTime::currentSecsSinceEpoch() + qint64(365) * 24 * 3600;
}

bool TestCookieStores::exec(const QString &database, const QString &sql)
{
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("test-exec"));
        db.setDatabaseName(database);
        ok = db.open();
        QSqlQuery query(db);
        ok = ok && query.exec(sql);
        if (!ok)
            qWarning("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("test-exec"));
    return ok;
}

QString TestCookieStores::firefoxProfile(const QString &root, const QString &folder, bool millisecondExpiry) const
{
    QDir().mkpath(root + QLatin1Char('/') + folder);
    QString database = root + QLatin1Char('/') + folder + QStringLiteral("/cookies.sqlite");
    // Firefox's moz_cookies (schema 14/16: the same columns; 16 keeps expiry in milliseconds).
    exec(database, QStringLiteral("CREATE TABLE moz_cookies (id INTEGER PRIMARY KEY, originAttributes TEXT NOT NULL "
                                  "DEFAULT '', name TEXT, value TEXT, host TEXT, path TEXT, expiry INTEGER, "
                                  "lastAccessed INTEGER, creationTime INTEGER, isSecure INTEGER, isHttpOnly INTEGER, "
                                  "inBrowserElement INTEGER DEFAULT 0, sameSite INTEGER DEFAULT 0, rawSameSite "
                                  "INTEGER DEFAULT 0, schemeMap INTEGER DEFAULT 0, isPartitionedAttributeSet INTEGER "
                                  "DEFAULT 0, CONSTRAINT moz_uniqueid UNIQUE (name, host, path, originAttributes))"));
    exec(database, QStringLiteral("PRAGMA user_version = %1").arg(millisecondExpiry ? 16 : 14));
    return database;
}

QString TestCookieStores::firefoxProfileInUse(const QString &folder) const
{
    const QString root = m_home + QStringLiteral("/.mozilla/firefox");
    QString database = firefoxProfile(root, folder, true);
    QFile ini(root + QStringLiteral("/profiles.ini"));
    if (!ini.open(QIODevice::WriteOnly))
        return {};
    const QByteArray name = folder.mid(folder.indexOf(QLatin1Char('.')) + 1).toUtf8();
    ini.write("[Profile0]\nName=" + name + "\nIsRelative=1\nPath=" + folder.toUtf8() +
              "\n\n[InstallABC]\nDefault=" + folder.toUtf8() + "\n");
    return database;
}

bool TestCookieStores::addFirefoxCookie(const QString &database, const QString &host, const QString &path,
                                        const QString &name, const QString &value, qint64 expiry, qint64 createdUs,
                                        bool secure)
{
    return exec(database, QStringLiteral("INSERT INTO moz_cookies (name, value, host, path, expiry, lastAccessed, "
                                         "creationTime, isSecure, isHttpOnly) VALUES ('%1', '%2', '%3', '%4', %5, "
                                         "%6, %6, %7, 1)")
                              .arg(name, value, host, path)
                              .arg(expiry)
                              .arg(createdUs)
                              .arg(secure ? 1 : 0));
}

QString TestCookieStores::chromiumProfile(const QString &browserFolder, const QString &profile, int metaVersion) const
{
    const QString folder =
        m_home + QStringLiteral("/.config/") + browserFolder + QLatin1Char('/') + profile + QStringLiteral("/Network");
    QDir().mkpath(folder);
    QString database = folder + QStringLiteral("/Cookies");
    exec(database, QStringLiteral("CREATE TABLE meta(key LONGVARCHAR NOT NULL UNIQUE PRIMARY KEY, value LONGVARCHAR)"));
    exec(database, QStringLiteral("INSERT INTO meta VALUES ('version', '%1')").arg(metaVersion));
    exec(database, QStringLiteral("CREATE TABLE cookies(creation_utc INTEGER NOT NULL, host_key TEXT NOT NULL, "
                                  "top_frame_site_key TEXT NOT NULL, name TEXT NOT NULL, value TEXT NOT NULL, "
                                  "encrypted_value BLOB NOT NULL, path TEXT NOT NULL, expires_utc INTEGER NOT NULL, "
                                  "is_secure INTEGER NOT NULL, is_httponly INTEGER NOT NULL, last_access_utc "
                                  "INTEGER NOT NULL, has_expires INTEGER NOT NULL, is_persistent INTEGER NOT NULL, "
                                  "priority INTEGER NOT NULL, samesite INTEGER NOT NULL, source_scheme INTEGER NOT "
                                  "NULL, source_port INTEGER NOT NULL, last_update_utc INTEGER NOT NULL, "
                                  "source_type INTEGER NOT NULL, has_cross_site_ancestor INTEGER NOT NULL)"));
    return database;
}

bool TestCookieStores::addChromiumCookie(const QString &database, const QString &hostKey, const QString &name,
                                         const QByteArray &encryptedValue, qint64 expiresUnixSeconds,
                                         const QString &topFrameSite)
{
    const qint64 expires = expiresUnixSeconds == 0 ? 0 : expiresUnixSeconds * 1000000 + chromiumEpochOffsetUs;
    const qint64 created = QDateTime::currentMSecsSinceEpoch() * 1000 + chromiumEpochOffsetUs;
    return exec(database, QStringLiteral("INSERT INTO cookies VALUES (%1, '%2', '%7', '%3', '', X'%4', '/', %5, 1, "
                                         "1, %1, %6, 1, 1, 0, 2, 443, %1, 0, 0)")
                              .arg(created)
                              .arg(hostKey, name, QString::fromLatin1(encryptedValue.toHex()))
                              .arg(expires)
                              .arg(expires == 0 ? 0 : 1)
                              .arg(topFrameSite));
}

QByteArray TestCookieStores::encrypt(const QByteArray &plain, const QByteArray &password, const char *prefix)
{
    // Independent of ChromiumCipher: the key as Chromium makes it, AES-128-CBC through OpenSSL.
    const QByteArray key =
        QPasswordDigestor::deriveKeyPbkdf2(QCryptographicHash::Sha1, password, QByteArrayLiteral("saltysalt"), 1, 16);
    const QByteArray iv(16, ' ');
    QByteArray out(plain.size() + 32, '\0');
    int written = 0;
    int last = 0;
    EVP_CIPHER_CTX *context = EVP_CIPHER_CTX_new();
    EVP_EncryptInit_ex(context, EVP_aes_128_cbc(), nullptr, reinterpret_cast<const unsigned char *>(key.constData()),
                       reinterpret_cast<const unsigned char *>(iv.constData()));
    EVP_EncryptUpdate(context, reinterpret_cast<unsigned char *>(out.data()), &written,
                      reinterpret_cast<const unsigned char *>(plain.constData()), static_cast<int>(plain.size()));
    EVP_EncryptFinal_ex(context, reinterpret_cast<unsigned char *>(out.data()) + written, &last);
    EVP_CIPHER_CTX_free(context);
    out.truncate(written + last);
    return QByteArray(prefix) + out;
}

bool TestCookieStores::storeSafeStoragePassword(const char *label, const char *application, const char *password)
{
    GError *error = nullptr;
    const gboolean ok = secret_password_store_sync(&chromiumSchema(), SECRET_COLLECTION_DEFAULT, label, password,
                                                   nullptr, &error, "application", application, nullptr);
    if (error != nullptr) {
        qWarning("Secret Service: %s", error->message);
        g_error_free(error);
    }
    return ok != 0;
}

namespace {

const SecretSchema &foreignSchema()
{
    static const SecretSchema schema = {
        "org.example.NotABrowser",
        SECRET_SCHEMA_NONE,
        {{"purpose", SECRET_SCHEMA_ATTRIBUTE_STRING}, {nullptr, SECRET_SCHEMA_ATTRIBUTE_STRING}},
        0,
        nullptr,
        nullptr,
        nullptr,
        nullptr,
        nullptr,
        nullptr,
        nullptr};
    return schema;
}

} // namespace

bool TestCookieStores::storeForeignItem(const char *label, const char *password)
{
    GError *error = nullptr;
    const gboolean ok = secret_password_store_sync(&foreignSchema(), SECRET_COLLECTION_DEFAULT, label, password,
                                                   nullptr, &error, "purpose", "decoy", nullptr);
    if (error != nullptr) {
        qWarning("Secret Service: %s", error->message);
        g_error_free(error);
    }
    return ok != 0;
}

void TestCookieStores::clearForeignItems()
{
    secret_password_clear_sync(&foreignSchema(), nullptr, nullptr, "purpose", "decoy", nullptr);
}

void TestCookieStores::clearSafeStoragePassword(const char *application)
{
    secret_password_clear_sync(&chromiumSchema(), nullptr, nullptr, "application", application, nullptr);
}
