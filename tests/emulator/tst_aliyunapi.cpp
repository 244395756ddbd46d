// Alibaba Cloud ECS on the emulator, over raw HTTP with requests signed by AliyunRpcSigner
// (and Acs3Signer): paging limits and the documented error codes and statuses, GET and POST
// form, JSON and XML, DescribeInstances agreeing with DescribeInstanceStatus, and refusals.
#include "acs3signer.h"
#include "emulator.h"
#include "emulatortestclient.h"
#include "emulatortestconfig.h"
#include "requesttosign.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;

class tst_AliyunApi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void listsEveryInstanceAcrossPages();
    void acceptsPostForm();
    void answersXmlByDefault();
    void validatesParameters_data();
    void validatesParameters();
    void detailsAgreeWithStatusListing();
    void refusesBadCredentials_data();
    void refusesBadCredentials();
    void refusesReusedNonce();
    void verifiesAcs3Signatures();

private:
    WireResponse call(const Pairs &params, const QByteArray &method = "GET");
    QString nonce() { return u"nonce-"_s + QString::number(++m_nonce); }

    std::unique_ptr<Emulator> m_emulator;
    std::unique_ptr<EmulatorTestClient> m_client;
    Credentials m_key;
    int m_nonce = 0;
};

void tst_AliyunApi::initTestCase()
{
    m_emulator = std::make_unique<Emulator>(EmulatorTestConfig::config(
        11,
        { EmulatorTestConfig::account(u"ali"_s, Cloud::Aliyun,
                                      { u"cn-hangzhou"_s, u"cn-shanghai"_s }, 57,
                                      u"LTAI5tTestKey0000000000"_s, "aliyun-test-secret") },
        QDateTime(QDate(2024, 3, 15), QTime(23, 59, 30), Qt::UTC)));
    QVERIFY2(m_emulator->start(), qPrintable(m_emulator->errorString()));
    m_client = std::make_unique<EmulatorTestClient>(m_emulator->port(Cloud::Aliyun));
    m_key = m_emulator->credentials(u"ali"_s);
}

WireResponse tst_AliyunApi::call(const Pairs &params, const QByteArray &method)
{
    return m_client->send(
        m_client->aliyun(m_key, params, m_emulator->clock().now(), nonce(), method));
}

void tst_AliyunApi::listsEveryInstanceAcrossPages()
{
    QHash<QString, QString> listed;
    for (int page = 1; page <= 2; ++page) {
        const WireResponse response = call({ { u"Action"_s, u"DescribeInstanceStatus"_s },
                                             { u"RegionId"_s, u"cn-hangzhou"_s },
                                             { u"PageSize"_s, u"50"_s },
                                             { u"PageNumber"_s, QString::number(page) } });
        QCOMPARE(response.status, 200);
        const QJsonObject body = response.json();
        QCOMPARE(body[u"TotalCount"].toInt(), 57);
        QCOMPARE(body[u"PageNumber"].toInt(), page);
        QCOMPARE(body[u"PageSize"].toInt(), 50);
        const QJsonArray items = body[u"InstanceStatuses"][u"InstanceStatus"].toArray();
        QCOMPARE(items.size(), page == 1 ? 50 : 7);
        for (const QJsonValue &item : items)
            listed.insert(item[u"InstanceId"].toString(), item[u"Status"].toString());
        QCOMPARE(response.header("x-acs-request-id"), body[u"RequestId"].toString().toLatin1());
    }
    const QList<FleetInstance> truth = m_emulator->fleet(u"ali"_s, u"cn-hangzhou"_s);
    QCOMPARE(listed.size(), truth.size());
    for (const FleetInstance &instance : truth) {
        QCOMPARE(listed.value(instance.instanceId), instance.rawState);
        QCOMPARE(instance.instanceId.size(), 20);
        QVERIFY(instance.instanceId.startsWith(u"i-bp1"));
    }
}

void tst_AliyunApi::acceptsPostForm()
{
    const WireResponse response =
        call({ { u"Action"_s, u"DescribeInstanceStatus"_s }, { u"RegionId"_s, u"cn-shanghai"_s } },
             "POST");
    QCOMPARE(response.status, 200);
    QCOMPARE(response.json()[u"InstanceStatuses"][u"InstanceStatus"].toArray().size(), 10);
}

void tst_AliyunApi::answersXmlByDefault()
{
    const WireResponse response = call({ { u"Action"_s, u"DescribeInstanceStatus"_s },
                                         { u"RegionId"_s, u"cn-hangzhou"_s },
                                         { u"Format"_s, u"XML"_s },
                                         { u"PageSize"_s, u"2"_s } });
    QCOMPARE(response.status, 200);
    QVERIFY(response.header("Content-Type").startsWith("text/xml"));
    const QString xml = QString::fromUtf8(response.body);
    QVERIFY(xml.contains(u"<DescribeInstanceStatusResponse>"));
    QCOMPARE(xml.count(u"<InstanceStatus>"), 2);
    QVERIFY(xml.contains(u"<TotalCount>57</TotalCount>"));

    const WireResponse error =
        call({ { u"Action"_s, u"DescribeInstanceStatus"_s }, { u"Format"_s, u"XML"_s } });
    QCOMPARE(error.status, 400);
    QVERIFY(QString::fromUtf8(error.body).contains(u"<Error><"));
    QVERIFY(QString::fromUtf8(error.body).contains(u"<RequestId>"));
    QVERIFY(QString::fromUtf8(error.body).contains(u"<Code>MissingParameter</Code>"));
}

void tst_AliyunApi::validatesParameters_data()
{
    QTest::addColumn<Pairs>("params");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    const Pairs status { { u"Action"_s, u"DescribeInstanceStatus"_s } };
    const Pairs hangzhou = status + Pairs { { u"RegionId"_s, u"cn-hangzhou"_s } };
    QTest::newRow("PageSize 51") << hangzhou + Pairs { { u"PageSize"_s, u"51"_s } } << 400
                                 << u"InvalidParameter"_s;
    QTest::newRow("PageSize 0") << hangzhou + Pairs { { u"PageSize"_s, u"0"_s } } << 400
                                << u"InvalidParameter"_s;
    QTest::newRow("PageNumber x") << hangzhou + Pairs { { u"PageNumber"_s, u"x"_s } } << 400
                                  << u"InvalidParameter"_s;
    QTest::newRow("no RegionId") << status << 400 << u"MissingParameter"_s;
    QTest::newRow("unknown region") << status + Pairs { { u"RegionId"_s, u"cn-atlantis"_s } } << 404
                                    << u"InvalidRegionId.NotFound"_s;
    QTest::newRow("unknown zone") << hangzhou + Pairs { { u"ZoneId"_s, u"cn-shanghai-e"_s } } << 404
                                  << u"InvalidZoneId.NotFound"_s;
    QTest::newRow("unknown action")
        << Pairs { { u"Action"_s, u"DescribeDisks"_s } } << 404 << u"InvalidAction.NotFound"_s;
    QTest::newRow("DescribeInstances PageSize 101")
        << Pairs { { u"Action"_s, u"DescribeInstances"_s },
                   { u"RegionId"_s, u"cn-hangzhou"_s },
                   { u"PageSize"_s, u"101"_s } }
        << 400 << u"InvalidParameter"_s;
}

void tst_AliyunApi::validatesParameters()
{
    QFETCH(Pairs, params);
    QFETCH(int, status);
    QFETCH(QString, code);
    const WireResponse response = call(params);
    QCOMPARE(response.status, status);
    const QJsonObject body = response.json();
    QCOMPARE(body[u"Code"].toString(), code);
    QVERIFY(!body[u"Message"].toString().isEmpty());
    QVERIFY(!body[u"RequestId"].toString().isEmpty());
    QVERIFY(body[u"HostId"].toString().startsWith(u"ecs."));
    QVERIFY(body[u"Recommend"].toString().contains(code));
    QCOMPARE(response.date(), m_emulator->clock().now());
}

void tst_AliyunApi::detailsAgreeWithStatusListing()
{
    const Pairs common { { u"RegionId"_s, u"cn-shanghai"_s }, { u"PageSize"_s, u"50"_s } };
    const WireResponse status =
        call(Pairs { { u"Action"_s, u"DescribeInstanceStatus"_s } } + common);
    const WireResponse details = call(Pairs { { u"Action"_s, u"DescribeInstances"_s } } + common);
    QCOMPARE(details.status, 200);
    const QJsonArray statuses = status.json()[u"InstanceStatuses"][u"InstanceStatus"].toArray();
    const QJsonArray instances = details.json()[u"Instances"][u"Instance"].toArray();
    QCOMPARE(instances.size(), statuses.size());
    const QList<FleetInstance> truth = m_emulator->fleet(u"ali"_s, u"cn-shanghai"_s);
    int withPublic = 0;
    int elastic = 0;
    for (qsizetype i = 0; i < instances.size(); ++i) {
        const QJsonValue item = instances.at(i);
        QCOMPARE(item[u"InstanceId"].toString(), statuses.at(i)[u"InstanceId"].toString());
        QCOMPARE(item[u"Status"].toString(), statuses.at(i)[u"Status"].toString());
        QCOMPARE(item[u"InstanceName"].toString(), truth.at(i).name);
        QCOMPARE(item[u"ZoneId"].toString(), truth.at(i).zone);
        QVERIFY(item[u"ZoneId"].toString().startsWith(u"cn-shanghai-"));
        QCOMPARE(item[u"VpcAttributes"][u"PrivateIpAddress"][u"IpAddress"][0].toString(),
                 truth.at(i).privateIps.value(0));
        const QString publicIp = item[u"PublicIpAddress"][u"IpAddress"][0].toString();
        const QString eip = item[u"EipAddress"][u"IpAddress"].toString();
        QCOMPARE(publicIp.isEmpty() ? eip : publicIp, truth.at(i).publicIps.value(0));
        withPublic += !truth.at(i).publicIps.isEmpty();
        elastic += !eip.isEmpty();
        QCOMPARE(item[u"InstanceType"].toString(), truth.at(i).instanceType);
    }
    QVERIFY(withPublic > 0 && elastic > 0 && elastic < withPublic);

    const WireResponse byIds =
        call({ { u"Action"_s, u"DescribeInstances"_s },
               { u"RegionId"_s, u"cn-shanghai"_s },
               { u"InstanceIds"_s,
                 u"[\"%1\",\"%2\"]"_s.arg(truth.at(2).instanceId, truth.at(9).instanceId) } });
    QCOMPARE(byIds.json()[u"TotalCount"].toInt(), 2);
}

void tst_AliyunApi::refusesBadCredentials_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::newRow("one wrong byte") << 0 << 400 << u"SignatureDoesNotMatch"_s;
    QTest::newRow("unknown key") << 1 << 404 << u"InvalidAccessKeyId.NotFound"_s;
    QTest::newRow("16 minutes late") << 2 << 400 << u"InvalidTimeStamp.Expired"_s;
    QTest::newRow("16 minutes early") << 3 << 400 << u"InvalidTimeStamp.Expired"_s;
    QTest::newRow("wrong secret") << 4 << 400 << u"SignatureDoesNotMatch"_s;
}

void tst_AliyunApi::refusesBadCredentials()
{
    QFETCH(int, kind);
    QFETCH(int, status);
    QFETCH(QString, code);
    const Pairs params { { u"Action"_s, u"DescribeInstanceStatus"_s },
                         { u"RegionId"_s, u"cn-hangzhou"_s } };
    const QDateTime now = m_emulator->clock().now();
    const Credentials key = kind == 1
        ? Credentials(u"LTAI5tUnknownKey00000000"_s, "aliyun-test-secret")
        : kind == 4 ? Credentials(m_key.accessKeyId, "aliyun-test-secreT")
                    : m_key;
    const QDateTime time = kind == 2 ? now.addSecs(-16 * 60)
        : kind == 3                  ? now.addSecs(16 * 60)
                                     : now;
    WireRequest request = m_client->aliyun(key, params, time, nonce());
    if (kind == 0)
        request = EmulatorTestClient::withCorruptSignature(request);
    const WireResponse response = m_client->send(request);
    QCOMPARE(response.status, status);
    QCOMPARE(response.json()[u"Code"].toString(), code);
    QVERIFY(!response.json()[u"RequestId"].toString().isEmpty());
    QCOMPARE(response.date(), now);
}

void tst_AliyunApi::refusesReusedNonce()
{
    const WireRequest request = m_client->aliyun(
        m_key,
        { { u"Action"_s, u"DescribeInstanceStatus"_s }, { u"RegionId"_s, u"cn-hangzhou"_s } },
        m_emulator->clock().now(), u"fixed-nonce"_s);
    QCOMPARE(m_client->send(request).status, 200);
    const WireResponse replay = m_client->send(request);
    QCOMPARE(replay.status, 400);
    QCOMPARE(replay.json()[u"Code"].toString(), u"SignatureNonceUsed"_s);
}

void tst_AliyunApi::verifiesAcs3Signatures()
{
    RequestToSign toSign;
    toSign.method = "GET";
    toSign.host = m_client->host();
    toSign.path = u"/"_s;
    toSign.query = { { u"RegionId"_s, u"cn-hangzhou"_s }, { u"PageSize"_s, u"5"_s } };
    const QByteArray date =
        m_emulator->clock().now().toString(u"yyyy-MM-dd'T'HH:mm:ss'Z'").toLatin1();
    toSign.headers = { { "x-acs-action", "DescribeInstanceStatus" },
                       { "x-acs-version", "2014-05-26" },
                       { "x-acs-date", date },
                       { "x-acs-signature-nonce", "acs3-nonce-1" },
                       { "x-acs-content-sha256",
                         QCryptographicHash::hash({}, QCryptographicHash::Sha256).toHex() } };
    const SignatureResult signature = Acs3Signer::sign(toSign, m_key);
    WireRequest request;
    request.target = "/?RegionId=cn-hangzhou&PageSize=5";
    request.headers = toSign.headers;
    request.headers.append({ "Authorization", signature.authorization });
    const WireResponse response = m_client->send(request);
    QCOMPARE(response.status, 200);
    QCOMPARE(response.json()[u"InstanceStatuses"][u"InstanceStatus"].toArray().size(), 5);

    request.setHeader("x-acs-signature-nonce", "acs3-nonce-2"); // signed: now it does not match
    QCOMPARE(m_client->send(request).json()[u"Code"].toString(), u"SignatureDoesNotMatch"_s);
}

QTEST_GUILESS_MAIN(tst_AliyunApi)
#include "tst_aliyunapi.moc"
