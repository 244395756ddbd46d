// Zenlayer Cloud VM on the emulator, over raw HTTP with requests signed by ZenlayerSigner:
// the whole account in one listing (no region), paging limits, the nested success envelope,
// the error envelope with non-200 statuses, DescribeInstances agreeing with the status call
// (zones, addresses), and refusals of a corrupt signature, unknown key or stale timestamp.
#include "emulator.h"
#include "emulatortestclient.h"
#include "emulatortestconfig.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;

class tst_ZenlayerApi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void listsTheWholeAccountAcrossPages();
    void validatesParameters_data();
    void validatesParameters();
    void detailsAgreeWithStatusListing();
    void filtersDetailsByZone();
    void refusesBadCredentials_data();
    void refusesBadCredentials();

private:
    WireResponse call(const QString &action, const QByteArray &body);

    std::unique_ptr<Emulator> m_emulator;
    std::unique_ptr<EmulatorTestClient> m_client;
    Credentials m_key;
};

void tst_ZenlayerApi::initTestCase()
{
    m_emulator = std::make_unique<Emulator>(EmulatorTestConfig::config(
        17,
        { EmulatorTestConfig::account(u"zl"_s, Cloud::Zenlayer,
                                      { u"HKG-A"_s, u"SEL-A"_s, u"FRA-A"_s }, 30) }));
    QVERIFY2(m_emulator->start(), qPrintable(m_emulator->errorString()));
    m_client = std::make_unique<EmulatorTestClient>(m_emulator->port(Cloud::Zenlayer));
    m_key = m_emulator->credentials(u"zl"_s);
}

WireResponse tst_ZenlayerApi::call(const QString &action, const QByteArray &body)
{
    return m_client->send(m_client->zenlayer(m_key, action, body, m_emulator->clock().now()));
}

void tst_ZenlayerApi::listsTheWholeAccountAcrossPages()
{
    QHash<QString, QString> listed;
    for (int page = 1; page <= 2; ++page) {
        const WireResponse response =
            call(u"DescribeInstancesStatus"_s,
                 u"{\"pageSize\": 50, \"pageNum\": %1}"_s.arg(page).toUtf8());
        QCOMPARE(response.status, 200);
        const QJsonObject body = response.json();
        const QJsonObject inner = body[u"response"].toObject();
        QCOMPARE(inner[u"requestId"].toString(), body[u"requestId"].toString());
        QVERIFY(body[u"requestId"].toString().startsWith(u'T'));
        QCOMPARE(inner[u"totalCount"].toInt(), 90);
        QCOMPARE(inner[u"dataSet"].toArray().size(), page == 1 ? 50 : 40);
        for (const QJsonValue &item : inner[u"dataSet"].toArray())
            listed.insert(item[u"instanceId"].toString(), item[u"instanceStatus"].toString());
    }
    const QList<FleetInstance> truth = m_emulator->fleet(u"zl"_s);
    QCOMPARE(listed.size(), 90);
    QCOMPARE(truth.size(), 90);
    static const QRegularExpression numeric(u"^[1-9][0-9]{17}$"_s);
    for (const FleetInstance &instance : truth) {
        QCOMPARE(listed.value(instance.instanceId), instance.rawState);
        QVERIFY(numeric.match(instance.instanceId).hasMatch());
    }
    // The SDKs always send a body; "{}" gives the first 20.
    QCOMPARE(
        call(u"DescribeInstancesStatus"_s, "{}").json()[u"response"][u"dataSet"].toArray().size(),
        20);
}

void tst_ZenlayerApi::validatesParameters_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QStringList ids;
    for (int i = 0; i < 101; ++i)
        ids.append(u"\"%1\""_s.arg(i));
    const QString status = u"DescribeInstancesStatus"_s;
    QTest::newRow("pageSize 1001")
        << status << QByteArray(R"({"pageSize": 1001})") << 400 << u"INVALID_PARAMETER"_s;
    QTest::newRow("pageSize 0") << status << QByteArray(R"({"pageSize": 0})") << 400
                                << u"INVALID_PARAMETER"_s;
    QTest::newRow("pageNum text") << status << QByteArray(R"({"pageNum": "2"})") << 400
                                  << u"INVALID_PARAMETER"_s;
    QTest::newRow("101 ids") << status
                             << (u"{\"instanceIds\": ["_s + ids.join(u',') + u"]}").toUtf8() << 400
                             << u"INVALID_PARAMETER"_s;
    QTest::newRow("not JSON") << status << QByteArray("{pageSize: 5") << 400
                              << u"INVALID_PARAMETER"_s;
    QTest::newRow("unknown zone") << u"DescribeInstances"_s << QByteArray(R"({"zoneId": "SEL--A"})")
                                  << 400 << u"INVALID_ZONE_NOT_FOUND"_s;
    QTest::newRow("unknown action")
        << u"DescribeDisks"_s << QByteArray("{}") << 400 << u"INVALID_ACTION"_s;
}

void tst_ZenlayerApi::validatesParameters()
{
    QFETCH(QString, action);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, code);
    const WireResponse response = call(action, body);
    QCOMPARE(response.status, status);
    const QJsonObject envelope = response.json();
    QCOMPARE(envelope[u"code"].toString(), code);
    QVERIFY(!envelope[u"message"].toString().isEmpty());
    QVERIFY(!envelope[u"requestId"].toString().isEmpty());
    QCOMPARE(response.date(), m_emulator->clock().now());
}

void tst_ZenlayerApi::detailsAgreeWithStatusListing()
{
    const QByteArray page = R"({"pageSize": 100})";
    const QJsonArray statuses =
        call(u"DescribeInstancesStatus"_s, page).json()[u"response"][u"dataSet"].toArray();
    const QJsonArray instances =
        call(u"DescribeInstances"_s, page).json()[u"response"][u"dataSet"].toArray();
    QCOMPARE(instances.size(), 90);
    QCOMPARE(instances.size(), statuses.size());
    const QList<FleetInstance> truth = m_emulator->fleet(u"zl"_s);
    for (qsizetype i = 0; i < instances.size(); ++i) {
        const QJsonValue item = instances.at(i);
        QCOMPARE(item[u"instanceId"].toString(), statuses.at(i)[u"instanceId"].toString());
        QCOMPARE(item[u"instanceStatus"].toString(), statuses.at(i)[u"instanceStatus"].toString());
        QCOMPARE(item[u"zoneId"].toString(), truth.at(i).zone);
        QCOMPARE(item[u"instanceName"].toString(), truth.at(i).name);
        QCOMPARE(item[u"privateIpAddresses"][0].toString(), truth.at(i).privateIps.value(0));
        QCOMPARE(item[u"publicIpAddresses"].toArray().size(), truth.at(i).publicIps.size());
        QVERIFY(item[u"publicIpAddresses"].isArray());
        QVERIFY(!item.toObject().contains(u"regionId")); // the VM API has none (SDK models)
    }
}

void tst_ZenlayerApi::filtersDetailsByZone()
{
    const QJsonObject inner =
        call(u"DescribeInstances"_s, R"({"zoneId": "SEL-A", "pageSize": 100})")
            .json()[u"response"]
            .toObject();
    QCOMPARE(inner[u"totalCount"].toInt(), 30);
    for (const QJsonValue &item : inner[u"dataSet"].toArray())
        QCOMPARE(item[u"zoneId"].toString(), u"SEL-A"_s);
}

void tst_ZenlayerApi::refusesBadCredentials_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("code");
    QTest::newRow("one wrong byte") << 0 << u"SIGNATURE_NOT_MATCH"_s;
    QTest::newRow("unknown key") << 1 << u"ACCESS_KEY_NOT_FOUND"_s;
    QTest::newRow("6 minutes early") << 2 << u"SIGNATURE_EXPIRED"_s;
    QTest::newRow("body changed after signing") << 3 << u"SIGNATURE_NOT_MATCH"_s;
}

void tst_ZenlayerApi::refusesBadCredentials()
{
    QFETCH(int, kind);
    QFETCH(QString, code);
    const QDateTime now = m_emulator->clock().now();
    const Credentials key =
        kind == 1 ? Credentials(u"UnknownKey000000"_s, "zenlayer-test-secret") : m_key;
    WireRequest request =
        m_client->zenlayer(key, u"DescribeInstancesStatus"_s, R"({"pageSize":10})",
                           kind == 2 ? now.addSecs(360) : now);
    if (kind == 0)
        request = EmulatorTestClient::withCorruptSignature(request);
    if (kind == 3)
        request.body = R"({"pageSize":11})";
    const WireResponse response = m_client->send(request);
    QCOMPARE(response.status, 401);
    QCOMPARE(response.json()[u"code"].toString(), code);
    QVERIFY(!response.json()[u"requestId"].toString().isEmpty());
    QCOMPARE(response.date(), now);
}

QTEST_GUILESS_MAIN(tst_ZenlayerApi)
#include "tst_zenlayerapi.moc"
