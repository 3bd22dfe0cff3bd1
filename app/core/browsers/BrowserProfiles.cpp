#include "BrowserProfiles.h"

#include <QDir>
#include <QFileInfo>
#include <QSet>
#include <QSettings>
#include <algorithm>

namespace Takeout {

QString BrowserProfiles::configHome()
{
    QString configHome = qEnvironmentVariable("XDG_CONFIG_HOME");
    if (configHome.isEmpty() || QDir::isRelativePath(configHome))
        configHome = QDir::homePath() + QStringLiteral("/.config");
    return configHome;
}

QList<BrowserProfile> BrowserProfiles::find()
{
    return find(QDir::homePath(), configHome());
}

QList<BrowserProfile> BrowserProfiles::find(Browser browser)
{
    return find(browser, QDir::homePath(), configHome());
}

QList<BrowserProfile> BrowserProfiles::find(const QString &home, const QString &configHome)
{
    QList<BrowserProfile> profiles;
    for (const Browser browser : BrowserInfo::all())
        profiles += find(browser, home, configHome);
    return profiles;
}

QList<BrowserProfile> BrowserProfiles::find(Browser browser, const QString &home, const QString &configHome)
{
    QList<BrowserProfile> profiles;
    QSet<QString> seen; // the same folder reached twice (a link between the old and the XDG place)
    const QStringList roots =
        browser == Browser::Firefox ? firefoxRoots(home, configHome) : chromiumRoots(browser, home, configHome);
    for (const QString &root : roots) {
        const QList<BrowserProfile> found = browser == Browser::Firefox
                                                ? firefoxProfiles(root, firefoxSandbox(root, home))
                                                : chromiumProfiles(browser, root);
        for (const BrowserProfile &profile : found) {
            const QString canonical = QFileInfo(profile.cookieDatabase).canonicalFilePath();
            if (canonical.isEmpty() || seen.contains(canonical))
                continue;
            seen.insert(canonical);
            profiles.append(profile);
        }
    }
    // The profile the browser opens comes first: it is the one a person means by "my browser".
    std::stable_sort(profiles.begin(), profiles.end(),
                     [](const BrowserProfile &a, const BrowserProfile &b) { return a.inUse && !b.inUse; });
    return profiles;
}

QStringList BrowserProfiles::firefoxRoots(const QString &home, const QString &configHome)
{
#if defined(Q_OS_MACOS)
    Q_UNUSED(configHome);
    return {home + QStringLiteral("/Library/Application Support/Firefox")};
#elif defined(Q_OS_WIN)
    Q_UNUSED(home);
    Q_UNUSED(configHome);
    return {qEnvironmentVariable("APPDATA") + QStringLiteral("/Mozilla/Firefox")};
#else
    // The classic place, the XDG one where newer Firefox puts a new user's profiles, Snap and Flatpak.
    return {home + QStringLiteral("/.mozilla/firefox"), configHome + QStringLiteral("/mozilla/firefox"),
            home + QStringLiteral("/snap/firefox/common/.mozilla/firefox"),
            home + QStringLiteral("/.var/app/org.mozilla.firefox/.mozilla/firefox")};
#endif
}

QString BrowserProfiles::firefoxSandbox(const QString &root, const QString &home)
{
    const QStringList sandboxes{home + QStringLiteral("/snap/firefox"),
                                home + QStringLiteral("/.var/app/org.mozilla.firefox")};
    for (const QString &sandbox : sandboxes) {
        if (root.startsWith(sandbox + QLatin1Char('/')))
            return sandbox;
    }
    return {};
}

QList<BrowserProfile> BrowserProfiles::firefoxProfiles(const QString &root, const QString &sandbox)
{
    // What a sandboxed Firefox wrote may point anywhere ("Path=../..", an absolute path, a link): a
    // profile there counts only if it resolves inside the sandbox's own folder.
    const QString sandboxCanonical = sandbox.isEmpty() ? QString() : QFileInfo(sandbox).canonicalFilePath();
    if (!sandbox.isEmpty() && sandboxCanonical.isEmpty())
        return {};
    const QString iniPath = root + QStringLiteral("/profiles.ini");
    if (!QFileInfo(iniPath).isFile())
        return {};
    QSettings ini(iniPath, QSettings::IniFormat);
    // [Install<hash>] Default= names the profile that installation opens; [ProfileN] Default=1 is
    // only the older installations' choice, so it comes second.
    QSet<QString> installDefaults;
    QString markedDefault;
    const QStringList groups = ini.childGroups();
    for (const QString &group : groups) {
        if (group.startsWith(QLatin1String("Install")))
            installDefaults.insert(ini.value(group + QStringLiteral("/Default")).toString());
    }
    QList<BrowserProfile> profiles;
    for (const QString &group : groups) {
        if (!group.startsWith(QLatin1String("Profile")))
            continue;
        const QString path = ini.value(group + QStringLiteral("/Path")).toString();
        if (path.isEmpty())
            continue;
        const bool relative = ini.value(group + QStringLiteral("/IsRelative"), 1).toInt() != 0;
        const QString folder = relative ? root + QLatin1Char('/') + path : path;
        const QString database = folder + QStringLiteral("/cookies.sqlite");
        if (!QFileInfo(database).isFile())
            continue;
        if (!sandbox.isEmpty() &&
            !QFileInfo(database).canonicalFilePath().startsWith(sandboxCanonical + QLatin1Char('/')))
            continue;
        BrowserProfile profile;
        profile.browser = Browser::Firefox;
        profile.name = QFileInfo(folder).fileName();
        profile.cookieDatabase = QDir::cleanPath(database);
        profile.inUse = installDefaults.contains(path);
        if (installDefaults.isEmpty() && ini.value(group + QStringLiteral("/Default")).toInt() == 1)
            markedDefault = profile.cookieDatabase;
        profiles.append(profile);
    }
    for (BrowserProfile &profile : profiles) {
        if (profile.cookieDatabase == markedDefault)
            profile.inUse = true;
    }
    return profiles;
}

QStringList BrowserProfiles::chromiumRoots(Browser browser, const QString &home, const QString &configHome)
{
#if defined(Q_OS_MACOS)
    Q_UNUSED(configHome);
    const QString base = home + QStringLiteral("/Library/Application Support/");
    switch (browser) {
    case Browser::Chromium:
        return {base + QStringLiteral("Chromium")};
    case Browser::Chrome:
        return {base + QStringLiteral("Google/Chrome")};
    case Browser::Edge:
        return {base + QStringLiteral("Microsoft Edge")};
    case Browser::Brave:
        return {base + QStringLiteral("BraveSoftware/Brave-Browser")};
    case Browser::Vivaldi:
        return {base + QStringLiteral("Vivaldi")};
    case Browser::Firefox:
        break;
    }
    return {};
#elif defined(Q_OS_WIN)
    Q_UNUSED(home);
    Q_UNUSED(configHome);
    const QString base = qEnvironmentVariable("LOCALAPPDATA") + QLatin1Char('/');
    switch (browser) {
    case Browser::Chromium:
        return {base + QStringLiteral("Chromium/User Data")};
    case Browser::Chrome:
        return {base + QStringLiteral("Google/Chrome/User Data")};
    case Browser::Edge:
        return {base + QStringLiteral("Microsoft/Edge/User Data")};
    case Browser::Brave:
        return {base + QStringLiteral("BraveSoftware/Brave-Browser/User Data")};
    case Browser::Vivaldi:
        return {base + QStringLiteral("Vivaldi/User Data")};
    case Browser::Firefox:
        break;
    }
    return {};
#else
    Q_UNUSED(home);
    const QString base = configHome + QLatin1Char('/');
    switch (browser) {
    case Browser::Chromium:
        return {base + QStringLiteral("chromium")};
    case Browser::Chrome:
        return {base + QStringLiteral("google-chrome")};
    case Browser::Edge:
        return {base + QStringLiteral("microsoft-edge")};
    case Browser::Brave:
        return {base + QStringLiteral("BraveSoftware/Brave-Browser")};
    case Browser::Vivaldi:
        return {base + QStringLiteral("vivaldi")};
    case Browser::Firefox:
        break;
    }
    return {};
#endif
}

QList<BrowserProfile> BrowserProfiles::chromiumProfiles(Browser browser, const QString &root)
{
    QStringList names = QDir(root).entryList({QStringLiteral("Profile *")}, QDir::Dirs | QDir::NoDotAndDotDot);
    // "Profile 2" before "Profile 10" (QCollator's numeric mode depends on the locale backend).
    std::sort(names.begin(), names.end(), [](const QString &a, const QString &b) {
        const int left = a.mid(8).toInt();
        const int right = b.mid(8).toInt();
        return left != right ? left < right : a < b;
    });
    names.prepend(QStringLiteral("Default"));
    QList<BrowserProfile> profiles;
    for (const QString &name : std::as_const(names)) {
        const QString folder = root + QLatin1Char('/') + name;
        // Chromium 96+ keeps it in Network/; older ones in the profile itself.
        const QStringList databases{folder + QStringLiteral("/Network/Cookies"), folder + QStringLiteral("/Cookies")};
        for (const QString &database : databases) {
            if (QFileInfo(database).isFile()) {
                BrowserProfile profile;
                profile.browser = browser;
                profile.name = name;
                profile.cookieDatabase = database;
                profile.inUse = name == QLatin1String("Default");
                profiles.append(profile);
                break;
            }
        }
    }
    return profiles;
}

} // namespace Takeout
