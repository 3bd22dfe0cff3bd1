#include "BrowserProfile.h"

namespace Takeout {

QString BrowserProfile::displayName() const
{
    if (browser == Browser::Firefox) {
        // Firefox names profile folders "<8 random characters>.<name>".
        const qsizetype dot = name.indexOf(QLatin1Char('.'));
        if (dot == 8 && dot + 1 < name.size())
            return name.mid(dot + 1);
    }
    return name;
}

} // namespace Takeout
