// AliyunParser: the specs' example bodies, details with VPC, classic, public and EIP
// addresses, the PageNumber echo, every documented error code (one row each) and every
// hostile body.
#include "aliyunparser.h"
#include "fetcherror.h"
#include "parsertest.h"

#include <QTest>

using namespace Qt::StringLiterals;
using K = FetchError::Kind;

class tst_AliyunParser : public QObject
{
    Q_OBJECT

private slots:
    void parsesSpecExample();
    void parsesSpecErrorExample();
    void parsesDetails();
    void emptyRegionHasNoList();
    void mapsErrorCode_data();
    void mapsErrorCode();
    void rejectsHostileBody_data();
    void rejectsHostileBody();
    void rejectsWrongShape_data();
    void rejectsWrongShape();
};

void tst_AliyunParser::parsesSpecExample()
{
    const PageResult page = AliyunParser::parse(
        ListingKind::Status, ParserTest::reply(200, ParserTest::specExample(u"aliyun_ok.json"_s)));
    QVERIFY(page.isOk());
    QCOMPARE(page.totalCount, 2);
    QCOMPARE(page.requestId, u"6EF60BEC-0242-43AF-BB20-270359FB54A7"_s);
    QCOMPARE(page.echoedPageIndex, std::optional<qint64>(0));
    QCOMPARE(page.statuses.size(), 2);
    QCOMPARE(page.statuses.at(0).instanceId, u"i-instance1"_s);
    QCOMPARE(page.statuses.at(0).state, InstanceState::Running);
    QCOMPARE(page.statuses.at(1).instanceId, u"i-ae4r89pp"_s);
    QCOMPARE(page.statuses.at(1).state, InstanceState::Stopped);
}

void tst_AliyunParser::parsesSpecErrorExample()
{
    const PageResult page = AliyunParser::parse(
        ListingKind::Status,
        ParserTest::reply(400, ParserTest::specExample(u"aliyun_error.json"_s)));
    QVERIFY(page.error);
    QCOMPARE(page.error->kind, K::InvalidRequest);
    QCOMPARE(page.error->code, u"InvalidParameter"_s);
    QCOMPARE(page.error->message, u"The specified parameter PageSize is not valid."_s);
    QCOMPARE(page.error->requestId, u"8B3C9D2E-5F1A-4C7B-9E6D-0A2B4C6D8E1F"_s);
}

void tst_AliyunParser::parsesDetails()
{
    const QByteArray body =
        R"({"RequestId":"r","TotalCount":3,"PageNumber":2,"PageSize":100,"Instances":{"Instance":[
        {"InstanceId":"i-vpc","InstanceName":"web-prod-03","ZoneId":"cn-hangzhou-h","RegionId":"cn-hangzhou",
         "InstanceType":"ecs.g7.large","Status":"Running",
         "VpcAttributes":{"PrivateIpAddress":{"IpAddress":["10.0.3.17"]},"VpcId":"vpc-1"},
         "PublicIpAddress":{"IpAddress":[]},"EipAddress":{"IpAddress":"47.1.2.3","AllocationId":"eip-1"},
         "InnerIpAddress":{"IpAddress":[]}},
        {"InstanceId":"i-classic","InstanceName":"old","ZoneId":"cn-hangzhou-b","RegionId":"cn-hangzhou",
         "InstanceType":"ecs.t1.small","Status":"Stopped",
         "InnerIpAddress":{"IpAddress":["10.1.1.1"]},"PublicIpAddress":{"IpAddress":["120.1.1.1"]},
         "EipAddress":{"IpAddress":""}},
        {"InstanceId":"i-bare","InstanceName":"","Status":"Pending"}]}})";
    const PageResult page = AliyunParser::parse(ListingKind::Details, ParserTest::reply(200, body));
    QVERIFY2(page.isOk(), qPrintable(page.error ? page.error->message : QString()));
    QCOMPARE(page.echoedPageIndex, std::optional<qint64>(1));
    QCOMPARE(page.details.size(), 3);
    const InstanceDetails &vpc = page.details.at(0);
    QCOMPARE(vpc.name, u"web-prod-03"_s);
    QCOMPARE(vpc.zone, u"cn-hangzhou-h"_s);
    QCOMPARE(vpc.region, u"cn-hangzhou"_s);
    QCOMPARE(vpc.instanceType, u"ecs.g7.large"_s);
    QCOMPARE(vpc.privateIps, QStringList { u"10.0.3.17"_s });
    QCOMPARE(vpc.publicIps, QStringList { u"47.1.2.3"_s });
    const InstanceDetails &classic = page.details.at(1);
    QCOMPARE(classic.privateIps, QStringList { u"10.1.1.1"_s });
    QCOMPARE(classic.publicIps, QStringList { u"120.1.1.1"_s });
    const InstanceDetails &bare = page.details.at(2);
    QVERIFY(bare.privateIps.isEmpty());
    QVERIFY(bare.publicIps.isEmpty());
    QVERIFY(bare.zone.isEmpty());
}

void tst_AliyunParser::emptyRegionHasNoList()
{
    const PageResult page = AliyunParser::parse(
        ListingKind::Status,
        ParserTest::reply(
            200,
            R"({"RequestId":"r","TotalCount":0,"PageNumber":1,"PageSize":50,"InstanceStatuses":{"InstanceStatus":[]}})"));
    QVERIFY(page.isOk());
    QCOMPARE(page.itemCount(), 0);
}

void tst_AliyunParser::mapsErrorCode_data()
{
    QTest::addColumn<int>("http");
    QTest::addColumn<QString>("code");
    QTest::addColumn<K>("kind");
    // specs/API.md: documented for DescribeInstanceStatus ...
    QTest::newRow("MissingParameter") << 400 << u"MissingParameter"_s << K::InvalidRequest;
    QTest::newRow("InvalidParameter") << 400 << u"InvalidParameter"_s << K::InvalidRequest;
    QTest::newRow("InvalidRegionId.NotFound")
        << 404 << u"InvalidRegionId.NotFound"_s << K::InvalidRequest;
    QTest::newRow("InvalidZoneId.NotFound")
        << 404 << u"InvalidZoneId.NotFound"_s << K::InvalidRequest;
    // ... and the common codes.
    QTest::newRow("InvalidAccessKeyId.NotFound")
        << 404 << u"InvalidAccessKeyId.NotFound"_s << K::Auth;
    QTest::newRow("InvalidAccessKeyId.Inactive")
        << 400 << u"InvalidAccessKeyId.Inactive"_s << K::Auth;
    QTest::newRow("SignatureDoesNotMatch") << 400 << u"SignatureDoesNotMatch"_s << K::Auth;
    QTest::newRow("IncompleteSignature") << 400 << u"IncompleteSignature"_s << K::Auth;
    QTest::newRow("InvalidTimeStamp.Expired")
        << 400 << u"InvalidTimeStamp.Expired"_s << K::ClockSkew;
    QTest::newRow("InvalidTimeStamp.Format")
        << 400 << u"InvalidTimeStamp.Format"_s << K::InvalidRequest;
    QTest::newRow("SignatureNonceUsed") << 400 << u"SignatureNonceUsed"_s << K::Server;
    QTest::newRow("Forbidden.RAM") << 403 << u"Forbidden.RAM"_s << K::Auth;
    QTest::newRow("Forbidden") << 403 << u"Forbidden"_s << K::Auth;
    QTest::newRow("InvalidSecurityToken.Expired")
        << 400 << u"InvalidSecurityToken.Expired"_s << K::Auth;
    QTest::newRow("Throttling 400") << 400 << u"Throttling"_s << K::Throttled;
    QTest::newRow("Throttling 503") << 503 << u"Throttling"_s << K::Throttled;
    QTest::newRow("Throttling.User") << 400 << u"Throttling.User"_s << K::Throttled;
    QTest::newRow("Throttling.Api") << 400 << u"Throttling.Api"_s << K::Throttled;
    QTest::newRow("ServiceUnavailable") << 503 << u"ServiceUnavailable"_s << K::Server;
    QTest::newRow("InternalError") << 500 << u"InternalError"_s << K::Server;
    QTest::newRow("UnknownError") << 500 << u"UnknownError"_s << K::Server;
    QTest::newRow("InvalidAction.NotFound")
        << 404 << u"InvalidAction.NotFound"_s << K::InvalidRequest;
    // Unknown codes fall back on the HTTP status; prefixes match only whole segments.
    QTest::newRow("unknown 403") << 403 << u"Brand.NewCode"_s << K::Auth;
    QTest::newRow("unknown 500") << 500 << u"Brand.NewCode"_s << K::Server;
    QTest::newRow("unknown 400") << 400 << u"Brand.NewCode"_s << K::InvalidRequest;
    QTest::newRow("ThrottlingLike is not Throttling")
        << 400 << u"ThrottlingLike"_s << K::InvalidRequest;
}

void tst_AliyunParser::mapsErrorCode()
{
    QFETCH(int, http);
    QFETCH(QString, code);
    QFETCH(K, kind);
    const QByteArray body = R"({"RequestId":"rid-7","HostId":"ecs.aliyuncs.com","Code":")"
        + code.toLatin1()
        + R"(","Message":"msg","Recommend":"https://api.aliyun.com/troubleshoot"})";
    const PageResult page = AliyunParser::parse(ListingKind::Status, ParserTest::reply(http, body));
    QVERIFY(page.error);
    QCOMPARE(page.error->kind, kind);
    QCOMPARE(page.error->code, code);
    QCOMPARE(page.error->message, u"msg"_s);
    QCOMPARE(page.error->requestId, u"rid-7"_s);
}

void tst_AliyunParser::rejectsHostileBody_data()
{
    QTest::addColumn<QByteArray>("body");
    for (const auto &[name, body] :
         ParserTest::hostileBodies(ParserTest::specExample(u"aliyun_ok.json"_s)))
        QTest::newRow(name.constData()) << body;
}

void tst_AliyunParser::rejectsHostileBody()
{
    QFETCH(QByteArray, body);
    ParserTest::verifyHostileBody(&AliyunParser::parse, body, 503, K::Server);
}

void tst_AliyunParser::rejectsWrongShape_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("total missing")
        << QByteArray(R"({"RequestId":"r","InstanceStatuses":{"InstanceStatus":[]}})")
        << u"TotalCount"_s;
    QTest::newRow("set missing") << QByteArray(R"({"TotalCount":2})") << u"InstanceStatuses"_s;
    QTest::newRow("set is a list")
        << QByteArray(R"({"TotalCount":1,"InstanceStatuses":[]})") << u"InstanceStatuses"_s;
    QTest::newRow("list missing") << QByteArray(R"({"TotalCount":1,"InstanceStatuses":{}})")
                                  << u"InstanceStatus"_s;
    QTest::newRow("page number zero")
        << QByteArray(R"({"TotalCount":0,"PageNumber":0})") << u"PageNumber"_s;
    QTest::newRow("page number a string")
        << QByteArray(R"({"TotalCount":0,"PageNumber":"1"})") << u"PageNumber"_s;
    QTest::newRow("item without status") << QByteArray(
        R"({"TotalCount":1,"InstanceStatuses":{"InstanceStatus":[{"InstanceId":"i-1"}]}})")
                                         << u"Status"_s;
    QTest::newRow("error code a number")
        << QByteArray(R"({"RequestId":"r","Code":5,"Message":"m"})") << u"Code"_s;
}

void tst_AliyunParser::rejectsWrongShape()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, mentions);
    const PageResult page = AliyunParser::parse(ListingKind::Status, ParserTest::reply(200, body));
    QVERIFY(page.error);
    QCOMPARE(page.error->kind, K::Malformed);
    QVERIFY2(page.error->message.contains(mentions), qPrintable(page.error->message));
}

QTEST_GUILESS_MAIN(tst_AliyunParser)
#include "tst_aliyunparser.moc"
