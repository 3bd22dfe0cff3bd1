#include "WaitingKeychain.h"

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QTest>

namespace Takeout {

namespace {

const ApiError noAnswer(ApiError::Kind::KeychainFailed, QStringLiteral("the keychain did not answer in time"));

} // namespace

WaitingKeychain::WaitingKeychain(int timeoutMs)
    : m_timeoutMs(timeoutMs)
{
}

ApiError WaitingKeychain::save(const ServiceAccount &account, const QString &secret)
{
    ApiError result = noAnswer;
    bool done = false;
    m_store.save(account, secret, this, [&](const ApiError &error) {
        result = error;
        done = true;
    });
    QTest::qWaitFor([&done] { return done; }, m_timeoutMs);
    return result;
}

QPair<ApiError, QString> WaitingKeychain::load(const ServiceAccount &account)
{
    QPair<ApiError, QString> result{noAnswer, {}};
    bool done = false;
    m_store.load(account, this, [&](const ApiError &error, const QString &secret) {
        result = {error, secret};
        done = true;
    });
    QTest::qWaitFor([&done] { return done; }, m_timeoutMs);
    return result;
}

ApiError WaitingKeychain::remove(const ServiceAccount &account)
{
    ApiError result = noAnswer;
    bool done = false;
    m_store.remove(account, this, [&](const ApiError &error) {
        result = error;
        done = true;
    });
    QTest::qWaitFor([&done] { return done; }, m_timeoutMs);
    return result;
}

} // namespace Takeout
