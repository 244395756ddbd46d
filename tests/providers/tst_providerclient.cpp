// The ProviderClient engine end to end over real HTTP on 127.0.0.1, for each cloud: multi-page
// listings with exact page boundaries (the fake refuses undocumented parameters and checks
// every signature by re-signing), details, id filters split across requests, the per-account
// and global caps on requests in flight, and cancellation.
#include "clienttest.h"
#include "fakecloud.h"
#include "instancestate.h"
#include "providerclient.h"
#include "requestslots.h"

#include <QNetworkAccessManager>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;
using Style = Account::ApiStyle;

class tst_ProviderClient : public QObject
{
    Q_OBJECT

private slots:
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

private:
    QNetworkAccessManager m_network;
};

void tst_ProviderClient::listsEveryPage_data()
{
    QTest::addColumn<Cloud>("cloud");
    QTest::addColumn<Style>("style");
    QTest::addColumn<int>("instances");
    QTest::addColumn<int>("expectedRequests");

    // JD pages hold 100, Zenlayer 1000, Aliyun 50, Tencent 100: the largest each API allows.
    QTest::newRow("jd-empty") << Cloud::JdCloud << Style::V3 << 0 << 1;
    QTest::newRow("jd-100") << Cloud::JdCloud << Style::V3 << 100 << 1;
    QTest::newRow("jd-101") << Cloud::JdCloud << Style::V3 << 101 << 2;
    QTest::newRow("jd-250") << Cloud::JdCloud << Style::V3 << 250 << 3;
    QTest::newRow("zenlayer-1000") << Cloud::Zenlayer << Style::V3 << 1000 << 1;
    QTest::newRow("zenlayer-1001") << Cloud::Zenlayer << Style::V3 << 1001 << 2;
    QTest::newRow("aliyun-50") << Cloud::Aliyun << Style::V3 << 50 << 1;
    QTest::newRow("aliyun-51") << Cloud::Aliyun << Style::V3 << 51 << 2;
    QTest::newRow("aliyun-101") << Cloud::Aliyun << Style::V3 << 101 << 3;
    QTest::newRow("tencent-101") << Cloud::Tencent << Style::V3 << 101 << 2;
    QTest::newRow("tencent-300") << Cloud::Tencent << Style::V3 << 300 << 3;
    QTest::newRow("tencent-legacy-101") << Cloud::Tencent << Style::Legacy << 101 << 2;
    QTest::newRow("tencent-legacy-0") << Cloud::Tencent << Style::Legacy << 0 << 1;
}

void tst_ProviderClient::listsEveryPage()
{
    QFETCH(Cloud, cloud);
    QFETCH(Style, style);
    QFETCH(int, instances);
    QFETCH(int, expectedRequests);

    FakeCloud fake(cloud);
    QVERIFY(fake.listen());
    fake.setFleet(instances);
    std::unique_ptr<ProviderClient> client(ProviderClient::create(cloud, &m_network));
    QCOMPARE(client->cloud(), cloud);

    const Snapshot snapshot = ClientTest::status(*client, ClientTest::requestFor(fake, style));
    QVERIFY2(snapshot.isComplete(),
             qPrintable(snapshot.error ? snapshot.error->message : QString()));
    QCOMPARE(fake.signatureFailures(), QStringList());
    QCOMPARE(snapshot.cloud, cloud);
    QCOMPARE(snapshot.scope.accountId, u"acct"_s);
    QCOMPARE(snapshot.scope.region, fake.region());
    QCOMPARE(snapshot.requestCount, expectedRequests);
    QCOMPARE(fake.server().requests().size(), expectedRequests);
    QList<int> pages = fake.pagesRequested();
    std::sort(pages.begin(), pages.end());
    QList<int> expectedPages;
    for (int p = 1; p <= expectedRequests; ++p)
        expectedPages.append(p);
    QCOMPARE(pages, expectedPages);

    QCOMPARE(snapshot.instances.size(), instances);
    for (int i = 0; i < instances; ++i) {
        const FakeInstance &f = fake.fleet().at(i);
        QCOMPARE(snapshot.instances.at(i).instanceId, f.id);
        QCOMPARE(snapshot.instances.at(i).rawState, f.rawState);
        QCOMPARE(snapshot.instances.at(i).state, stateFromRaw(cloud, f.rawState));
    }
}

void tst_ProviderClient::listsDetails_data()
{
    QTest::addColumn<Cloud>("cloud");
    QTest::addColumn<int>("instances");
    QTest::addColumn<int>("expectedRequests");
    QTest::newRow("jd") << Cloud::JdCloud << 150 << 2;
    QTest::newRow("zenlayer") << Cloud::Zenlayer << 30 << 1;
    QTest::newRow("aliyun") << Cloud::Aliyun << 150 << 2; // DescribeInstances pages hold 100
    QTest::newRow("tencent") << Cloud::Tencent << 150 << 2;
}

void tst_ProviderClient::listsDetails()
{
    QFETCH(Cloud, cloud);
    QFETCH(int, instances);
    QFETCH(int, expectedRequests);

    FakeCloud fake(cloud);
    QVERIFY(fake.listen());
    fake.setFleet(instances);
    std::unique_ptr<ProviderClient> client(ProviderClient::create(cloud, &m_network));
    const DetailsSnapshot details = ClientTest::details(*client, ClientTest::requestFor(fake));
    QVERIFY2(details.isComplete(), qPrintable(details.error ? details.error->message : QString()));
    QCOMPARE(details.requestCount, expectedRequests);
    QCOMPARE(details.instances.size(), instances);
    for (int i = 0; i < instances; ++i) {
        const FakeInstance &f = fake.fleet().at(i);
        const InstanceDetails &d = details.instances.at(i);
        QCOMPARE(d.instanceId, f.id);
        QCOMPARE(d.name, f.name);
        QCOMPARE(d.zone, f.zone);
        QCOMPARE(d.instanceType, f.type);
        QCOMPARE(d.privateIps, QStringList { f.privateIp });
        QCOMPARE(d.publicIps, f.publicIp.isEmpty() ? QStringList() : QStringList { f.publicIp });
        // Zenlayer derives the region from the zone; the others answer within the scope's.
        QCOMPARE(d.region, cloud == Cloud::Zenlayer ? u"HKG"_s : fake.region());
    }
}

void tst_ProviderClient::splitsLongIdFilters_data()
{
    QTest::addColumn<Cloud>("cloud");
    QTest::addColumn<bool>("details");
    for (Cloud cloud : allClouds) {
        QTest::addRow("%s-status", qPrintable(cloudId(cloud))) << cloud << false;
        QTest::addRow("%s-details", qPrintable(cloudId(cloud))) << cloud << true;
    }
}

void tst_ProviderClient::splitsLongIdFilters()
{
    QFETCH(Cloud, cloud);
    QFETCH(bool, details);
    FakeCloud fake(cloud);
    QVERIFY(fake.listen());
    fake.setFleet(400);
    std::unique_ptr<ProviderClient> client(ProviderClient::create(cloud, &m_network));
    FetchRequest request = ClientTest::requestFor(fake);
    QStringList wanted;
    for (int i = 0; i < 250; ++i)
        wanted.append(fake.fleet().at(i * 3 % 400).id);
    wanted.append(wanted.first()); // a repeated id is asked for once
    request.query.instanceIds = wanted;

    QStringList got;
    int requests = 0;
    if (details) {
        const DetailsSnapshot d = ClientTest::details(*client, request);
        QVERIFY2(d.isComplete(), qPrintable(d.error ? d.error->message : QString()));
        for (const auto &i : d.instances)
            got.append(i.instanceId);
        requests = d.requestCount;
    } else {
        const Snapshot s = ClientTest::status(*client, request);
        QVERIFY2(s.isComplete(), qPrintable(s.error ? s.error->message : QString()));
        for (const auto &i : s.instances)
            got.append(i.instanceId);
        requests = s.requestCount;
    }
    wanted.removeLast();
    QStringList sortedWanted = wanted;
    sortedWanted.sort();
    got.sort();
    QCOMPARE(got, sortedWanted);
    // 250 ids, at most 100 per request: 100 + 100 + 50. Aliyun status pages hold 50, so each
    // 100-id request takes two pages there.
    const bool aliyunStatus = cloud == Cloud::Aliyun && !details;
    QCOMPARE(requests, aliyunStatus ? 5 : 3);
    QList<int> perRequest = fake.idsPerRequest();
    std::sort(perRequest.begin(), perRequest.end());
    QCOMPARE(perRequest,
             aliyunStatus ? QList<int>({ 50, 100, 100, 100, 100 }) : QList<int>({ 50, 100, 100 }));
}

void tst_ProviderClient::honoursAccountConcurrencyCap()
{
    FakeCloud fake(Cloud::JdCloud);
    QVERIFY(fake.listen());
    fake.setFleet(1000); // 10 pages
    fake.setDelayMs(60);
    RequestSlots limiter(16);
    std::unique_ptr<ProviderClient> client(
        ProviderClient::create(Cloud::JdCloud, &m_network, &limiter));
    FetchRequest request = ClientTest::requestFor(fake);
    request.account.maxConcurrency = 2;
    const Snapshot s = ClientTest::status(*client, request);
    QVERIFY(s.isComplete());
    QCOMPARE(s.requestCount, 10);
    QCOMPARE(limiter.peakInFlight(u"acct"_s), 2);
    QVERIFY(fake.server().peakConcurrent() <= 2);
    QCOMPARE(limiter.inFlight(), 0);

    // The default per-account cap is 4.
    RequestSlots defaults(16);
    std::unique_ptr<ProviderClient> second(
        ProviderClient::create(Cloud::JdCloud, &m_network, &defaults));
    request.account.maxConcurrency = 0;
    QVERIFY(ClientTest::status(*second, request).isComplete());
    QCOMPARE(defaults.peakInFlight(u"acct"_s), Account::defaultMaxConcurrency);
}

void tst_ProviderClient::honoursGlobalCap()
{
    FakeCloud jd(Cloud::JdCloud);
    FakeCloud tencent(Cloud::Tencent);
    QVERIFY(jd.listen());
    QVERIFY(tencent.listen());
    jd.setFleet(600);
    tencent.setFleet(600);
    jd.setDelayMs(40);
    tencent.setDelayMs(40);
    RequestSlots limiter(
        3); // shared by both clients: 3 in flight in all, whatever the accounts say
    std::unique_ptr<ProviderClient> jdClient(
        ProviderClient::create(Cloud::JdCloud, &m_network, &limiter));
    std::unique_ptr<ProviderClient> tcClient(
        ProviderClient::create(Cloud::Tencent, &m_network, &limiter));
    QSignalSpy jdSpy(jdClient.get(), &ProviderClient::snapshotReady);
    QSignalSpy tcSpy(tcClient.get(), &ProviderClient::snapshotReady);
    jdClient->fetchStatus(ClientTest::requestFor(jd));
    FetchRequest tr = ClientTest::requestFor(tencent);
    tr.account.id = u"other"_s;
    tcClient->fetchStatus(tr);
    QVERIFY(QTest::qWaitFor([&] { return jdSpy.size() == 1 && tcSpy.size() == 1; }, 20000));
    QVERIFY(jdSpy.at(0).at(1).value<Snapshot>().isComplete());
    QVERIFY(tcSpy.at(0).at(1).value<Snapshot>().isComplete());
    QCOMPARE(limiter.peakInFlight(), 3);
    QVERIFY(jd.server().peakConcurrent() + tencent.server().peakConcurrent() <= 6);
    QCOMPARE(limiter.inFlight(), 0);
}

void tst_ProviderClient::smallerPageSizeOnRequest()
{
    FakeCloud fake(Cloud::JdCloud);
    QVERIFY(fake.listen());
    fake.setFleet(45);
    std::unique_ptr<ProviderClient> client(ProviderClient::create(Cloud::JdCloud, &m_network));
    FetchRequest request = ClientTest::requestFor(fake);
    request.query.pageSize = 3; // below JD's minimum of 10: clamped to 10
    const Snapshot s = ClientTest::status(*client, request);
    QVERIFY(s.isComplete());
    QCOMPARE(s.requestCount, 5);
    QCOMPARE(s.instances.size(), 45);
    QCOMPARE(fake.server().requests().first().queryValue(u"pageSize"_s), u"10"_s);
}

void tst_ProviderClient::cancelStopsWithoutSignal()
{
    FakeCloud fake(Cloud::Aliyun);
    QVERIFY(fake.listen());
    fake.setFleet(500);
    fake.setDelayMs(100);
    RequestSlots limiter(8);
    std::unique_ptr<ProviderClient> client(
        ProviderClient::create(Cloud::Aliyun, &m_network, &limiter));
    QSignalSpy spy(client.get(), &ProviderClient::snapshotReady);
    const auto id = client->fetchStatus(ClientTest::requestFor(fake));
    QVERIFY(QTest::qWaitFor([&] { return fake.server().requests().size() >= 2; }, 5000));
    client->cancel(id);
    QCOMPARE(client->activeFetches(), 0);
    QTest::qWait(400);
    QCOMPARE(spy.size(), 0);
    QCOMPARE(limiter.inFlight(), 0);
    QCOMPARE(limiter.waiting(), 0);
}

void tst_ProviderClient::signalIsNeverSynchronous()
{
    std::unique_ptr<ProviderClient> client(ProviderClient::create(Cloud::JdCloud, &m_network));
    QSignalSpy spy(client.get(), &ProviderClient::snapshotReady);
    FetchRequest request; // no credentials, no region: refused before sending
    request.account.id = u"x"_s;
    client->fetchStatus(request);
    QCOMPARE(spy.size(), 0);
    QVERIFY(spy.wait(2000));
    const Snapshot s = spy.at(0).at(1).value<Snapshot>();
    QVERIFY(!s.isComplete());
    QCOMPARE(s.requestCount, 0);
}

QTEST_GUILESS_MAIN(tst_ProviderClient)
#include "tst_providerclient.moc"
