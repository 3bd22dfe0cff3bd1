#pragma once

#include "BrowserProfile.h"

#include <QList>
#include <QString>

namespace Takeout {

// Finds the browser profiles on this computer that have a cookie database. Nothing is opened
// but Firefox's profiles.ini; no cookie database is read here.
class BrowserProfiles
{
public:
    // Under the current $HOME and $XDG_CONFIG_HOME.
    static QList<BrowserProfile> find();
    // Under the given folders (tests, and the same search for any home).
    static QList<BrowserProfile> find(const QString &home, const QString &configHome);
    // Only the given browser's, under the current $HOME and $XDG_CONFIG_HOME.
    static QList<BrowserProfile> find(Browser browser);
    // Only the given browser's: Firefox's in-use profile first, Chromium's "Default" first.
    static QList<BrowserProfile> find(Browser browser, const QString &home, const QString &configHome);

private:
    // $XDG_CONFIG_HOME, or ~/.config when it is unset or relative.
    static QString configHome();
    static QStringList firefoxRoots(const QString &home, const QString &configHome);
    // The folder a Snap or Flatpak Firefox may write that holds `root`; empty for the other roots.
    static QString firefoxSandbox(const QString &root, const QString &home);
    // The profiles profiles.ini in `root` names; with a `sandbox`, only those that resolve inside it.
    static QList<BrowserProfile> firefoxProfiles(const QString &root, const QString &sandbox);
    static QStringList chromiumRoots(Browser browser, const QString &home, const QString &configHome);
    static QList<BrowserProfile> chromiumProfiles(Browser browser, const QString &root);
};

} // namespace Takeout
