// ZenlayerProtocol's requests: POST /api/v2/vm with the documented X-ZC-* headers, the body's
// exact bytes and field names (instanceIds, pageNum, pageSize; zoneId for details), the ZC2
// signature re-computed from what is sent, and the local checks.
#include "protocoltest.h"
#include "zenlayerprotocol.h"
#include "zenlayersigner.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

class tst_ZenlayerProtocol : public QObject
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

QByteArray resign(const PreparedRequest &r, const RequestContext &c)
{
    RequestToSign s;
    s.method = r.method;
    s.host = r.url.host() + (r.url.port() > 0 ? u":%1"_s.arg(r.url.port()) : QString());
    s.path = u"/"_s;
    s.headers = { { "Content-Type", r.header("Content-Type") } };
    s.body = r.body;
    return ZenlayerSigner::sign(s, c.credentials, r.header("X-ZC-Timestamp").toLongLong())
        .authorization;
}

} // namespace

void tst_ZenlayerProtocol::buildsStatusPage()
{
    const ZenlayerProtocol protocol;
    PageRequest p;
    p.kind = ListingKind::Status;
    p.pageIndex = 1;
    p.pageSize = 1000;
    p.instanceIds = { u"ins-1"_s, u"ins-2"_s };
    const PreparedRequest r = protocol.buildRequest(p, ProtocolTest::context());
    QCOMPARE(r.method, "POST");
    QCOMPARE(r.url.toString(), u"https://console.zenlayer.com/api/v2/vm"_s);
    QCOMPARE(r.body,
             QByteArray(R"({"instanceIds":["ins-1","ins-2"],"pageNum":2,"pageSize":1000})"));
    QCOMPARE(r.header("Content-Type"), "application/json");
    QCOMPARE(r.header("X-ZC-Action"), "DescribeInstancesStatus");
    QCOMPARE(r.header("X-ZC-Version"), "2023-03-13");
    QCOMPARE(r.header("X-ZC-Signature-Method"), "ZC2-HMAC-SHA256");
    QCOMPARE(r.header("X-ZC-Timestamp"),
             QByteArray::number(ProtocolTest::context().signingTime.toSecsSinceEpoch()));
    QVERIFY(r.header("Authorization")
                .startsWith("ZC2-HMAC-SHA256 Credential=AKIDexample, "
                            "SignedHeaders=content-type;host, Signature="));

    p.instanceIds.clear();
    p.pageIndex = 0;
    QCOMPARE(protocol.buildRequest(p, ProtocolTest::context()).body,
             QByteArray(R"({"pageNum":1,"pageSize":1000})"));
}

void tst_ZenlayerProtocol::buildsDetailsPage()
{
    const ZenlayerProtocol protocol;
    PageRequest p;
    p.kind = ListingKind::Details;
    p.pageSize = 1000;
    p.query.zoneId = u"HKG-A"_s;
    const PreparedRequest r = protocol.buildRequest(p, ProtocolTest::context());
    QCOMPARE(r.header("X-ZC-Action"), "DescribeInstances");
    const QJsonObject body = QJsonDocument::fromJson(r.body).object();
    QCOMPARE(body.keys(), (QStringList { u"pageNum"_s, u"pageSize"_s, u"zoneId"_s }));
    QCOMPARE(body.value("zoneId"_L1).toString(), u"HKG-A"_s);
}

void tst_ZenlayerProtocol::signatureVerifiesFromTheWire_data()
{
    QTest::addColumn<QUrl>("endpoint");
    QTest::newRow("public") << QUrl();
    QTest::newRow("emulator") << QUrl(u"http://127.0.0.1:18080"_s);
    QTest::newRow("gateway") << QUrl(u"https://gw.corp.example/zenlayer"_s);
}

void tst_ZenlayerProtocol::signatureVerifiesFromTheWire()
{
    QFETCH(QUrl, endpoint);
    const ZenlayerProtocol protocol;
    const RequestContext c = ProtocolTest::context(endpoint);
    PageRequest p;
    p.pageSize = 250;
    const PreparedRequest r = protocol.buildRequest(p, c);
    QCOMPARE(resign(r, c), r.header("Authorization"));
    if (!endpoint.isEmpty())
        QVERIFY(r.url.path().endsWith(u"/api/v2/vm"));
    PreparedRequest tampered = r;
    tampered.body.replace("250", "251");
    QVERIFY(resign(tampered, c) != r.header("Authorization"));
}

void tst_ZenlayerProtocol::pageSizeRange()
{
    const ZenlayerProtocol protocol;
    QCOMPARE(protocol.effectivePageSize(ListingKind::Status, {}), 1000);
    QCOMPARE(protocol.effectivePageSize(ListingKind::Details, {}), 1000);
    QCOMPARE(protocol.maxIdsPerRequest(ListingKind::Status), 100);
}

void tst_ZenlayerProtocol::refusesWhatTheApiDoesNot()
{
    const ZenlayerProtocol protocol;
    const RequestContext c = ProtocolTest::context();
    QVERIFY(!protocol.validate(ListingKind::Status, QString(), {}, c));
    QCOMPARE(protocol.validate(ListingKind::Status, u"HKG"_s, {}, c)->code, u"UnsupportedRegion"_s);
    ListingQuery zone;
    zone.zoneId = u"HKG-A"_s;
    QCOMPARE(protocol.validate(ListingKind::Status, QString(), zone, c)->code,
             u"UnsupportedFilter"_s);
    QVERIFY(!protocol.validate(ListingKind::Details, QString(), zone, c));
    RequestContext noKey = c;
    noKey.credentials = Credentials(u"AKID"_s, QByteArray());
    QCOMPARE(protocol.validate(ListingKind::Status, QString(), {}, noKey)->kind,
             FetchError::Kind::Auth);
}

QTEST_GUILESS_MAIN(tst_ZenlayerProtocol)
#include "tst_zenlayerprotocol.moc"
