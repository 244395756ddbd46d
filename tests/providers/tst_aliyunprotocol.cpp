// AliyunProtocol's requests: RPC GET to ecs.{region}.aliyuncs.com with exactly the documented
// parameters (common ones, RegionId, ZoneId, PageNumber, PageSize, InstanceId.N for the status
// call, InstanceIds as a JSON array for details), the signature re-computed from the wire, the
// endpoint override and the local checks.
#include "aliyunprotocol.h"
#include "aliyunrpcsigner.h"
#include "protocoltest.h"

#include <QTest>

using namespace Qt::StringLiterals;

class tst_AliyunProtocol : public QObject
{
    Q_OBJECT

private slots:
    void buildsStatusPage();
    void buildsDetailsPage();
    void signatureVerifiesFromTheWire_data();
    void signatureVerifiesFromTheWire();
    void pageSizeRange();
    void refusesWhatTheApiDoesNot();
};

namespace {

PageRequest page(ListingKind kind)
{
    PageRequest p;
    p.kind = kind;
    p.region = u"cn-hangzhou"_s;
    p.pageIndex = 1;
    p.pageSize = kind == ListingKind::Status ? 50 : 100;
    return p;
}

QString resign(const PreparedRequest &r, const Credentials &credentials)
{
    QList<std::pair<QString, QString>> params = ProtocolTest::wireQuery(r.url);
    params.removeIf([](const auto &p) { return p.first == u"Signature"; });
    return QString::fromLatin1(AliyunRpcSigner::sign(r.method, params, credentials).signature);
}

} // namespace

void tst_AliyunProtocol::buildsStatusPage()
{
    const AliyunProtocol protocol;
    PageRequest p = page(ListingKind::Status);
    p.instanceIds = { u"i-bp1"_s, u"i-bp2"_s };
    p.query.zoneId = u"cn-hangzhou-h"_s;
    const RequestContext c = ProtocolTest::context();
    const PreparedRequest r = protocol.buildRequest(p, c);
    QCOMPARE(r.method, "GET");
    QCOMPARE(r.url.host(), u"ecs.cn-hangzhou.aliyuncs.com"_s);
    QCOMPARE(r.url.path(), u"/"_s);
    QVERIFY(r.body.isEmpty());
    const auto q = ProtocolTest::wireQuery(r.url);
    QStringList names = ProtocolTest::names(q);
    names.sort();
    QCOMPARE(names,
             (QStringList { u"AccessKeyId"_s, u"Action"_s, u"Format"_s, u"InstanceId.1"_s,
                            u"InstanceId.2"_s, u"PageNumber"_s, u"PageSize"_s, u"RegionId"_s,
                            u"Signature"_s, u"SignatureMethod"_s, u"SignatureNonce"_s,
                            u"SignatureVersion"_s, u"Timestamp"_s, u"Version"_s, u"ZoneId"_s }));
    QCOMPARE(ProtocolTest::value(q, u"Action"_s), u"DescribeInstanceStatus"_s);
    QCOMPARE(ProtocolTest::value(q, u"Version"_s), u"2014-05-26"_s);
    QCOMPARE(ProtocolTest::value(q, u"Format"_s), u"JSON"_s);
    QCOMPARE(ProtocolTest::value(q, u"SignatureMethod"_s), u"HMAC-SHA1"_s);
    QCOMPARE(ProtocolTest::value(q, u"SignatureVersion"_s), u"1.0"_s);
    QCOMPARE(ProtocolTest::value(q, u"SignatureNonce"_s), c.nonce);
    QCOMPARE(ProtocolTest::value(q, u"Timestamp"_s), u"2024-03-15T08:30:00Z"_s);
    QCOMPARE(ProtocolTest::value(q, u"RegionId"_s), u"cn-hangzhou"_s);
    QCOMPARE(ProtocolTest::value(q, u"ZoneId"_s), u"cn-hangzhou-h"_s);
    QCOMPARE(ProtocolTest::value(q, u"PageNumber"_s), u"2"_s);
    QCOMPARE(ProtocolTest::value(q, u"PageSize"_s), u"50"_s);
    QCOMPARE(ProtocolTest::value(q, u"InstanceId.1"_s), u"i-bp1"_s);
    QCOMPARE(ProtocolTest::value(q, u"InstanceId.2"_s), u"i-bp2"_s);
    // Timestamp's colons go encoded on the wire, as signed.
    QVERIFY(r.url.toEncoded().contains("Timestamp=2024-03-15T08%3A30%3A00Z"));
}

void tst_AliyunProtocol::buildsDetailsPage()
{
    const AliyunProtocol protocol;
    PageRequest p = page(ListingKind::Details);
    p.instanceIds = { u"i-bp1"_s, u"i-bp2"_s };
    const auto q = ProtocolTest::wireQuery(protocol.buildRequest(p, ProtocolTest::context()).url);
    QCOMPARE(ProtocolTest::value(q, u"Action"_s), u"DescribeInstances"_s);
    QCOMPARE(ProtocolTest::value(q, u"InstanceIds"_s), uR"(["i-bp1","i-bp2"])"_s);
    QVERIFY(!ProtocolTest::names(q).contains(u"InstanceId.1"_s));
    QCOMPARE(ProtocolTest::value(q, u"PageSize"_s), u"100"_s);
}

void tst_AliyunProtocol::signatureVerifiesFromTheWire_data()
{
    QTest::addColumn<QUrl>("endpoint");
    QTest::newRow("public") << QUrl();
    QTest::newRow("emulator") << QUrl(u"http://[::1]:9000"_s);
    QTest::newRow("gateway") << QUrl(u"https://gw.corp.example/aliyun/"_s);
}

void tst_AliyunProtocol::signatureVerifiesFromTheWire()
{
    QFETCH(QUrl, endpoint);
    const AliyunProtocol protocol;
    const RequestContext c = ProtocolTest::context(endpoint);
    PageRequest p = page(ListingKind::Details);
    p.instanceIds = { u"i-a b*~"_s };
    const PreparedRequest r = protocol.buildRequest(p, c);
    const QString sent = ProtocolTest::value(ProtocolTest::wireQuery(r.url), u"Signature"_s);
    QCOMPARE(sent.size(), 28); // base64 of a SHA-1 HMAC
    QCOMPARE(resign(r, c.credentials), sent);
    QVERIFY(resign(r, Credentials(u"AKIDexample"_s, "other")) != sent);
    if (!endpoint.isEmpty())
        QCOMPARE(r.url.host(), endpoint.host());
}

void tst_AliyunProtocol::pageSizeRange()
{
    const AliyunProtocol protocol;
    ListingQuery q;
    QCOMPARE(protocol.effectivePageSize(ListingKind::Status, q), 50);
    QCOMPARE(protocol.effectivePageSize(ListingKind::Details, q), 100);
    q.pageSize = 80;
    QCOMPARE(protocol.effectivePageSize(ListingKind::Status, q), 50);
    QCOMPARE(protocol.effectivePageSize(ListingKind::Details, q), 80);
    QCOMPARE(protocol.maxIdsPerRequest(ListingKind::Status), 100);
}

void tst_AliyunProtocol::refusesWhatTheApiDoesNot()
{
    const AliyunProtocol protocol;
    const RequestContext c = ProtocolTest::context();
    QCOMPARE(protocol.validate(ListingKind::Status, QString(), {}, c)->code, u"MissingRegion"_s);
    QCOMPARE(protocol.validate(ListingKind::Status, u"cn hangzhou"_s, {}, c)->code,
             u"InvalidRegion"_s);
    ListingQuery jd;
    jd.jdFilters = { { u"status"_s, { u"running"_s }, {} } };
    QCOMPARE(protocol.validate(ListingKind::Status, u"cn-hangzhou"_s, jd, c)->code,
             u"UnsupportedFilter"_s);
    QVERIFY(!protocol.validate(ListingKind::Status, u"cn-hangzhou"_s, {}, c));
}

QTEST_GUILESS_MAIN(tst_AliyunProtocol)
#include "tst_aliyunprotocol.moc"
