#include "WaitingKeychain.h"

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QTest>

namespace Takeout {

namespace {

const Failure noAnswer(Failure::Kind::KeychainFailed, QStringLiteral("the keychain did not answer in time"));

} // namespace

WaitingKeychain::WaitingKeychain(int timeoutMs)
    : m_timeoutMs(timeoutMs)
{
}

Failure WaitingKeychain::save(const ServiceAccount &account, const QString &secret)
{
    Failure result = noAnswer;
    bool done = false;
    m_store.save(account, secret, this, [&](const Failure &error) {
        result = error;
        done = true;
    });
    QTest::qWaitFor([&done] { return done; }, m_timeoutMs);
    return result;
}

QPair<Failure, QString> WaitingKeychain::load(const ServiceAccount &account)
{
    QPair<Failure, QString> result{noAnswer, {}};
    bool done = false;
    m_store.load(account, this, [&](const Failure &error, const QString &secret) {
        result = {error, secret};
        done = true;
    });
    QTest::qWaitFor([&done] { return done; }, m_timeoutMs);
    return result;
}

Failure WaitingKeychain::remove(const ServiceAccount &account)
{
    Failure result = noAnswer;
    bool done = false;
    m_store.remove(account, this, [&](const Failure &error) {
        result = error;
        done = true;
    });
    QTest::qWaitFor([&done] { return done; }, m_timeoutMs);
    return result;
}

} // namespace Takeout
