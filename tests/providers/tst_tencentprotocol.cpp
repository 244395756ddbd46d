// TencentProtocol's requests over API 3.0 (POST JSON, X-TC-* headers, TC3 signature) and the
// legacy v2 endpoint (GET /v2/index.php, every parameter in the query, v1 HmacSHA256 signature,
// short region codes): documented names, Offset/Limit page boundaries, signatures re-computed
// from the wire, endpoint override, local checks.
#include "protocoltest.h"
#include "tc3signer.h"
#include "tencentprotocol.h"
#include "tencentv1signer.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

class tst_TencentProtocol : public QObject
{
    Q_OBJECT

private slots:
    void buildsV3Page();
    void v3SignatureVerifiesFromTheWire_data();
    void v3SignatureVerifiesFromTheWire();
    void buildsLegacyPage();
    void legacySignatureVerifiesFromTheWire();
    void legacyRegionCodes_data();
    void legacyRegionCodes();
    void refusesWhatTheApiDoesNot();
};

namespace {

PageRequest page(int index)
{
    PageRequest p;
    p.kind = ListingKind::Status;
    p.region = u"ap-guangzhou"_s;
    p.pageIndex = index;
    p.pageSize = 100;
    return p;
}

QString hostOf(const QUrl &url)
{
    return url.host() + (url.port() > 0 ? u":%1"_s.arg(url.port()) : QString());
}

} // namespace

void tst_TencentProtocol::buildsV3Page()
{
    const TencentProtocol protocol;
    PageRequest p = page(2);
    p.instanceIds = { u"ins-r8hr2upy"_s };
    const PreparedRequest r = protocol.buildRequest(p, ProtocolTest::context());
    QCOMPARE(r.method, "POST");
    QCOMPARE(r.url.toString(), u"https://cvm.tencentcloudapi.com/"_s);
    QCOMPARE(r.body, QByteArray(R"({"InstanceIds":["ins-r8hr2upy"],"Limit":100,"Offset":200})"));
    QCOMPARE(r.header("Content-Type"), "application/json; charset=utf-8");
    QCOMPARE(r.header("X-TC-Action"), "DescribeInstancesStatus");
    QCOMPARE(r.header("X-TC-Version"), "2017-03-12");
    QCOMPARE(r.header("X-TC-Region"), "ap-guangzhou");
    QCOMPARE(r.header("X-TC-Timestamp"), "1710491400");
    QVERIFY(r.header("Authorization")
                .startsWith("TC3-HMAC-SHA256 Credential=AKIDexample/2024-03-15/cvm/tc3_request, "
                            "SignedHeaders=content-type;host, Signature="));
    p.kind = ListingKind::Details;
    QCOMPARE(protocol.buildRequest(p, ProtocolTest::context()).header("X-TC-Action"),
             "DescribeInstances");
}

void tst_TencentProtocol::v3SignatureVerifiesFromTheWire_data()
{
    QTest::addColumn<QUrl>("endpoint");
    QTest::newRow("public") << QUrl();
    QTest::newRow("emulator") << QUrl(u"http://127.0.0.1:7000"_s);
    QTest::newRow("gateway") << QUrl(u"https://gw.corp.example:8443/tencent"_s);
}

void tst_TencentProtocol::v3SignatureVerifiesFromTheWire()
{
    QFETCH(QUrl, endpoint);
    const TencentProtocol protocol;
    const RequestContext c = ProtocolTest::context(endpoint);
    const PreparedRequest r = protocol.buildRequest(page(0), c);
    // The service is "cvm" whatever the host: the emulator's first label is "127".
    const QByteArray again =
        Tc3Signer::sign(r.method, hostOf(r.url), QByteArray(), r.header("Content-Type"), r.body,
                        c.credentials, r.header("X-TC-Timestamp").toLongLong(), u"cvm"_s)
            .authorization;
    QCOMPARE(again, r.header("Authorization"));
    if (!endpoint.isEmpty())
        QVERIFY(r.url.path().startsWith(endpoint.path()));
}

void tst_TencentProtocol::buildsLegacyPage()
{
    const TencentProtocol protocol;
    RequestContext c = ProtocolTest::context();
    c.apiStyle = Account::ApiStyle::Legacy;
    PageRequest p = page(1);
    p.instanceIds = { u"ins-a"_s, u"ins-b"_s };
    const PreparedRequest r = protocol.buildRequest(p, c);
    QCOMPARE(r.method, "GET");
    QCOMPARE(r.url.host(), u"cvm.api.qcloud.com"_s);
    QCOMPARE(r.url.path(), u"/v2/index.php"_s);
    QVERIFY(r.body.isEmpty());
    const auto q = ProtocolTest::wireQuery(r.url);
    QStringList names = ProtocolTest::names(q);
    names.sort();
    QCOMPARE(names,
             (QStringList { u"Action"_s, u"InstanceIds.0"_s, u"InstanceIds.1"_s, u"Limit"_s,
                            u"Nonce"_s, u"Offset"_s, u"Region"_s, u"SecretId"_s, u"Signature"_s,
                            u"SignatureMethod"_s, u"Timestamp"_s, u"Version"_s }));
    QCOMPARE(ProtocolTest::value(q, u"Action"_s), u"DescribeInstancesStatus"_s);
    QCOMPARE(ProtocolTest::value(q, u"Version"_s), u"2017-03-12"_s);
    QCOMPARE(ProtocolTest::value(q, u"Region"_s), u"gz"_s);
    QCOMPARE(ProtocolTest::value(q, u"Timestamp"_s), u"1710491400"_s);
    QCOMPARE(ProtocolTest::value(q, u"SecretId"_s), u"AKIDexample"_s);
    QCOMPARE(ProtocolTest::value(q, u"SignatureMethod"_s), u"HmacSHA256"_s);
    QCOMPARE(ProtocolTest::value(q, u"Offset"_s), u"100"_s);
    QCOMPARE(ProtocolTest::value(q, u"Limit"_s), u"100"_s);
    QCOMPARE(ProtocolTest::value(q, u"InstanceIds.1"_s), u"ins-b"_s);
    const quint32 nonce = ProtocolTest::value(q, u"Nonce"_s).toUInt();
    QVERIFY(nonce > 0);
    QCOMPARE(nonce, TencentProtocol::legacyNonce(c.nonce));
}

void tst_TencentProtocol::legacySignatureVerifiesFromTheWire()
{
    const TencentProtocol protocol;
    for (const QUrl &endpoint : { QUrl(), QUrl(u"http://127.0.0.1:7001"_s) }) {
        RequestContext c = ProtocolTest::context(endpoint);
        c.apiStyle = Account::ApiStyle::Legacy;
        const PreparedRequest r = protocol.buildRequest(page(0), c);
        QList<std::pair<QString, QString>> params = ProtocolTest::wireQuery(r.url);
        const QString sent = ProtocolTest::value(params, u"Signature"_s);
        params.removeIf([](const auto &p) { return p.first == u"Signature"; });
        const SignatureResult again =
            TencentV1Signer::sign("GET", hostOf(r.url), r.url.path(), params, c.credentials);
        QCOMPARE(QString::fromLatin1(again.signature), sent);
        QCOMPARE(QByteArray::fromBase64(sent.toLatin1()).size(), 32); // HmacSHA256
    }
}

void tst_TencentProtocol::legacyRegionCodes_data()
{
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("code");
    QTest::newRow("guangzhou") << u"ap-guangzhou"_s << u"gz"_s;
    QTest::newRow("shanghai") << u"ap-shanghai"_s << u"sh"_s;
    QTest::newRow("beijing") << u"ap-beijing"_s << u"bj"_s;
    QTest::newRow("hongkong") << u"ap-hongkong"_s << u"hk"_s;
    QTest::newRow("silicon valley") << u"na-siliconvalley"_s << u"usw"_s;
    QTest::newRow("already short") << u"gz"_s << u"gz"_s;
    QTest::newRow("unknown kept") << u"ap-nowhere"_s << u"ap-nowhere"_s;
}

void tst_TencentProtocol::legacyRegionCodes()
{
    QFETCH(QString, region);
    QFETCH(QString, code);
    QCOMPARE(TencentProtocol::legacyRegion(region), code);
}

void tst_TencentProtocol::refusesWhatTheApiDoesNot()
{
    const TencentProtocol protocol;
    const RequestContext c = ProtocolTest::context();
    QCOMPARE(protocol.validate(ListingKind::Status, QString(), {}, c)->code, u"MissingRegion"_s);
    ListingQuery zone;
    zone.zoneId = u"ap-guangzhou-3"_s;
    QCOMPARE(protocol.validate(ListingKind::Status, u"ap-guangzhou"_s, zone, c)->code,
             u"UnsupportedFilter"_s);
    QCOMPARE(protocol.effectivePageSize(ListingKind::Status, {}), 100);
    QCOMPARE(protocol.maxIdsPerRequest(ListingKind::Details), 100);
}

QTEST_GUILESS_MAIN(tst_TencentProtocol)
#include "tst_tencentprotocol.moc"
