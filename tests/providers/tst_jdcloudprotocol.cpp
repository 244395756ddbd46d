// JdCloudProtocol's requests: the documented path and parameter names (pageNumber, pageSize,
// filters.N.name / .operator / .values.M), the encoded query exactly as signed, Content-Type
// sent and signed, the signature re-computed from the wire form, the endpoint override, and
// the local checks on filters and regions.
#include "jdcloudprotocol.h"
#include "jdcloudsigner.h"
#include "protocoltest.h"

#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;

class tst_JdCloudProtocol : public QObject
{
    Q_OBJECT

private slots:
    void buildsStatusPage();
    void buildsFiltersAsDocumented();
    void signatureVerifiesFromTheWire_data();
    void signatureVerifiesFromTheWire();
    void endpointOverrideKeepsPrefixAndSignsPort();
    void pageSizeRange();
    void refusesWhatTheApiDoesNot_data();
    void refusesWhatTheApiDoesNot();
};

namespace {

PageRequest statusPage(int index = 0)
{
    PageRequest p;
    p.kind = ListingKind::Status;
    p.region = u"cn-north-1"_s;
    p.pageIndex = index;
    p.pageSize = 100;
    return p;
}

// What a server does: rebuild the request from what arrived and sign it again.
QByteArray resign(const PreparedRequest &r, const RequestContext &c, const QString &region)
{
    RequestToSign s;
    s.method = r.method;
    s.host = r.url.host() + (r.url.port() > 0 ? u":%1"_s.arg(r.url.port()) : QString());
    s.path = r.url.path();
    s.query = ProtocolTest::wireQuery(r.url);
    static const QRegularExpression list(u"SignedHeaders=([^,]+)"_s);
    const QStringList signedNames =
        list.match(QString::fromLatin1(r.header("Authorization"))).captured(1).split(u';');
    for (const QString &name : signedNames) {
        if (name != u"host")
            s.headers.append({ name.toLatin1(), r.header(name.toLatin1()) });
    }
    return JdCloudSigner::sign(s, JdCloudSigner::Version::V2, c.credentials, region, u"vm"_s)
        .authorization;
}

} // namespace

void tst_JdCloudProtocol::buildsStatusPage()
{
    const JdCloudProtocol protocol;
    const RequestContext c = ProtocolTest::context();
    const PreparedRequest r = protocol.buildRequest(statusPage(2), c);
    QCOMPARE(r.method, "GET");
    QCOMPARE(r.url.scheme(), u"https"_s);
    QCOMPARE(r.url.host(), u"vm.jdcloud-api.com"_s);
    QCOMPARE(r.url.path(), u"/v1/regions/cn-north-1/instanceStatus"_s);
    QCOMPARE(r.url.toEncoded(),
             QByteArray("https://vm.jdcloud-api.com/v1/regions/cn-north-1/"
                        "instanceStatus?pageNumber=3&pageSize=100"));
    QCOMPARE(r.header("Content-Type"), "application/json");
    QCOMPARE(r.header("x-jdcloud-date"), "20240315T083000Z");
    QCOMPARE(r.header("x-jdcloud-nonce"), c.nonce.toLatin1());
    QVERIFY(r.body.isEmpty());
    const QByteArray auth = r.header("Authorization");
    QVERIFY(auth.startsWith(
        "JDCLOUD2-HMAC-SHA256 Credential=AKIDexample/20240315/cn-north-1/vm/jdcloud2_request, "
        "SignedHeaders=content-type;host;x-jdcloud-date;x-jdcloud-nonce, Signature="));
    QCOMPARE(auth.size(), auth.indexOf("Signature=") + 10 + 64);

    PageRequest details = statusPage();
    details.kind = ListingKind::Details;
    QCOMPARE(protocol.buildRequest(details, c).url.path(), u"/v1/regions/cn-north-1/instances"_s);
}

void tst_JdCloudProtocol::buildsFiltersAsDocumented()
{
    const JdCloudProtocol protocol;
    PageRequest p = statusPage();
    p.instanceIds = QStringList { u"i-a"_s, u"i-b"_s };
    p.query.jdFilters = { { u"status"_s, { u"running"_s, u"stopped"_s }, {} },
                          { u"name"_s, { u"web *prod~é"_s }, u"like"_s } };
    const auto pairs = JdCloudProtocol::queryPairs(p);
    QCOMPARE(ProtocolTest::names(pairs),
             (QStringList { u"pageNumber"_s, u"pageSize"_s, u"filters.1.name"_s,
                            u"filters.1.values.1"_s, u"filters.1.values.2"_s, u"filters.2.name"_s,
                            u"filters.2.values.1"_s, u"filters.2.values.2"_s, u"filters.3.name"_s,
                            u"filters.3.operator"_s, u"filters.3.values.1"_s }));
    QCOMPARE(ProtocolTest::value(pairs, u"filters.1.name"_s), u"instanceId"_s);
    QCOMPARE(ProtocolTest::value(pairs, u"filters.2.values.2"_s), u"stopped"_s);
    QCOMPARE(ProtocolTest::value(pairs, u"filters.3.operator"_s), u"like"_s);

    // On the wire: sorted and RFC 3986 encoded, byte for byte what was signed.
    const PreparedRequest r = protocol.buildRequest(p, ProtocolTest::context());
    QCOMPARE(r.url.query(QUrl::FullyEncoded).toLatin1(), JdCloudSigner::canonicalQuery(pairs));
    QVERIFY(r.url.toEncoded().contains("filters.3.values.1=web%20%2Aprod~%C3%A9"));
}

void tst_JdCloudProtocol::signatureVerifiesFromTheWire_data()
{
    QTest::addColumn<QUrl>("endpoint");
    QTest::newRow("public") << QUrl();
    QTest::newRow("emulator") << QUrl(u"http://127.0.0.1:8443"_s);
    QTest::newRow("gateway") << QUrl(u"https://gw.corp.example:9443/jdcloud/"_s);
}

void tst_JdCloudProtocol::signatureVerifiesFromTheWire()
{
    QFETCH(QUrl, endpoint);
    const JdCloudProtocol protocol;
    const RequestContext c = ProtocolTest::context(endpoint);
    PageRequest p = statusPage(4);
    p.instanceIds = { u"i-1"_s, u"i-2"_s, u"i-10"_s };
    const PreparedRequest r = protocol.buildRequest(p, c);
    QCOMPARE(resign(r, c, u"cn-north-1"_s), r.header("Authorization"));
    // A different key, region or page would not verify.
    RequestContext other = c;
    other.credentials = Credentials(u"AKIDexample"_s, "another");
    QVERIFY(resign(r, other, u"cn-north-1"_s) != r.header("Authorization"));
    QVERIFY(resign(r, c, u"cn-north-2"_s) != r.header("Authorization"));
}

void tst_JdCloudProtocol::endpointOverrideKeepsPrefixAndSignsPort()
{
    const JdCloudProtocol protocol;
    const PreparedRequest r = protocol.buildRequest(
        statusPage(), ProtocolTest::context(QUrl(u"https://gw.corp.example:9443/jdcloud/"_s)));
    QCOMPARE(r.url.host(), u"gw.corp.example"_s);
    QCOMPARE(r.url.port(), 9443);
    QCOMPARE(r.url.path(), u"/jdcloud/v1/regions/cn-north-1/instanceStatus"_s);
    const PreparedRequest local = protocol.buildRequest(
        statusPage(), ProtocolTest::context(QUrl(u"http://127.0.0.1:8080"_s)));
    QCOMPARE(local.url.toString(QUrl::RemoveQuery),
             u"http://127.0.0.1:8080/v1/regions/cn-north-1/instanceStatus"_s);
}

void tst_JdCloudProtocol::pageSizeRange()
{
    const JdCloudProtocol protocol;
    ListingQuery q;
    QCOMPARE(protocol.effectivePageSize(ListingKind::Status, q), 100);
    q.pageSize = 5;
    QCOMPARE(protocol.effectivePageSize(ListingKind::Status, q), 10);
    q.pageSize = 500;
    QCOMPARE(protocol.effectivePageSize(ListingKind::Details, q), 100);
    QCOMPARE(protocol.maxIdsPerRequest(ListingKind::Status), 100);
}

void tst_JdCloudProtocol::refusesWhatTheApiDoesNot_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("region");
    QTest::addColumn<ListingQuery>("query");
    QTest::addColumn<QString>("code");
    const ListingQuery none;
    ListingQuery unknown;
    unknown.jdFilters = { { u"colour"_s, { u"red"_s }, {} } };
    ListingQuery azOnStatus;
    azOnStatus.jdFilters = { { u"az"_s, { u"cn-north-1a"_s }, {} } };
    ListingQuery twoNames;
    twoNames.jdFilters = { { u"name"_s, { u"a"_s, u"b"_s }, {} } };
    ListingQuery noValues;
    noValues.jdFilters = { { u"vpcId"_s, {}, {} } };
    ListingQuery idAsFilter;
    idAsFilter.jdFilters = { { u"instanceId"_s, { u"i-1"_s }, {} } };
    ListingQuery zone;
    zone.zoneId = u"cn-north-1a"_s;
    QTest::newRow("no region") << 0 << QString() << none << u"MissingRegion"_s;
    QTest::newRow("region with a slash") << 0 << u"cn-north-1/../x"_s << none << u"InvalidRegion"_s;
    QTest::newRow("unknown filter") << 0 << u"cn-north-1"_s << unknown << u"UnsupportedFilter"_s;
    QTest::newRow("az on status") << 0 << u"cn-north-1"_s << azOnStatus << u"UnsupportedFilter"_s;
    QTest::newRow("name takes one value") << 0 << u"cn-north-1"_s << twoNames << u"InvalidFilter"_s;
    QTest::newRow("filter without values")
        << 1 << u"cn-north-1"_s << noValues << u"InvalidFilter"_s;
    QTest::newRow("instanceId as a filter")
        << 0 << u"cn-north-1"_s << idAsFilter << u"UnsupportedFilter"_s;
    QTest::newRow("zoneId") << 1 << u"cn-north-1"_s << zone << u"UnsupportedFilter"_s;
}

void tst_JdCloudProtocol::refusesWhatTheApiDoesNot()
{
    QFETCH(int, kind);
    QFETCH(QString, region);
    QFETCH(ListingQuery, query);
    QFETCH(QString, code);
    const JdCloudProtocol protocol;
    const auto error = protocol.validate(ListingKind(kind), region, query, ProtocolTest::context());
    QVERIFY(error);
    QCOMPARE(error->kind, FetchError::Kind::InvalidRequest);
    QCOMPARE(error->code, code);
    // az is a details filter, so the same query is fine there.
    if (QTest::currentDataTag() == QByteArray("az on status"))
        QVERIFY(!protocol.validate(ListingKind::Details, region, query, ProtocolTest::context()));
}

QTEST_GUILESS_MAIN(tst_JdCloudProtocol)
#include "tst_jdcloudprotocol.moc"
