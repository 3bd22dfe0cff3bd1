#pragma once

#include <QByteArray>
#include <QString>

namespace Takeout {

// The encryption of Chromium-family cookie values (pure: no files, no keyring). A value starts with
// its version: "v10" is AES-128-CBC under a key from the fixed password "peanuts" (Linux without a
// keyring), "v11" the same under a key from the "<Browser> Safe Storage" password in the keyring; on
// macOS "v10" uses the Keychain's password with 1003 PBKDF2 iterations. "v10" on Windows is AES-GCM
// under a DPAPI-protected key, and "v20" is Chrome's app-bound encryption, which only Chrome itself
// can undo: neither is readable here.
class ChromiumCipher
{
public:
    enum class Version
    {
        Plain, // no prefix: an old unencrypted value
        V10,
        V11,
        V20,
        Unknown,
    };

    static Version version(const QByteArray &stored);

    // PBKDF2-HMAC-SHA1 with the salt "saltysalt", 16 bytes: 1 iteration on Linux, 1003 on macOS.
    static QByteArray deriveKey(const QByteArray &password, int iterations = 1);
    // The key every Chromium on Linux uses for "v10".
    static QByteArray linuxV10Key();

    // Decrypts a "v10"/"v11" value (the prefix included) with AES-128-CBC, IV 16 spaces and PKCS#7
    // padding. False when the key does not fit (the padding is wrong) or the value is damaged.
    static bool decrypt(const QByteArray &stored, const QByteArray &key, QByteArray *plain);

    // From meta version 24 the plaintext starts with SHA-256 of the cookie's host; removes it after
    // checking it is that hash (a check that the key was the right one). False when it is not there.
    static bool removeHostPrefix(QByteArray *plain, const QString &hostKey);
};

} // namespace Takeout
