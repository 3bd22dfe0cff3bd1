#include "ChromiumCipher.h"

#include <QCryptographicHash>
#include <QPasswordDigestor>
#include <cctype>
#include <memory>
#include <openssl/evp.h>

namespace Takeout {

ChromiumCipher::Version ChromiumCipher::version(const QByteArray &stored)
{
    if (stored.startsWith("v10"))
        return Version::V10;
    if (stored.startsWith("v11"))
        return Version::V11;
    if (stored.startsWith("v20"))
        return Version::V20;
    if (stored.size() >= 3 && stored.at(0) == 'v' && std::isdigit(static_cast<unsigned char>(stored.at(1))) != 0)
        return Version::Unknown;
    return Version::Plain;
}

QByteArray ChromiumCipher::deriveKey(const QByteArray &password, int iterations)
{
    return QPasswordDigestor::deriveKeyPbkdf2(QCryptographicHash::Sha1, password, QByteArrayLiteral("saltysalt"),
                                              iterations, 16);
}

QByteArray ChromiumCipher::linuxV10Key()
{
    return deriveKey(QByteArrayLiteral("peanuts"));
}

bool ChromiumCipher::decrypt(const QByteArray &stored, const QByteArray &key, QByteArray *plain)
{
    const QByteArray ciphertext = stored.mid(3);
    if (key.size() != 16 || ciphertext.isEmpty() || ciphertext.size() % 16 != 0)
        return false;
    const std::unique_ptr<EVP_CIPHER_CTX, decltype(&EVP_CIPHER_CTX_free)> context(EVP_CIPHER_CTX_new(),
                                                                                  &EVP_CIPHER_CTX_free);
    if (!context)
        return false;
    const QByteArray iv(16, ' ');
    QByteArray out(ciphertext.size() + 16, Qt::Uninitialized);
    int written = 0;
    int last = 0;
    const auto *keyBytes = reinterpret_cast<const unsigned char *>(key.constData());
    const auto *ivBytes = reinterpret_cast<const unsigned char *>(iv.constData());
    auto *outBytes = reinterpret_cast<unsigned char *>(out.data());
    if (EVP_DecryptInit_ex(context.get(), EVP_aes_128_cbc(), nullptr, keyBytes, ivBytes) != 1 ||
        EVP_DecryptUpdate(context.get(), outBytes, &written,
                          reinterpret_cast<const unsigned char *>(ciphertext.constData()),
                          static_cast<int>(ciphertext.size())) != 1 ||
        EVP_DecryptFinal_ex(context.get(), outBytes + written, &last) != 1) {
        out.fill('\0');
        return false;
    }
    out.truncate(written + last);
    *plain = out;
    return true;
}

bool ChromiumCipher::removeHostPrefix(QByteArray *plain, const QString &hostKey)
{
    const QByteArray hash = QCryptographicHash::hash(hostKey.toUtf8(), QCryptographicHash::Sha256);
    if (!plain->startsWith(hash))
        return false;
    plain->remove(0, hash.size());
    return true;
}

} // namespace Takeout
