#include "WaitingKeychain.h"

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QTest>
#include <memory>
#include <optional>

namespace Takeout {

namespace {

const Failure noAnswer(Failure::Kind::KeychainFailed, QStringLiteral("the keychain did not answer in time"));

} // namespace

WaitingKeychain::WaitingKeychain(int timeoutMs)
    : m_timeoutMs(timeoutMs)
{
}

// The answer is kept in shared state: one that comes after the wait gave up must not write into a
// returned function's locals.
Failure WaitingKeychain::save(const ServiceAccount &account, const QString &secret)
{
    auto result = std::make_shared<std::optional<Failure>>();
    m_store.save(account, secret, this, [result](const Failure &error) { *result = error; });
    if (!QTest::qWaitFor([&result] { return result->has_value(); }, m_timeoutMs))
        return noAnswer;
    return **result;
}

QPair<Failure, QString> WaitingKeychain::load(const ServiceAccount &account)
{
    auto result = std::make_shared<std::optional<QPair<Failure, QString>>>();
    m_store.load(account, this,
                 [result](const Failure &error, const QString &secret) { *result = qMakePair(error, secret); });
    if (!QTest::qWaitFor([&result] { return result->has_value(); }, m_timeoutMs))
        return {noAnswer, {}};
    return **result;
}

Failure WaitingKeychain::remove(const ServiceAccount &account)
{
    auto result = std::make_shared<std::optional<Failure>>();
    m_store.remove(account, this, [result](const Failure &error) { *result = error; });
    if (!QTest::qWaitFor([&result] { return result->has_value(); }, m_timeoutMs))
        return noAnswer;
    return **result;
}

} // namespace Takeout
