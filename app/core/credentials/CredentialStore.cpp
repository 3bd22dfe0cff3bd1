#include "CredentialStore.h"

#include <QPointer>
#include <qt6keychain/keychain.h>

namespace Takeout {

namespace {

Failure keychainError(const QKeychain::Job *job, const QString &key, const QString &serviceName)
{
    // The backend's text names the backend and the failure, never the secret.
    const QString detail = QStringLiteral("keychain (%1): %2").arg(key, job->errorString());
    switch (job->error()) {
    case QKeychain::NoError:
        return {};
    case QKeychain::EntryNotFound:
        return Failure(Failure::Kind::NoCredentials, detail).setServiceName(serviceName);
    case QKeychain::NoBackendAvailable:
        return Failure(Failure::Kind::KeychainUnavailable, detail);
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        return Failure(Failure::Kind::KeychainDenied, detail);
    default:
        break;
    }
    // libsecret reports a missing session bus or Secret Service as a generic error with these texts.
    static const char *const unavailable[] = {
        "org.freedesktop.secrets",     "D-Bus", "DBus", "Could not connect", "No such secret collection",
        "not provided by any .service"};
    const QString text = job->errorString();
    for (const char *marker : unavailable) {
        if (text.contains(QLatin1String(marker), Qt::CaseInsensitive))
            return Failure(Failure::Kind::KeychainUnavailable, detail);
    }
    return Failure(Failure::Kind::KeychainFailed, detail);
}

Failure keychainError(const QKeychain::Job *job, const ServiceAccount &account)
{
    return keychainError(job, account.key(), serviceDisplayName(account.service));
}

template<typename Job>
Job *makeJob(const QString &service, const QString &key)
{
    auto *job = new Job(service);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    return job;
}

template<typename Job>
Job *makeJob(const QString &service, const ServiceAccount &account)
{
    return makeJob<Job>(service, account.key());
}

} // namespace

CredentialStore::CredentialStore(QString keychainService, QObject *parent)
    : QObject(parent)
    , m_keychainService(std::move(keychainService))
{
}

QString CredentialStore::defaultKeychainService()
{
    const QString configured = qEnvironmentVariable("AGENT_TAKEOUT_KEYCHAIN_SERVICE");
    return configured.isEmpty() ? QStringLiteral("AgentTakeout") : configured;
}

void CredentialStore::save(const ServiceAccount &account, const QString &secret, QObject *context, Done done)
{
    auto *job = makeJob<QKeychain::WritePasswordJob>(m_keychainService, account);
    job->setTextData(secret);
    QObject::connect(job, &QKeychain::Job::finished, context,
                     [job, account, done = std::move(done)] { done(keychainError(job, account)); });
    job->start();
}

void CredentialStore::load(const ServiceAccount &account, QObject *context, Loaded done)
{
    auto *job = makeJob<QKeychain::ReadPasswordJob>(m_keychainService, account);
    QObject::connect(job, &QKeychain::Job::finished, context, [job, account, done = std::move(done)] {
        const Failure error = keychainError(job, account);
        done(error, error ? QString() : job->textData());
    });
    job->start();
}

void CredentialStore::remove(const ServiceAccount &account, QObject *context, Done done)
{
    auto *job = makeJob<QKeychain::DeletePasswordJob>(m_keychainService, account);
    QObject::connect(job, &QKeychain::Job::finished, context, [job, account, done = std::move(done)] {
        const Failure error = keychainError(job, account);
        done(error.kind() == Failure::Kind::NoCredentials ? Failure() : error);
    });
    job->start();
}

void CredentialStore::saveKey(const QString &key, const QString &secret, QObject *context, Done done)
{
    auto *job = makeJob<QKeychain::WritePasswordJob>(m_keychainService, key);
    job->setTextData(secret);
    QObject::connect(job, &QKeychain::Job::finished, context,
                     [job, key, done = std::move(done)] { done(keychainError(job, key, {})); });
    job->start();
}

void CredentialStore::loadKey(const QString &key, QObject *context, Loaded done)
{
    auto *job = makeJob<QKeychain::ReadPasswordJob>(m_keychainService, key);
    QObject::connect(job, &QKeychain::Job::finished, context, [job, key, done = std::move(done)] {
        const Failure error = keychainError(job, key, {});
        done(error, error ? QString() : job->textData());
    });
    job->start();
}

} // namespace Takeout
