// Every fault the emulator injects, as it looks on the wire for each cloud: latency, throttling
// (share and QPS, each cloud's own code and status, Retry-After when asked), 5xx, injected
// auth failure, permission refusal for one call, clock skew (Date header and window), the four
// malformed bodies, trickled bodies, dropped connections — per scope, changeable at run time —
// and the per-scope in-flight counters.
#include "emulator.h"
#include "emulatortestclient.h"
#include "emulatortestconfig.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTcpSocket>
#include <QTest>

using namespace Qt::StringLiterals;

class tst_Faults : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void delaysAnswers();
    void throttlesWithEachCloudsOwnError_data();
    void throttlesWithEachCloudsOwnError();
    void throttlesAboveAQps();
    void answersServerErrors_data();
    void answersServerErrors();
    void failsAuthenticationOnDemand();
    void refusesOnlyTheDetailsCall();
    void skewsTheServerClock();
    void sendsMalformedBodies_data();
    void sendsMalformedBodies();
    void tricklesSlowBodies();
    void dropsConnections();
    void appliesRulesPerScope();
    void countsRequestsInFlightPerScope();

private:
    WireRequest request(Cloud cloud, const QString &region = {}, bool details = false);
    WireResponse send(Cloud cloud, const QString &region = {}, bool details = false);
    EmulatorTestClient client(Cloud cloud) const
    {
        return EmulatorTestClient(m_emulator->port(cloud));
    }
    static FaultRule rule(std::optional<Cloud> cloud, FaultProfile profile)
    {
        FaultRule r;
        r.cloud = cloud;
        r.profile = profile;
        return r;
    }

    std::unique_ptr<Emulator> m_emulator;
    int m_nonce = 0;
};

void tst_Faults::initTestCase()
{
    m_emulator = std::make_unique<Emulator>(EmulatorTestConfig::config(
        1,
        { EmulatorTestConfig::account(u"jdcloud"_s, Cloud::JdCloud,
                                      { u"cn-north-1"_s, u"cn-east-2"_s }, 40),
          EmulatorTestConfig::account(u"zenlayer"_s, Cloud::Zenlayer, { u"HKG-A"_s }, 40),
          EmulatorTestConfig::account(u"aliyun"_s, Cloud::Aliyun,
                                      { u"cn-hangzhou"_s, u"cn-beijing"_s }, 40),
          EmulatorTestConfig::account(u"tencent"_s, Cloud::Tencent, { u"ap-guangzhou"_s }, 40) }));
    QVERIFY2(m_emulator->start(), qPrintable(m_emulator->errorString()));
}

void tst_Faults::init()
{
    m_emulator->setFaults({});
    m_emulator->resetStats();
}

WireRequest tst_Faults::request(Cloud cloud, const QString &region, bool details)
{
    const Credentials key = m_emulator->credentials(cloudId(cloud));
    const QDateTime now = m_emulator->clock().now();
    const EmulatorTestClient c = client(cloud);
    const QString nonce = QString::number(++m_nonce);
    switch (cloud) {
    case Cloud::JdCloud:
        return c.jdCloud(key, region.isEmpty() ? u"cn-north-1"_s : region,
                         details ? u"instances"_s : u"instanceStatus"_s, {}, now, nonce);
    case Cloud::Zenlayer:
        return c.zenlayer(key, details ? u"DescribeInstances"_s : u"DescribeInstancesStatus"_s,
                          "{}", now);
    case Cloud::Aliyun:
        return c.aliyun(
            key,
            { { u"Action"_s, details ? u"DescribeInstances"_s : u"DescribeInstanceStatus"_s },
              { u"RegionId"_s, region.isEmpty() ? u"cn-hangzhou"_s : region } },
            now, nonce);
    case Cloud::Tencent:
        return c.tencentTc3(key, details ? u"DescribeInstances"_s : u"DescribeInstancesStatus"_s,
                            u"ap-guangzhou"_s, "{}", now);
    }
    return {};
}

WireResponse tst_Faults::send(Cloud cloud, const QString &region, bool details)
{
    return client(cloud).send(request(cloud, region, details));
}

// The error code of any cloud's error envelope.
static QString errorCode(Cloud cloud, const WireResponse &response)
{
    const QJsonObject body = response.json();
    switch (cloud) {
    case Cloud::JdCloud:
        return body[u"error"][u"status"].toString();
    case Cloud::Zenlayer:
        return body[u"code"].toString();
    case Cloud::Aliyun:
        return body[u"Code"].toString();
    case Cloud::Tencent:
        return body[u"Response"][u"Error"][u"Code"].toString();
    }
    return {};
}

void tst_Faults::delaysAnswers()
{
    FaultProfile latency;
    latency.latencyMs = 300;
    latency.jitterMs = 50;
    m_emulator->setFaults({ rule(Cloud::Aliyun, latency) });
    QElapsedTimer timer;
    timer.start();
    QCOMPARE(send(Cloud::Aliyun).status, 200);
    QVERIFY(timer.elapsed() >= 300); // a lower bound only: the delay happened
}

void tst_Faults::throttlesWithEachCloudsOwnError_data()
{
    QTest::addColumn<Cloud>("cloud");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::newRow("jdcloud") << Cloud::JdCloud << 429 << u"RATE_LIMIT"_s;
    QTest::newRow("zenlayer") << Cloud::Zenlayer << 429 << u"REQUEST_LIMIT_EXCEEDED"_s;
    QTest::newRow("aliyun") << Cloud::Aliyun << 400 << u"Throttling.User"_s;
    QTest::newRow("tencent") << Cloud::Tencent << 200 << u"RequestLimitExceeded"_s;
}

void tst_Faults::throttlesWithEachCloudsOwnError()
{
    QFETCH(Cloud, cloud);
    QFETCH(int, status);
    QFETCH(QString, code);
    FaultProfile throttle;
    throttle.throttleShare = 1;
    m_emulator->setFaults({ rule(cloud, throttle) });
    WireResponse response = send(cloud);
    QCOMPARE(response.status, status);
    QCOMPARE(errorCode(cloud, response), code);
    QVERIFY(response.header("Retry-After").isEmpty()); // no cloud sends one by itself

    throttle.retryAfterSeconds = 2;
    m_emulator->setFaults({ rule(cloud, throttle) });
    response = send(cloud);
    QCOMPARE(response.header("Retry-After"), "2");
    const auto stats = m_emulator->allStats();
    qint64 throttled = 0;
    for (const ScopeStats &s : stats)
        throttled += s.throttled;
    QCOMPARE(throttled, 2);

    m_emulator->setFaults({});
    QCOMPARE(errorCode(cloud, send(cloud)), QString());
}

void tst_Faults::throttlesAboveAQps()
{
    FaultProfile qps;
    qps.throttleAboveQps = 3;
    m_emulator->setFaults({ rule(Cloud::JdCloud, qps) });
    for (int i = 0; i < 3; ++i)
        QCOMPARE(send(Cloud::JdCloud).status, 200);
    QCOMPARE(send(Cloud::JdCloud).status, 429);
    // Another scope has its own window.
    QCOMPARE(send(Cloud::JdCloud, u"cn-east-2"_s).status, 200);
    m_emulator->clock().advance(1001);
    QCOMPARE(send(Cloud::JdCloud).status, 200);
}

void tst_Faults::answersServerErrors_data()
{
    QTest::addColumn<Cloud>("cloud");
    QTest::addColumn<int>("faultStatus");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::newRow("jdcloud 500") << Cloud::JdCloud << 500 << 500 << u"INTERNAL"_s;
    QTest::newRow("jdcloud 503") << Cloud::JdCloud << 503 << 503 << u"UNAVAILABLE"_s;
    QTest::newRow("zenlayer 503") << Cloud::Zenlayer << 503 << 503 << u"SERVICE_UNAVAILABLE"_s;
    QTest::newRow("aliyun 500") << Cloud::Aliyun << 500 << 500 << u"InternalError"_s;
    QTest::newRow("aliyun 503") << Cloud::Aliyun << 503 << 503 << u"ServiceUnavailable"_s;
    QTest::newRow("tencent (HTTP 200)") << Cloud::Tencent << 500 << 200 << u"InternalError"_s;
}

void tst_Faults::answersServerErrors()
{
    QFETCH(Cloud, cloud);
    QFETCH(int, faultStatus);
    QFETCH(int, status);
    QFETCH(QString, code);
    FaultProfile errors;
    errors.serverErrorShare = 1;
    errors.serverErrorStatus = faultStatus;
    m_emulator->setFaults({ rule(cloud, errors) });
    const WireResponse response = send(cloud);
    QCOMPARE(response.status, status);
    QCOMPARE(errorCode(cloud, response), code);
    QVERIFY(!response.header("Date").isEmpty());
}

void tst_Faults::failsAuthenticationOnDemand()
{
    FaultProfile auth;
    auth.authFailureShare = 1;
    m_emulator->setFaults({ rule(std::nullopt, auth) });
    QCOMPARE(errorCode(Cloud::Aliyun, send(Cloud::Aliyun)), u"SignatureDoesNotMatch"_s);
    QCOMPARE(errorCode(Cloud::Tencent, send(Cloud::Tencent)), u"AuthFailure.SignatureFailure"_s);
    QCOMPARE(send(Cloud::JdCloud).status, 401);
    QCOMPARE(send(Cloud::Zenlayer).status, 401);
}

void tst_Faults::refusesOnlyTheDetailsCall()
{
    FaultRule forbidden = rule(std::nullopt, {});
    forbidden.call = ApiCall::Details;
    forbidden.profile.forbiddenShare = 1;
    m_emulator->setFaults({ forbidden });
    QCOMPARE(send(Cloud::Aliyun).status, 200);
    const WireResponse details = send(Cloud::Aliyun, {}, true);
    QCOMPARE(details.status, 403);
    QCOMPARE(errorCode(Cloud::Aliyun, details), u"Forbidden.RAM"_s);
    QCOMPARE(errorCode(Cloud::Tencent, send(Cloud::Tencent, {}, true)),
             u"AuthFailure.UnauthorizedOperation"_s);
    QCOMPARE(send(Cloud::JdCloud, {}, true).status, 403);
    QCOMPARE(send(Cloud::Zenlayer, {}, true).status, 403);
    QCOMPARE(send(Cloud::Zenlayer).status, 200);
}

void tst_Faults::skewsTheServerClock()
{
    FaultProfile skew;
    skew.clockSkewMs = 10 * 60 * 1000;
    m_emulator->setFaults({ rule(Cloud::Tencent, skew), rule(Cloud::Aliyun, skew) });
    const QDateTime now = m_emulator->clock().now();
    // Ten minutes is outside Tencent's five-minute window, inside Alibaba Cloud's fifteen.
    const WireResponse refused = send(Cloud::Tencent);
    QCOMPARE(errorCode(Cloud::Tencent, refused), u"AuthFailure.SignatureExpire"_s);
    QCOMPARE(refused.date().toSecsSinceEpoch(), now.addSecs(600).toSecsSinceEpoch());
    const WireResponse accepted = send(Cloud::Aliyun);
    QCOMPARE(accepted.status, 200);
    QCOMPARE(accepted.date().toSecsSinceEpoch(), now.addSecs(600).toSecsSinceEpoch());
    // A client that takes the server's time from the Date header gets through.
    const EmulatorTestClient tencent = client(Cloud::Tencent);
    const WireResponse corrected = tencent.send(
        tencent.tencentTc3(m_emulator->credentials(u"tencent"_s), u"DescribeInstancesStatus"_s,
                           u"ap-guangzhou"_s, "{}", refused.date()));
    QCOMPARE(errorCode(Cloud::Tencent, corrected), QString());
    QCOMPARE(corrected.json()[u"Response"][u"TotalCount"].toInt(), 40);
}

void tst_Faults::sendsMalformedBodies_data()
{
    QTest::addColumn<FaultProfile::Malformed>("kind");
    QTest::newRow("html") << FaultProfile::Malformed::Html;
    QTest::newRow("truncated") << FaultProfile::Malformed::Truncated;
    QTest::newRow("wrong types") << FaultProfile::Malformed::WrongTypes;
    QTest::newRow("missing fields") << FaultProfile::Malformed::MissingFields;
}

void tst_Faults::sendsMalformedBodies()
{
    QFETCH(FaultProfile::Malformed, kind);
    FaultProfile malformed;
    malformed.malformedShare = 1;
    malformed.malformed = kind;
    m_emulator->setFaults({ rule(Cloud::Aliyun, malformed) });
    const WireResponse response = send(Cloud::Aliyun);
    QVERIFY(response.complete);
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(response.body, &error);
    switch (kind) {
    case FaultProfile::Malformed::Html:
        QCOMPARE(response.status, 502);
        QCOMPARE(response.header("Content-Type"), "text/html");
        QVERIFY(response.body.startsWith("<!DOCTYPE html>"));
        QVERIFY(!response.header("x-acs-request-id").isEmpty());
        break;
    case FaultProfile::Malformed::Truncated:
        QCOMPARE(response.status, 200);
        QVERIFY(error.error != QJsonParseError::NoError);
        break;
    case FaultProfile::Malformed::WrongTypes:
        QCOMPARE(response.status, 200);
        QVERIFY(document.isObject());
        QVERIFY(document[u"TotalCount"].isString());
        QVERIFY(document[u"InstanceStatuses"][u"InstanceStatus"].isObject());
        break;
    case FaultProfile::Malformed::MissingFields:
    case FaultProfile::Malformed::Any:
        QCOMPARE(response.status, 200);
        QVERIFY(!document.object().contains(u"TotalCount"));
        QVERIFY(document[u"InstanceStatuses"].toObject().isEmpty());
        QVERIFY(!document[u"RequestId"].toString().isEmpty());
        break;
    }
}

void tst_Faults::tricklesSlowBodies()
{
    const WireResponse normal = send(Cloud::Zenlayer);
    FaultProfile slow;
    slow.slowBodyShare = 1;
    slow.slowBodyChunkBytes = 200;
    slow.slowBodyIntervalMs = 20;
    m_emulator->setFaults({ rule(Cloud::Zenlayer, slow) });
    QElapsedTimer timer;
    timer.start();
    const WireResponse trickled = send(Cloud::Zenlayer);
    QCOMPARE(trickled.status, 200);
    QVERIFY(trickled.complete);
    QCOMPARE(trickled.body.size(), normal.body.size());
    const qint64 pieces = (trickled.body.size() + 199) / 200;
    QVERIFY(timer.elapsed() >= (pieces - 1) * 20);
}

void tst_Faults::dropsConnections()
{
    FaultProfile drop;
    drop.dropShare = 1;
    drop.drop = FaultProfile::Drop::BeforeAnswer;
    m_emulator->setFaults({ rule(Cloud::JdCloud, drop) });
    const WireResponse nothing = send(Cloud::JdCloud);
    QCOMPARE(nothing.status, 0);

    drop.drop = FaultProfile::Drop::MidBody;
    m_emulator->setFaults({ rule(Cloud::JdCloud, drop) });
    const WireResponse half = send(Cloud::JdCloud);
    QCOMPARE(half.status, 200);
    QVERIFY(!half.complete);
    QVERIFY(half.body.size() < half.header("Content-Length").toInt());

    const ScopeStats stats = m_emulator->stats({ u"jdcloud"_s, u"cn-north-1"_s });
    QCOMPARE(stats.faulted, 2);
    QCOMPARE(stats.inFlight, 0);
}

void tst_Faults::appliesRulesPerScope()
{
    FaultRule beijing = rule(Cloud::Aliyun, {});
    beijing.accountId = u"aliyun"_s;
    beijing.region = u"cn-beijing"_s;
    beijing.profile.serverErrorShare = 1;
    beijing.profile.serverErrorStatus = 503;
    FaultRule quiet = rule(std::nullopt, {});
    m_emulator->setFaults({ beijing });
    QCOMPARE(send(Cloud::Aliyun, u"cn-beijing"_s).status, 503);
    QCOMPARE(send(Cloud::Aliyun, u"cn-hangzhou"_s).status, 200);
    // The last matching rule wins: a later catch-all switches Beijing back to normal.
    m_emulator->setFaults({ beijing, quiet });
    QCOMPARE(send(Cloud::Aliyun, u"cn-beijing"_s).status, 200);
}

void tst_Faults::countsRequestsInFlightPerScope()
{
    FaultProfile latency;
    latency.latencyMs = 200;
    m_emulator->setFaults({ rule(Cloud::Tencent, latency) });
    std::vector<std::unique_ptr<QTcpSocket>> sockets;
    for (int i = 0; i < 3; ++i) {
        auto socket = std::make_unique<QTcpSocket>();
        socket->connectToHost(u"127.0.0.1"_s, m_emulator->port(Cloud::Tencent));
        QVERIFY(socket->waitForConnected(5000));
        socket->write(request(Cloud::Tencent).bytes(m_emulator->port(Cloud::Tencent)));
        sockets.push_back(std::move(socket));
    }
    QTRY_COMPARE(m_emulator->stats({ u"tencent"_s, u"ap-guangzhou"_s }).inFlight, 3);
    for (auto &socket : sockets)
        QCOMPARE(EmulatorTestClient::readResponse(*socket, 5000).status, 200);
    QTRY_COMPARE(m_emulator->requestsInFlight(), 0);
    ScopeStats stats = m_emulator->stats({ u"tencent"_s, u"ap-guangzhou"_s });
    QCOMPARE(stats.maxInFlight, 3);
    QCOMPARE(stats.maxStatusInFlight, 3);
    QCOMPARE(stats.requests, 3);

    m_emulator->resetStats();
    for (int i = 0; i < 3; ++i)
        QCOMPARE(send(Cloud::Tencent).status, 200);
    stats = m_emulator->stats({ u"tencent"_s, u"ap-guangzhou"_s });
    QCOMPARE(stats.maxInFlight, 1);
    QCOMPARE(stats.statusRequests, 3);
}

QTEST_GUILESS_MAIN(tst_Faults)
#include "tst_faults.moc"
