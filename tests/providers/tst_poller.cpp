// The poller against the emulator, with time accelerated: snapshots for every scope, the
// interval kept, throttling leading to fewer requests, Auth stopping an account until its
// credentials change, clock skew corrected from the server's time, failures marking scopes
// stale, caps on requests in flight, never two listings of one scope at once, one-round mode.
#include "credentialresolver.h"
#include "detailsscheduler.h"
#include "emulator.h"
#include "emulatortestconfig.h"
#include "poller.h"
#include "providerclient.h"
#include "requestslots.h"
#include "sessionsecretstore.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

using EmulatorTestConfig::account;

constexpr double timeScale = 50; // 5 s poll interval = 100 ms real

EmulatorConfig smallFleet()
{
    EmulatorConfig c;
    c.seed = 7;
    c.logRequests = false;
    c.dynamics.meanDwellMs = 0; // frozen: listings can be compared with the truth
    // One page per scope, so "one listing at a time" shows as one request at a time.
    c.accounts = { account(u"ali"_s, Cloud::Aliyun, { u"cn-hangzhou"_s, u"cn-beijing"_s }, 20),
                   account(u"tc"_s, Cloud::Tencent, { u"ap-guangzhou"_s }, 30),
                   account(u"jd"_s, Cloud::JdCloud, { u"cn-north-1"_s }, 15),
                   account(u"zl"_s, Cloud::Zenlayer, { u"HKG-A"_s }, 12) };
    return c;
}

// The emulator, the secrets (session store: no keychain needed) and a poller over them.
struct Rig
{
    explicit Rig(const EmulatorConfig &config, int pollSeconds = 5)
        : emulator(config)
    {
        if (!emulator.start())
            qFatal("emulator: %s", qPrintable(emulator.errorString()));
        for (const Account &a : emulator.accounts())
            session.set(a.id, emulator.credentials(a.id).secret);
        poller.setTimeScale(timeScale);
        poller.setDefaultPollSeconds(pollSeconds);
        poller.setAccounts(emulator.accounts());
    }

    qint64 statusRequests(const QString &accountId, const QString &region = {}) const
    {
        return emulator.stats({ accountId, region }).statusRequests;
    }

    Emulator emulator;
    SessionSecretStore session;
    CredentialResolver resolver { nullptr, &session };
    Poller poller { &resolver };
};

QSet<QString> ids(const QList<ObservedInstance> &instances)
{
    QSet<QString> result;
    for (const ObservedInstance &i : instances)
        result.insert(i.instanceId + u'=' + i.rawState);
    return result;
}

QSet<QString> truth(const Emulator &emulator, const ScopeKey &scope)
{
    QSet<QString> result;
    for (const FleetInstance &i : emulator.fleet(scope.accountId, scope.region))
        result.insert(i.instanceId + u'=' + i.rawState);
    return result;
}

FaultRule faultOn(const QString &accountId, FaultProfile profile)
{
    FaultRule rule;
    rule.accountId = accountId;
    rule.profile = profile;
    return rule;
}

} // namespace

class tst_Poller : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { qRegisterMetaType<Snapshot>(); }
    void everyScopeListedAndMatchesTheCloud();
    void keepsTheInterval();
    void throttlingLeadsToFewerRequests();
    void authStopsTheAccountUntilCredentialsChange();
    void missingSecretStopsTheAccount();
    void clockSkewIsCorrectedAndRetriedOnce();
    void failuresMarkStaleAndRetrySooner();
    void neverTwoListingsOfOneScopeAtOnce();
    void capsRequestsInFlight();
    void oneHostIsNotHeldToSixConnections();
    void pauseStopsNewListings();
    void oneRoundReportsEveryScopeOnce();
    void removedAccountIsForgotten();
};

void tst_Poller::everyScopeListedAndMatchesTheCloud()
{
    Rig rig(smallFleet());
    QSignalSpy snapshots(&rig.poller, &Poller::snapshotReady);
    rig.poller.start();
    QHash<ScopeKey, Snapshot> latest;
    QVERIFY(QTest::qWaitFor(
        [&] {
            for (const auto &args : std::as_const(snapshots))
                latest.insert(args[0].value<Snapshot>().scope, args[0].value<Snapshot>());
            return latest.size() == 5;
        },
        10000));
    for (const Snapshot &s : std::as_const(latest)) {
        QVERIFY2(s.isComplete(), qPrintable(s.error ? s.error->message : QString()));
        QCOMPARE(ids(s.instances), truth(rig.emulator, s.scope));
        const ScopeHealth h = rig.poller.health(s.scope);
        QCOMPARE(h.status, ScopeHealth::Status::Ok);
        QVERIFY(!h.stale);
        QVERIFY(h.lastSuccess.isValid());
    }
    // Zenlayer's status API has no region: the account is one scope.
    QVERIFY(latest.contains(ScopeKey { u"zl"_s, QString() }));
}

void tst_Poller::keepsTheInterval()
{
    Rig rig(smallFleet());
    rig.poller.start();
    // 60 simulated seconds = 1.2 s real: a 5 s interval gives about 12 listings per scope.
    QTest::qWait(int(60'000 / timeScale));
    rig.poller.stop();
    const qint64 n = rig.statusRequests(u"tc"_s, u"ap-guangzhou"_s);
    QVERIFY2(n >= 5 && n <= 14, qPrintable(QString::number(n)));
}

void tst_Poller::throttlingLeadsToFewerRequests()
{
    EmulatorConfig config = smallFleet();
    FaultProfile throttle;
    throttle.throttleShare = 1.0;
    config.faults = { faultOn(u"ali"_s, throttle) };
    Rig rig(config);
    rig.poller.start();
    QTest::qWait(int(120'000 / timeScale)); // two simulated minutes
    rig.poller.stop();
    const qint64 throttled = rig.statusRequests(u"ali"_s, u"cn-hangzhou"_s);
    const qint64 healthy = rig.statusRequests(u"tc"_s, u"ap-guangzhou"_s);
    // Healthy: every 5 s (about 24). Throttled: 1 + retries after 10 s, 20 s, 40 s, 80 s.
    QVERIFY2(throttled >= 2 && throttled <= 5, qPrintable(QString::number(throttled)));
    QVERIFY2(healthy > 4 * throttled, qPrintable(u"%1 vs %2"_s.arg(healthy).arg(throttled)));
    const ScopeHealth h = rig.poller.health({ u"ali"_s, u"cn-hangzhou"_s });
    QCOMPARE(h.status, ScopeHealth::Status::Throttled);
    QVERIFY(h.stale);
    QCOMPARE(h.lastError->kind, FetchError::Kind::Throttled);
}

void tst_Poller::authStopsTheAccountUntilCredentialsChange()
{
    EmulatorConfig config = smallFleet();
    FaultProfile refuse;
    refuse.authFailureShare = 1.0;
    config.faults = { faultOn(u"ali"_s, refuse) };
    Rig rig(config);
    QSignalSpy stopped(&rig.poller, &Poller::accountStopped);
    rig.poller.start();
    QVERIFY(stopped.wait(5000));
    QCOMPARE(stopped.first().at(0).toString(), u"ali"_s);
    QTRY_COMPARE(rig.poller.health({ u"ali"_s, u"cn-beijing"_s }).status,
                 ScopeHealth::Status::AuthFailed);
    QCOMPARE(rig.poller.health({ u"ali"_s, u"cn-hangzhou"_s }).status,
             ScopeHealth::Status::AuthFailed);
    QVERIFY(!rig.poller.health({ u"ali"_s, u"cn-hangzhou"_s }).nextAttempt.isValid());

    // Stopped means stopped: a simulated minute later, no new request for the account.
    QTRY_COMPARE(rig.poller.scopesInFlight() >= 0, true);
    QTest::qWait(int(10'000 / timeScale));
    const qint64 before = rig.statusRequests(u"ali"_s, u"cn-hangzhou"_s)
        + rig.statusRequests(u"ali"_s, u"cn-beijing"_s);
    QTest::qWait(int(60'000 / timeScale));
    QCOMPARE(rig.statusRequests(u"ali"_s, u"cn-hangzhou"_s)
                 + rig.statusRequests(u"ali"_s, u"cn-beijing"_s),
             before);
    QCOMPARE(stopped.size(), 1);
    // Other accounts carry on.
    QCOMPARE(rig.poller.health({ u"tc"_s, u"ap-guangzhou"_s }).status, ScopeHealth::Status::Ok);

    // The user fixes the key: polling resumes.
    rig.emulator.setFaults({});
    rig.poller.credentialsChanged(u"ali"_s);
    QTRY_COMPARE_WITH_TIMEOUT(rig.poller.health({ u"ali"_s, u"cn-hangzhou"_s }).status,
                              ScopeHealth::Status::Ok, 5000);
}

void tst_Poller::missingSecretStopsTheAccount()
{
    Rig rig(smallFleet());
    rig.session.remove(u"jd"_s);
    QSignalSpy stopped(&rig.poller, &Poller::accountStopped);
    rig.poller.start();
    QVERIFY(stopped.wait(5000));
    QCOMPARE(stopped.first().at(0).toString(), u"jd"_s);
    const ScopeHealth h = rig.poller.health({ u"jd"_s, u"cn-north-1"_s });
    QCOMPARE(h.status, ScopeHealth::Status::AuthFailed);
    QVERIFY(!h.lastError->message.isEmpty());
    QCOMPARE(rig.statusRequests(u"jd"_s, u"cn-north-1"_s), 0);

    rig.session.set(u"jd"_s, rig.emulator.credentials(u"jd"_s).secret);
    rig.poller.credentialsChanged(u"jd"_s);
    QTRY_COMPARE_WITH_TIMEOUT(rig.poller.health({ u"jd"_s, u"cn-north-1"_s }).status,
                              ScopeHealth::Status::Ok, 5000);
}

void tst_Poller::clockSkewIsCorrectedAndRetriedOnce()
{
    EmulatorConfig config = smallFleet();
    FaultProfile skew;
    skew.clockSkewMs = 40 * 60 * 1000; // beyond every cloud's window (Alibaba's is 15 min)
    config.faults = { faultOn(u"ali"_s, skew) };
    Rig rig(config, 600); // a long interval: only the retry can explain a second request
    QSignalSpy snapshots(&rig.poller, &Poller::snapshotReady);
    rig.poller.runOnce();
    QSignalSpy round(&rig.poller, &Poller::roundFinished);
    QVERIFY(round.wait(10000));
    for (const auto &args : std::as_const(snapshots)) {
        const Snapshot s = args[0].value<Snapshot>();
        QVERIFY2(
            s.isComplete(),
            qPrintable(s.scope.accountId + u": "_s + (s.error ? s.error->message : QString())));
    }
    // One refused request, then one signed with the server's time.
    QCOMPARE(rig.statusRequests(u"ali"_s, u"cn-hangzhou"_s), 2);
    QCOMPARE(rig.poller.health({ u"ali"_s, u"cn-hangzhou"_s }).status, ScopeHealth::Status::Ok);
}

void tst_Poller::failuresMarkStaleAndRetrySooner()
{
    Rig rig(smallFleet(), 60);
    QSignalSpy snapshots(&rig.poller, &Poller::snapshotReady);
    rig.poller.start();
    const ScopeKey scope { u"tc"_s, u"ap-guangzhou"_s };
    QTRY_COMPARE_WITH_TIMEOUT(rig.poller.health(scope).status, ScopeHealth::Status::Ok, 5000);
    FaultProfile broken;
    broken.malformedShare = 1.0;
    rig.emulator.setFaults({ faultOn(u"tc"_s, broken) });
    rig.poller.refreshAccount(u"tc"_s);
    QTRY_COMPARE_WITH_TIMEOUT(rig.poller.health(scope).status, ScopeHealth::Status::Failing, 5000);
    const ScopeHealth h = rig.poller.health(scope);
    QVERIFY(h.stale);
    QCOMPARE(h.lastError->kind, FetchError::Kind::Malformed);
    // The first retry comes after ~5 s, well before the 60 s interval.
    QVERIFY(h.nextAttempt.isValid());
    QVERIFY(QDateTime::currentDateTimeUtc().msecsTo(h.nextAttempt) < qint64(10'000 / timeScale));
    rig.emulator.setFaults({});
    QTRY_COMPARE_WITH_TIMEOUT(rig.poller.health(scope).status, ScopeHealth::Status::Ok, 5000);
    QVERIFY(!rig.poller.health(scope).stale);
}

void tst_Poller::neverTwoListingsOfOneScopeAtOnce()
{
    EmulatorConfig config = smallFleet();
    FaultProfile slow;
    slow.latencyMs = 150; // longer than the (accelerated) interval
    config.faults = { FaultRule { std::nullopt, {}, {}, ApiCall::Any, slow } };
    Rig rig(config);
    rig.poller.start();
    for (int i = 0; i < 20; ++i) {
        rig.poller.refreshAll();
        QTest::qWait(25);
    }
    QTest::qWait(400);
    rig.poller.stop();
    const auto all = rig.emulator.allStats();
    QVERIFY(!all.isEmpty());
    for (auto it = all.cbegin(); it != all.cend(); ++it) {
        QVERIFY2(it->statusRequests >= 2, qPrintable(it.key().accountId));
        QCOMPARE(it->maxStatusInFlight, 1); // each scope is one page
    }
}

void tst_Poller::capsRequestsInFlight()
{
    EmulatorConfig config = smallFleet();
    config.accounts[0].instancesPerRegion = 400; // 8 pages of 50 per region
    FaultProfile slow;
    slow.latencyMs = 30;
    config.faults = { FaultRule { std::nullopt, {}, {}, ApiCall::Any, slow } };
    Rig rig(config, 600);
    QList<Account> accounts = rig.emulator.accounts();
    for (Account &a : accounts) {
        if (a.id == u"ali")
            a.maxConcurrency = 2;
    }
    rig.poller.setAccounts(accounts);
    rig.poller.setGlobalConcurrency(3);
    QSignalSpy round(&rig.poller, &Poller::roundFinished);
    rig.poller.runOnce();
    QVERIFY(round.wait(20000));
    QCOMPARE(rig.poller.requestSlots()->peakInFlight(), 3);
    QCOMPARE(rig.poller.requestSlots()->peakInFlight(u"ali"_s), 2);
    QCOMPARE(rig.statusRequests(u"ali"_s, u"cn-hangzhou"_s), 8);
}

// Qt opens at most six connections to a host per QNetworkAccessManager; every JD Cloud account
// talks to one host, so without the poller's further lanes (RequestSlots::setLanes) the global
// cap of 16 could never be reached for them. Counted where it is real: at the server.
void tst_Poller::oneHostIsNotHeldToSixConnections()
{
    EmulatorConfig config;
    config.seed = 11;
    config.logRequests = false;
    config.dynamics.meanDwellMs = 0;
    for (int i = 0; i < 4; ++i) // 4 pages of 100 each, all on the emulator's one JD port
        config.accounts.append(account(u"jd%1"_s.arg(i), Cloud::JdCloud, { u"cn-north-1"_s }, 400));
    FaultProfile slow;
    slow.latencyMs = 200; // long enough for every granted request to reach the server
    config.faults = { FaultRule { std::nullopt, {}, {}, ApiCall::Any, slow } };
    Rig rig(config, 600);
    rig.poller.setDetailsEnabled(false);
    rig.poller.setGlobalConcurrency(16);
    QCOMPARE(rig.poller.requestSlots()->lanes(), 3); // 16 over six per lane
    QSignalSpy round(&rig.poller, &Poller::roundFinished);
    rig.poller.runOnce();
    QVERIFY(round.wait(20000));
    QVERIFY(rig.poller.requestSlots()->peakInFlight() <= 16);
    QVERIFY2(rig.emulator.peakRequestsInFlight() > RequestSlots::perHostLimit,
             qPrintable(QString::number(rig.emulator.peakRequestsInFlight())));
    for (int i = 0; i < 4; ++i)
        QCOMPARE(rig.statusRequests(u"jd%1"_s.arg(i), u"cn-north-1"_s), 4);
}

void tst_Poller::pauseStopsNewListings()
{
    Rig rig(smallFleet());
    rig.poller.start();
    QTRY_COMPARE_WITH_TIMEOUT(rig.poller.health({ u"jd"_s, u"cn-north-1"_s }).status,
                              ScopeHealth::Status::Ok, 5000);
    rig.poller.setPaused(true);
    // Listings already running finish; nothing new starts.
    QTRY_COMPARE(rig.poller.scopesInFlight() + rig.poller.details()->listingsInFlight(), 0);
    QCOMPARE(rig.poller.health({ u"jd"_s, u"cn-north-1"_s }).status, ScopeHealth::Status::Paused);
    const qint64 before = rig.emulator.totalRequests();
    QTest::qWait(int(30'000 / timeScale));
    QCOMPARE(rig.emulator.totalRequests(), before);
    rig.poller.setPaused(false);
    QTRY_VERIFY_WITH_TIMEOUT(rig.emulator.totalRequests() > before, 5000);
}

void tst_Poller::oneRoundReportsEveryScopeOnce()
{
    EmulatorConfig config = smallFleet();
    FaultProfile down;
    down.serverErrorShare = 1.0;
    config.faults = { faultOn(u"jd"_s, down) };
    Rig rig(config);
    QSignalSpy snapshots(&rig.poller, &Poller::snapshotReady);
    QSignalSpy round(&rig.poller, &Poller::roundFinished);
    rig.poller.runOnce();
    QVERIFY(round.wait(10000));
    QCOMPARE(round.size(), 1);
    QHash<ScopeKey, int> perScope;
    for (const auto &args : std::as_const(snapshots))
        ++perScope[args[0].value<Snapshot>().scope];
    QCOMPARE(perScope.size(), 5);
    for (int n : std::as_const(perScope))
        QCOMPARE(n, 1);
    QCOMPARE(rig.poller.health({ u"jd"_s, u"cn-north-1"_s }).lastError->kind,
             FetchError::Kind::Server);
    // Nothing more after the round.
    const qint64 before = rig.emulator.totalRequests();
    QTest::qWait(int(20'000 / timeScale));
    QCOMPARE(rig.emulator.totalRequests(), before);
}

void tst_Poller::removedAccountIsForgotten()
{
    Rig rig(smallFleet());
    rig.poller.start();
    QTRY_COMPARE_WITH_TIMEOUT(rig.poller.health({ u"zl"_s, QString() }).status,
                              ScopeHealth::Status::Ok, 5000);
    QList<Account> accounts = rig.emulator.accounts();
    accounts.removeIf([](const Account &a) { return a.id == u"zl"; });
    rig.poller.setAccounts(accounts);
    QCOMPARE(rig.poller.allHealth().size(), 4);
    const qint64 before = rig.statusRequests(u"zl"_s);
    QTest::qWait(int(30'000 / timeScale));
    QCOMPARE(rig.statusRequests(u"zl"_s), before);
}

QTEST_MAIN(tst_Poller)
#include "tst_poller.moc"
