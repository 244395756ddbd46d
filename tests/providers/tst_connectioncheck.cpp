// ConnectionCheck against the emulator: a typed secret and a stored one connect and count the
// first region's instances; a wrong key, a clock that is off, an unknown region, no server and
// a missing secret each end in their own plain-words sentence; cancelling silences a check.
#include "connectioncheck.h"
#include "credentialresolver.h"
#include "emulatorfixture.h"
#include "sessionsecretstore.h"
#include "uilanguage.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using namespace Qt::StringLiterals;
using Outcome = ConnectionCheckResult::Outcome;

class tst_ConnectionCheck : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void typedSecretConnects();
    void zenlayerListsTheWholeAccount();
    void storedSecretComesFromTheResolver();
    void wrongSecretIsExplained();
    void clockOffIsExplained();
    void unknownRegionIsExplained();
    void noServerIsExplained();
    void throttlingIsExplained();
    void missingSecretIsExplained();
    void nothingToTestWithoutKeyOrRegion();
    void serverTextStaysOneLine();
    void cancelSilencesTheCheck();

private:
    Account account(const QString &id) const;
    ConnectionCheckResult run(const Account &account, const Credentials &typed = {});

    std::unique_ptr<Emulator> m_emulator;
    QNetworkAccessManager m_network;
    SessionSecretStore m_session;
    CredentialResolver m_resolver { nullptr, &m_session };
};

void tst_ConnectionCheck::initTestCase()
{
    // English plural forms ("137 instances") come from the English catalogue, as in the app.
    QVERIFY(UiLanguage::install(u"en"_s));
    EmulatorConfig config = EmulatorFixture::config();
    config.accounts = {
        EmulatorFixture::account("ali", Cloud::Aliyun,
                                 { { u"cn-hangzhou"_s, 137 }, { u"cn-shanghai"_s, 20 } }),
        EmulatorFixture::account("zl", Cloud::Zenlayer, { { u"HKG-A"_s, 12 }, { u"SEL-A"_s, 3 } }),
        EmulatorFixture::account("tc", Cloud::Tencent, { { u"ap-guangzhou"_s, 5 } }),
    };
    m_emulator = std::make_unique<Emulator>(config);
    QVERIFY2(m_emulator->start(), qPrintable(m_emulator->errorString()));
}

void tst_ConnectionCheck::cleanup()
{
    m_emulator->setFaults({});
    m_session.clear();
}

Account tst_ConnectionCheck::account(const QString &id) const
{
    for (const Account &a : m_emulator->accounts()) {
        if (a.id == id)
            return a;
    }
    return {};
}

ConnectionCheckResult tst_ConnectionCheck::run(const Account &account, const Credentials &typed)
{
    ConnectionCheck check(&m_network, &m_resolver);
    ClientOptions options;
    options.requestTimeoutMs = 5000;
    check.setOptions(options);
    QSignalSpy finished(&check, &ConnectionCheck::finished);
    check.start(account, typed);
    if (!check.isRunning() || !finished.isEmpty())
        qWarning("start() must answer later, from the event loop");
    if (!finished.wait(20000) || finished.size() != 1)
        return {};
    return finished.constFirst().constFirst().value<ConnectionCheckResult>();
}

void tst_ConnectionCheck::typedSecretConnects()
{
    const Account ali = account(u"ali"_s);
    const ConnectionCheckResult result = run(ali, m_emulator->credentials(u"ali"_s));
    QVERIFY2(result.ok(), qPrintable(result.message()));
    QCOMPARE(result.instanceCount, 137);
    QCOMPARE(result.region, u"cn-hangzhou"_s);
    QCOMPARE(result.message(), u"Connected: 137 instances in cn-hangzhou."_s);
}

void tst_ConnectionCheck::zenlayerListsTheWholeAccount()
{
    const ConnectionCheckResult result = run(account(u"zl"_s), m_emulator->credentials(u"zl"_s));
    QVERIFY2(result.ok(), qPrintable(result.message()));
    QCOMPARE(result.instanceCount, 15);
    QVERIFY(result.region.isEmpty());
    QCOMPARE(result.message(), u"Connected: 15 instances in the account."_s);
}

void tst_ConnectionCheck::storedSecretComesFromTheResolver()
{
    const Account tc = account(u"tc"_s);
    m_session.set(tc.id, m_emulator->credentials(tc.id).secret);
    const ConnectionCheckResult result = run(tc); // nothing typed
    QVERIFY2(result.ok(), qPrintable(result.message()));
    QCOMPARE(result.instanceCount, 5);
}

void tst_ConnectionCheck::wrongSecretIsExplained()
{
    const Account ali = account(u"ali"_s);
    const ConnectionCheckResult result = run(ali, Credentials(ali.accessKeyId, "not-the-secret"));
    QCOMPARE(result.outcome, Outcome::Failed);
    QCOMPARE(result.error->kind, FetchError::Kind::Auth);
    const QString message = result.message();
    QVERIFY2(message.startsWith(u"Alibaba Cloud refused the key (SignatureDoesNotMatch)."_s),
             qPrintable(message));
    QVERIFY(message.contains(u"Check the AccessKey ID and the AccessKey Secret"_s));
    QVERIFY(result.details().contains(u"Request id: "_s));
    QVERIFY(!message.contains(u"not-the-secret"_s) && !result.details().contains(u"not-the"_s));

    // A key id the cloud does not know.
    const ConnectionCheckResult unknown =
        run(ali, Credentials(u"LTAI-unknown"_s, m_emulator->credentials(ali.id).secret));
    QCOMPARE(unknown.error->kind, FetchError::Kind::Auth);
    QVERIFY2(unknown.message().contains(u"refused the key"_s), qPrintable(unknown.message()));
}

void tst_ConnectionCheck::clockOffIsExplained()
{
    FaultRule rule;
    rule.accountId = u"ali"_s;
    rule.profile.clockSkewMs = 20 * 60 * 1000; // the server is 20 minutes ahead
    m_emulator->setFaults({ rule });
    const ConnectionCheckResult result = run(account(u"ali"_s), m_emulator->credentials(u"ali"_s));
    QCOMPARE(result.outcome, Outcome::Failed);
    QCOMPARE(result.error->kind, FetchError::Kind::ClockSkew);
    QVERIFY(result.clockSkewKnown);
    QVERIFY2(qAbs(result.clockSkewSeconds + 20 * 60) < 60,
             qPrintable(QString::number(result.clockSkewSeconds)));
    QVERIFY2(result.message().contains(u"this computer's clock is off by about 20 minutes"_s),
             qPrintable(result.message()));
}

void tst_ConnectionCheck::unknownRegionIsExplained()
{
    Account ali = account(u"ali"_s);
    ali.regions = { u"cn-atlantis"_s };
    const ConnectionCheckResult result = run(ali, m_emulator->credentials(ali.id));
    QCOMPARE(result.error->kind, FetchError::Kind::InvalidRequest);
    QVERIFY2(result.message().contains(u"cn-atlantis is not a region Fleetwatch knows"_s),
             qPrintable(result.message()));
}

void tst_ConnectionCheck::noServerIsExplained()
{
    QTcpServer closed; // a port that was free a moment ago and is closed again
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    const quint16 port = closed.serverPort();
    closed.close();
    Account ali = account(u"ali"_s);
    ali.endpoint = QUrl(u"http://127.0.0.1:%1"_s.arg(port));
    const ConnectionCheckResult result = run(ali, m_emulator->credentials(ali.id));
    QCOMPARE(result.error->kind, FetchError::Kind::Network);
    QVERIFY2(result.message().startsWith(u"Cannot reach Alibaba Cloud ("_s),
             qPrintable(result.message()));
    QVERIFY(result.message().contains(u"Check the network connection"_s));
}

void tst_ConnectionCheck::throttlingIsExplained()
{
    FaultRule rule;
    rule.accountId = u"tc"_s;
    rule.profile.throttleShare = 1;
    m_emulator->setFaults({ rule });
    const ConnectionCheckResult result = run(account(u"tc"_s), m_emulator->credentials(u"tc"_s));
    QCOMPARE(result.error->kind, FetchError::Kind::Throttled);
    QVERIFY2(result.message().contains(u"is limiting requests right now (RequestLimitExceeded)"_s),
             qPrintable(result.message()));
}

void tst_ConnectionCheck::missingSecretIsExplained()
{
    // No keychain behind this resolver, nothing in the session store, nothing typed.
    const ConnectionCheckResult result = run(account(u"ali"_s));
    QCOMPARE(result.outcome, Outcome::NoSecret);
    QCOMPARE(result.keychainError.kind, KeychainError::Kind::Unavailable);
    QVERIFY(!result.message().isEmpty());
    QCOMPARE(result.message(), result.keychainError.message());

    Account env = account(u"ali"_s);
    env.secretEnv = u"FW_TST_CONNECTION_UNSET"_s;
    const ConnectionCheckResult unset = run(env);
    QCOMPARE(unset.outcome, Outcome::NoSecret);
    QVERIFY(unset.message().contains(u"FW_TST_CONNECTION_UNSET"_s));
}

void tst_ConnectionCheck::nothingToTestWithoutKeyOrRegion()
{
    const qint64 before = m_emulator->totalRequests();
    Account noRegion = account(u"ali"_s);
    noRegion.regions.clear();
    const ConnectionCheckResult a = run(noRegion, m_emulator->credentials(u"ali"_s));
    QCOMPARE(a.outcome, Outcome::NotTestable);
    QCOMPARE(a.message(), u"Choose a region to test the connection with."_s);

    Account noKey = account(u"tc"_s);
    noKey.accessKeyId.clear();
    const ConnectionCheckResult b = run(noKey);
    QCOMPARE(b.outcome, Outcome::NotTestable);
    QCOMPARE(b.message(), u"Enter the SecretId to test the connection."_s);
    QCOMPARE(m_emulator->totalRequests(), before); // nothing was sent
}

void tst_ConnectionCheck::serverTextStaysOneLine()
{
    ConnectionCheckResult result;
    result.outcome = Outcome::Failed;
    FetchError e;
    e.kind = FetchError::Kind::Auth;
    e.code = u"<b>Bad</b>\nCode\t"_s + QString(400, u'x');
    e.message = u"line one\r\nline two"_s;
    result.error = e;
    const QString message = result.message();
    QVERIFY(!message.contains(u'\n'));
    QVERIFY(message.contains(u"<b>Bad</b> Code"_s)); // kept literally: shown as plain text
    QVERIFY(message.size() < 400);
    QVERIFY(result.details().contains(u"Message: line one line two"_s));
}

void tst_ConnectionCheck::cancelSilencesTheCheck()
{
    FaultRule slow;
    slow.accountId = u"ali"_s;
    slow.region = u"cn-shanghai"_s;
    slow.profile.latencyMs = 1500;
    m_emulator->setFaults({ slow });
    Account shanghai = account(u"ali"_s);
    shanghai.regions = { u"cn-shanghai"_s };

    ConnectionCheck check(&m_network, &m_resolver);
    QSignalSpy finished(&check, &ConnectionCheck::finished);
    check.start(shanghai, m_emulator->credentials(u"ali"_s));
    QVERIFY(QTest::qWaitFor([this] { return m_emulator->requestsInFlight() > 0; }, 10000));
    check.cancel();
    QVERIFY(!check.isRunning());
    // The slow answer comes and goes unheard.
    QTest::qWait(2000);
    QCOMPARE(finished.size(), 0);

    // A new check after a cancelled one answers for itself only.
    check.start(account(u"ali"_s), m_emulator->credentials(u"ali"_s));
    QVERIFY(finished.wait(20000));
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.constFirst().constFirst().value<ConnectionCheckResult>().instanceCount, 137);
}

QTEST_GUILESS_MAIN(tst_ConnectionCheck)
#include "tst_connectioncheck.moc"
