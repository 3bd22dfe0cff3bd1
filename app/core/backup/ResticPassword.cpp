#include "ResticPassword.h"

#include "ResticRepository.h"
#include "base/BackgroundTask.h"
#include "credentials/CredentialStore.h"

namespace Takeout {

void ResticPassword::save(const QString &repository, const QString &password, QObject *context,
                          std::function<void(const Failure &)> done)
{
    auto *store = new CredentialStore(CredentialStore::defaultKeychainService(), context);
    store->saveKey(ResticRepository::keychainKey(repository), password, context,
                   [store, done = std::move(done)](const Failure &error) {
                       store->deleteLater();
                       done(error);
                   });
}

void ResticPassword::read(const QString &repository, bool mayCreate, QObject *context, const Done &done)
{
    if (ResticRepository::passwordInEnvironment()) {
        done({}, {}, false);
        return;
    }
    auto *store = new CredentialStore(CredentialStore::defaultKeychainService(), context);
    store->loadKey(ResticRepository::keychainKey(repository), context,
                   [store, repository, mayCreate, context, done](const Failure &error, const QString &secret) {
                       store->deleteLater();
                       if (!error) {
                           done({}, secret, false);
                           return;
                       }
                       if (error.kind() != Failure::Kind::NoCredentials) {
                           done(error, {}, false);
                           return;
                       }
                       const Failure missing =
                           Failure(Failure::Kind::InvalidCredentials, QStringLiteral("no password in the keychain"))
                               .setMessage(tr("There is no password for this backup in the keychain: set "
                                              "RESTIC_PASSWORD_FILE or RESTIC_PASSWORD_COMMAND to give it."));
                       if (!mayCreate) {
                           done(missing, {}, false);
                           return;
                       }
                       BackgroundTask::run(
                           context,
                           [repository](const TaskControl &) {
                               bool exists = false;
                               Failure failure = ResticRepository(repository).probe(&exists);
                               return std::make_pair(failure, exists);
                           },
                           [repository, context, done, missing](const std::pair<Failure, bool> &probed) {
                               if (probed.first || probed.second) {
                                   done(probed.first ? probed.first : missing, {}, false);
                                   return;
                               }
                               // Kept before the repository exists: a repository whose password was lost
                               // is lost.
                               const QString password = ResticRepository::generatePassword();
                               save(repository, password, context, [done, password](const Failure &saved) {
                                   done(saved, saved ? QString() : password, !saved);
                               });
                           });
                   });
}

} // namespace Takeout
