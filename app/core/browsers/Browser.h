#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Takeout {

// The browsers whose cookie stores we can read: Firefox, and the Chromium family, which share one
// store format and differ only in folders and the name of their key in the keyring.
enum class Browser
{
    Firefox,
    Chromium,
    Chrome,
    Edge,
    Brave,
    Vivaldi,
};

class BrowserInfo
{
    Q_DECLARE_TR_FUNCTIONS(BrowserInfo)

public:
    static QList<Browser> all();
    // "firefox", "chrome", …: CLI arguments.
    static QString id(Browser browser);
    // "Firefox", "Google Chrome", …: in sentences (brand names, not translated).
    static QString displayName(Browser browser);
    // False for anything else; "any" is the caller's to handle.
    static bool parseId(const QString &id, Browser *browser);
    static bool isChromiumFamily(Browser browser) { return browser != Browser::Firefox; }
    // The "<name> Safe Storage" keyring item a Chromium-family browser keeps its key in on Linux
    // (Edge uses Chromium's, Vivaldi Chrome's, as the browsers themselves do).
    static QString safeStorageName(Browser browser);
    // The `application` attribute the browser stores that item with (Chromium's libsecret schema).
    static QString safeStorageApplication(Browser browser);
};

} // namespace Takeout
