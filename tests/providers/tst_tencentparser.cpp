// TencentParser: the specs' example bodies, details, every documented error code (one row
// each, all sent with HTTP 200 as the API does) and every hostile body.
#include "fetcherror.h"
#include "parsertest.h"
#include "tencentparser.h"

#include <QTest>

using namespace Qt::StringLiterals;
using K = FetchError::Kind;

class tst_TencentParser : public QObject
{
    Q_OBJECT

private slots:
    void parsesSpecExample();
    void parsesSpecErrorExample();
    void parsesDetails();
    void mapsErrorCode_data();
    void mapsErrorCode();
    void rejectsHostileBody_data();
    void rejectsHostileBody();
    void rejectsWrongShape_data();
    void rejectsWrongShape();
};

void tst_TencentParser::parsesSpecExample()
{
    const PageResult page = TencentParser::parse(
        ListingKind::Status, ParserTest::reply(200, ParserTest::specExample(u"tencent_ok.json"_s)));
    QVERIFY(page.isOk());
    QCOMPARE(page.totalCount, 2);
    QCOMPARE(page.requestId, u"6EF60BEC-0242-43AF-BB20-270359FB54A7"_s);
    QCOMPARE(page.statuses.size(), 2);
    QCOMPARE(page.statuses.at(0).instanceId, u"ins-r8hr2upy"_s);
    QCOMPARE(page.statuses.at(0).state, InstanceState::Running);
    QCOMPARE(page.statuses.at(1).instanceId, u"ins-5d8a23rs"_s);
    QCOMPARE(page.statuses.at(1).state, InstanceState::Stopped);
}

void tst_TencentParser::parsesSpecErrorExample()
{
    const PageResult page = TencentParser::parse(
        ListingKind::Status,
        ParserTest::reply(200, ParserTest::specExample(u"tencent_error.json"_s)));
    QVERIFY(page.error);
    QCOMPARE(page.error->kind, K::ClockSkew);
    QCOMPARE(page.error->code, u"AuthFailure.SignatureExpire"_s);
    QCOMPARE(page.error->message,
             u"The request has expired. Check whether the local time is accurate."_s);
    QCOMPARE(page.error->requestId, u"2B5C7D9E-1F3A-4B6C-8D0E-2F4A6B8C0D1E"_s);
}

void tst_TencentParser::parsesDetails()
{
    const QByteArray body = R"({"Response":{"TotalCount":2,"RequestId":"r","InstanceSet":[
        {"InstanceId":"ins-1","InstanceName":"web-prod-03","Placement":{"Zone":"ap-guangzhou-3","ProjectId":0},
         "InstanceType":"S5.MEDIUM4","InstanceState":"RUNNING",
         "PrivateIpAddresses":["10.0.3.17"],"PublicIpAddresses":["129.1.2.3"]},
        {"InstanceId":"ins-2","InstanceName":"batch","Placement":{"Zone":"ap-guangzhou-4"},
         "InstanceType":"S5.SMALL2","InstanceState":"STOPPED","PrivateIpAddresses":["10.0.3.18"],"PublicIpAddresses":null}]}})";
    const PageResult page =
        TencentParser::parse(ListingKind::Details, ParserTest::reply(200, body));
    QVERIFY2(page.isOk(), qPrintable(page.error ? page.error->message : QString()));
    QCOMPARE(page.details.size(), 2);
    QCOMPARE(page.details.at(0).name, u"web-prod-03"_s);
    QCOMPARE(page.details.at(0).zone, u"ap-guangzhou-3"_s);
    QCOMPARE(page.details.at(0).instanceType, u"S5.MEDIUM4"_s);
    QCOMPARE(page.details.at(0).privateIps, QStringList { u"10.0.3.17"_s });
    QCOMPARE(page.details.at(0).publicIps, QStringList { u"129.1.2.3"_s });
    QVERIFY(page.details.at(1).publicIps.isEmpty());
}

void tst_TencentParser::mapsErrorCode_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<K>("kind");
    // specs/API.md: documented for DescribeInstancesStatus ...
    QTest::newRow("InvalidParameterValue") << u"InvalidParameterValue"_s << K::InvalidRequest;
    QTest::newRow("InvalidInstanceId.Malformed")
        << u"InvalidInstanceId.Malformed"_s << K::InvalidRequest;
    QTest::newRow("InvalidParameterValue.LimitExceeded")
        << u"InvalidParameterValue.LimitExceeded"_s << K::InvalidRequest;
    QTest::newRow("InternalServerError") << u"InternalServerError"_s << K::Server;
    // ... and the common codes.
    QTest::newRow("AuthFailure.SignatureFailure") << u"AuthFailure.SignatureFailure"_s << K::Auth;
    QTest::newRow("AuthFailure.SecretIdNotFound") << u"AuthFailure.SecretIdNotFound"_s << K::Auth;
    QTest::newRow("AuthFailure.SignatureExpire")
        << u"AuthFailure.SignatureExpire"_s << K::ClockSkew;
    QTest::newRow("AuthFailure.InvalidSecretId") << u"AuthFailure.InvalidSecretId"_s << K::Auth;
    QTest::newRow("AuthFailure.UnauthorizedOperation")
        << u"AuthFailure.UnauthorizedOperation"_s << K::Auth;
    QTest::newRow("AuthFailure.InvalidAuthorization")
        << u"AuthFailure.InvalidAuthorization"_s << K::Auth;
    QTest::newRow("AuthFailure.TokenFailure") << u"AuthFailure.TokenFailure"_s << K::Auth;
    QTest::newRow("AuthFailure.MFAFailure") << u"AuthFailure.MFAFailure"_s << K::Auth;
    QTest::newRow("UnauthorizedOperation") << u"UnauthorizedOperation"_s << K::Auth;
    QTest::newRow("RequestLimitExceeded") << u"RequestLimitExceeded"_s << K::Throttled;
    QTest::newRow("RequestLimitExceeded.UinLimitExceeded")
        << u"RequestLimitExceeded.UinLimitExceeded"_s << K::Throttled;
    QTest::newRow("RequestLimitExceeded.IPLimitExceeded")
        << u"RequestLimitExceeded.IPLimitExceeded"_s << K::Throttled;
    QTest::newRow("RequestLimitExceeded.GlobalRegionUinLimitExceeded")
        << u"RequestLimitExceeded.GlobalRegionUinLimitExceeded"_s << K::Throttled;
    QTest::newRow("InvalidParameter") << u"InvalidParameter"_s << K::InvalidRequest;
    QTest::newRow("MissingParameter") << u"MissingParameter"_s << K::InvalidRequest;
    QTest::newRow("UnknownParameter") << u"UnknownParameter"_s << K::InvalidRequest;
    QTest::newRow("UnsupportedRegion") << u"UnsupportedRegion"_s << K::InvalidRequest;
    QTest::newRow("InternalError") << u"InternalError"_s << K::Server;
    QTest::newRow("InternalError.Sub") << u"InternalError.DbError"_s << K::Server;
    QTest::newRow("ServiceUnavailable") << u"ServiceUnavailable"_s << K::Server;
    QTest::newRow("InvalidAction") << u"InvalidAction"_s << K::InvalidRequest;
    QTest::newRow("ActionOffline") << u"ActionOffline"_s << K::InvalidRequest;
    QTest::newRow("IpNotInWhitelist") << u"IpNotInWhitelist"_s << K::Auth;
    QTest::newRow("unknown") << u"Brand.New"_s << K::InvalidRequest;
}

void tst_TencentParser::mapsErrorCode()
{
    QFETCH(QString, code);
    QFETCH(K, kind);
    const QByteArray body = R"({"Response":{"Error":{"Code":")" + code.toLatin1()
        + R"(","Message":"msg"},"RequestId":"rid-3"}})";
    const PageResult page = TencentParser::parse(ListingKind::Status, ParserTest::reply(200, body));
    QVERIFY(page.error);
    QCOMPARE(page.error->kind, kind);
    QCOMPARE(page.error->code, code);
    QCOMPARE(page.error->message, u"msg"_s);
    QCOMPARE(page.error->requestId, u"rid-3"_s);
    if (kind == K::Throttled)
        QCOMPARE(page.error->retryAfterMs, std::optional<qint64>(1000));
}

void tst_TencentParser::rejectsHostileBody_data()
{
    QTest::addColumn<QByteArray>("body");
    for (const auto &[name, body] :
         ParserTest::hostileBodies(ParserTest::specExample(u"tencent_ok.json"_s)))
        QTest::newRow(name.constData()) << body;
}

void tst_TencentParser::rejectsHostileBody()
{
    QFETCH(QByteArray, body);
    ParserTest::verifyHostileBody(&TencentParser::parse, body, 502, K::Server);
}

void tst_TencentParser::rejectsWrongShape_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("no Response") << QByteArray(R"({"TotalCount":1})") << u"Response"_s;
    QTest::newRow("Response a string") << QByteArray(R"({"Response":"ok"})") << u"Response"_s;
    QTest::newRow("total missing")
        << QByteArray(R"({"Response":{"InstanceStatusSet":[]}})") << u"TotalCount"_s;
    QTest::newRow("set missing") << QByteArray(R"({"Response":{"TotalCount":4}})")
                                 << u"InstanceStatusSet"_s;
    QTest::newRow("state missing") << QByteArray(
        R"({"Response":{"TotalCount":1,"InstanceStatusSet":[{"InstanceId":"ins-1"}]}})")
                                   << u"InstanceState"_s;
    QTest::newRow("Error a string")
        << QByteArray(R"({"Response":{"Error":"bad","RequestId":"r"}})") << u"Error"_s;
    QTest::newRow("Error without Code")
        << QByteArray(R"({"Response":{"Error":{"Message":"m"},"RequestId":"r"}})") << u"Code"_s;
}

void tst_TencentParser::rejectsWrongShape()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, mentions);
    const PageResult page = TencentParser::parse(ListingKind::Status, ParserTest::reply(200, body));
    QVERIFY(page.error);
    QCOMPARE(page.error->kind, K::Malformed);
    QVERIFY2(page.error->message.contains(mentions), qPrintable(page.error->message));
}

QTEST_GUILESS_MAIN(tst_TencentParser)
#include "tst_tencentparser.moc"
