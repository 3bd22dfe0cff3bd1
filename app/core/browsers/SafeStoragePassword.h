#pragma once

#include "base/Failure.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace Takeout {

// The password a Chromium-family browser keeps in the system keyring ("Chrome Safe Storage"), from
// which its "v11" key is made. On Linux it is read from the Secret Service with libsecret: the item
// belongs to another program, so it is found by the browser's own schema attributes, which QtKeychain
// cannot do; libsecret
// also does the Secret Service's session and unlock prompts, which QtDBus would have us rewrite.
// macOS (the Keychain item of the same name) and Windows (DPAPI) would live here too.
// Blocking: call it off the UI thread.
class SafeStoragePassword
{
    Q_DECLARE_TR_FUNCTIONS(SafeStoragePassword)

public:
    // The password the browser stored with `application` ("chromium", "chrome", …) as its attribute,
    // else the older item of Chromium's first schema labelled `label`. No error and `found` false when
    // there is none (the browser then used the fixed "v10" key); KeychainUnavailable when there is no
    // Secret Service, KeychainDenied when the item found stays locked.
    static Failure lookup(const QString &label, const QString &application, QByteArray *password, bool *found);
};

} // namespace Takeout
