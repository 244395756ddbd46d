// Tencent Cloud CVM on the emulator, over raw HTTP with requests signed by Tc3Signer and
// TencentV1Signer: API 3.0 and the legacy v2 endpoint, paging, the documented error codes
// (always HTTP 200), DescribeInstances agreeing with DescribeInstancesStatus, refusals.
#include "emulator.h"
#include "emulatortestclient.h"
#include "emulatortestconfig.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;

class tst_TencentApi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void listsEveryInstanceAcrossPages();
    void servesTheLegacyV2Endpoint_data();
    void servesTheLegacyV2Endpoint();
    void validatesParameters_data();
    void validatesParameters();
    void detailsAgreeWithStatusListing();
    void refusesBadCredentials_data();
    void refusesBadCredentials();

private:
    WireResponse tc3(const QString &action, const QJsonObject &body,
                     const QString &region = u"ap-guangzhou"_s);

    std::unique_ptr<Emulator> m_emulator;
    std::unique_ptr<EmulatorTestClient> m_client;
    Credentials m_key;
};

void tst_TencentApi::initTestCase()
{
    m_emulator = std::make_unique<Emulator>(EmulatorTestConfig::config(
        13,
        { EmulatorTestConfig::account(u"tc"_s, Cloud::Tencent,
                                      { u"ap-guangzhou"_s, u"ap-beijing"_s }, 130) },
        QDateTime(QDate(2024, 3, 15), QTime(0, 2), Qt::UTC)));
    QVERIFY2(m_emulator->start(), qPrintable(m_emulator->errorString()));
    m_client = std::make_unique<EmulatorTestClient>(m_emulator->port(Cloud::Tencent));
    m_key = m_emulator->credentials(u"tc"_s);
}

WireResponse tst_TencentApi::tc3(const QString &action, const QJsonObject &body,
                                 const QString &region)
{
    return m_client->send(m_client->tencentTc3(m_key, action, region,
                                               QJsonDocument(body).toJson(QJsonDocument::Compact),
                                               m_emulator->clock().now()));
}

void tst_TencentApi::listsEveryInstanceAcrossPages()
{
    QHash<QString, QString> listed;
    for (int offset = 0; offset < 130; offset += 100) {
        const WireResponse response =
            tc3(u"DescribeInstancesStatus"_s, { { "Offset", offset }, { "Limit", 100 } });
        QCOMPARE(response.status, 200);
        const QJsonObject body = response.json()[u"Response"].toObject();
        QCOMPARE(body[u"TotalCount"].toInt(), 130);
        QVERIFY(!body[u"RequestId"].toString().isEmpty());
        for (const QJsonValue &item : body[u"InstanceStatusSet"].toArray())
            listed.insert(item[u"InstanceId"].toString(), item[u"InstanceState"].toString());
    }
    const QList<FleetInstance> truth = m_emulator->fleet(u"tc"_s, u"ap-guangzhou"_s);
    QCOMPARE(listed.size(), truth.size());
    for (const FleetInstance &instance : truth)
        QCOMPARE(listed.value(instance.instanceId), instance.rawState);
    // Without Limit: 20.
    QCOMPARE(tc3(u"DescribeInstancesStatus"_s, {})
                 .json()[u"Response"][u"InstanceStatusSet"]
                 .toArray()
                 .size(),
             20);
}

void tst_TencentApi::servesTheLegacyV2Endpoint_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("region");
    QTest::addColumn<QByteArray>("method");
    QTest::newRow("v2 GET, short region") << u"/v2/index.php"_s << u"bj"_s << QByteArray("GET");
    QTest::newRow("v2 POST form") << u"/v2/index.php"_s << u"ap-beijing"_s << QByteArray("POST");
    QTest::newRow("API 3.0, signature v1") << u"/"_s << u"ap-beijing"_s << QByteArray("GET");
}

void tst_TencentApi::servesTheLegacyV2Endpoint()
{
    QFETCH(QString, path);
    QFETCH(QString, region);
    QFETCH(QByteArray, method);
    const QList<FleetInstance> truth = m_emulator->fleet(u"tc"_s, u"ap-beijing"_s);
    Pairs params { { u"Action"_s, u"DescribeInstancesStatus"_s },
                   { u"Region"_s, region },
                   { u"InstanceIds.0"_s, truth.at(4).instanceId },
                   { u"InstanceIds.1"_s, truth.at(0).instanceId },
                   { u"Limit"_s, u"100"_s } };
    if (path == u"/")
        params.append({ u"Version"_s, u"2017-03-12"_s });
    const WireRequest request =
        m_client->tencentV1(m_key, path, params, m_emulator->clock().now(), method);
    const WireResponse response = m_client->send(request);
    QCOMPARE(response.status, 200);
    const QJsonObject body = response.json()[u"Response"].toObject();
    QCOMPARE(body[u"TotalCount"].toInt(), 2);
    QCOMPARE(body[u"InstanceStatusSet"][0][u"InstanceState"].toString(), truth.at(0).rawState);

    const WireResponse corrupt = m_client->send(EmulatorTestClient::withCorruptSignature(request));
    QCOMPARE(corrupt.json()[u"Response"][u"Error"][u"Code"].toString(),
             u"AuthFailure.SignatureFailure"_s);
}

void tst_TencentApi::validatesParameters_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("code");
    QJsonArray tooMany;
    for (int i = 0; i < 101; ++i)
        tooMany.append(u"ins-%1"_s.arg(i, 8, 10, QChar(u'0')));
    const QString status = u"DescribeInstancesStatus"_s;
    const QString gz = u"ap-guangzhou"_s;
    QTest::newRow("101 ids") << status << QJsonObject { { "InstanceIds", tooMany } } << gz
                             << u"InvalidParameterValue.LimitExceeded"_s;
    QTest::newRow("malformed id") << status
                                  << QJsonObject { { "InstanceIds", QJsonArray { u"ins-1122"_s } } }
                                  << gz << u"InvalidInstanceId.Malformed"_s;
    QTest::newRow("Limit 101") << status << QJsonObject { { "Limit", 101 } } << gz
                               << u"InvalidParameterValue"_s;
    QTest::newRow("Limit as text")
        << status << QJsonObject { { "Limit", u"20"_s } } << gz << u"InvalidParameter"_s;
    QTest::newRow("negative Offset")
        << status << QJsonObject { { "Offset", -1 } } << gz << u"InvalidParameterValue"_s;
    QTest::newRow("unknown region")
        << status << QJsonObject {} << u"ap-atlantis"_s << u"UnsupportedRegion"_s;
    QTest::newRow("no region") << status << QJsonObject {} << QString() << u"MissingParameter"_s;
    QTest::newRow("unknown action")
        << u"RunInstances"_s << QJsonObject {} << gz << u"InvalidAction"_s;
    QTest::newRow("details Limit 101") << u"DescribeInstances"_s << QJsonObject { { "Limit", 101 } }
                                       << gz << u"InvalidParameterValue"_s;
}

void tst_TencentApi::validatesParameters()
{
    QFETCH(QString, action);
    QFETCH(QJsonObject, body);
    QFETCH(QString, region);
    QFETCH(QString, code);
    const WireResponse response = tc3(action, body, region);
    QCOMPARE(response.status, 200); // every Tencent Cloud API error comes with HTTP 200
    const QJsonObject envelope = response.json()[u"Response"].toObject();
    QCOMPARE(envelope[u"Error"][u"Code"].toString(), code);
    QVERIFY(!envelope[u"Error"][u"Message"].toString().isEmpty());
    QVERIFY(!envelope[u"RequestId"].toString().isEmpty());
    QCOMPARE(response.date(), m_emulator->clock().now());
}

void tst_TencentApi::detailsAgreeWithStatusListing()
{
    const QJsonObject page { { "Limit", 100 } };
    const QJsonArray statuses =
        tc3(u"DescribeInstancesStatus"_s, page).json()[u"Response"][u"InstanceStatusSet"].toArray();
    const WireResponse details = tc3(u"DescribeInstances"_s, page);
    const QJsonArray instances = details.json()[u"Response"][u"InstanceSet"].toArray();
    QCOMPARE(instances.size(), statuses.size());
    const QList<FleetInstance> truth = m_emulator->fleet(u"tc"_s, u"ap-guangzhou"_s);
    bool sawNullPublic = false;
    for (qsizetype i = 0; i < instances.size(); ++i) {
        const QJsonValue item = instances.at(i);
        QCOMPARE(item[u"InstanceId"].toString(), statuses.at(i)[u"InstanceId"].toString());
        QCOMPARE(item[u"InstanceState"].toString(), statuses.at(i)[u"InstanceState"].toString());
        QCOMPARE(item[u"InstanceName"].toString(), truth.at(i).name);
        QCOMPARE(item[u"Placement"][u"Zone"].toString(), truth.at(i).zone);
        QVERIFY(item[u"Placement"][u"Zone"].toString().startsWith(u"ap-guangzhou-"));
        QCOMPARE(item[u"PrivateIpAddresses"][0].toString(), truth.at(i).privateIps.value(0));
        if (truth.at(i).publicIps.isEmpty()) {
            QVERIFY(item[u"PublicIpAddresses"].isNull()); // as CVM answers, not []
            sawNullPublic = true;
        } else {
            QCOMPARE(item[u"PublicIpAddresses"][0].toString(), truth.at(i).publicIps.first());
        }
    }
    QVERIFY(sawNullPublic);
}

void tst_TencentApi::refusesBadCredentials_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("code");
    QTest::newRow("one wrong byte") << 0 << u"AuthFailure.SignatureFailure"_s;
    QTest::newRow("unknown key") << 1 << u"AuthFailure.SecretIdNotFound"_s;
    QTest::newRow("6 minutes late") << 2 << u"AuthFailure.SignatureExpire"_s;
    QTest::newRow("body changed after signing") << 3 << u"AuthFailure.SignatureFailure"_s;
    QTest::newRow("no Authorization") << 4 << u"AuthFailure.InvalidAuthorization"_s;
}

void tst_TencentApi::refusesBadCredentials()
{
    QFETCH(int, kind);
    QFETCH(QString, code);
    const QDateTime now = m_emulator->clock().now();
    const Credentials key =
        kind == 1 ? Credentials(u"AKIDunknown"_s, "tencent-test-secret") : m_key;
    WireRequest request =
        m_client->tencentTc3(key, u"DescribeInstancesStatus"_s, u"ap-guangzhou"_s,
                             R"({"Limit":10})", kind == 2 ? now.addSecs(-360) : now);
    if (kind == 0)
        request = EmulatorTestClient::withCorruptSignature(request);
    if (kind == 3)
        request.body = R"({"Limit":11})";
    if (kind == 4)
        request.headers.removeIf([](const auto &h) { return h.first == "Authorization"; });
    const WireResponse response = m_client->send(request);
    QCOMPARE(response.status, 200);
    QCOMPARE(response.json()[u"Response"][u"Error"][u"Code"].toString(), code);
    QCOMPARE(response.date(), now);
}

QTEST_GUILESS_MAIN(tst_TencentApi)
#include "tst_tencentapi.moc"
