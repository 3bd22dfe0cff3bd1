#pragma once

#include <QByteArray>
#include <QString>

// Browsers' cookie stores built by the tests in a throwaway HOME: real SQLite files with Firefox's
// and Chromium's schemas, Chromium values encrypted here with OpenSSL (independent of ChromiumCipher),
// and the v11 password in the test session's own Secret Service. Shared by tst_browsers, tst_cli and
// tst_gui. Each adder returns false (and warns) when SQLite refuses.
class TestCookieStores
{
public:
    // `home` is the HOME the stores go under; Chromium's under home/.config.
    explicit TestCookieStores(QString home);

    // A Firefox profile folder under `root` with an empty moz_cookies (schema 14, or 16 with expiry in
    // milliseconds); returns its cookies.sqlite.
    QString firefoxProfile(const QString &root, const QString &folder, bool millisecondExpiry) const;
    // The same in ~/.mozilla/firefox, with a profiles.ini naming it as the profile in use.
    QString firefoxProfileInUse(const QString &folder) const;
    static bool addFirefoxCookie(const QString &database, const QString &host, const QString &path, const QString &name,
                                 const QString &value, qint64 expiry, qint64 createdUs = 1, bool secure = false);
    // `browserFolder` under ~/.config ("chromium", "google-chrome"), Cookies in the profile's Network/.
    QString chromiumProfile(const QString &browserFolder, const QString &profile, int metaVersion) const;
    // `topFrameSite` set makes it a partitioned (CHIPS) cookie, kept for that top-level site.
    static bool addChromiumCookie(const QString &database, const QString &hostKey, const QString &name,
                                  const QByteArray &encryptedValue, qint64 expiresUnixSeconds = 0,
                                  const QString &topFrameSite = {});
    // `plain` encrypted as Chromium does with the key from `password`, behind `prefix` ("v10", "v11").
    static QByteArray encrypt(const QByteArray &plain, const QByteArray &password, const char *prefix);
    static bool storeSafeStoragePassword(const char *label, const char *application, const char *password);
    static void clearSafeStoragePassword(const char *application);
    // An item of another program (its own schema) that only carries `label`.
    static bool storeForeignItem(const char *label, const char *password);
    static void clearForeignItems();
    // One statement on its own connection.
    static bool exec(const QString &database, const QString &sql);
    // Now plus a year, in seconds since the Unix epoch.
    static qint64 inOneYear();

private:
    QString m_home;
};
