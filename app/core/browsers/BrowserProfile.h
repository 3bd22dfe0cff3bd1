#pragma once

#include "Browser.h"

#include <QString>

namespace Takeout {

// One profile of one browser on this computer and where its cookie database is.
struct BrowserProfile
{
    Browser browser = Browser::Firefox;
    // The profile's folder name ("abcd1234.default-release", "Default", "Profile 1"): what people
    // pass to --browser-profile and see in "session from Firefox (profile default-release)".
    QString name;
    QString cookieDatabase;
    // Firefox: the profile an [Install…] section of profiles.ini names (the one Firefox opens).
    bool inUse = false;

    // The name without Firefox's random prefix ("default-release"), for sentences.
    QString displayName() const;
};

} // namespace Takeout
