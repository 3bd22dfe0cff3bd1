#pragma once

#include "base/Failure.h"

#include <QCoreApplication>
#include <QObject>
#include <QString>
#include <functional>

namespace Takeout {

// Where a repository's password comes from: RESTIC_PASSWORD, RESTIC_PASSWORD_FILE or
// RESTIC_PASSWORD_COMMAND when one is set (then restic reads it itself and `password` is empty);
// else the keychain entry of the repository (ResticRepository::keychainKey). With `mayCreate`, a
// repository that is not there yet gets a new strong password, kept in the keychain before the
// repository is made (`created` is then true). An existing repository without a password anywhere
// is an InvalidCredentials failure that says how to give one.
class ResticPassword
{
    Q_DECLARE_TR_FUNCTIONS(ResticPassword)

public:
    using Done = std::function<void(const Failure &error, const QString &password, bool created)>;
    static void read(const QString &repository, bool mayCreate, QObject *context, const Done &done);
    // Keeps `password` as the repository's in the keychain.
    static void save(const QString &repository, const QString &password, QObject *context,
                     std::function<void(const Failure &)> done);
};

} // namespace Takeout
