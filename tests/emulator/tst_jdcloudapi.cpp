// JD Cloud on the emulator, over raw HTTP with requests signed by JdCloudSigner: paging and
// its limits, filters, the error envelope, describeInstances agreeing with the status call,
// and the refusal of a corrupt signature, an unknown key, an expired date and a reused nonce.
#include "emulator.h"
#include "emulatortestclient.h"
#include "emulatortestconfig.h"

#include <QJsonArray>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;

class tst_JdCloudApi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void listsEveryInstanceAcrossPages();
    void defaultPageSizeIsTwenty();
    void rejectsPageSizeOutsideTenToHundred_data();
    void rejectsPageSizeOutsideTenToHundred();
    void rejectsUnknownRegionAndPath();
    void filtersByInstanceIdAndStatus();
    void detailsAgreeWithStatusListing();
    void refusesBadCredentials_data();
    void refusesBadCredentials();
    void refusesReusedNonce();

private:
    WireResponse get(const QString &resource, const Pairs &query,
                     const QString &region = u"cn-north-1"_s);
    QString nextNonce() { return QStringLiteral("nonce-%1").arg(++m_nonce); }

    std::unique_ptr<Emulator> m_emulator;
    std::unique_ptr<EmulatorTestClient> m_client;
    Credentials m_key;
    int m_nonce = 0;
};

void tst_JdCloudApi::initTestCase()
{
    m_emulator = std::make_unique<Emulator>(EmulatorTestConfig::config(
        7,
        { EmulatorTestConfig::account(u"jd"_s, Cloud::JdCloud, { u"cn-north-1"_s, u"cn-east-2"_s },
                                      25) }));
    QVERIFY2(m_emulator->start(), qPrintable(m_emulator->errorString()));
    m_client = std::make_unique<EmulatorTestClient>(m_emulator->port(Cloud::JdCloud));
    m_key = m_emulator->credentials(QStringLiteral("jd"));
}

WireResponse tst_JdCloudApi::get(const QString &resource, const Pairs &query, const QString &region)
{
    return m_client->send(
        m_client->jdCloud(m_key, region, resource, query, m_emulator->clock().now(), nextNonce()));
}

void tst_JdCloudApi::listsEveryInstanceAcrossPages()
{
    QHash<QString, QString> listed;
    for (int page = 1; page <= 3; ++page) {
        const WireResponse response =
            get(u"instanceStatus"_s,
                { { u"pageNumber"_s, QString::number(page) }, { u"pageSize"_s, u"10"_s } });
        QCOMPARE(response.status, 200);
        const QJsonObject result = response.json().value(u"result").toObject();
        QCOMPARE(result.value(u"totalCount").toInt(), 25);
        QCOMPARE(result.value(u"instanceStatuses").toArray().size(), page < 3 ? 10 : 5);
        for (const QJsonValue &item : result.value(u"instanceStatuses").toArray())
            listed.insert(item[u"instanceId"].toString(), item[u"status"].toString());
        QVERIFY(!response.json().value(u"requestId").toString().isEmpty());
    }
    const QList<FleetInstance> truth = m_emulator->fleet(u"jd"_s, u"cn-north-1"_s);
    QCOMPARE(listed.size(), truth.size());
    static const QRegularExpression idPattern(u"^i-[a-z0-9]{10}$"_s);
    for (const FleetInstance &instance : truth) {
        QCOMPARE(listed.value(instance.instanceId), instance.rawState);
        QVERIFY2(idPattern.match(instance.instanceId).hasMatch(), qPrintable(instance.instanceId));
    }
}

void tst_JdCloudApi::defaultPageSizeIsTwenty()
{
    const WireResponse response = get(u"instanceStatus"_s, {});
    QCOMPARE(response.status, 200);
    QCOMPARE(response.json()[u"result"][u"instanceStatuses"].toArray().size(), 20);
}

void tst_JdCloudApi::rejectsPageSizeOutsideTenToHundred_data()
{
    QTest::addColumn<QString>("pageSize");
    QTest::newRow("5") << u"5"_s;
    QTest::newRow("9") << u"9"_s;
    QTest::newRow("101") << u"101"_s;
    QTest::newRow("not a number") << u"ten"_s;
}

void tst_JdCloudApi::rejectsPageSizeOutsideTenToHundred()
{
    QFETCH(QString, pageSize);
    const WireResponse response = get(u"instanceStatus"_s, { { u"pageSize"_s, pageSize } });
    QCOMPARE(response.status, 400);
    const QJsonObject body = response.json();
    QCOMPARE(body[u"error"][u"code"].toInt(), 400);
    QCOMPARE(body[u"error"][u"status"].toString(), u"INVALID_ARGUMENT"_s);
    QVERIFY(!body[u"error"][u"message"].toString().isEmpty());
    QCOMPARE(response.header("x-jdcloud-request-id"), body[u"requestId"].toString().toLatin1());
    QCOMPARE(response.date(), m_emulator->clock().now());
}

void tst_JdCloudApi::rejectsUnknownRegionAndPath()
{
    const WireResponse region = get(u"instanceStatus"_s, {}, u"xx-nowhere-9"_s);
    QCOMPARE(region.status, 400);
    QCOMPARE(region.json()[u"error"][u"status"].toString(), u"INVALID_ARGUMENT"_s);

    WireRequest request = m_client->jdCloud(m_key, u"cn-north-1"_s, u"instanceStatus"_s, {},
                                            m_emulator->clock().now(), nextNonce());
    request.target = "/v1/regions/cn-north-1/disks";
    const WireResponse path = m_client->send(request);
    QCOMPARE(path.status, 404);
    QCOMPARE(path.json()[u"error"][u"status"].toString(), u"NOT_FOUND"_s);
}

void tst_JdCloudApi::filtersByInstanceIdAndStatus()
{
    const QList<FleetInstance> truth = m_emulator->fleet(u"jd"_s, u"cn-north-1"_s);
    const WireResponse byId = get(u"instanceStatus"_s,
                                  { { u"filters.1.name"_s, u"instanceId"_s },
                                    { u"filters.1.values.1"_s, truth.at(3).instanceId },
                                    { u"filters.1.values.2"_s, truth.at(7).instanceId } });
    QCOMPARE(byId.status, 200);
    QCOMPARE(byId.json()[u"result"][u"totalCount"].toInt(), 2);

    const QString state = truth.at(0).rawState;
    const auto expected = std::count_if(
        truth.begin(), truth.end(), [&](const FleetInstance &i) { return i.rawState == state; });
    const WireResponse byStatus = get(u"instanceStatus"_s,
                                      { { u"filters.1.name"_s, u"status"_s },
                                        { u"filters.1.values.1"_s, state },
                                        { u"pageSize"_s, u"100"_s } });
    QCOMPARE(byStatus.json()[u"result"][u"totalCount"].toInt(), int(expected));
}

void tst_JdCloudApi::detailsAgreeWithStatusListing()
{
    const WireResponse status = get(u"instanceStatus"_s, { { u"pageSize"_s, u"100"_s } });
    const WireResponse details = get(u"instances"_s, { { u"pageSize"_s, u"100"_s } });
    QCOMPARE(details.status, 200);
    const QJsonArray statuses = status.json()[u"result"][u"instanceStatuses"].toArray();
    const QJsonArray instances = details.json()[u"result"][u"instances"].toArray();
    QCOMPARE(instances.size(), statuses.size());
    const QList<FleetInstance> truth = m_emulator->fleet(u"jd"_s, u"cn-north-1"_s);
    for (qsizetype i = 0; i < instances.size(); ++i) {
        const QJsonValue item = instances.at(i);
        QCOMPARE(item[u"instanceId"].toString(), statuses.at(i)[u"instanceId"].toString());
        QCOMPARE(item[u"status"].toString(), statuses.at(i)[u"status"].toString());
        QCOMPARE(item[u"instanceName"].toString(), truth.at(i).name);
        QCOMPARE(item[u"az"].toString(), truth.at(i).zone);
        QVERIFY(item[u"az"].toString().startsWith(u"cn-north-1"));
        QCOMPARE(item[u"privateIpAddress"].toString(), truth.at(i).privateIps.value(0));
        QCOMPARE(item[u"elasticIpAddress"].toString(), truth.at(i).publicIps.value(0));
        QVERIFY(!item[u"instanceType"].toString().isEmpty());
    }
}

void tst_JdCloudApi::refusesBadCredentials_data()
{
    QTest::addColumn<int>("kind");
    QTest::newRow("one wrong byte in the signature") << 0;
    QTest::newRow("unknown key id") << 1;
    QTest::newRow("date 16 minutes old") << 2;
    QTest::newRow("one byte of the query changed after signing") << 3;
}

void tst_JdCloudApi::refusesBadCredentials()
{
    QFETCH(int, kind);
    const QDateTime now = m_emulator->clock().now();
    const Pairs query { { u"pageSize"_s, u"10"_s } };
    WireRequest request;
    if (kind == 0)
        request = EmulatorTestClient::withCorruptSignature(m_client->jdCloud(
            m_key, u"cn-north-1"_s, u"instanceStatus"_s, query, now, nextNonce()));
    else if (kind == 1)
        request = m_client->jdCloud(Credentials(u"JDC_UNKNOWN"_s, "jd-test-secret"),
                                    u"cn-north-1"_s, u"instanceStatus"_s, query, now, nextNonce());
    else if (kind == 2)
        request = m_client->jdCloud(m_key, u"cn-north-1"_s, u"instanceStatus"_s, query,
                                    now.addSecs(-16 * 60), nextNonce());
    else {
        request =
            m_client->jdCloud(m_key, u"cn-north-1"_s, u"instanceStatus"_s, query, now, nextNonce());
        request.target.replace("pageSize=10", "pageSize=11");
    }
    const WireResponse response = m_client->send(request);
    QCOMPARE(response.status, 401);
    QCOMPARE(response.json()[u"error"][u"status"].toString(), u"UNAUTHENTICATED"_s);
    QCOMPARE(response.json()[u"error"][u"code"].toInt(), 401);
    QVERIFY(!response.header("Date").isEmpty());
    QVERIFY(!response.json()[u"requestId"].toString().isEmpty());
}

void tst_JdCloudApi::refusesReusedNonce()
{
    const WireRequest request = m_client->jdCloud(m_key, u"cn-north-1"_s, u"instanceStatus"_s, {},
                                                  m_emulator->clock().now(), u"same-nonce"_s);
    QCOMPARE(m_client->send(request).status, 200);
    const WireResponse replay = m_client->send(request);
    QCOMPARE(replay.status, 401);
    QVERIFY(replay.json()[u"error"][u"message"].toString().contains(u"nonce"));
}

QTEST_GUILESS_MAIN(tst_JdCloudApi)
#include "tst_jdcloudapi.moc"
