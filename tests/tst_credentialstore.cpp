#include "DemoService.h"
#include "TestSupport.h"
#include "WaitingKeychain.h"
#include "credentials/CredentialStore.h"

#include <QProcessEnvironment>
#include <QTest>

using namespace Takeout;

// The real Secret Service of the test session (packaging/dev.sh test starts a throwaway gnome-keyring).
class TestCredentialStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void saveLoadRemove();
    void accountsAreSeparate();
    void unavailableKeychainIsATypedError();

private:
    Failure save(const ServiceAccount &account, const QString &secret);
    QPair<Failure, QString> load(const ServiceAccount &account);
    Failure remove(const ServiceAccount &account);

    CredentialStore m_store;
    WaitingKeychain m_keychain{TestSupport::waitMs};
};

void TestCredentialStore::initTestCase()
{
    // Never the developer's own entries.
    QCOMPARE(m_store.keychainService(), QStringLiteral("AgentTakeoutTests"));
}

Failure TestCredentialStore::save(const ServiceAccount &account, const QString &secret)
{
    return m_keychain.save(account, secret);
}

QPair<Failure, QString> TestCredentialStore::load(const ServiceAccount &account)
{
    return m_keychain.load(account);
}

Failure TestCredentialStore::remove(const ServiceAccount &account)
{
    return m_keychain.remove(account);
}

void TestCredentialStore::saveLoadRemove()
{
    const ServiceAccount account{Service::Xpander, ServerUrl::fromUserInput(QStringLiteral("https://api.xpander.ai"))};
    const QString secret = QStringLiteral("tst-keychain-secret-93f1c07e");
    QVERIFY2(!save(account, secret), qPrintable(save(account, secret).detail()));
    auto loaded = load(account);
    QVERIFY2(!loaded.first, qPrintable(loaded.first.detail()));
    QCOMPARE(loaded.second, secret);

    QVERIFY(!save(account, secret + QStringLiteral("-2")));
    QCOMPARE(load(account).second, secret + QStringLiteral("-2"));

    QVERIFY(!remove(account));
    loaded = load(account);
    QCOMPARE(loaded.first.kind(), Failure::Kind::NoCredentials);
    QVERIFY(loaded.second.isEmpty());
    QVERIFY(!remove(account)); // removing what is gone is fine
}

void TestCredentialStore::accountsAreSeparate()
{
    const ServiceAccount agentbotA{Service::Agentbot, ServerUrl::fromUserInput(QStringLiteral("https://a.example"))};
    const ServiceAccount agentbotB{Service::Agentbot, ServerUrl::fromUserInput(QStringLiteral("https://b.example"))};
    const ServiceAccount xpanderA{Service::Xpander, ServerUrl::fromUserInput(QStringLiteral("https://a.example"))};
    QCOMPARE(agentbotA.key(), QStringLiteral("agentbot:https://a.example"));
    QVERIFY(!save(agentbotA, QStringLiteral("tst-keychain-secret-93f1c07e-a")));
    QCOMPARE(load(agentbotB).first.kind(), Failure::Kind::NoCredentials);
    QCOMPARE(load(xpanderA).first.kind(), Failure::Kind::NoCredentials);
    QCOMPARE(load(agentbotA).second, QStringLiteral("tst-keychain-secret-93f1c07e-a"));
    QVERIFY(!remove(agentbotA));
}

void TestCredentialStore::unavailableKeychainIsATypedError()
{
    // A process with no reachable session bus has no Secret Service: the CLI says so plainly and
    // stores nothing anywhere else.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent/bus"));
    // The key is right (login checks it with the service first): only the keychain is missing.
    DemoService demo;
    QVERIFY(demo.listen());
    const TestSupport::Run run = TestSupport::runCli(
        {QStringLiteral("login"), QStringLiteral("xpander"), QStringLiteral("--server"), demo.url().toString()},
        "demo-key\n", environment);
    QCOMPARE(run.exitCode, 3);
    QVERIFY2(run.err.contains("No system keychain is available"), run.err.constData());
    QVERIFY(!run.err.contains("demo-key"));
}

QTEST_GUILESS_MAIN(TestCredentialStore)
#include "tst_credentialstore.moc"
