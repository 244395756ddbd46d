// Details (names, zones, IPs, types) beside the status polling, against the emulator: every
// scope gets them and they match the cloud; a slow details call never slows the status
// refresh; instances that appear get their details at once, not at the next 10-minute
// listing; a refused details call leaves status working and is reported per scope; at most
// one details request per account is in flight; an account whose details take longer than
// the interval still reaches every region (the soak found the last one starved).
#include "credentialresolver.h"
#include "detailsscheduler.h"
#include "emulator.h"
#include "emulatortestconfig.h"
#include "poller.h"
#include "requestslots.h"
#include "sessionsecretstore.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

using EmulatorTestConfig::account;

constexpr double timeScale = 50;

EmulatorConfig fleet()
{
    EmulatorConfig c;
    c.seed = 5;
    c.logRequests = false;
    c.dynamics.meanDwellMs = 0;
    c.accounts = { account(u"ali"_s, Cloud::Aliyun, { u"cn-hangzhou"_s, u"cn-beijing"_s }, 150),
                   account(u"tc"_s, Cloud::Tencent, { u"ap-guangzhou"_s }, 120),
                   account(u"jd"_s, Cloud::JdCloud, { u"cn-north-1"_s }, 60),
                   account(u"zl"_s, Cloud::Zenlayer, { u"HKG-A"_s, u"SEL-A"_s }, 30) };
    return c;
}

struct Rig
{
    explicit Rig(const EmulatorConfig &config)
        : emulator(config)
    {
        if (!emulator.start())
            qFatal("emulator: %s", qPrintable(emulator.errorString()));
        for (const Account &a : emulator.accounts())
            session.set(a.id, emulator.credentials(a.id).secret);
        poller.setTimeScale(timeScale);
        poller.setDefaultPollSeconds(5);
        poller.setAccounts(emulator.accounts());
    }
    Emulator emulator;
    SessionSecretStore session;
    CredentialResolver resolver { nullptr, &session };
    Poller poller { &resolver };
};

FaultRule onDetails(FaultProfile profile, const QString &accountId = {})
{
    FaultRule rule;
    rule.call = ApiCall::Details;
    rule.accountId = accountId;
    rule.profile = profile;
    return rule;
}

} // namespace

class tst_DetailsScheduler : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { qRegisterMetaType<DetailsSnapshot>(); }
    void everyScopeGetsDetailsThatMatchTheCloud();
    void slowDetailsNeverDelayStatus();
    void newInstancesGetDetailsAtOnce();
    void refusedDetailsLeaveStatusWorking();
    void oneDetailsRequestPerAccount();
    void slowAccountReachesEveryRegion();
};

void tst_DetailsScheduler::everyScopeGetsDetailsThatMatchTheCloud()
{
    Rig rig(fleet());
    QSignalSpy details(&rig.poller, &Poller::detailsReady);
    QSignalSpy round(&rig.poller, &Poller::roundFinished);
    rig.poller.runOnce();
    QVERIFY(round.wait(20000));
    // The round waits for the details too: one full listing per scope (Zenlayer's two zones
    // are one scope).
    QCOMPARE(details.size(), 5);
    for (const auto &args : std::as_const(details)) {
        const DetailsSnapshot d = args[0].value<DetailsSnapshot>();
        QVERIFY(d.isComplete());
        QHash<QString, FleetInstance> truth;
        for (const FleetInstance &i : rig.emulator.fleet(d.scope.accountId, d.scope.region))
            truth.insert(i.instanceId, i);
        QCOMPARE(d.instances.size(), truth.size());
        for (const InstanceDetails &item : d.instances) {
            const FleetInstance t = truth.value(item.instanceId);
            QCOMPARE(item.name, t.name);
            QCOMPARE(item.zone, t.zone);
            QCOMPARE(item.privateIps, t.privateIps);
            QCOMPARE(item.instanceType, t.instanceType);
            if (d.cloud == Cloud::Zenlayer) // no regions in its API: learnt from the zone
                QVERIFY(!item.region.isEmpty());
        }
    }
}

void tst_DetailsScheduler::slowDetailsNeverDelayStatus()
{
    EmulatorConfig config = fleet();
    FaultProfile slow;
    slow.latencyMs = 6000; // every details answer takes 6 s of real time
    config.faults = { onDetails(slow) };
    Rig rig(config);
    QSignalSpy details(&rig.poller, &Poller::detailsReady);
    rig.poller.start();
    // Status listings every 5 simulated seconds (0.1 s real) go on while the first details
    // answers are still 6 s away: 8 of them before any details arrive. Waited for rather
    // than counted after a fixed time, so a busy machine slows the test, not fails it.
    const ScopeKey tc { u"tc"_s, u"ap-guangzhou"_s };
    QVERIFY2(QTest::qWaitFor([&] { return rig.emulator.stats(tc).statusRequests >= 8; }, 5000),
             qPrintable(QString::number(rig.emulator.stats(tc).statusRequests)));
    QCOMPARE(details.size(), 0);
    QCOMPARE(rig.poller.health(tc).status, ScopeHealth::Status::Ok);
    QVERIFY(rig.emulator.stats(tc).detailsInFlight <= 1);
    rig.poller.stop();
}

void tst_DetailsScheduler::newInstancesGetDetailsAtOnce()
{
    EmulatorConfig config = fleet();
    config.accounts = { account(u"ali"_s, Cloud::Aliyun, { u"cn-hangzhou"_s }, 80) };
    config.timeScale = timeScale; // the fleet moves at the poller's pace
    config.dynamics.meanDwellMs = 20'000; // lots of churn: deletions and new instances
    config.dynamics.respawnMinMs = 1'000;
    config.dynamics.respawnMaxMs = 5'000;
    Rig rig(config);
    rig.poller.setDetailsIntervalSeconds(3600); // only by-id listings can explain new details
    QSignalSpy details(&rig.poller, &Poller::detailsReady);
    QSet<QString> listed; // every id a status listing showed
    connect(&rig.poller, &Poller::snapshotReady, this, [&listed](const Snapshot &snapshot) {
        for (const ObservedInstance &instance : snapshot.instances)
            listed.insert(instance.instanceId);
    });
    rig.poller.start();
    QVERIFY(details.wait(5000));
    const DetailsSnapshot full = details.first().at(0).value<DetailsSnapshot>();
    QCOMPARE(full.instances.size(), 80);
    QSet<QString> known;
    for (const InstanceDetails &item : full.instances)
        known.insert(item.instanceId);
    // Targeted listings follow as instances appear: they cover only the new ids. How many
    // are new depends on how much the fleet moved between two status listings, which a busy
    // machine stretches; what must hold is that none of them had details already.
    QTRY_VERIFY_WITH_TIMEOUT(details.size() >= 2, 8000);
    const DetailsSnapshot targeted = details.at(1).at(0).value<DetailsSnapshot>();
    QVERIFY(targeted.isComplete());
    QVERIFY(!targeted.instances.isEmpty());
    for (const InstanceDetails &item : targeted.instances) {
        QVERIFY2(!known.contains(item.instanceId), qPrintable(item.instanceId));
        QVERIFY2(listed.contains(item.instanceId), qPrintable(item.instanceId));
    }
    rig.poller.stop();
}

void tst_DetailsScheduler::refusedDetailsLeaveStatusWorking()
{
    EmulatorConfig config = fleet();
    FaultProfile forbidden;
    forbidden.forbiddenShare = 1.0; // the key may list status, not details
    config.faults = { onDetails(forbidden, u"ali"_s) };
    Rig rig(config);
    QSignalSpy round(&rig.poller, &Poller::roundFinished);
    QSignalSpy snapshots(&rig.poller, &Poller::snapshotReady);
    rig.poller.runOnce();
    QVERIFY(round.wait(20000));
    for (const auto &args : std::as_const(snapshots))
        QVERIFY(args[0].value<Snapshot>().isComplete());
    const ScopeHealth h = rig.poller.health({ u"ali"_s, u"cn-hangzhou"_s });
    QCOMPARE(h.status, ScopeHealth::Status::Ok);
    QVERIFY(h.detailsError.has_value());
    QCOMPARE(h.detailsError->kind, FetchError::Kind::Auth);
    QVERIFY(!rig.poller.health({ u"tc"_s, u"ap-guangzhou"_s }).detailsError);
}

void tst_DetailsScheduler::oneDetailsRequestPerAccount()
{
    EmulatorConfig config = fleet();
    config.accounts[0].instancesPerRegion = 450; // 5 details pages per region, 2 regions
    FaultProfile slow;
    slow.latencyMs = 20;
    config.faults = { onDetails(slow) };
    Rig rig(config);
    QSignalSpy round(&rig.poller, &Poller::roundFinished);
    rig.poller.runOnce();
    QVERIFY(round.wait(30000));
    QCOMPARE(rig.poller.details()->requestSlots()->peakInFlight(u"ali"_s), 1);
    QCOMPARE(rig.emulator.stats({ u"ali"_s, u"cn-hangzhou"_s }).detailsRequests, 5);
    QVERIFY(rig.poller.details()->requestSlots()->peakInFlight()
            <= DetailsScheduler::globalConcurrency);
}

void tst_DetailsScheduler::slowAccountReachesEveryRegion()
{
    // Each details listing takes 1.5 s real (75 simulated seconds), longer than the 60 s
    // interval: whenever the account is free, its first regions are due again. Picking by key
    // order relisted cn-beijing and cn-hangzhou for ever; cn-shanghai must get its turn.
    EmulatorConfig config = fleet();
    config.accounts = { account(u"ali"_s, Cloud::Aliyun,
                                { u"cn-beijing"_s, u"cn-hangzhou"_s, u"cn-shanghai"_s }, 20) };
    FaultProfile slow;
    slow.latencyMs = 1500;
    config.faults = { onDetails(slow) };
    Rig rig(config);
    rig.poller.setDetailsIntervalSeconds(60);
    QSet<QString> regions;
    connect(&rig.poller, &Poller::detailsReady, this,
            [&regions](const DetailsSnapshot &d) { regions.insert(d.scope.region); });
    rig.poller.start();
    QVERIFY2(QTest::qWaitFor([&regions] { return regions.size() == 3; }, 15000),
             qPrintable(QStringList(regions.cbegin(), regions.cend()).join(u", ")));
    QCOMPARE(rig.poller.details()->requestSlots()->peakInFlight(u"ali"_s), 1);
}

QTEST_GUILESS_MAIN(tst_DetailsScheduler)
#include "tst_detailsscheduler.moc"
