// ZenlayerParser: both success shapes (bare and under "response"), details with the region
// derived from the zone, every documented error (one row each), the Cloudflare challenge and
// HTTP 451 blocks, and every hostile body.
#include "fetcherror.h"
#include "parsertest.h"
#include "zenlayerparser.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using K = FetchError::Kind;

class tst_ZenlayerParser : public QObject
{
    Q_OBJECT

private slots:
    void parsesSpecExampleInBothShapes();
    void parsesSpecErrorExample();
    void parsesDetails();
    void derivesRegionFromZone_data();
    void derivesRegionFromZone();
    void mapsError_data();
    void mapsError();
    void challengeIsANetworkBlock();
    void rejectsHostileBody_data();
    void rejectsHostileBody();
    void rejectsWrongShape_data();
    void rejectsWrongShape();
};

void tst_ZenlayerParser::parsesSpecExampleInBothShapes()
{
    const QByteArray wrapped = ParserTest::specExample(u"zenlayer_ok.json"_s);
    const QByteArray bare =
        QJsonDocument(QJsonDocument::fromJson(wrapped).object().value("response"_L1).toObject())
            .toJson();
    for (const QByteArray &body : { wrapped, bare }) {
        const PageResult page =
            ZenlayerParser::parse(ListingKind::Status, ParserTest::reply(200, body));
        QVERIFY2(page.isOk(), qPrintable(page.error ? page.error->message : QString()));
        QCOMPARE(page.totalCount, 3);
        QCOMPARE(page.requestId, u"T4C1A9E2B-7F3D-4E8A-9B6C-2D5E8F1A4B7C"_s);
        QCOMPARE(page.statuses.size(), 3);
        QCOMPARE(page.statuses.at(0).instanceId, u"instanceId1"_s);
        QCOMPARE(page.statuses.at(0).state, InstanceState::Running);
        QCOMPARE(page.statuses.at(1).rawState, u"STOPPED"_s);
        QCOMPARE(page.statuses.at(1).state, InstanceState::Stopped);
    }
}

void tst_ZenlayerParser::parsesSpecErrorExample()
{
    const PageResult page = ZenlayerParser::parse(
        ListingKind::Status,
        ParserTest::reply(429, ParserTest::specExample(u"zenlayer_error.json"_s)));
    QVERIFY(page.error);
    QCOMPARE(page.error->kind, K::Throttled);
    QCOMPARE(page.error->code, u"REQUEST_LIMIT_EXCEEDED"_s);
    QCOMPARE(page.error->message, u"Request limit exceeded."_s);
    QCOMPARE(page.error->requestId, u"T8E2D4C6B-1A3F-4B5D-8C7E-9F0A1B2C3D4E"_s);
    // The SDKs' first backoff step (1 s, 2 s, 4 s) is the hint.
    QCOMPARE(page.error->retryAfterMs, std::optional<qint64>(1000));
}

void tst_ZenlayerParser::parsesDetails()
{
    const QByteArray body = R"({"requestId":"r","response":{"totalCount":2,"dataSet":[
        {"instanceId":"z-1","instanceName":"edge-hk-1","zoneId":"HKG-A","instanceType":"z2a.cpu.1",
         "privateIpAddresses":["10.1.0.2","10.1.0.3"],"publicIpAddresses":["128.1.2.3"],"instanceStatus":"RUNNING"},
        {"instanceId":"z-2","instanceName":"edge-fra","zoneId":"FRA-A","instanceType":"z2a.cpu.2",
         "privateIpAddresses":null,"publicIpAddresses":[],"instanceStatus":"STOPPED"}]}})";
    const PageResult page =
        ZenlayerParser::parse(ListingKind::Details, ParserTest::reply(200, body));
    QVERIFY2(page.isOk(), qPrintable(page.error ? page.error->message : QString()));
    QCOMPARE(page.details.size(), 2);
    QCOMPARE(page.details.at(0).name, u"edge-hk-1"_s);
    QCOMPARE(page.details.at(0).zone, u"HKG-A"_s);
    QCOMPARE(page.details.at(0).region, u"HKG"_s);
    QCOMPARE(page.details.at(0).privateIps, (QStringList { u"10.1.0.2"_s, u"10.1.0.3"_s }));
    QCOMPARE(page.details.at(0).publicIps, QStringList { u"128.1.2.3"_s });
    QCOMPARE(page.details.at(0).instanceType, u"z2a.cpu.1"_s);
    QCOMPARE(page.details.at(1).region, u"FRA"_s);
    QVERIFY(page.details.at(1).privateIps.isEmpty());
}

void tst_ZenlayerParser::derivesRegionFromZone_data()
{
    QTest::addColumn<QString>("zone");
    QTest::addColumn<QString>("region");
    QTest::newRow("vm city zone") << u"HKG-A"_s << u"HKG"_s;
    QTest::newRow("vm second zone") << u"SEL-B"_s << u"SEL"_s;
    QTest::newRow("zec zone") << u"asia-southeast-1a"_s << u"asia-southeast-1"_s;
    QTest::newRow("unknown shape kept") << u"SOMEWHERE"_s << u"SOMEWHERE"_s;
    QTest::newRow("empty") << QString() << QString();
}

void tst_ZenlayerParser::derivesRegionFromZone()
{
    QFETCH(QString, zone);
    QFETCH(QString, region);
    QCOMPARE(ZenlayerParser::regionForZone(zone), region);
}

void tst_ZenlayerParser::mapsError_data()
{
    QTest::addColumn<int>("http");
    QTest::addColumn<QString>("code");
    QTest::addColumn<K>("kind");
    // specs/API.md: throttling, the documented zone error, auth failures by status, 5xx.
    QTest::newRow("429 REQUEST_LIMIT_EXCEEDED")
        << 429 << u"REQUEST_LIMIT_EXCEEDED"_s << K::Throttled;
    QTest::newRow("400 REQUEST_LIMIT_EXCEEDED")
        << 400 << u"REQUEST_LIMIT_EXCEEDED"_s << K::Throttled;
    QTest::newRow("400 INVALID_ZONE_NOT_FOUND")
        << 400 << u"INVALID_ZONE_NOT_FOUND"_s << K::InvalidRequest;
    QTest::newRow("400 INVALID_PARAMETER") << 400 << u"INVALID_PARAMETER"_s << K::InvalidRequest;
    QTest::newRow("401 any code") << 401 << u"SIGNATURE_FAILURE"_s << K::Auth;
    QTest::newRow("403 any code") << 403 << u"OPERATION_DENIED"_s << K::Auth;
    QTest::newRow("404") << 404 << u"NOT_FOUND"_s << K::InvalidRequest;
    QTest::newRow("429 other code") << 429 << u"TOO_MANY"_s << K::Throttled;
    QTest::newRow("500") << 500 << u"INTERNAL_ERROR"_s << K::Server;
    QTest::newRow("503") << 503 << u"SERVICE_UNAVAILABLE"_s << K::Server;
}

void tst_ZenlayerParser::mapsError()
{
    QFETCH(int, http);
    QFETCH(QString, code);
    QFETCH(K, kind);
    const QByteArray body =
        R"({"requestId":"rid-9","code":")" + code.toLatin1() + R"(","message":"m"})";
    const PageResult page =
        ZenlayerParser::parse(ListingKind::Status, ParserTest::reply(http, body));
    QVERIFY(page.error);
    QCOMPARE(page.error->kind, kind);
    QCOMPARE(page.error->code, code);
    QCOMPARE(page.error->message, u"m"_s);
    QCOMPARE(page.error->requestId, u"rid-9"_s);
}

void tst_ZenlayerParser::challengeIsANetworkBlock()
{
    const QByteArray html = "<!DOCTYPE html><html><title>Just a moment...</title></html>";
    PageResult page = ZenlayerParser::parse(
        ListingKind::Status, ParserTest::reply(403, html, { { "cf-mitigated", "challenge" } }));
    QVERIFY(page.error);
    QCOMPARE(page.error->kind, K::Network);
    QCOMPARE(page.error->code, u"ChallengeBlocked"_s);
    QCOMPARE(page.error->httpStatus, 403);
    // Without the header a 403 is an authorization refusal.
    page = ZenlayerParser::parse(ListingKind::Status, ParserTest::reply(403, html));
    QCOMPARE(page.error->kind, K::Auth);
    page = ZenlayerParser::parse(ListingKind::Status, ParserTest::reply(451, "blocked"));
    QCOMPARE(page.error->kind, K::Network);
    QCOMPARE(page.error->code, u"HTTP 451"_s);
}

void tst_ZenlayerParser::rejectsHostileBody_data()
{
    QTest::addColumn<QByteArray>("body");
    for (const auto &[name, body] :
         ParserTest::hostileBodies(ParserTest::specExample(u"zenlayer_ok.json"_s)))
        QTest::newRow(name.constData()) << body;
}

void tst_ZenlayerParser::rejectsHostileBody()
{
    QFETCH(QByteArray, body);
    ParserTest::verifyHostileBody(&ZenlayerParser::parse, body, 500, K::Server);
}

void tst_ZenlayerParser::rejectsWrongShape_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("response a list")
        << QByteArray(R"({"requestId":"r","response":[]})") << u"response"_s;
    QTest::newRow("total missing")
        << QByteArray(R"({"response":{"dataSet":[]}})") << u"totalCount"_s;
    QTest::newRow("total a string")
        << QByteArray(R"({"totalCount":"1","dataSet":[]})") << u"totalCount"_s;
    QTest::newRow("dataSet missing") << QByteArray(R"({"totalCount":2})") << u"dataSet"_s;
    QTest::newRow("dataSet a string")
        << QByteArray(R"({"totalCount":1,"dataSet":"x"})") << u"dataSet"_s;
    QTest::newRow("status missing")
        << QByteArray(R"({"totalCount":1,"dataSet":[{"instanceId":"a"}]})") << u"instanceStatus"_s;
    QTest::newRow("status a number")
        << QByteArray(R"({"totalCount":1,"dataSet":[{"instanceId":"a","instanceStatus":1}]})")
        << u"instanceStatus"_s;
    QTest::newRow("error without code")
        << QByteArray(R"({"requestId":"r","code":null,"message":"m"})") << u"code"_s;
}

void tst_ZenlayerParser::rejectsWrongShape()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, mentions);
    const PageResult page =
        ZenlayerParser::parse(ListingKind::Status, ParserTest::reply(200, body));
    QVERIFY(page.error);
    QCOMPARE(page.error->kind, K::Malformed);
    QVERIFY2(page.error->message.contains(mentions), qPrintable(page.error->message));
}

QTEST_GUILESS_MAIN(tst_ZenlayerParser)
#include "tst_zenlayerparser.moc"
