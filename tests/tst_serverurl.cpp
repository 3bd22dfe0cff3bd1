#include "base/ServerUrl.h"

#include <QTest>

using namespace Takeout;

class TestServerUrl : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void endpointKeepsBasePath_data();
    void endpointKeepsBasePath();
    void transportRules_data();
    void transportRules();
    void sameOrigin();
};

void TestServerUrl::endpointKeepsBasePath_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("expected");
    QTest::newRow("bare host") << QStringLiteral("agentbot.example.com")
                               << QStringLiteral("https://agentbot.example.com/api/export");
    QTest::newRow("trailing slash") << QStringLiteral("https://agentbot.example.com/")
                                    << QStringLiteral("https://agentbot.example.com/api/export");
    QTest::newRow("base path") << QStringLiteral("https://example.com/agentbot/")
                               << QStringLiteral("https://example.com/agentbot/api/export");
    QTest::newRow("query dropped") << QStringLiteral("https://example.com/x?y=1#f")
                                   << QStringLiteral("https://example.com/x/api/export");
    QTest::newRow("loopback port") << QStringLiteral("http://127.0.0.1:8123")
                                   << QStringLiteral("http://127.0.0.1:8123/api/export");
}

void TestServerUrl::endpointKeepsBasePath()
{
    QFETCH(QString, typed);
    QFETCH(QString, expected);
    QCOMPARE(ServerUrl::fromUserInput(typed).endpoint(QStringLiteral("/api/export")).toString(), expected);
}

void TestServerUrl::transportRules_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<int>("kind");
    QTest::newRow("https") << QStringLiteral("https://api.xpander.ai") << int(Failure::Kind::None);
    QTest::newRow("http remote") << QStringLiteral("http://api.xpander.ai") << int(Failure::Kind::InsecureUrl);
    QTest::newRow("http localhost") << QStringLiteral("http://localhost:9") << int(Failure::Kind::None);
    QTest::newRow("http 127.x") << QStringLiteral("http://127.1.2.3") << int(Failure::Kind::None);
    QTest::newRow("http ::1") << QStringLiteral("http://[::1]:80") << int(Failure::Kind::None);
    QTest::newRow("http lookalike") << QStringLiteral("http://127.0.0.1.evil.com") << int(Failure::Kind::InsecureUrl);
    QTest::newRow("http localhost lookalike")
        << QStringLiteral("http://localhost.evil.com") << int(Failure::Kind::InsecureUrl);
    // Plain http by what the host is, not by what its name resolves to (a hosts file, a proxy).
    QTest::newRow("http LOCALHOST") << QStringLiteral("http://LOCALHOST:9") << int(Failure::Kind::None);
    QTest::newRow("http 127.255.255.254") << QStringLiteral("http://127.255.255.254") << int(Failure::Kind::None);
    QTest::newRow("http name.localhost") << QStringLiteral("http://demo.localhost:9")
                                         << int(Failure::Kind::InsecureUrl);
    QTest::newRow("http localhost.") << QStringLiteral("http://localhost.:9") << int(Failure::Kind::InsecureUrl);
    QTest::newRow("http 128.0.0.1") << QStringLiteral("http://128.0.0.1") << int(Failure::Kind::InsecureUrl);
    QTest::newRow("http 0.0.0.0") << QStringLiteral("http://0.0.0.0:9") << int(Failure::Kind::InsecureUrl);
    QTest::newRow("http ::2") << QStringLiteral("http://[::2]:80") << int(Failure::Kind::InsecureUrl);
    QTest::newRow("ftp") << QStringLiteral("ftp://example.com") << int(Failure::Kind::InvalidUrl);
    QTest::newRow("user info") << QStringLiteral("https://user:pw@example.com") << int(Failure::Kind::InvalidUrl);
    QTest::newRow("empty") << QString() << int(Failure::Kind::InvalidUrl);
}

void TestServerUrl::transportRules()
{
    QFETCH(QString, typed);
    QFETCH(int, kind);
    QCOMPARE(int(ServerUrl::fromUserInput(typed).check().kind()), kind);
}

void TestServerUrl::sameOrigin()
{
    const QUrl base(QStringLiteral("https://example.com/api/export"));
    QVERIFY(ServerUrl::isSameOrigin(base, QUrl(QStringLiteral("https://EXAMPLE.com:443/other"))));
    QVERIFY(!ServerUrl::isSameOrigin(base, QUrl(QStringLiteral("http://example.com/api/export"))));
    QVERIFY(!ServerUrl::isSameOrigin(base, QUrl(QStringLiteral("https://example.com:8443/api/export"))));
    QVERIFY(!ServerUrl::isSameOrigin(base, QUrl(QStringLiteral("https://evil.example.com/api/export"))));
}

QTEST_GUILESS_MAIN(TestServerUrl)
#include "tst_serverurl.moc"
