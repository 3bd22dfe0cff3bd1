// GLib has a struct member named "signals", which Qt defines as a keyword: libsecret comes first.
#include <libsecret/secret.h>

#include "SafeStoragePassword.h"

namespace Takeout {

namespace {

QString takeMessage(GError **error)
{
    if (error == nullptr || *error == nullptr)
        return {};
    QString message = QString::fromUtf8((*error)->message);
    g_clear_error(error);
    return message;
}

} // namespace

Failure SafeStoragePassword::lookup(const QString &label, QByteArray *password, bool *found)
{
    *found = false;
    password->clear();
    GError *error = nullptr;
    SecretService *service = secret_service_get_sync(SECRET_SERVICE_NONE, nullptr, &error);
    if (service == nullptr) {
        return Failure(Failure::Kind::KeychainUnavailable,
                       QStringLiteral("Secret Service: %1").arg(takeMessage(&error)));
    }
    // Every item, matched on its label below: the browsers differ in the attributes they set.
    GHashTable *attributes = g_hash_table_new(g_str_hash, g_str_equal);
    GList *items = secret_service_search_sync(service, nullptr, attributes,
                                              static_cast<SecretSearchFlags>(SECRET_SEARCH_ALL | SECRET_SEARCH_UNLOCK),
                                              nullptr, &error);
    g_hash_table_unref(attributes);
    Failure result;
    if (error != nullptr) {
        result = Failure(Failure::Kind::KeychainFailed,
                         QStringLiteral("Secret Service search: %1").arg(takeMessage(&error)));
    }
    const QByteArray wanted = label.toUtf8();
    for (GList *node = items; node != nullptr && !result && !*found; node = node->next) {
        auto *item = static_cast<SecretItem *>(node->data);
        gchar *itemLabel = secret_item_get_label(item);
        const bool matches = itemLabel != nullptr && wanted == itemLabel;
        g_free(itemLabel);
        if (!matches)
            continue;
        if (secret_item_get_locked(item)) {
            result = Failure(Failure::Kind::KeychainDenied, QStringLiteral("the item \"%1\" stays locked").arg(label))
                         .setMessage(tr("Your keyring is locked. Unlock it (or sign in to your desktop again) and "
                                        "press the button again."));
            break;
        }
        if (!secret_item_load_secret_sync(item, nullptr, &error)) {
            result = Failure(Failure::Kind::KeychainFailed,
                             QStringLiteral("loading \"%1\": %2").arg(label, takeMessage(&error)));
            break;
        }
        SecretValue *value = secret_item_get_secret(item);
        if (value != nullptr) {
            gsize length = 0;
            const gchar *bytes = secret_value_get(value, &length);
            *password = QByteArray(bytes, static_cast<qsizetype>(length));
            *found = true;
            secret_value_unref(value);
        }
    }
    g_list_free_full(items, g_object_unref);
    g_object_unref(service);
    return result;
}

} // namespace Takeout
