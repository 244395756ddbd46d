// The four clients end to end against the emulator over real HTTP on 127.0.0.1: complete
// listings with exact page boundaries (the emulator checks every signature and refuses
// undocumented parameters and page sizes), details compared with the emulator's truth, id
// filters split across requests, the per-account and global caps on requests in flight,
// cancellation, and the server's time carried by a snapshot.
#include "emulatorfixture.h"
#include "requestslots.h"
#include "zenlayerparser.h"

#include <QNetworkAccessManager>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;

class tst_ProviderClient : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void listsEveryPage_data();
    void listsEveryPage();
    void listsDetails_data();
    void listsDetails();
    void splitsLongIdFilters_data();
    void splitsLongIdFilters();
    void honoursAccountConcurrencyCap();
    void honoursGlobalCap();
    void smallerPageSizeOnRequest();
    void cancelStopsWithoutSignal();
    void signalIsNeverSynchronous();
    void snapshotCarriesTheServersTime();

private:
    ProviderClient *client(const QString &accountId, RequestSlots *limiter = nullptr);

    Emulator m_emulator { EmulatorFixture::config() };
    QNetworkAccessManager m_network;
    std::vector<std::unique_ptr<ProviderClient>> m_clients;
};

ProviderClient *tst_ProviderClient::client(const QString &accountId, RequestSlots *limiter)
{
    const Cloud cloud = m_emulator.config().account(accountId)->cloud;
    m_clients.emplace_back(ProviderClient::create(cloud, &m_network, limiter));
    return m_clients.back().get();
}

void tst_ProviderClient::initTestCase()
{
    QVERIFY2(m_emulator.start(), qPrintable(m_emulator.errorString()));
}

void tst_ProviderClient::init()
{
    m_emulator.resetStats();
}

void tst_ProviderClient::cleanup()
{
    m_emulator.setFaults({});
    m_clients.clear();
}

void tst_ProviderClient::listsEveryPage_data()
{
    QTest::addColumn<QString>("account");
    QTest::addColumn<QString>("region");
    QTest::addColumn<int>("instances");
    QTest::addColumn<int>("requests");
    // The largest page each API allows: JD 100, Zenlayer 1000, Aliyun 50, Tencent 100.
    QTest::newRow("jd 101") << u"jd"_s << u"cn-north-1"_s << 101 << 2;
    QTest::newRow("jd 250") << u"jd"_s << u"cn-east-2"_s << 250 << 3;
    QTest::newRow("zenlayer 1001") << u"zl"_s << QString() << 1001 << 2;
    QTest::newRow("aliyun 101") << u"ali"_s << u"cn-hangzhou"_s << 101 << 3;
    QTest::newRow("aliyun 50") << u"ali"_s << u"cn-shanghai"_s << 50 << 1;
    QTest::newRow("tencent 101") << u"tc"_s << u"ap-guangzhou"_s << 101 << 2;
    QTest::newRow("tencent empty") << u"tc"_s << u"ap-shanghai"_s << 0 << 1;
    QTest::newRow("tencent legacy 300") << u"tcl"_s << u"ap-guangzhou"_s << 300 << 3;
}

void tst_ProviderClient::listsEveryPage()
{
    QFETCH(QString, account);
    QFETCH(QString, region);
    QFETCH(int, instances);
    QFETCH(int, requests);

    ProviderClient *c = client(account);
    const Snapshot snapshot =
        EmulatorFixture::status(*c, EmulatorFixture::request(m_emulator, account, region));
    QVERIFY2(snapshot.isComplete(), EmulatorFixture::describe(snapshot.error).constData());
    QCOMPARE(snapshot.cloud, c->cloud());
    QCOMPARE(snapshot.scope, (ScopeKey { account, region }));
    QCOMPARE(snapshot.requestCount, requests);
    const ScopeStats stats = m_emulator.stats({ account, region });
    QCOMPARE(stats.statusRequests, qint64(requests));
    QCOMPARE(stats.errors, qint64(0));

    const QList<FleetInstance> truth = m_emulator.fleet(account, region);
    QCOMPARE(truth.size(), instances);
    QCOMPARE(snapshot.instances.size(), instances);
    for (int i = 0; i < instances; ++i) {
        QCOMPARE(snapshot.instances.at(i).instanceId, truth.at(i).instanceId);
        QCOMPARE(snapshot.instances.at(i).rawState, truth.at(i).rawState);
        QCOMPARE(snapshot.instances.at(i).state, truth.at(i).state());
    }
}

void tst_ProviderClient::listsDetails_data()
{
    QTest::addColumn<QString>("account");
    QTest::addColumn<QString>("region");
    QTest::addColumn<int>("requests");
    QTest::newRow("jd") << u"jd"_s << u"cn-east-2"_s << 3;
    QTest::newRow("zenlayer") << u"zl"_s << QString() << 2;
    QTest::newRow("aliyun") << u"ali"_s << u"cn-hangzhou"_s
                            << 2; // DescribeInstances pages hold 100
    QTest::newRow("tencent") << u"tc"_s << u"ap-guangzhou"_s << 2;
    QTest::newRow("tencent legacy") << u"tcl"_s << u"ap-guangzhou"_s << 3;
}

void tst_ProviderClient::listsDetails()
{
    QFETCH(QString, account);
    QFETCH(QString, region);
    QFETCH(int, requests);
    ProviderClient *c = client(account);
    const DetailsSnapshot details =
        EmulatorFixture::details(*c, EmulatorFixture::request(m_emulator, account, region));
    QVERIFY2(details.isComplete(), EmulatorFixture::describe(details.error).constData());
    QCOMPARE(details.requestCount, requests);
    QCOMPARE(m_emulator.stats({ account, region }).detailsRequests, qint64(requests));
    const QList<FleetInstance> truth = m_emulator.fleet(account, region);
    QCOMPARE(details.instances.size(), truth.size());
    for (qsizetype i = 0; i < truth.size(); ++i) {
        const InstanceDetails &d = details.instances.at(i);
        const FleetInstance &f = truth.at(i);
        QCOMPARE(d.instanceId, f.instanceId);
        QCOMPARE(d.name, f.name);
        QCOMPARE(d.zone, f.zone);
        QCOMPARE(d.privateIps, f.privateIps);
        QCOMPARE(d.publicIps, f.publicIps);
        QCOMPARE(d.instanceType, f.instanceType);
        // Zenlayer's region comes from the zone; the others answer within the scope's region.
        QCOMPARE(d.region,
                 c->cloud() == Cloud::Zenlayer ? ZenlayerParser::regionForZone(f.zone) : region);
    }
}

void tst_ProviderClient::splitsLongIdFilters_data()
{
    QTest::addColumn<QString>("account");
    QTest::addColumn<QString>("region");
    QTest::addColumn<bool>("details");
    QTest::addColumn<int>("requests");
    // 250 ids, at most 100 per request: 100 + 100 + 50. Aliyun's status pages hold 50, so
    // each 100-id request takes two pages there.
    const struct
    {
        const char *account;
        const char *region;
        int statusRequests;
    } rows[] = { { "jd", "cn-east-2", 3 },
                 { "zl", "", 3 },
                 { "ali", "cn-beijing", 5 },
                 { "tc", "ap-beijing", 3 },
                 { "tcl", "ap-guangzhou", 3 } };
    for (const auto &row : rows) {
        QTest::addRow("%s status", row.account)
            << QString::fromLatin1(row.account) << QString::fromLatin1(row.region) << false
            << row.statusRequests;
        QTest::addRow("%s details", row.account)
            << QString::fromLatin1(row.account) << QString::fromLatin1(row.region) << true << 3;
    }
}

void tst_ProviderClient::splitsLongIdFilters()
{
    QFETCH(QString, account);
    QFETCH(QString, region);
    QFETCH(bool, details);
    QFETCH(int, requests);
    const QList<FleetInstance> truth = m_emulator.fleet(account, region);
    QStringList wanted;
    for (qsizetype i = 0; i < truth.size() && wanted.size() < 250; i += truth.size() >= 500 ? 2 : 1)
        wanted.append(truth.at(i).instanceId);
    QCOMPARE(wanted.size(), 250);
    FetchRequest request = EmulatorFixture::request(m_emulator, account, region);
    request.query.instanceIds = wanted + QStringList { wanted.first() }; // a repeat is asked once
    ProviderClient *c = client(account);
    QStringList got;
    int count = 0;
    if (details) {
        const DetailsSnapshot d = EmulatorFixture::details(*c, request);
        QVERIFY2(d.isComplete(), EmulatorFixture::describe(d.error).constData());
        for (const auto &i : d.instances)
            got.append(i.instanceId);
        count = d.requestCount;
    } else {
        const Snapshot s = EmulatorFixture::status(*c, request);
        QVERIFY2(s.isComplete(), EmulatorFixture::describe(s.error).constData());
        for (const auto &i : s.instances)
            got.append(i.instanceId);
        count = s.requestCount;
    }
    got.sort();
    wanted.sort();
    QCOMPARE(got, wanted);
    QCOMPARE(count, requests);
}

void tst_ProviderClient::honoursAccountConcurrencyCap()
{
    FaultRule slow;
    slow.accountId = u"jd"_s;
    slow.profile.latencyMs = 60;
    m_emulator.setFaults({ slow });
    FetchRequest request = EmulatorFixture::request(m_emulator, u"jd"_s, u"cn-east-2"_s);
    request.query.pageSize = 10; // 25 pages
    request.account.maxConcurrency = 2;
    RequestSlots limiter(16);
    const Snapshot s = EmulatorFixture::status(*client(u"jd"_s, &limiter), request);
    QVERIFY(s.isComplete());
    QCOMPARE(s.requestCount, 25);
    QCOMPARE(limiter.peakInFlight(u"jd"_s), 2);
    QCOMPARE(m_emulator.stats({ u"jd"_s, u"cn-east-2"_s }).maxInFlight, 2);
    QCOMPARE(limiter.inFlight(), 0);

    // The default per-account cap is 4.
    m_emulator.resetStats();
    RequestSlots defaults(16);
    request.account.maxConcurrency = 0;
    QVERIFY(EmulatorFixture::status(*client(u"jd"_s, &defaults), request).isComplete());
    QCOMPARE(defaults.peakInFlight(u"jd"_s), Account::defaultMaxConcurrency);
    QCOMPARE(m_emulator.stats({ u"jd"_s, u"cn-east-2"_s }).maxInFlight,
             Account::defaultMaxConcurrency);
}

void tst_ProviderClient::honoursGlobalCap()
{
    FaultRule slow;
    slow.profile.latencyMs = 40;
    m_emulator.setFaults({ slow });
    RequestSlots limiter(3); // shared by both clients: 3 in flight in all
    ProviderClient *jd = client(u"jd"_s, &limiter);
    ProviderClient *tc = client(u"tcl"_s, &limiter);
    QSignalSpy jdSpy(jd, &ProviderClient::snapshotReady);
    QSignalSpy tcSpy(tc, &ProviderClient::snapshotReady);
    FetchRequest jr = EmulatorFixture::request(m_emulator, u"jd"_s, u"cn-east-2"_s);
    jr.query.pageSize = 10;
    FetchRequest tr = EmulatorFixture::request(m_emulator, u"tcl"_s, u"ap-guangzhou"_s);
    tr.query.pageSize = 20;
    jd->fetchStatus(jr);
    tc->fetchStatus(tr);
    QVERIFY(QTest::qWaitFor([&] { return jdSpy.size() == 1 && tcSpy.size() == 1; }, 20000));
    QVERIFY(jdSpy.at(0).at(1).value<Snapshot>().isComplete());
    QVERIFY(tcSpy.at(0).at(1).value<Snapshot>().isComplete());
    QCOMPARE(limiter.peakInFlight(), 3);
    QVERIFY(m_emulator.stats({ u"jd"_s, u"cn-east-2"_s }).maxInFlight
                + m_emulator.stats({ u"tcl"_s, u"ap-guangzhou"_s }).maxInFlight
            <= 6);
    QCOMPARE(limiter.inFlight(), 0);
}

void tst_ProviderClient::smallerPageSizeOnRequest()
{
    FetchRequest request = EmulatorFixture::request(m_emulator, u"jd"_s, u"cn-north-1"_s);
    request.query.pageSize = 3; // below JD's minimum of 10: clamped to 10
    const Snapshot s = EmulatorFixture::status(*client(u"jd"_s), request);
    QVERIFY(s.isComplete());
    QCOMPARE(s.requestCount, 11);
    QCOMPARE(s.instances.size(), 101);
}

void tst_ProviderClient::cancelStopsWithoutSignal()
{
    FaultRule slow;
    slow.accountId = u"ali"_s;
    slow.profile.latencyMs = 150;
    m_emulator.setFaults({ slow });
    RequestSlots limiter(8);
    ProviderClient *c = client(u"ali"_s, &limiter);
    QSignalSpy spy(c, &ProviderClient::snapshotReady);
    const auto id =
        c->fetchStatus(EmulatorFixture::request(m_emulator, u"ali"_s, u"cn-hangzhou"_s));
    QVERIFY(QTest::qWaitFor([&] { return limiter.inFlight() > 0; }, 5000));
    c->cancel(id);
    QCOMPARE(c->activeFetches(), 0);
    QCOMPARE(limiter.inFlight(), 0);
    QCOMPARE(limiter.waiting(), 0);
    QTest::qWait(400);
    QCOMPARE(spy.size(), 0);
}

void tst_ProviderClient::signalIsNeverSynchronous()
{
    ProviderClient *c = client(u"jd"_s);
    QSignalSpy spy(c, &ProviderClient::snapshotReady);
    FetchRequest request; // no credentials, no region: refused before sending
    request.account.id = u"x"_s;
    c->fetchStatus(request);
    QCOMPARE(spy.size(), 0);
    QVERIFY(spy.wait(2000));
    const Snapshot s = spy.at(0).at(1).value<Snapshot>();
    QVERIFY(!s.isComplete());
    QCOMPARE(s.requestCount, 0);
}

void tst_ProviderClient::snapshotCarriesTheServersTime()
{
    // The emulator's clock held still a minute ahead of ours: the snapshot tells the cloud's
    // time (its Date header, to the second) apart from the local one.
    EmulatorClock &clock = m_emulator.clock();
    clock.setManual(true);
    const QDateTime at =
        QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch() + 60, Qt::UTC);
    clock.setNow(at);
    ProviderClient *c = client(u"tc"_s);
    const Snapshot snapshot = EmulatorFixture::status(
        *c, EmulatorFixture::request(m_emulator, u"tc"_s, u"ap-guangzhou"_s));
    clock.setManual(false);
    QVERIFY2(snapshot.isComplete(), EmulatorFixture::describe(snapshot.error).constData());
    QCOMPARE(snapshot.serverTime, at);
    QVERIFY(qAbs(snapshot.finishedAt.secsTo(at) - 60) <= 5);
}

QTEST_GUILESS_MAIN(tst_ProviderClient)
#include "tst_providerclient.moc"
