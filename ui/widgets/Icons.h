#pragma once

#include "base/Service.h"
#include "exports/ExportSummary.h"

#include <QIcon>

namespace Takeout {

// The app's pictures: the icon theme's where it has one, else the SVGs shipped in the resources
// (Qt on Debian may run without a theme). SVG, so they stay sharp at any scale.
class Icons
{
public:
    static QIcon app();
    static QIcon home();
    static QIcon open();
    static QIcon workspace();
    static QIcon service(Service service);
    static QIcon exportKind(ExportKind kind);
    // A green tick or a grey dash; always shown beside words, never alone.
    static QIcon signInState(bool signedIn);
    // The service's icon with the sign-in state in its corner, for the sidebar.
    static QIcon serviceWithState(Service service, bool signedIn);
};

} // namespace Takeout
