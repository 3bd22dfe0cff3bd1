#include "DemoService.h"
#include "TestSupport.h"
#include "accounts/Accounts.h"
#include "accounts/SignInFlow.h"
#include "credentials/CredentialStore.h"
#include "net/HttpJob.h"

#include <QNetworkAccessManager>
#include <QTest>

using namespace Takeout;

// The sign-in steps the window and the CLI share, against the demo service over loopback and the real
// Secret Service of the test session (packaging/dev.sh check starts a throwaway gnome-keyring).
class TestSignInFlow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void goodKeyIsStoredAndTheAgentsHandedOn();
    void wrongKeyIsRefusedAndNothingStored();
    void forgetRemoves();
    void agentbotTextThatDoesNotParseIsRefused();
    void agentbotSessionIsCheckedByStatusOnly();
    void agentbotSessionTurnedDownIsNotStored();
    void restoreFindsTheRememberedOne();

private:
    struct Answer
    {
        bool answered = false;
        Failure error;
        QList<AgentSummary> agents;
        QString secret;
    };
    Answer checkAndStore(Service service, const QString &secret);
    Failure store(Service service, const QString &secret);
    Failure forget(Service service);
    Answer restore(Service service);
    ServiceAccount account(Service service) const { return {service, ServerUrl(m_demo->url())}; }

    DemoService *m_demo = nullptr;
    QNetworkAccessManager *m_network = nullptr;
    Accounts *m_accounts = nullptr;
    CredentialStore m_credentials;
};

void TestSignInFlow::initTestCase()
{
    // Never the developer's own entries.
    QCOMPARE(m_credentials.keychainService(), QStringLiteral("AgentTakeoutTests"));
}

void TestSignInFlow::init()
{
    m_demo = new DemoService;
    QVERIFY(m_demo->listen());
    m_network = HttpJob::createNetworkAccessManager(nullptr);
    m_accounts = new Accounts(m_network);
    QVERIFY(!forget(Service::Xpander));
    QVERIFY(!forget(Service::Agentbot));
}

void TestSignInFlow::cleanup()
{
    forget(Service::Xpander);
    forget(Service::Agentbot);
    delete m_accounts;
    delete m_network;
    delete m_demo;
}

TestSignInFlow::Answer TestSignInFlow::checkAndStore(Service service, const QString &secret)
{
    Answer answer;
    SignInFlow(m_accounts, &m_credentials)
        .checkAndStore(account(service), secret, this,
                       [&answer](const Failure &error, const QList<AgentSummary> &agents) {
                           answer = {true, error, agents, {}};
                       });
    if (!QTest::qWaitFor([&answer] { return answer.answered; }, TestSupport::waitMs))
        return {};
    return answer;
}

Failure TestSignInFlow::store(Service service, const QString &secret)
{
    Answer answer;
    SignInFlow(m_accounts, &m_credentials).store(account(service), secret, this, [&answer](const Failure &error) {
        answer = {true, error, {}, {}};
    });
    if (!QTest::qWaitFor([&answer] { return answer.answered; }, TestSupport::waitMs))
        return Failure(Failure::Kind::KeychainFailed, QStringLiteral("no answer"));
    return answer.error;
}

Failure TestSignInFlow::forget(Service service)
{
    Answer answer;
    SignInFlow(m_accounts, &m_credentials).forget(account(service), this, [&answer](const Failure &error) {
        answer = {true, error, {}, {}};
    });
    if (!QTest::qWaitFor([&answer] { return answer.answered; }, TestSupport::waitMs))
        return Failure(Failure::Kind::KeychainFailed, QStringLiteral("no answer"));
    return answer.error;
}

TestSignInFlow::Answer TestSignInFlow::restore(Service service)
{
    Answer answer;
    SignInFlow(m_accounts, &m_credentials)
        .restore(account(service), this, [&answer](const Failure &error, const QString &secret) {
            answer = {true, error, {}, secret};
        });
    if (!QTest::qWaitFor([&answer] { return answer.answered; }, TestSupport::waitMs))
        return {};
    return answer;
}

void TestSignInFlow::goodKeyIsStoredAndTheAgentsHandedOn()
{
    const Answer answer = checkAndStore(Service::Xpander, QStringLiteral("demo-key"));
    QVERIFY(answer.answered);
    QVERIFY2(!answer.error, qPrintable(answer.error.detail()));
    // The list that proved the key, every page of it, so that the browser need not ask again.
    QCOMPARE(answer.agents.size(), DemoService::agents().size());
    QCOMPARE(answer.agents.first().id, DemoService::agents().first().toObject().value(QStringLiteral("id")).toString());
    QVERIFY(!m_demo->requests().isEmpty());
    QCOMPARE(m_demo->requests().first().path, QStringLiteral("/v1/agents"));

    const Answer stored = restore(Service::Xpander);
    QVERIFY2(!stored.error, qPrintable(stored.error.detail()));
    QCOMPARE(stored.secret, QStringLiteral("demo-key"));
}

void TestSignInFlow::wrongKeyIsRefusedAndNothingStored()
{
    Answer answer = checkAndStore(Service::Xpander, QStringLiteral("tst-wrong-key-71be40"));
    QVERIFY(answer.answered);
    QCOMPARE(answer.error.kind(), Failure::Kind::Unauthorized);
    QCOMPARE(answer.error.message(),
             QStringLiteral("xpander.ai did not accept this API key. Check that you copied all of it."));
    QVERIFY(!answer.error.detail().contains(QLatin1String("tst-wrong-key")));
    QVERIFY(answer.agents.isEmpty());
    QCOMPARE(restore(Service::Xpander).error.kind(), Failure::Kind::NoCredentials);

    // Nor does a wrong key replace a good one kept before.
    QVERIFY(!store(Service::Xpander, QStringLiteral("demo-key")));
    answer = checkAndStore(Service::Xpander, QStringLiteral("tst-wrong-key-71be40"));
    QCOMPARE(answer.error.kind(), Failure::Kind::Unauthorized);
    QCOMPARE(restore(Service::Xpander).secret, QStringLiteral("demo-key"));
}

void TestSignInFlow::forgetRemoves()
{
    QVERIFY(!store(Service::Xpander, QStringLiteral("tst-keychain-secret-93f1c07e")));
    QCOMPARE(restore(Service::Xpander).secret, QStringLiteral("tst-keychain-secret-93f1c07e"));
    QVERIFY(!forget(Service::Xpander));
    QCOMPARE(restore(Service::Xpander).error.kind(), Failure::Kind::NoCredentials);
    QVERIFY(!forget(Service::Xpander)); // forgetting what is gone is fine
}

void TestSignInFlow::agentbotTextThatDoesNotParseIsRefused()
{
    for (const QString &text : {QStringLiteral("tst-cookie-value-5d2a8b\nsecond line"), QStringLiteral("  ")}) {
        const Answer answer = checkAndStore(Service::Agentbot, text);
        QVERIFY(answer.answered);
        QVERIFY(answer.error);
        QVERIFY(answer.error.kind() == Failure::Kind::InvalidCredentials ||
                answer.error.kind() == Failure::Kind::NoCredentials);
        QVERIFY(!answer.error.message().contains(QLatin1String("tst-cookie-value")));
        QCOMPARE(restore(Service::Agentbot).error.kind(), Failure::Kind::NoCredentials);
    }
}

void TestSignInFlow::agentbotSessionIsCheckedByStatusOnly()
{
    // Agentbot has no "who am I": GET /api/export, stopped at the status.
    bool answered = false;
    Failure result(Failure::Kind::KeychainFailed, QStringLiteral("no answer"));
    SignInFlow(m_accounts, &m_credentials)
        .check(account(Service::Agentbot), QStringLiteral("theme=dark; agentbot_session=demo-session"), this,
               [&](const Failure &error, const QList<AgentSummary> &) {
                   result = error;
                   answered = true;
               });
    QVERIFY(!answered); // never inside check()
    QTRY_VERIFY_WITH_TIMEOUT(answered, TestSupport::waitMs);
    QVERIFY2(!result, qPrintable(result.detail()));
    QCOMPARE(m_demo->requests().size(), 1);
    QCOMPARE(m_demo->requests().first().path, QStringLiteral("/api/export"));
    QVERIFY(m_demo->requests().first().authorized);
}

void TestSignInFlow::agentbotSessionTurnedDownIsNotStored()
{
    const Answer answer = checkAndStore(Service::Agentbot, QStringLiteral("agentbot_session=tst-wrong-key-71be40"));
    QVERIFY(answer.answered);
    QCOMPARE(answer.error.kind(), Failure::Kind::Unauthorized);
    QCOMPARE(answer.error.message(),
             QStringLiteral("Agentbot did not accept this sign-in. Sign in there again, then try again."));
    QVERIFY(!answer.error.detail().contains(QLatin1String("tst-wrong-key")));
    QCOMPARE(m_demo->requests().size(), 1);
    QVERIFY(!m_demo->requests().first().authorized);
    QCOMPARE(restore(Service::Agentbot).error.kind(), Failure::Kind::NoCredentials);
}

void TestSignInFlow::restoreFindsTheRememberedOne()
{
    QCOMPARE(restore(Service::Agentbot).error.kind(), Failure::Kind::NoCredentials);
    const Answer stored = checkAndStore(Service::Agentbot, QStringLiteral("demo-session"));
    QVERIFY2(!stored.error, qPrintable(stored.error.detail()));
    const Answer restored = restore(Service::Agentbot);
    QVERIFY(restored.answered);
    QVERIFY2(!restored.error, qPrintable(restored.error.detail()));
    QCOMPARE(restored.secret, QStringLiteral("demo-session"));
    // One per service and server: the other service has nothing.
    QCOMPARE(restore(Service::Xpander).error.kind(), Failure::Kind::NoCredentials);
}

QTEST_GUILESS_MAIN(TestSignInFlow)
#include "tst_signinflow.moc"
