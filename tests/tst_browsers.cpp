// GLib has a struct member named "signals", which Qt defines as a keyword: libsecret comes first.
#include <libsecret/secret.h>

#include "TestSupport.h"
#include "browsers/BrowserProfiles.h"
#include "browsers/BrowserSession.h"
#include "browsers/ChromiumCipher.h"
#include "browsers/CookieSelection.h"
#include "browsers/FirefoxCookieStore.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QPasswordDigestor>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <memory>
#include <openssl/evp.h>

using namespace Takeout;

// Reading the browsers' cookie stores: real SQLite files with the browsers' schemas, built in the test
// HOME (a throwaway one, see packaging/dev.sh check), values encrypted here with OpenSSL, and the v11
// password in the test session's own Secret Service.
class TestBrowsers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void findsFirefoxProfilesInEveryPlace();
    void findsChromiumProfiles();
    void selection_data();
    void selection();
    void selectionOrder();
    void firefoxExpiryInSecondsAndMilliseconds();
    void firefoxSessionFromTheProfileInUse();
    void chromiumV10BeforeHostPrefix();
    void chromiumV11WithHostPrefixFromTheKeyring();
    void chromiumWrongKeyIsSaidPlainly();
    void chromiumV20IsSaidPlainly();
    void lockedDatabaseWithRowsOnlyInTheWal();
    void corruptFile();
    void foreignDatabase();
    void missingProfile();
    void noSessionForTheHost();

private:
    QString firefoxProfile(const QString &root, const QString &folder, bool millisecondExpiry);
    void addFirefoxCookie(const QString &database, const QString &host, const QString &path, const QString &name,
                          const QString &value, qint64 expiry, qint64 createdUs = 1, bool secure = false);
    QString chromiumProfile(const QString &browserFolder, const QString &profile, int metaVersion);
    void addChromiumCookie(const QString &database, const QString &hostKey, const QString &name,
                           const QByteArray &encryptedValue, qint64 expiresUnixSeconds = 0);
    static QByteArray encrypt(const QByteArray &plain, const QByteArray &password, const char *prefix);
    static bool storeSafeStoragePassword(const char *label, const char *application, const char *password);
    static void clearSafeStoragePassword(const char *application);
    QList<BrowserProfile> profiles(Browser browser) const
    {
        return BrowserProfiles::find(browser, m_home->path(), m_home->path() + QStringLiteral("/.config"));
    }
    bool exec(const QString &database, const QString &sql);

    std::unique_ptr<QTemporaryDir> m_home;
    const QUrl m_url{QStringLiteral("https://app.agentbot.test/api/export")};
};

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

qint64 inOneYear()
{
    return QDateTime::currentSecsSinceEpoch() + qint64(365) * 24 * 3600;
}

constexpr qint64 chromiumEpochOffsetUs = 11644473600LL * 1000 * 1000;

} // namespace

void TestBrowsers::init()
{
    // Inside the test HOME, so that tst_secretsaudit looks at whatever is left behind.
    m_home = std::make_unique<QTemporaryDir>(QDir::homePath() + QStringLiteral("/browsers-XXXXXX"));
    QVERIFY(m_home->isValid());
}

void TestBrowsers::cleanup()
{
    for (const QString &name : QSqlDatabase::connectionNames()) {
        if (name.startsWith(QLatin1String("test-")))
            QSqlDatabase::removeDatabase(name);
    }
    m_home.reset();
    clearSafeStoragePassword("chromium");
}

bool TestBrowsers::exec(const QString &database, const QString &sql)
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

QString TestBrowsers::firefoxProfile(const QString &root, const QString &folder, bool millisecondExpiry)
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

void TestBrowsers::addFirefoxCookie(const QString &database, const QString &host, const QString &path,
                                    const QString &name, const QString &value, qint64 expiry, qint64 createdUs,
                                    bool secure)
{
    QVERIFY(exec(database, QStringLiteral("INSERT INTO moz_cookies (name, value, host, path, expiry, lastAccessed, "
                                          "creationTime, isSecure, isHttpOnly) VALUES ('%1', '%2', '%3', '%4', %5, "
                                          "%6, %6, %7, 1)")
                               .arg(name, value, host, path)
                               .arg(expiry)
                               .arg(createdUs)
                               .arg(secure ? 1 : 0)));
}

QString TestBrowsers::chromiumProfile(const QString &browserFolder, const QString &profile, int metaVersion)
{
    const QString folder = m_home->path() + QStringLiteral("/.config/") + browserFolder + QLatin1Char('/') + profile +
                           QStringLiteral("/Network");
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

void TestBrowsers::addChromiumCookie(const QString &database, const QString &hostKey, const QString &name,
                                     const QByteArray &encryptedValue, qint64 expiresUnixSeconds)
{
    const qint64 expires = expiresUnixSeconds == 0 ? 0 : expiresUnixSeconds * 1000000 + chromiumEpochOffsetUs;
    const qint64 created = QDateTime::currentMSecsSinceEpoch() * 1000 + chromiumEpochOffsetUs;
    QVERIFY(exec(database, QStringLiteral("INSERT INTO cookies VALUES (%1, '%2', '', '%3', '', X'%4', '/', %5, 1, 1, "
                                          "%1, %6, 1, 1, 0, 2, 443, %1, 0, 0)")
                               .arg(created)
                               .arg(hostKey, name, QString::fromLatin1(encryptedValue.toHex()))
                               .arg(expires)
                               .arg(expires == 0 ? 0 : 1)));
}

QByteArray TestBrowsers::encrypt(const QByteArray &plain, const QByteArray &password, const char *prefix)
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

bool TestBrowsers::storeSafeStoragePassword(const char *label, const char *application, const char *password)
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

void TestBrowsers::clearSafeStoragePassword(const char *application)
{
    secret_password_clear_sync(&chromiumSchema(), nullptr, nullptr, "application", application, nullptr);
}

void TestBrowsers::findsFirefoxProfilesInEveryPlace()
{
    const QString home = m_home->path();
    const QString classic = home + QStringLiteral("/.mozilla/firefox");
    firefoxProfile(classic, QStringLiteral("aaaaaaaa.default"), false);
    firefoxProfile(classic, QStringLiteral("bbbbbbbb.default-release"), true);
    // profiles.ini marks the old profile Default=1, but the installation opens the other one.
    QVERIFY(TestSupport::writeFile(classic + QStringLiteral("/profiles.ini"),
                                   "[Profile1]\nName=default\nIsRelative=1\nPath=aaaaaaaa.default\nDefault=1\n\n"
                                   "[Profile0]\nName=default-release\nIsRelative=1\nPath=bbbbbbbb.default-release\n\n"
                                   "[Profile2]\nName=gone\nIsRelative=1\nPath=cccccccc.gone\n\n"
                                   "[Install4F96D1932A9F858E]\nDefault=bbbbbbbb.default-release\nLocked=1\n\n"
                                   "[General]\nStartWithLastProfile=1\nVersion=2\n"));
    const QString xdg = home + QStringLiteral("/.config/mozilla/firefox");
    firefoxProfile(xdg, QStringLiteral("dddddddd.xdg"), true);
    QVERIFY(TestSupport::writeFile(xdg + QStringLiteral("/profiles.ini"),
                                   "[Profile0]\nName=xdg\nIsRelative=1\nPath=dddddddd.xdg\nDefault=1\n"));
    const QString snap = home + QStringLiteral("/snap/firefox/common/.mozilla/firefox");
    const QString absolute = home + QStringLiteral("/elsewhere/eeeeeeee.snapped");
    QDir().mkpath(snap);
    firefoxProfile(home + QStringLiteral("/elsewhere"), QStringLiteral("eeeeeeee.snapped"), true);
    QVERIFY(
        TestSupport::writeFile(snap + QStringLiteral("/profiles.ini"),
                               QByteArray("[Profile0]\nName=snapped\nIsRelative=0\nPath=") + absolute.toUtf8() + "\n"));
    const QString flatpak = home + QStringLiteral("/.var/app/org.mozilla.firefox/.mozilla/firefox");
    firefoxProfile(flatpak, QStringLiteral("ffffffff.flat"), true);
    QVERIFY(TestSupport::writeFile(flatpak + QStringLiteral("/profiles.ini"),
                                   "[Profile0]\nName=flat\nIsRelative=1\nPath=ffffffff.flat\n"));

    const QList<BrowserProfile> found = profiles(Browser::Firefox);
    QStringList names;
    for (const BrowserProfile &profile : found)
        names << profile.name + (profile.inUse ? QStringLiteral("*") : QString());
    QCOMPARE(names, (QStringList{QStringLiteral("bbbbbbbb.default-release*"), QStringLiteral("dddddddd.xdg*"),
                                 QStringLiteral("aaaaaaaa.default"), QStringLiteral("eeeeeeee.snapped"),
                                 QStringLiteral("ffffffff.flat")}));
    QCOMPARE(found.first().displayName(), QStringLiteral("default-release"));
    QCOMPARE(BrowserSession::sourceOf(found.first()), QStringLiteral("Firefox (profile default-release)"));
    QCOMPARE(found.first().cookieDatabase, classic + QStringLiteral("/bbbbbbbb.default-release/cookies.sqlite"));
}

void TestBrowsers::findsChromiumProfiles()
{
    chromiumProfile(QStringLiteral("chromium"), QStringLiteral("Profile 10"), 24);
    chromiumProfile(QStringLiteral("chromium"), QStringLiteral("Profile 2"), 24);
    chromiumProfile(QStringLiteral("chromium"), QStringLiteral("Default"), 24);
    // An older Chrome keeps Cookies in the profile folder itself.
    const QString old = m_home->path() + QStringLiteral("/.config/google-chrome/Default");
    QDir().mkpath(old);
    QVERIFY(QFile::rename(chromiumProfile(QStringLiteral("google-chrome"), QStringLiteral("Default"), 18),
                          old + QStringLiteral("/Cookies")));
    chromiumProfile(QStringLiteral("BraveSoftware/Brave-Browser"), QStringLiteral("Default"), 24);
    QDir().mkpath(m_home->path() + QStringLiteral("/.config/vivaldi/Default")); // no cookie database: not listed

    QStringList names;
    for (const BrowserProfile &profile :
         BrowserProfiles::find(m_home->path(), m_home->path() + QStringLiteral("/.config")))
        names << BrowserInfo::id(profile.browser) + QLatin1Char('/') + profile.name;
    QCOMPARE(names, (QStringList{QStringLiteral("chromium/Default"), QStringLiteral("chromium/Profile 2"),
                                 QStringLiteral("chromium/Profile 10"), QStringLiteral("chrome/Default"),
                                 QStringLiteral("brave/Default")}));
    QCOMPARE(profiles(Browser::Chrome).first().cookieDatabase, old + QStringLiteral("/Cookies"));
}

void TestBrowsers::selection_data()
{
    QTest::addColumn<QString>("domain");
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("secure");
    QTest::addColumn<qint64>("expiresMs");
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("sent");
    const qint64 later = QDateTime::currentMSecsSinceEpoch() + qint64(3600) * 1000;
    const qint64 earlier = QDateTime::currentMSecsSinceEpoch() - 1000;
    const QString url = QStringLiteral("https://app.agentbot.test/api/export");
    QTest::newRow("host-only") << "app.agentbot.test"
                               << "/" << false << later << url << true;
    QTest::newRow("host-only, other case") << "APP.agentbot.test"
                                           << "/" << false << later << url << true;
    QTest::newRow("host-only of the parent") << "agentbot.test"
                                             << "/" << false << later << url << false;
    QTest::newRow("domain of the parent") << ".agentbot.test"
                                          << "/" << false << later << url << true;
    QTest::newRow("domain of the host") << ".app.agentbot.test"
                                        << "/" << false << later << url << true;
    QTest::newRow("domain of a child") << ".x.app.agentbot.test"
                                       << "/" << false << later << url << false;
    QTest::newRow("suffix, not a domain") << ".pp.agentbot.test"
                                          << "/" << false << later << url << false;
    QTest::newRow("other site") << ".evil.test"
                                << "/" << false << later << url << false;
    QTest::newRow("path prefix") << "app.agentbot.test"
                                 << "/api" << false << later << url << true;
    QTest::newRow("path prefix with slash") << "app.agentbot.test"
                                            << "/api/" << false << later << url << true;
    QTest::newRow("path exact") << "app.agentbot.test"
                                << "/api/export" << false << later << url << true;
    QTest::newRow("path not on a slash") << "app.agentbot.test"
                                         << "/ap" << false << later << url << false;
    QTest::newRow("other path") << "app.agentbot.test"
                                << "/admin" << false << later << url << false;
    QTest::newRow("secure over https") << "app.agentbot.test"
                                       << "/" << true << later << url << true;
    QTest::newRow("secure over http") << "app.agentbot.test"
                                      << "/" << true << later << "http://app.agentbot.test/api/export" << false;
    QTest::newRow("secure over loopback http") << "127.0.0.1"
                                               << "/" << true << later << "http://127.0.0.1:8080/api/export" << true;
    QTest::newRow("domain cookie never to an IP")
        << ".0.0.1"
        << "/" << false << later << "http://127.0.0.1:8080/api/export" << false;
    QTest::newRow("expired") << "app.agentbot.test"
                             << "/" << false << earlier << url << false;
    QTest::newRow("session cookie") << "app.agentbot.test"
                                    << "/" << false << qint64(0) << url << true;
}

void TestBrowsers::selection()
{
    QFETCH(QString, domain);
    QFETCH(QString, path);
    QFETCH(bool, secure);
    QFETCH(qint64, expiresMs);
    QFETCH(QString, url);
    QFETCH(bool, sent);
    BrowserCookie cookie;
    cookie.name = "sid";
    cookie.value = "v";
    cookie.domain = domain;
    cookie.path = path;
    cookie.secure = secure;
    cookie.expiresMs = expiresMs;
    QCOMPARE(CookieSelection::select({cookie}, QUrl(url), QDateTime::currentMSecsSinceEpoch()).size(), sent ? 1 : 0);
    if (sent)
        QVERIFY(CookieSelection::storedDomainsFor(QUrl(url).host()).contains(domain.toLower()));
}

void TestBrowsers::selectionOrder()
{
    auto make = [](const char *name, const char *path, qint64 created) {
        BrowserCookie cookie;
        cookie.name = name;
        cookie.value = QByteArray(name).toUpper();
        cookie.domain = QStringLiteral(".agentbot.test");
        cookie.path = QString::fromLatin1(path);
        cookie.createdUs = created;
        return cookie;
    };
    // RFC 6265 §5.4: longer paths first, then the earlier created.
    const QList<BrowserCookie> cookies{make("late", "/", 30), make("early", "/", 10), make("deep", "/api/export", 40),
                                       make("mid", "/api", 20)};
    QCOMPARE(CookieSelection::header(CookieSelection::select(cookies, m_url, 0)),
             QByteArray("deep=DEEP; mid=MID; early=EARLY; late=LATE"));
}

void TestBrowsers::firefoxExpiryInSecondsAndMilliseconds()
{
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    QCOMPARE(FirefoxCookieStore::expiryToMs(now), now * 1000);
    QCOMPARE(FirefoxCookieStore::expiryToMs(now * 1000), now * 1000);
    for (const bool milliseconds : {false, true}) {
        const QString root = m_home->path() + QStringLiteral("/.mozilla/firefox");
        const QString folder = milliseconds ? QStringLiteral("aaaaaaaa.ms") : QStringLiteral("aaaaaaaa.s");
        const QString database = firefoxProfile(root, folder, milliseconds);
        const qint64 unit = milliseconds ? 1000 : 1;
        addFirefoxCookie(database, QStringLiteral(".agentbot.test"), QStringLiteral("/"), QStringLiteral("live"),
                         QStringLiteral("1"), inOneYear() * unit);
        // Expired an hour ago and still on disk, as browsers leave them.
        addFirefoxCookie(database, QStringLiteral(".agentbot.test"), QStringLiteral("/"), QStringLiteral("dead"),
                         QStringLiteral("2"), (now - 3600) * unit);
        BrowserProfile profile;
        profile.name = folder;
        profile.cookieDatabase = database;
        const BrowserSession session = BrowserSession::read(profile, m_url);
        QVERIFY2(!session.error(), qPrintable(session.error().detail()));
        QCOMPARE(session.cookieHeader(), QByteArray("live=1"));
    }
}

void TestBrowsers::firefoxSessionFromTheProfileInUse()
{
    const QString root = m_home->path() + QStringLiteral("/.mozilla/firefox");
    const QString old = firefoxProfile(root, QStringLiteral("aaaaaaaa.default"), false);
    addFirefoxCookie(old, QStringLiteral("app.agentbot.test"), QStringLiteral("/"), QStringLiteral("session"),
                     QStringLiteral("old"), inOneYear());
    const QString used = firefoxProfile(root, QStringLiteral("bbbbbbbb.default-release"), true);
    addFirefoxCookie(used, QStringLiteral("app.agentbot.test"), QStringLiteral("/"), QStringLiteral("session"),
                     QStringLiteral("current"), inOneYear() * 1000, 5);
    addFirefoxCookie(used, QStringLiteral(".agentbot.test"), QStringLiteral("/"), QStringLiteral("lang"),
                     QStringLiteral("en"), inOneYear() * 1000, 3);
    addFirefoxCookie(used, QStringLiteral("tracker.test"), QStringLiteral("/"), QStringLiteral("other"),
                     QStringLiteral("site"), inOneYear() * 1000);
    QVERIFY(TestSupport::writeFile(root + QStringLiteral("/profiles.ini"),
                                   "[Profile0]\nName=default\nIsRelative=1\nPath=aaaaaaaa.default\nDefault=1\n\n"
                                   "[Profile1]\nName=default-release\nIsRelative=1\nPath=bbbbbbbb.default-release\n\n"
                                   "[InstallABC]\nDefault=bbbbbbbb.default-release\n"));
    const BrowserSession session = BrowserSession::find(profiles(Browser::Firefox), m_url, QStringLiteral("Firefox"));
    QVERIFY2(!session.error(), qPrintable(session.error().detail()));
    QCOMPARE(session.cookieHeader(), QByteArray("lang=en; session=current"));
    QCOMPARE(session.source(), QStringLiteral("Firefox (profile default-release)"));
    // The browser's own files were never opened by SQLite (that would leave a -shm beside them), and the
    // private copy is gone.
    QVERIFY(!QFile::exists(used + QStringLiteral("-shm")));
    QVERIFY(!QFile::exists(used + QStringLiteral("-wal")));
    QCOMPARE(QDir::temp().entryList({QStringLiteral("agent-takeout-cookies-*")}, QDir::AllEntries | QDir::Hidden),
             QStringList());
}

void TestBrowsers::chromiumV10BeforeHostPrefix()
{
    const QString database = chromiumProfile(QStringLiteral("chromium"), QStringLiteral("Default"), 23);
    addChromiumCookie(database, QStringLiteral("app.agentbot.test"), QStringLiteral("sid"),
                      encrypt("v10-value", "peanuts", "v10"), inOneYear());
    addChromiumCookie(database, QStringLiteral(".agentbot.test"), QStringLiteral("old"),
                      encrypt("expired", "peanuts", "v10"), QDateTime::currentSecsSinceEpoch() - 60);
    const BrowserSession session = BrowserSession::find(profiles(Browser::Chromium), m_url, QStringLiteral("Chromium"));
    QVERIFY2(!session.error(), qPrintable(session.error().detail()));
    QCOMPARE(session.cookieHeader(), QByteArray("sid=v10-value"));
    QCOMPARE(session.source(), QStringLiteral("Chromium (profile Default)"));
}

void TestBrowsers::chromiumV11WithHostPrefixFromTheKeyring()
{
    QVERIFY(storeSafeStoragePassword("Chromium Safe Storage", "chromium", "tst-safe-storage-pw"));
    const QString database = chromiumProfile(QStringLiteral("chromium"), QStringLiteral("Default"), 24);
    const QString host = QStringLiteral("app.agentbot.test");
    const QByteArray prefix = QCryptographicHash::hash(host.toUtf8(), QCryptographicHash::Sha256);
    addChromiumCookie(database, host, QStringLiteral("sid"),
                      encrypt(prefix + "v11-value", "tst-safe-storage-pw", "v11"), inOneYear());
    // A v10 value in the same database still reads with the fixed key.
    const QByteArray parentPrefix = QCryptographicHash::hash(".agentbot.test", QCryptographicHash::Sha256);
    addChromiumCookie(database, QStringLiteral(".agentbot.test"), QStringLiteral("lang"),
                      encrypt(parentPrefix + "de", "peanuts", "v10"));
    const BrowserSession session = BrowserSession::find(profiles(Browser::Chromium), m_url, QStringLiteral("Chromium"));
    QVERIFY2(!session.error(), qPrintable(session.error().detail()));
    QVERIFY(session.cookieHeader() == "sid=v11-value; lang=de" || session.cookieHeader() == "lang=de; sid=v11-value");
}

void TestBrowsers::chromiumWrongKeyIsSaidPlainly()
{
    QVERIFY(storeSafeStoragePassword("Chromium Safe Storage", "chromium", "the-right-one"));
    const QString database = chromiumProfile(QStringLiteral("chromium"), QStringLiteral("Default"), 24);
    addChromiumCookie(database, QStringLiteral("app.agentbot.test"), QStringLiteral("sid"),
                      encrypt(QByteArray(32, 'x') + "value", "another-one", "v11"), inOneYear());
    const BrowserSession session = BrowserSession::find(profiles(Browser::Chromium), m_url, QStringLiteral("Chromium"));
    QCOMPARE(session.error().kind(), ApiError::Kind::BrowserValueUnreadable);
    QCOMPARE(
        session.error().message(),
        QStringLiteral("The sign-in saved by Chromium could not be decrypted: its key in your keyring does not fit."));
    QVERIFY(session.cookieHeader().isEmpty());
}

void TestBrowsers::chromiumV20IsSaidPlainly()
{
    const QString database = chromiumProfile(QStringLiteral("google-chrome"), QStringLiteral("Default"), 24);
    addChromiumCookie(database, QStringLiteral("app.agentbot.test"), QStringLiteral("sid"),
                      QByteArray("v20") + QByteArray(48, '\x01'), inOneYear());
    const BrowserSession session =
        BrowserSession::find(profiles(Browser::Chrome), m_url, QStringLiteral("Google Chrome"));
    QCOMPARE(session.error().kind(), ApiError::Kind::BrowserValueUnreadable);
    QVERIFY2(session.error().message().contains(QLatin1String("only Google Chrome itself can read it")),
             qPrintable(session.error().message()));
}

void TestBrowsers::lockedDatabaseWithRowsOnlyInTheWal()
{
    const QString root = m_home->path() + QStringLiteral("/.mozilla/firefox");
    const QString database = firefoxProfile(root, QStringLiteral("aaaaaaaa.running"), true);
    QVERIFY(TestSupport::writeFile(root + QStringLiteral("/profiles.ini"),
                                   "[Profile0]\nName=running\nIsRelative=1\nPath=aaaaaaaa.running\n"));
    // The "browser": one connection in WAL mode that never checkpoints, then holds an exclusive lock.
    QSqlDatabase browser = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("test-browser"));
    browser.setDatabaseName(database);
    QVERIFY(browser.open());
    QSqlQuery query(browser);
    QVERIFY(query.exec(QStringLiteral("PRAGMA journal_mode=WAL")));
    QVERIFY(query.exec(QStringLiteral("PRAGMA wal_autocheckpoint=0")));
    QVERIFY(query.exec(QStringLiteral("INSERT INTO moz_cookies (name, value, host, path, expiry, creationTime, "
                                      "isSecure) VALUES ('sid', 'from-wal', 'app.agentbot.test', '/', %1, 1, 1)")
                           .arg(inOneYear() * 1000)));
    QVERIFY(QFileInfo(database + QStringLiteral("-wal")).size() > 0);
    QVERIFY(query.exec(QStringLiteral("BEGIN EXCLUSIVE")));
    QVERIFY(query.exec(QStringLiteral("UPDATE moz_cookies SET value = 'uncommitted'")));

    const BrowserSession session = BrowserSession::find(profiles(Browser::Firefox), m_url, QStringLiteral("Firefox"));
    QVERIFY2(!session.error(), qPrintable(session.error().detail()));
    QCOMPARE(session.cookieHeader(), QByteArray("sid=from-wal"));

    QVERIFY(query.exec(QStringLiteral("ROLLBACK")));
    query.finish();
    browser.close();
}

void TestBrowsers::corruptFile()
{
    const QString root = m_home->path() + QStringLiteral("/.mozilla/firefox");
    const QString database = root + QStringLiteral("/aaaaaaaa.broken/cookies.sqlite");
    QDir().mkpath(root + QStringLiteral("/aaaaaaaa.broken"));
    QVERIFY(TestSupport::writeFile(database, QByteArray(4096, '\x7f')));
    QVERIFY(TestSupport::writeFile(root + QStringLiteral("/profiles.ini"),
                                   "[Profile0]\nName=broken\nIsRelative=1\nPath=aaaaaaaa.broken\n"));
    const BrowserSession session = BrowserSession::find(profiles(Browser::Firefox), m_url, QStringLiteral("Firefox"));
    QCOMPARE(session.error().kind(), ApiError::Kind::BrowserStoreUnreadable);
    QCOMPARE(session.error().message(),
             QStringLiteral("The cookie store of Firefox (profile broken) could not be read: "
                            "it is damaged or not a browser's cookie store."));
    QVERIFY(!session.error().detail().isEmpty());
}

void TestBrowsers::foreignDatabase()
{
    // A real SQLite file, but Chromium's schema where Firefox's is expected.
    const QString chromium = chromiumProfile(QStringLiteral("chromium"), QStringLiteral("Default"), 24);
    BrowserProfile profile;
    profile.name = QStringLiteral("aaaaaaaa.default");
    profile.cookieDatabase = chromium;
    const BrowserSession session = BrowserSession::read(profile, m_url);
    QCOMPARE(session.error().kind(), ApiError::Kind::BrowserStoreUnreadable);
    QVERIFY2(session.error().detail().contains(QLatin1String("not a Firefox cookie store")),
             qPrintable(session.error().detail()));
}

void TestBrowsers::missingProfile()
{
    const QString root = m_home->path() + QStringLiteral("/.mozilla/firefox");
    QDir().mkpath(root);
    QVERIFY(TestSupport::writeFile(root + QStringLiteral("/profiles.ini"),
                                   "[Profile0]\nName=gone\nIsRelative=1\nPath=aaaaaaaa.gone\n\n"
                                   "[InstallABC]\nDefault=aaaaaaaa.gone\n"));
    QVERIFY(profiles(Browser::Firefox).isEmpty());
    const BrowserSession none = BrowserSession::find({}, m_url, QStringLiteral("Firefox"));
    QCOMPARE(none.error().kind(), ApiError::Kind::BrowserNotFound);
    QCOMPARE(none.error().message(),
             QStringLiteral("Firefox was not found on this computer (no profile with cookies)."));
    // A profile whose database went away between finding and reading.
    BrowserProfile profile;
    profile.name = QStringLiteral("aaaaaaaa.gone");
    profile.cookieDatabase = root + QStringLiteral("/aaaaaaaa.gone/cookies.sqlite");
    QCOMPARE(BrowserSession::read(profile, m_url).error().kind(), ApiError::Kind::BrowserStoreUnreadable);
}

void TestBrowsers::noSessionForTheHost()
{
    const QString root = m_home->path() + QStringLiteral("/.mozilla/firefox");
    const QString database = firefoxProfile(root, QStringLiteral("aaaaaaaa.default-release"), true);
    addFirefoxCookie(database, QStringLiteral("elsewhere.test"), QStringLiteral("/"), QStringLiteral("sid"),
                     QStringLiteral("x"), inOneYear() * 1000);
    QVERIFY(TestSupport::writeFile(root + QStringLiteral("/profiles.ini"),
                                   "[Profile0]\nName=default-release\nIsRelative=1\nPath=aaaaaaaa.default-release\n"));
    const BrowserSession session = BrowserSession::find(profiles(Browser::Firefox), m_url, QStringLiteral("Firefox"));
    QCOMPARE(session.error().kind(), ApiError::Kind::NoBrowserSession);
    QCOMPARE(session.error().message(), QStringLiteral("Firefox has no Agentbot sign-in for app.agentbot.test. Sign in "
                                                       "there, then press the button again."));
}

QTEST_GUILESS_MAIN(TestBrowsers)
#include "tst_browsers.moc"
