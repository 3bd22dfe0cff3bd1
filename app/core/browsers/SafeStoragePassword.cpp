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

// Chromium keeps it under its own schemas: "chrome_libsecret_os_crypt_password_v2" stored without the
// schema name and an `application` attribute, before that "chrome_libsecret_os_crypt_password" with no
// attribute but the schema name. Searched as the browser does, so another program's item that only
// carries the same label is never taken; and only the item found is unlocked, not every collection.
Failure SafeStoragePassword::lookup(const QString &label, const QString &application, QByteArray *password, bool *found)
{
    *found = false;
    password->clear();
    GError *error = nullptr;
    SecretService *service = secret_service_get_sync(SECRET_SERVICE_NONE, nullptr, &error);
    if (service == nullptr) {
        return Failure(Failure::Kind::KeychainUnavailable,
                       QStringLiteral("Secret Service: %1").arg(takeMessage(&error)));
    }
    const QByteArray wanted = label.toUtf8();
    const QByteArray app = application.toUtf8();
    const auto search = [&](const char *name, const char *value, bool labelMustMatch, Failure *failure) {
        GHashTable *attributes = g_hash_table_new(g_str_hash, g_str_equal);
        g_hash_table_insert(attributes, const_cast<char *>(name), const_cast<char *>(value));
        GList *items = secret_service_search_sync(service, nullptr, attributes, SECRET_SEARCH_ALL, nullptr, &error);
        g_hash_table_unref(attributes);
        if (error != nullptr) {
            *failure = Failure(Failure::Kind::KeychainFailed,
                               QStringLiteral("Secret Service search: %1").arg(takeMessage(&error)));
        }
        SecretItem *chosen = nullptr;
        for (GList *node = items; node != nullptr && chosen == nullptr; node = node->next) {
            auto *item = static_cast<SecretItem *>(node->data);
            gchar *itemLabel = secret_item_get_label(item);
            if (!labelMustMatch || (itemLabel != nullptr && wanted == itemLabel))
                chosen = SECRET_ITEM(g_object_ref(item));
            g_free(itemLabel);
        }
        g_list_free_full(items, g_object_unref);
        return chosen;
    };
    Failure result;
    SecretItem *item = search("application", app.constData(), false, &result);
    if (item == nullptr && !result)
        item = search("xdg:schema", "chrome_libsecret_os_crypt_password", true, &result);
    // A browser built from Chromium that names itself otherwise in `application` (each fork picks its own
    // word) still stores under the v2 schema, whose name libsecret writes with the item: that and the label.
    if (item == nullptr && !result)
        item = search("xdg:schema", "chrome_libsecret_os_crypt_password_v2", true, &result);
    if (item != nullptr && !result && secret_item_get_locked(item)) {
        GList *one = g_list_append(nullptr, item);
        secret_service_unlock_sync(service, one, nullptr, nullptr, &error);
        g_list_free(one);
        if (error != nullptr)
            takeMessage(&error); // a refused prompt is said below, as a locked item
        if (secret_item_get_locked(item)) {
            result = Failure(Failure::Kind::KeychainDenied, QStringLiteral("the item \"%1\" stays locked").arg(label))
                         .setMessage(tr("Your keyring is locked. Unlock it (or sign in to your desktop again) and "
                                        "press the button again."));
        }
    }
    if (item != nullptr && !result) {
        if (!secret_item_load_secret_sync(item, nullptr, &error)) {
            result = Failure(Failure::Kind::KeychainFailed,
                             QStringLiteral("loading \"%1\": %2").arg(label, takeMessage(&error)));
        } else if (SecretValue *value = secret_item_get_secret(item)) {
            gsize length = 0;
            const gchar *bytes = secret_value_get(value, &length);
            *password = QByteArray(bytes, static_cast<qsizetype>(length));
            *found = true;
            secret_value_unref(value);
        }
    }
    if (item != nullptr)
        g_object_unref(item);
    g_object_unref(service);
    return result;
}

} // namespace Takeout
