#include "TestCookieStores.h"
#include "TestSupport.h"
#include "base/BackgroundTask.h"
#include "browsers/BrowserProfiles.h"
#include "browsers/BrowserProfilesJob.h"
#include "browsers/BrowserSession.h"
#include "browsers/BrowserSessionJob.h"
#include "browsers/ChromiumCipher.h"
#include "browsers/CookieSelection.h"
#include "browsers/FirefoxCookieStore.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QPointer>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>
#include <memory>

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
    void sessionJobReadsOffTheUiThread();
    void sessionJobMayGoWhileItRuns();
    void profilesJobSaysWhichHoldCookies();
    void sandboxedFirefoxStaysInItsFolder();
    void safeStorageIsFoundByTheBrowsersAttributes();

private:
    QList<BrowserProfile> profiles(Browser browser) const
    {
        return BrowserProfiles::find(browser, m_home->path(), m_home->path() + QStringLiteral("/.config"));
    }
    std::unique_ptr<QTemporaryDir> m_home;
    std::unique_ptr<TestCookieStores> m_stores;
    const QUrl m_url{QStringLiteral("https://app.agentbot.test/api/export")};
};

namespace {

qint64 inOneYear()
{
    return TestCookieStores::inOneYear();
}

} // namespace

void TestBrowsers::init()
{
    // Inside the test HOME, so that tst_secretsaudit looks at whatever is left behind.
    m_home = std::make_unique<QTemporaryDir>(QDir::homePath() + QStringLiteral("/browsers-XXXXXX"));
    QVERIFY(m_home->isValid());
    m_stores = std::make_unique<TestCookieStores>(m_home->path());
}

void TestBrowsers::cleanup()
{
    for (const QString &name : QSqlDatabase::connectionNames()) {
        if (name.startsWith(QLatin1String("test-")))
            QSqlDatabase::removeDatabase(name);
    }
    m_stores.reset();
    m_home.reset();
    TestCookieStores::clearSafeStoragePassword("chromium");
    TestCookieStores::clearForeignItems();
}

void TestBrowsers::findsFirefoxProfilesInEveryPlace()
{
    const QString home = m_home->path();
    const QString classic = home + QStringLiteral("/.mozilla/firefox");
    m_stores->firefoxProfile(classic, QStringLiteral("aaaaaaaa.default"), false);
    m_stores->firefoxProfile(classic, QStringLiteral("bbbbbbbb.default-release"), true);
    // profiles.ini marks the old profile Default=1, but the installation opens the other one.
    QVERIFY(TestSupport::writeFile(classic + QStringLiteral("/profiles.ini"),
                                   "[Profile1]\nName=default\nIsRelative=1\nPath=aaaaaaaa.default\nDefault=1\n\n"
                                   "[Profile0]\nName=default-release\nIsRelative=1\nPath=bbbbbbbb.default-release\n\n"
                                   "[Profile2]\nName=gone\nIsRelative=1\nPath=cccccccc.gone\n\n"
                                   "[Install4F96D1932A9F858E]\nDefault=bbbbbbbb.default-release\nLocked=1\n\n"
                                   "[General]\nStartWithLastProfile=1\nVersion=2\n"));
    const QString xdg = home + QStringLiteral("/.config/mozilla/firefox");
    m_stores->firefoxProfile(xdg, QStringLiteral("dddddddd.xdg"), true);
    QVERIFY(TestSupport::writeFile(xdg + QStringLiteral("/profiles.ini"),
                                   "[Profile0]\nName=xdg\nIsRelative=1\nPath=dddddddd.xdg\nDefault=1\n"));
    const QString snap = home + QStringLiteral("/snap/firefox/common/.mozilla/firefox");
    // An absolute path inside the Snap's own folder.
    const QString absolute = home + QStringLiteral("/snap/firefox/common/elsewhere/eeeeeeee.snapped");
    QDir().mkpath(snap);
    m_stores->firefoxProfile(home + QStringLiteral("/snap/firefox/common/elsewhere"),
                             QStringLiteral("eeeeeeee.snapped"), true);
    QVERIFY(
        TestSupport::writeFile(snap + QStringLiteral("/profiles.ini"),
                               QByteArray("[Profile0]\nName=snapped\nIsRelative=0\nPath=") + absolute.toUtf8() + "\n"));
    const QString flatpak = home + QStringLiteral("/.var/app/org.mozilla.firefox/.mozilla/firefox");
    m_stores->firefoxProfile(flatpak, QStringLiteral("ffffffff.flat"), true);
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
    m_stores->chromiumProfile(QStringLiteral("chromium"), QStringLiteral("Profile 10"), 24);
    m_stores->chromiumProfile(QStringLiteral("chromium"), QStringLiteral("Profile 2"), 24);
    m_stores->chromiumProfile(QStringLiteral("chromium"), QStringLiteral("Default"), 24);
    // An older Chrome keeps Cookies in the profile folder itself.
    const QString old = m_home->path() + QStringLiteral("/.config/google-chrome/Default");
    QDir().mkpath(old);
    QVERIFY(QFile::rename(m_stores->chromiumProfile(QStringLiteral("google-chrome"), QStringLiteral("Default"), 18),
                          old + QStringLiteral("/Cookies")));
    m_stores->chromiumProfile(QStringLiteral("BraveSoftware/Brave-Browser"), QStringLiteral("Default"), 24);
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
        const QString database = m_stores->firefoxProfile(root, folder, milliseconds);
        const qint64 unit = milliseconds ? 1000 : 1;
        QVERIFY(TestCookieStores::addFirefoxCookie(database, QStringLiteral(".agentbot.test"), QStringLiteral("/"),
                                                   QStringLiteral("live"), QStringLiteral("1"), inOneYear() * unit));
        // Expired an hour ago and still on disk, as browsers leave them.
        QVERIFY(TestCookieStores::addFirefoxCookie(database, QStringLiteral(".agentbot.test"), QStringLiteral("/"),
                                                   QStringLiteral("dead"), QStringLiteral("2"), (now - 3600) * unit));
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
    const QString old = m_stores->firefoxProfile(root, QStringLiteral("aaaaaaaa.default"), false);
    QVERIFY(TestCookieStores::addFirefoxCookie(old, QStringLiteral("app.agentbot.test"), QStringLiteral("/"),
                                               QStringLiteral("session"), QStringLiteral("old"), inOneYear()));
    const QString used = m_stores->firefoxProfile(root, QStringLiteral("bbbbbbbb.default-release"), true);
    QVERIFY(TestCookieStores::addFirefoxCookie(used, QStringLiteral("app.agentbot.test"), QStringLiteral("/"),
                                               QStringLiteral("session"), QStringLiteral("current"), inOneYear() * 1000,
                                               5));
    QVERIFY(TestCookieStores::addFirefoxCookie(used, QStringLiteral(".agentbot.test"), QStringLiteral("/"),
                                               QStringLiteral("lang"), QStringLiteral("en"), inOneYear() * 1000, 3));
    QVERIFY(TestCookieStores::addFirefoxCookie(used, QStringLiteral("tracker.test"), QStringLiteral("/"),
                                               QStringLiteral("other"), QStringLiteral("site"), inOneYear() * 1000));
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
    const QString database = m_stores->chromiumProfile(QStringLiteral("chromium"), QStringLiteral("Default"), 23);
    QVERIFY(TestCookieStores::addChromiumCookie(database, QStringLiteral("app.agentbot.test"), QStringLiteral("sid"),
                                                TestCookieStores::encrypt("v10-value", "peanuts", "v10"), inOneYear()));
    QVERIFY(TestCookieStores::addChromiumCookie(database, QStringLiteral(".agentbot.test"), QStringLiteral("old"),
                                                TestCookieStores::encrypt("expired", "peanuts", "v10"),
                                                QDateTime::currentSecsSinceEpoch() - 60));
    const BrowserSession session = BrowserSession::find(profiles(Browser::Chromium), m_url, QStringLiteral("Chromium"));
    QVERIFY2(!session.error(), qPrintable(session.error().detail()));
    QCOMPARE(session.cookieHeader(), QByteArray("sid=v10-value"));
    QCOMPARE(session.source(), QStringLiteral("Chromium (profile Default)"));
}

void TestBrowsers::chromiumV11WithHostPrefixFromTheKeyring()
{
    QVERIFY(TestCookieStores::storeSafeStoragePassword("Chromium Safe Storage", "chromium", "tst-safe-storage-pw"));
    const QString database = m_stores->chromiumProfile(QStringLiteral("chromium"), QStringLiteral("Default"), 24);
    const QString host = QStringLiteral("app.agentbot.test");
    const QByteArray prefix = QCryptographicHash::hash(host.toUtf8(), QCryptographicHash::Sha256);
    QVERIFY(TestCookieStores::addChromiumCookie(
        database, host, QStringLiteral("sid"),
        TestCookieStores::encrypt(prefix + "v11-value", "tst-safe-storage-pw", "v11"), inOneYear()));
    // A v10 value in the same database still reads with the fixed key.
    const QByteArray parentPrefix = QCryptographicHash::hash(".agentbot.test", QCryptographicHash::Sha256);
    QVERIFY(TestCookieStores::addChromiumCookie(database, QStringLiteral(".agentbot.test"), QStringLiteral("lang"),
                                                TestCookieStores::encrypt(parentPrefix + "de", "peanuts", "v10")));
    const BrowserSession session = BrowserSession::find(profiles(Browser::Chromium), m_url, QStringLiteral("Chromium"));
    QVERIFY2(!session.error(), qPrintable(session.error().detail()));
    QVERIFY(session.cookieHeader() == "sid=v11-value; lang=de" || session.cookieHeader() == "lang=de; sid=v11-value");
}

void TestBrowsers::chromiumWrongKeyIsSaidPlainly()
{
    QVERIFY(TestCookieStores::storeSafeStoragePassword("Chromium Safe Storage", "chromium", "the-right-one"));
    const QString database = m_stores->chromiumProfile(QStringLiteral("chromium"), QStringLiteral("Default"), 24);
    QVERIFY(TestCookieStores::addChromiumCookie(
        database, QStringLiteral("app.agentbot.test"), QStringLiteral("sid"),
        TestCookieStores::encrypt(QByteArray(32, 'x') + "value", "another-one", "v11"), inOneYear()));
    const BrowserSession session = BrowserSession::find(profiles(Browser::Chromium), m_url, QStringLiteral("Chromium"));
    QCOMPARE(session.error().kind(), Failure::Kind::BrowserValueUnreadable);
    QCOMPARE(
        session.error().message(),
        QStringLiteral("The sign-in saved by Chromium could not be decrypted: its key in your keyring does not fit."));
    QVERIFY(session.cookieHeader().isEmpty());
}

void TestBrowsers::chromiumV20IsSaidPlainly()
{
    const QString database = m_stores->chromiumProfile(QStringLiteral("google-chrome"), QStringLiteral("Default"), 24);
    QVERIFY(TestCookieStores::addChromiumCookie(database, QStringLiteral("app.agentbot.test"), QStringLiteral("sid"),
                                                QByteArray("v20") + QByteArray(48, '\x01'), inOneYear()));
    const BrowserSession session =
        BrowserSession::find(profiles(Browser::Chrome), m_url, QStringLiteral("Google Chrome"));
    QCOMPARE(session.error().kind(), Failure::Kind::BrowserValueUnreadable);
    QVERIFY2(session.error().message().contains(QLatin1String("only Google Chrome itself can read it")),
             qPrintable(session.error().message()));
}

void TestBrowsers::lockedDatabaseWithRowsOnlyInTheWal()
{
    const QString root = m_home->path() + QStringLiteral("/.mozilla/firefox");
    const QString database = m_stores->firefoxProfile(root, QStringLiteral("aaaaaaaa.running"), true);
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
    QCOMPARE(session.error().kind(), Failure::Kind::BrowserStoreUnreadable);
    QCOMPARE(session.error().message(),
             QStringLiteral("The cookie store of Firefox (profile broken) could not be read: "
                            "it is damaged or not a browser's cookie store."));
    QVERIFY(!session.error().detail().isEmpty());
}

void TestBrowsers::foreignDatabase()
{
    // A real SQLite file, but Chromium's schema where Firefox's is expected.
    const QString chromium = m_stores->chromiumProfile(QStringLiteral("chromium"), QStringLiteral("Default"), 24);
    BrowserProfile profile;
    profile.name = QStringLiteral("aaaaaaaa.default");
    profile.cookieDatabase = chromium;
    const BrowserSession session = BrowserSession::read(profile, m_url);
    QCOMPARE(session.error().kind(), Failure::Kind::BrowserStoreUnreadable);
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
    QCOMPARE(none.error().kind(), Failure::Kind::BrowserNotFound);
    QCOMPARE(none.error().message(),
             QStringLiteral("Firefox was not found on this computer (no profile with cookies)."));
    // A profile whose database went away between finding and reading.
    BrowserProfile profile;
    profile.name = QStringLiteral("aaaaaaaa.gone");
    profile.cookieDatabase = root + QStringLiteral("/aaaaaaaa.gone/cookies.sqlite");
    QCOMPARE(BrowserSession::read(profile, m_url).error().kind(), Failure::Kind::BrowserStoreUnreadable);
}

void TestBrowsers::noSessionForTheHost()
{
    const QString root = m_home->path() + QStringLiteral("/.mozilla/firefox");
    const QString database = m_stores->firefoxProfile(root, QStringLiteral("aaaaaaaa.default-release"), true);
    QVERIFY(TestCookieStores::addFirefoxCookie(database, QStringLiteral("elsewhere.test"), QStringLiteral("/"),
                                               QStringLiteral("sid"), QStringLiteral("x"), inOneYear() * 1000));
    QVERIFY(TestSupport::writeFile(root + QStringLiteral("/profiles.ini"),
                                   "[Profile0]\nName=default-release\nIsRelative=1\nPath=aaaaaaaa.default-release\n"));
    const BrowserSession session = BrowserSession::find(profiles(Browser::Firefox), m_url, QStringLiteral("Firefox"));
    QCOMPARE(session.error().kind(), Failure::Kind::NoBrowserSession);
    QCOMPARE(session.error().message(), QStringLiteral("Firefox has no Agentbot sign-in for app.agentbot.test. Sign in "
                                                       "there, then press the button again."));
}

void TestBrowsers::sessionJobReadsOffTheUiThread()
{
    const QString database = m_stores->firefoxProfileInUse(QStringLiteral("aaaaaaaa.default-release"));
    QVERIFY(TestCookieStores::addFirefoxCookie(database, QStringLiteral("app.agentbot.test"), QStringLiteral("/"),
                                               QStringLiteral("sid"), QStringLiteral("job"), inOneYear()));
    QObject owner;
    auto *job = new BrowserSessionJob(profiles(Browser::Firefox), m_url, QStringLiteral("Firefox"), &owner);
    QPointer<BrowserSessionJob> alive(job);
    QSignalSpy finished(job, &Job::finished);
    QByteArray header;
    QString source;
    connect(job, &Job::finished, this, [job, &header, &source] {
        header = job->session().cookieHeader();
        source = job->session().source();
    });
    job->start();
    QVERIFY(job->isRunning());
    QVERIFY(finished.wait(TestSupport::waitMs));
    QCOMPARE(finished.count(), 1);
    QCOMPARE(header, QByteArray("sid=job"));
    QCOMPARE(source, QStringLiteral("Firefox (profile default-release)"));
    // A Job: it goes by itself after finished().
    QTRY_VERIFY(alive.isNull());

    // Kept, it reads back its error.
    auto *none = new BrowserSessionJob({}, m_url, QStringLiteral("Firefox"), &owner);
    none->setAutoDelete(false);
    QSignalSpy noneFinished(none, &Job::finished);
    none->start();
    QVERIFY(noneFinished.wait(TestSupport::waitMs));
    QCOMPARE(none->error().kind(), Failure::Kind::BrowserNotFound);
    delete none;
}

void TestBrowsers::sessionJobMayGoWhileItRuns()
{
    const QString database = m_stores->firefoxProfileInUse(QStringLiteral("aaaaaaaa.default-release"));
    QVERIFY(TestCookieStores::addFirefoxCookie(database, QStringLiteral("app.agentbot.test"), QStringLiteral("/"),
                                               QStringLiteral("sid"), QStringLiteral("job"), inOneYear()));
    {
        QObject owner;
        auto *job = new BrowserSessionJob(profiles(Browser::Firefox), m_url, QStringLiteral("Firefox"), &owner);
        job->start();
    } // the owner, and the job with it, are gone while the search may still run
    BackgroundTask::threads()->waitForDone();
    QCoreApplication::processEvents();
    QCOMPARE(QDir::temp().entryList({QStringLiteral("agent-takeout-cookies-*")}, QDir::AllEntries | QDir::Hidden),
             QStringList());
}

void TestBrowsers::profilesJobSaysWhichHoldCookies()
{
    // The job looks under $HOME, as the app does: this test's home for now.
    const QByteArray realHome = qgetenv("HOME");
    const QByteArray realConfigHome = qgetenv("XDG_CONFIG_HOME");
    const auto restore = qScopeGuard([&] {
        qputenv("HOME", realHome);
        qputenv("XDG_CONFIG_HOME", realConfigHome);
    });
    qputenv("HOME", m_home->path().toUtf8());
    qputenv("XDG_CONFIG_HOME", (m_home->path() + QStringLiteral("/.config")).toUtf8());
    const QString firefox = m_stores->firefoxProfileInUse(QStringLiteral("aaaaaaaa.default-release"));
    QVERIFY(TestCookieStores::addFirefoxCookie(firefox, QStringLiteral(".agentbot.test"), QStringLiteral("/"),
                                               QStringLiteral("sid"), QStringLiteral("x"), inOneYear() * 1000));
    // Chromium: only an expired cookie for the host, and a live one elsewhere.
    const QString chromium = m_stores->chromiumProfile(QStringLiteral("chromium"), QStringLiteral("Default"), 24);
    QVERIFY(TestCookieStores::addChromiumCookie(chromium, QStringLiteral("app.agentbot.test"), QStringLiteral("old"),
                                                TestCookieStores::encrypt("x", "peanuts", "v10"),
                                                QDateTime::currentSecsSinceEpoch() - 60));
    QVERIFY(TestCookieStores::addChromiumCookie(chromium, QStringLiteral("elsewhere.test"), QStringLiteral("sid"),
                                                TestCookieStores::encrypt("x", "peanuts", "v10"), inOneYear()));
    // Brave: a session cookie (no expiry) for the host, encrypted with a key nobody asks for here.
    const QString brave =
        m_stores->chromiumProfile(QStringLiteral("BraveSoftware/Brave-Browser"), QStringLiteral("Default"), 24);
    QVERIFY(TestCookieStores::addChromiumCookie(brave, QStringLiteral("app.agentbot.test"), QStringLiteral("sid"),
                                                TestCookieStores::encrypt("x", "not-in-any-keyring", "v11")));

    QObject owner;
    auto *job = new BrowserProfilesJob(m_url, &owner);
    job->setAutoDelete(false);
    QSignalSpy finished(job, &Job::finished);
    job->start();
    QVERIFY(finished.wait(TestSupport::waitMs));
    QStringList seen;
    for (const BrowserProfilesJob::Entry &entry : job->entries())
        seen << BrowserInfo::id(entry.profile.browser) + QLatin1Char('/') + entry.profile.displayName() +
                    (entry.holdsCookies ? QStringLiteral(" yes") : QStringLiteral(" no"));
    QCOMPARE(seen, (QStringList{QStringLiteral("firefox/default-release yes"), QStringLiteral("chromium/Default no"),
                                QStringLiteral("brave/Default yes")}));
    delete job;

    // Without a URL it only lists.
    const QList<BrowserProfilesJob::Entry> listed = BrowserProfilesJob::find({});
    QCOMPARE(listed.size(), 3);
    QVERIFY(std::none_of(listed.begin(), listed.end(), [](const auto &entry) { return entry.holdsCookies; }));
}

void TestBrowsers::sandboxedFirefoxStaysInItsFolder()
{
    // A Snap or Flatpak Firefox writes its profiles.ini itself: what it names outside its own folder
    // (another profile's cookies, anything of the person's) is not read.
    const QString home = m_home->path();
    m_stores->firefoxProfile(home + QStringLiteral("/outside"), QStringLiteral("aaaaaaaa.outside"), true);
    const QString snap = home + QStringLiteral("/snap/firefox/common/.mozilla/firefox");
    m_stores->firefoxProfile(snap, QStringLiteral("bbbbbbbb.inside"), true);
    QVERIFY(QFile::link(home + QStringLiteral("/outside/aaaaaaaa.outside"), snap + QStringLiteral("/cccccccc.link")));
    QVERIFY(TestSupport::writeFile(
        snap + QStringLiteral("/profiles.ini"),
        QByteArray("[Profile0]\nName=inside\nIsRelative=1\nPath=bbbbbbbb.inside\n\n"
                   "[Profile1]\nName=up\nIsRelative=1\nPath=../../../../../outside/aaaaaaaa.outside\n\n"
                   "[Profile2]\nName=absolute\nIsRelative=0\nPath=") +
            QFile::encodeName(home) + "/outside/aaaaaaaa.outside\n\n" +
            "[Profile3]\nName=link\nIsRelative=1\nPath=cccccccc.link\n"));
    const QString flatpak = home + QStringLiteral("/.var/app/org.mozilla.firefox/.mozilla/firefox");
    QDir().mkpath(flatpak);
    QVERIFY(
        TestSupport::writeFile(flatpak + QStringLiteral("/profiles.ini"),
                               "[Profile0]\nName=up\nIsRelative=1\nPath=../../../../../outside/aaaaaaaa.outside\n"));

    QStringList names;
    for (const BrowserProfile &profile : profiles(Browser::Firefox))
        names << profile.name;
    QCOMPARE(names, QStringList{QStringLiteral("bbbbbbbb.inside")});
}

void TestBrowsers::safeStorageIsFoundByTheBrowsersAttributes()
{
    // Another program's item with Chromium's label: not Chromium's key, so never taken for it.
    QVERIFY(TestCookieStores::storeForeignItem("Chromium Safe Storage", "not-the-browsers"));
    const QString database = m_stores->chromiumProfile(QStringLiteral("chromium"), QStringLiteral("Default"), 23);
    QVERIFY(TestCookieStores::addChromiumCookie(database, QStringLiteral("app.agentbot.test"), QStringLiteral("sid"),
                                                TestCookieStores::encrypt("v11-value", "not-the-browsers", "v11"),
                                                inOneYear()));
    BrowserSession session = BrowserSession::find(profiles(Browser::Chromium), m_url, QStringLiteral("Chromium"));
    QCOMPARE(session.error().kind(), Failure::Kind::BrowserValueUnreadable);
    QVERIFY(session.cookieHeader().isEmpty());

    // Chromium's own item, by its schema's `application` attribute, whatever else carries the label.
    QVERIFY(TestCookieStores::storeSafeStoragePassword("Chromium Safe Storage", "chromium", "tst-safe-storage-pw"));
    QVERIFY(TestCookieStores::exec(database, QStringLiteral("DELETE FROM cookies")));
    QVERIFY(TestCookieStores::addChromiumCookie(database, QStringLiteral("app.agentbot.test"), QStringLiteral("sid"),
                                                TestCookieStores::encrypt("v11-value", "tst-safe-storage-pw", "v11"),
                                                inOneYear()));
    session = BrowserSession::find(profiles(Browser::Chromium), m_url, QStringLiteral("Chromium"));
    QVERIFY2(!session.error(), qPrintable(session.error().detail()));
    QCOMPARE(session.cookieHeader(), QByteArray("sid=v11-value"));

    // A build that names itself otherwise in `application` still stores under Chromium's v2 schema: found
    // by that schema and the label, not by the foreign item.
    TestCookieStores::clearSafeStoragePassword("chromium");
    QVERIFY(TestCookieStores::storeSafeStoragePassword("Chromium Safe Storage", "some-fork", "tst-fork-pw"));
    const auto forgetFork = qScopeGuard([] { TestCookieStores::clearSafeStoragePassword("some-fork"); });
    QVERIFY(TestCookieStores::exec(database, QStringLiteral("DELETE FROM cookies")));
    QVERIFY(TestCookieStores::addChromiumCookie(database, QStringLiteral("app.agentbot.test"), QStringLiteral("sid"),
                                                TestCookieStores::encrypt("fork-value", "tst-fork-pw", "v11"),
                                                inOneYear()));
    session = BrowserSession::find(profiles(Browser::Chromium), m_url, QStringLiteral("Chromium"));
    QVERIFY2(!session.error(), qPrintable(session.error().detail()));
    QCOMPARE(session.cookieHeader(), QByteArray("sid=fork-value"));
}

QTEST_GUILESS_MAIN(TestBrowsers)
#include "tst_browsers.moc"
