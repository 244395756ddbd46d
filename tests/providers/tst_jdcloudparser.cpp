// JdCloudParser: the specs' example bodies, details fields, every documented error status
// (one row each) and every hostile body, which must give Malformed with a plain explanation.
#include "fetcherror.h"
#include "jdcloudparser.h"
#include "parsertest.h"

#include <QTest>

using namespace Qt::StringLiterals;
using K = FetchError::Kind;

class tst_JdCloudParser : public QObject
{
    Q_OBJECT

private slots:
    void parsesSpecExample();
    void parsesSpecErrorExample();
    void parsesDetails();
    void emptyScopeHasNoList();
    void mapsErrorStatus_data();
    void mapsErrorStatus();
    void rejectsHostileBody_data();
    void rejectsHostileBody();
    void rejectsWrongShape_data();
    void rejectsWrongShape();
};

void tst_JdCloudParser::parsesSpecExample()
{
    const PageResult page = JdCloudParser::parse(
        ListingKind::Status, ParserTest::reply(200, ParserTest::specExample(u"jdcloud_ok.json"_s)));
    QVERIFY(page.isOk());
    QCOMPARE(page.totalCount, 3);
    QCOMPARE(page.requestId, u"c6f4b5e2a1d34f0b9e8d7c6b5a4f3e2d"_s);
    QCOMPARE(page.statuses.size(), 3);
    QCOMPARE(page.statuses.at(0).instanceId, u"i-7k3m9x2p4q"_s);
    QCOMPARE(page.statuses.at(0).rawState, u"running"_s);
    QCOMPARE(page.statuses.at(0).state, InstanceState::Running);
    QCOMPARE(page.statuses.at(1).state, InstanceState::Stopped);
    QCOMPARE(page.statuses.at(2).rawState, u"rebuilding"_s);
    QCOMPARE(page.statuses.at(2).state, InstanceState::Maintenance);
    QVERIFY(!page.echoedPageIndex);
}

void tst_JdCloudParser::parsesSpecErrorExample()
{
    const PageResult page = JdCloudParser::parse(
        ListingKind::Status,
        ParserTest::reply(400, ParserTest::specExample(u"jdcloud_error.json"_s)));
    QVERIFY(page.error);
    QCOMPARE(page.error->kind, K::InvalidRequest);
    QCOMPARE(page.error->code, u"INVALID_ARGUMENT"_s);
    QCOMPARE(page.error->message, u"pageSize must be between 10 and 100"_s);
    QCOMPARE(page.error->requestId, u"bdbc7ee5k3tqn0qaaq3a6ntsi8kjpvn6"_s);
}

void tst_JdCloudParser::parsesDetails()
{
    const QByteArray body = R"({"requestId":"r1","result":{"totalCount":2,"instances":[
        {"instanceId":"i-a","instanceName":"web-prod-03","az":"cn-north-1a","instanceType":"g.n2.medium",
         "privateIpAddress":"10.0.3.17","elasticIpAddress":"114.67.1.2","status":"running"},
        {"instanceId":"i-b","instanceName":"db\u0007 one","az":"cn-north-1b","instanceType":"g.n2.large",
         "privateIpAddress":"10.0.3.18","elasticIpAddress":"","status":"stopped"}]}})";
    const PageResult page =
        JdCloudParser::parse(ListingKind::Details, ParserTest::reply(200, body));
    QVERIFY2(page.isOk(), qPrintable(page.error ? page.error->message : QString()));
    QCOMPARE(page.details.size(), 2);
    const InstanceDetails &a = page.details.at(0);
    QCOMPARE(a.instanceId, u"i-a"_s);
    QCOMPARE(a.name, u"web-prod-03"_s);
    QCOMPARE(a.zone, u"cn-north-1a"_s);
    QCOMPARE(a.instanceType, u"g.n2.medium"_s);
    QCOMPARE(a.privateIps, QStringList { u"10.0.3.17"_s });
    QCOMPARE(a.publicIps, QStringList { u"114.67.1.2"_s });
    QVERIFY(a.region.isEmpty()); // the engine fills in the scope's region
    QCOMPARE(page.details.at(1).name, u"db one"_s); // control characters never reach the table
    QVERIFY(page.details.at(1).publicIps.isEmpty());
}

void tst_JdCloudParser::emptyScopeHasNoList()
{
    const PageResult page = JdCloudParser::parse(
        ListingKind::Status,
        ParserTest::reply(200, R"({"requestId":"r","result":{"totalCount":0}})"));
    QVERIFY(page.isOk());
    QCOMPARE(page.totalCount, 0);
    QCOMPARE(page.itemCount(), 0);
}

void tst_JdCloudParser::mapsErrorStatus_data()
{
    QTest::addColumn<int>("http");
    QTest::addColumn<QString>("status");
    QTest::addColumn<K>("kind");
    // specs/API.md: the statuses the envelope carries, at the HTTP statuses JD documents.
    QTest::newRow("400 INVALID_ARGUMENT") << 400 << u"INVALID_ARGUMENT"_s << K::InvalidRequest;
    QTest::newRow("401 UNAUTHENTICATED") << 401 << u"UNAUTHENTICATED"_s << K::Auth;
    QTest::newRow("403 PERMISSION_DENIED") << 403 << u"PERMISSION_DENIED"_s << K::Auth;
    QTest::newRow("404 NOT_FOUND") << 404 << u"NOT_FOUND"_s << K::InvalidRequest;
    QTest::newRow("429 TOO_MANY_REQUESTS") << 429 << u"TOO_MANY_REQUESTS"_s << K::Throttled;
    QTest::newRow("429 RESOURCE_EXHAUSTED") << 429 << u"RESOURCE_EXHAUSTED"_s << K::Throttled;
    QTest::newRow("500 INTERNAL") << 500 << u"INTERNAL"_s << K::Server;
    QTest::newRow("503 UNAVAILABLE") << 503 << u"UNAVAILABLE"_s << K::Server;
    // The rest of the Google status family JD's gateway uses.
    QTest::newRow("400 FAILED_PRECONDITION")
        << 400 << u"FAILED_PRECONDITION"_s << K::InvalidRequest;
    QTest::newRow("400 OUT_OF_RANGE") << 400 << u"OUT_OF_RANGE"_s << K::InvalidRequest;
    QTest::newRow("409 ALREADY_EXISTS") << 409 << u"ALREADY_EXISTS"_s << K::InvalidRequest;
    QTest::newRow("409 ABORTED") << 409 << u"ABORTED"_s << K::Server;
    QTest::newRow("500 UNKNOWN") << 500 << u"UNKNOWN"_s << K::Server;
    QTest::newRow("500 DATA_LOSS") << 500 << u"DATA_LOSS"_s << K::Server;
    QTest::newRow("504 DEADLINE_EXCEEDED") << 504 << u"DEADLINE_EXCEEDED"_s << K::Server;
    QTest::newRow("501 NOT_IMPLEMENTED") << 501 << u"NOT_IMPLEMENTED"_s << K::InvalidRequest;
    // An unknown status string falls back on the HTTP status.
    QTest::newRow("401 unknown") << 401 << u"SOMETHING_NEW"_s << K::Auth;
    QTest::newRow("429 unknown") << 429 << u"SOMETHING_NEW"_s << K::Throttled;
    QTest::newRow("502 unknown") << 502 << u"SOMETHING_NEW"_s << K::Server;
    QTest::newRow("418 unknown") << 418 << u"SOMETHING_NEW"_s << K::InvalidRequest;
    QTest::newRow("200 with an error") << 200 << u"SOMETHING_NEW"_s << K::InvalidRequest;
}

void tst_JdCloudParser::mapsErrorStatus()
{
    QFETCH(int, http);
    QFETCH(QString, status);
    QFETCH(K, kind);
    const QByteArray body = R"({"requestId":"rid-42","error":{"code":)" + QByteArray::number(http)
        + R"(,"status":")" + status.toLatin1() + R"(","message":"what went wrong"}})";
    const PageResult page =
        JdCloudParser::parse(ListingKind::Status, ParserTest::reply(http, body));
    QVERIFY(page.error);
    QCOMPARE(page.error->kind, kind);
    QCOMPARE(page.error->code, status);
    QCOMPARE(page.error->message, u"what went wrong"_s);
    QCOMPARE(page.error->requestId, u"rid-42"_s);
    QCOMPARE(page.itemCount(), 0);
}

void tst_JdCloudParser::rejectsHostileBody_data()
{
    QTest::addColumn<QByteArray>("body");
    for (const auto &[name, body] :
         ParserTest::hostileBodies(ParserTest::specExample(u"jdcloud_ok.json"_s)))
        QTest::newRow(name.constData()) << body;
}

void tst_JdCloudParser::rejectsHostileBody()
{
    QFETCH(QByteArray, body);
    ParserTest::verifyHostileBody(&JdCloudParser::parse, body, 502, K::Server);
}

void tst_JdCloudParser::rejectsWrongShape_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("no result") << QByteArray(R"({"requestId":"r"})") << u"result"_s;
    QTest::newRow("result is a list")
        << QByteArray(R"({"requestId":"r","result":[]})") << u"result"_s;
    QTest::newRow("total missing")
        << QByteArray(R"({"result":{"instanceStatuses":[]}})") << u"totalCount"_s;
    QTest::newRow("total a string")
        << QByteArray(R"({"result":{"totalCount":"3","instanceStatuses":[]}})") << u"totalCount"_s;
    QTest::newRow("total negative")
        << QByteArray(R"({"result":{"totalCount":-1,"instanceStatuses":[]}})") << u"totalCount"_s;
    QTest::newRow("total fractional")
        << QByteArray(R"({"result":{"totalCount":2.5,"instanceStatuses":[]}})") << u"totalCount"_s;
    QTest::newRow("total huge") << QByteArray(
        R"({"result":{"totalCount":1e300,"instanceStatuses":[]}})")
                                << u"totalCount"_s;
    QTest::newRow("list missing") << QByteArray(R"({"result":{"totalCount":3}})")
                                  << u"instanceStatuses"_s;
    QTest::newRow("list an object")
        << QByteArray(R"({"result":{"totalCount":1,"instanceStatuses":{}}})")
        << u"instanceStatuses"_s;
    QTest::newRow("item a string")
        << QByteArray(R"({"result":{"totalCount":1,"instanceStatuses":["i-1"]}})")
        << u"instanceStatuses[0]"_s;
    QTest::newRow("id a number") << QByteArray(
        R"({"result":{"totalCount":1,"instanceStatuses":[{"instanceId":7,"status":"running"}]}})")
                                 << u"instanceId"_s;
    QTest::newRow("id empty") << QByteArray(
        R"({"result":{"totalCount":1,"instanceStatuses":[{"instanceId":"","status":"running"}]}})")
                              << u"instanceId"_s;
    QTest::newRow("id with a newline") << QByteArray(
        R"({"result":{"totalCount":1,"instanceStatuses":[{"instanceId":"i-1\n<b>","status":"running"}]}})")
                                       << u"instanceId"_s;
    QTest::newRow("id too long") << QByteArray(
        R"({"result":{"totalCount":1,"instanceStatuses":[{"instanceId":")" + QByteArray(300, 'a')
        + R"(","status":"running"}]}})")
                                 << u"instanceId"_s;
    QTest::newRow("status missing")
        << QByteArray(R"({"result":{"totalCount":1,"instanceStatuses":[{"instanceId":"i-1"}]}})")
        << u"status"_s;
    QTest::newRow("status null") << QByteArray(
        R"({"result":{"totalCount":1,"instanceStatuses":[{"instanceId":"i-1","status":null}]}})")
                                 << u"status"_s;
    QTest::newRow("requestId an object")
        << QByteArray(R"({"requestId":{},"result":{"totalCount":0}})") << u"requestId"_s;
}

void tst_JdCloudParser::rejectsWrongShape()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, mentions);
    const PageResult page = JdCloudParser::parse(ListingKind::Status, ParserTest::reply(200, body));
    QVERIFY(page.error);
    QCOMPARE(page.error->kind, K::Malformed);
    QVERIFY2(page.error->message.contains(mentions), qPrintable(page.error->message));
    QCOMPARE(page.itemCount(), 0);
}

QTEST_GUILESS_MAIN(tst_JdCloudParser)
#include "tst_jdcloudparser.moc"
