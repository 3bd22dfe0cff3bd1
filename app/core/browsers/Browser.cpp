#include "Browser.h"

namespace Takeout {

QList<Browser> BrowserInfo::all()
{
    return {Browser::Firefox, Browser::Chromium, Browser::Chrome, Browser::Edge, Browser::Brave, Browser::Vivaldi};
}

QString BrowserInfo::id(Browser browser)
{
    switch (browser) {
    case Browser::Firefox:
        return QStringLiteral("firefox");
    case Browser::Chromium:
        return QStringLiteral("chromium");
    case Browser::Chrome:
        return QStringLiteral("chrome");
    case Browser::Edge:
        return QStringLiteral("edge");
    case Browser::Brave:
        return QStringLiteral("brave");
    case Browser::Vivaldi:
        return QStringLiteral("vivaldi");
    }
    return {};
}

QString BrowserInfo::displayName(Browser browser)
{
    switch (browser) {
    case Browser::Firefox:
        return QStringLiteral("Firefox");
    case Browser::Chromium:
        return QStringLiteral("Chromium");
    case Browser::Chrome:
        return QStringLiteral("Google Chrome");
    case Browser::Edge:
        return QStringLiteral("Microsoft Edge");
    case Browser::Brave:
        return QStringLiteral("Brave");
    case Browser::Vivaldi:
        return QStringLiteral("Vivaldi");
    }
    return {};
}

bool BrowserInfo::parseId(const QString &id, Browser *browser)
{
    for (const Browser candidate : all()) {
        if (BrowserInfo::id(candidate) == id) {
            *browser = candidate;
            return true;
        }
    }
    return false;
}

QString BrowserInfo::safeStorageName(Browser browser)
{
    switch (browser) {
    case Browser::Firefox:
        return {};
    case Browser::Chromium:
    case Browser::Edge:
        return QStringLiteral("Chromium Safe Storage");
    case Browser::Chrome:
    case Browser::Vivaldi:
        return QStringLiteral("Chrome Safe Storage");
    case Browser::Brave:
        return QStringLiteral("Brave Safe Storage");
    }
    return {};
}

QString BrowserInfo::safeStorageApplication(Browser browser)
{
    switch (browser) {
    case Browser::Firefox:
        return {};
    case Browser::Chromium:
        return QStringLiteral("chromium");
    case Browser::Chrome:
        return QStringLiteral("chrome");
    case Browser::Edge:
        return QStringLiteral("microsoft-edge");
    case Browser::Brave:
        return QStringLiteral("brave");
    case Browser::Vivaldi:
        return QStringLiteral("vivaldi");
    }
    return {};
}

} // namespace Takeout
