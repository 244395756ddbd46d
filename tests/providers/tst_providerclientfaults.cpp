// What the clients make of every way a listing can fail, end to end over real HTTP on
// 127.0.0.1, per cloud: each FetchError kind with the cloud's code, message, request id and
// retry hint; bad bodies (HTML, truncated, empty, wrong types, missing fields); the timeout and
// the size cap; refused http:// endpoints; pages that contradict each other. A failed listing
// never carries instances.
#include "clienttest.h"
#include "fakecloud.h"
#include "providerclient.h"

#include <QNetworkAccessManager>
#include <QTcpServer>
#include <QTest>

using namespace Qt::StringLiterals;
using K = FetchError::Kind;

namespace {

enum class Fault {
    WrongSecret,
    Throttle429,
    ThrottleCode,
    InvalidCode,
    Server500Html,
    Server503Envelope,
    ConnectionRefused,
    ConnectionClosed,
    Hang,
    Html200,
    TruncatedJson,
    CutConnection,
    EmptyBody,
    WrongTypes,
    MissingFields,
    Endless,
    DeclaredHuge,
    ChallengeBlock,
    Blocked451,
    TotalChanges,
    LostItems,
    DuplicateIds,
};

// The cloud's own error envelope, as FakeCloud would send it.
QByteArray envelope(Cloud cloud, const char *code, const char *message)
{
    switch (cloud) {
    case Cloud::JdCloud:
        return R"({"requestId":"rid-1","error":{"code":400,"status":")" + QByteArray(code)
            + R"(","message":")" + message + R"("}})";
    case Cloud::Zenlayer:
        return R"({"requestId":"rid-1","code":")" + QByteArray(code) + R"(","message":")" + message
            + R"("})";
    case Cloud::Aliyun:
        return R"({"RequestId":"rid-1","HostId":"ecs.aliyuncs.com","Code":")" + QByteArray(code)
            + R"(","Message":")" + message + R"("})";
    case Cloud::Tencent:
        return R"({"Response":{"Error":{"Code":")" + QByteArray(code) + R"(","Message":")" + message
            + R"("},"RequestId":"rid-1"}})";
    }
    return {};
}

// A well-formed first page body whose total is `total` but which carries `items` ids.
QByteArray pageBody(Cloud cloud, qint64 total, const QStringList &ids)
{
    QByteArray items;
    for (const QString &id : ids) {
        if (!items.isEmpty())
            items += ',';
        switch (cloud) {
        case Cloud::JdCloud:
            items += R"({"instanceId":")" + id.toUtf8() + R"(","status":"running"})";
            break;
        case Cloud::Zenlayer:
            items += R"({"instanceId":")" + id.toUtf8() + R"(","instanceStatus":"RUNNING"})";
            break;
        case Cloud::Aliyun:
            items += R"({"InstanceId":")" + id.toUtf8() + R"(","Status":"Running"})";
            break;
        case Cloud::Tencent:
            items += R"({"InstanceId":")" + id.toUtf8() + R"(","InstanceState":"RUNNING"})";
            break;
        }
    }
    const QByteArray t = QByteArray::number(total);
    switch (cloud) {
    case Cloud::JdCloud:
        return R"({"requestId":"rid-p","result":{"instanceStatuses":[)" + items
            + "],\"totalCount\":" + t + "}}";
    case Cloud::Zenlayer:
        return R"({"requestId":"rid-p","response":{"totalCount":)" + t + R"(,"dataSet":[)" + items
            + "]}}";
    case Cloud::Aliyun:
        return R"({"RequestId":"rid-p","TotalCount":)" + t
            + R"(,"InstanceStatuses":{"InstanceStatus":[)" + items + "]}}";
    case Cloud::Tencent:
        return R"({"Response":{"RequestId":"rid-p","TotalCount":)" + t + R"(,"InstanceStatusSet":[)"
            + items + "]}}";
    }
    return {};
}

int pageSizeOf(Cloud cloud)
{
    switch (cloud) {
    case Cloud::JdCloud:
    case Cloud::Tencent:
        return 100;
    case Cloud::Zenlayer:
        return 1000;
    case Cloud::Aliyun:
        return 50;
    }
    return 1;
}

} // namespace

class tst_ProviderClientFaults : public QObject
{
    Q_OBJECT

private slots:
    void reportsEachFault_data();
    void reportsEachFault();
    void clockSkewIsCorrectedWithServerTime_data();
    void clockSkewIsCorrectedWithServerTime();
    void refusesPlainHttpToRemoteHosts_data();
    void refusesPlainHttpToRemoteHosts();
    void errorOnALaterPageDiscardsTheListing();

private:
    QNetworkAccessManager m_network;
};

void tst_ProviderClientFaults::reportsEachFault_data()
{
    QTest::addColumn<Cloud>("cloud");
    QTest::addColumn<Fault>("fault");
    QTest::addColumn<K>("kind");
    QTest::addColumn<QString>("code"); // empty: not checked

    struct Row
    {
        const char *name;
        Fault fault;
        K kind;
        const char *code;
    };
    const Row common[] = {
        { "wrong-secret", Fault::WrongSecret, K::Auth, "" },
        { "throttle-429", Fault::Throttle429, K::Throttled, "" },
        { "throttle-code", Fault::ThrottleCode, K::Throttled, "" },
        { "invalid-request", Fault::InvalidCode, K::InvalidRequest, "" },
        { "server-500-html", Fault::Server500Html, K::Server, "HTTP 500" },
        { "server-503-envelope", Fault::Server503Envelope, K::Server, "" },
        { "connection-refused", Fault::ConnectionRefused, K::Network, "ConnectionRefused" },
        { "connection-closed", Fault::ConnectionClosed, K::Network, "ConnectionClosed" },
        { "hang", Fault::Hang, K::Timeout, "Timeout" },
        { "html-200", Fault::Html200, K::Malformed, "MalformedResponse" },
        { "truncated-json", Fault::TruncatedJson, K::Malformed, "MalformedResponse" },
        { "cut-connection", Fault::CutConnection, K::Malformed, "Truncated" },
        { "empty-body", Fault::EmptyBody, K::Malformed, "MalformedResponse" },
        { "wrong-types", Fault::WrongTypes, K::Malformed, "MalformedResponse" },
        { "missing-fields", Fault::MissingFields, K::Malformed, "MalformedResponse" },
        { "endless-body", Fault::Endless, K::Malformed, "ResponseTooLarge" },
        { "declared-huge", Fault::DeclaredHuge, K::Malformed, "ResponseTooLarge" },
        { "total-changes", Fault::TotalChanges, K::Malformed, "InconsistentPages" },
        { "lost-items", Fault::LostItems, K::Malformed, "InconsistentPages" },
        { "duplicate-ids", Fault::DuplicateIds, K::Malformed, "InconsistentPages" },
    };
    for (Cloud cloud : allClouds) {
        for (const Row &row : common) {
            QTest::addRow("%s-%s", qPrintable(cloudId(cloud)), row.name)
                << cloud << row.fault << row.kind << QString::fromLatin1(row.code);
        }
    }
    QTest::newRow("zenlayer-cf-challenge")
        << Cloud::Zenlayer << Fault::ChallengeBlock << K::Network << u"ChallengeBlocked"_s;
    QTest::newRow("zenlayer-451") << Cloud::Zenlayer << Fault::Blocked451 << K::Network
                                  << u"HTTP 451"_s;
}

void tst_ProviderClientFaults::reportsEachFault()
{
    QFETCH(Cloud, cloud);
    QFETCH(Fault, fault);
    QFETCH(K, kind);
    QFETCH(QString, code);

    FakeCloud fake(cloud);
    QVERIFY(fake.listen());
    const int size = pageSizeOf(cloud);
    fake.setFleet(size * 2 + 1); // three pages: faults on page 2 hit a listing under way
    std::unique_ptr<ProviderClient> client(ProviderClient::create(cloud, &m_network));
    ClientOptions options;
    options.requestTimeoutMs = 400;
    options.maxResponseBytes = 256 * 1024;
    client->setOptions(options);
    FetchRequest request = ClientTest::requestFor(fake);

    QString expectedRequestId;
    auto on = [&fake](int page, std::function<FakeResponse()> make) {
        fake.setFault([page, make](const FakeRequest &, int p) -> std::optional<FakeResponse> {
            if (p == page)
                return make();
            return std::nullopt;
        });
    };
    switch (fault) {
    case Fault::WrongSecret:
        request.credentials = Credentials(QString::fromLatin1(FakeCloud::keyId), "not-the-secret");
        break;
    case Fault::Throttle429:
        on(1, [cloud] {
            FakeResponse r =
                FakeResponse::json(429, envelope(cloud, "REQUEST_LIMIT_EXCEEDED", "slow down"));
            r.headers.emplaceBack("Retry-After", "7");
            if (cloud == Cloud::Tencent) // Tencent throttles inside a 200 answer, without a header
                r = FakeResponse::json(200, envelope(cloud, "RequestLimitExceeded", "slow down"));
            return r;
        });
        break;
    case Fault::ThrottleCode: {
        const char *codes[] = { "TOO_MANY_REQUESTS", "REQUEST_LIMIT_EXCEEDED", "Throttling.User",
                                "RequestLimitExceeded.UinLimitExceeded" };
        const char *c = codes[int(cloud)];
        const int status = cloud == Cloud::Tencent ? 200 : cloud == Cloud::Aliyun ? 400 : 429;
        on(2, [=] { return FakeResponse::json(status, envelope(cloud, c, "throttled")); });
        expectedRequestId = u"rid-1"_s;
        break;
    }
    case Fault::InvalidCode: {
        const char *codes[] = { "INVALID_ARGUMENT", "INVALID_ZONE_NOT_FOUND",
                                "InvalidRegionId.NotFound", "InvalidParameterValue" };
        const int statuses[] = { 400, 400, 404, 200 };
        const char *c = codes[int(cloud)];
        const int status = statuses[int(cloud)];
        on(1, [=] { return FakeResponse::json(status, envelope(cloud, c, "no such thing")); });
        code = QString::fromLatin1(c);
        expectedRequestId = u"rid-1"_s;
        break;
    }
    case Fault::Server500Html:
        on(2, [] {
            FakeResponse r;
            r.status = 500;
            r.body = "<html><body><h1>500 Internal Server Error</h1></body></html>";
            return r;
        });
        break;
    case Fault::Server503Envelope: {
        const char *codes[] = { "UNAVAILABLE", "INTERNAL_ERROR", "ServiceUnavailable",
                                "InternalError" };
        const char *c = codes[int(cloud)];
        const int status = cloud == Cloud::Tencent ? 200 : 503;
        on(1, [=] {
            FakeResponse r = FakeResponse::json(status, envelope(cloud, c, "try later"));
            r.headers.emplaceBack("Retry-After", "3");
            return r;
        });
        expectedRequestId = u"rid-1"_s;
        break;
    }
    case Fault::ConnectionRefused: {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const quint16 port = closed.serverPort();
        closed.close();
        request.account.endpoint = QUrl(u"http://127.0.0.1:%1"_s.arg(port));
        break;
    }
    case Fault::ConnectionClosed:
        on(1, [] {
            FakeResponse r;
            r.mode = FakeResponse::Mode::Close;
            return r;
        });
        break;
    case Fault::Hang:
        on(2, [] {
            FakeResponse r;
            r.mode = FakeResponse::Mode::Hang;
            return r;
        });
        break;
    case Fault::Html200:
        on(1, [] {
            FakeResponse r;
            r.headers.emplaceBack("Content-Type", "text/html");
            r.body = "<!DOCTYPE html><html><body>Please log in to the Wi-Fi</body></html>";
            return r;
        });
        break;
    case Fault::TruncatedJson:
        on(2, [cloud] {
            const QByteArray full = pageBody(cloud, 3, { u"a"_s, u"b"_s });
            return FakeResponse::json(200, full.left(full.size() / 2));
        });
        break;
    case Fault::CutConnection:
        on(2, [cloud] {
            FakeResponse r = FakeResponse::json(200, pageBody(cloud, 3, { u"a"_s }));
            r.mode = FakeResponse::Mode::Truncate;
            return r;
        });
        break;
    case Fault::EmptyBody:
        on(1, [] { return FakeResponse::json(200, QByteArray()); });
        break;
    case Fault::WrongTypes:
        on(1, [cloud, size] {
            QByteArray body = pageBody(cloud, size * 2 + 1, {});
            const QByteArray total = QByteArray::number(size * 2 + 1);
            body.replace(total, QByteArray('"' + total + '"'));
            return FakeResponse::json(200, body);
        });
        break;
    case Fault::MissingFields:
        on(1, [cloud] {
            QByteArray body = pageBody(cloud, 1, { u"x"_s });
            body.replace("nstanceId", "nstanceIdentifier");
            return FakeResponse::json(200, body);
        });
        break;
    case Fault::Endless:
        on(1, [] {
            FakeResponse r;
            r.mode = FakeResponse::Mode::Endless;
            return r;
        });
        break;
    case Fault::DeclaredHuge:
        on(1, [] {
            FakeResponse r = FakeResponse::json(200, "{}");
            r.headers.emplaceBack("Content-Length", "104857600");
            return r;
        });
        break;
    case Fault::ChallengeBlock:
        on(1, [] {
            FakeResponse r;
            r.status = 403;
            r.headers.emplaceBack("cf-mitigated", "challenge");
            r.headers.emplaceBack("Content-Type", "text/html");
            r.body = "<html>Just a moment...</html>";
            return r;
        });
        break;
    case Fault::Blocked451:
        on(1, [] {
            FakeResponse r;
            r.status = 451;
            r.body = "blocked";
            return r;
        });
        break;
    case Fault::TotalChanges:
        on(2, [cloud, size, &fake] {
            QStringList ids;
            for (int i = size; i < 2 * size; ++i)
                ids.append(fake.fleet().at(i).id);
            return FakeResponse::json(200, pageBody(cloud, size * 2 + 2, ids));
        });
        break;
    case Fault::LostItems:
        on(2, [cloud, size, &fake] {
            QStringList ids;
            for (int i = size; i < 2 * size - 1; ++i)
                ids.append(fake.fleet().at(i).id);
            return FakeResponse::json(200, pageBody(cloud, size * 2 + 1, ids));
        });
        break;
    case Fault::DuplicateIds:
        on(3, [cloud, size, &fake] {
            return FakeResponse::json(200,
                                      pageBody(cloud, size * 2 + 1, { fake.fleet().at(0).id }));
        });
        break;
    }

    const Snapshot snapshot = ClientTest::status(*client, request);
    QVERIFY(snapshot.error.has_value());
    const FetchError &error = *snapshot.error;
    QVERIFY2(error.code != u"TEST-NO-ANSWER", "no snapshot arrived");
    QVERIFY2(error.kind == kind,
             qPrintable(u"got %1 (%2: %3)"_s.arg(error.kindName(), error.code, error.message)));
    if (!code.isEmpty())
        QCOMPARE(error.code, code);
    QVERIFY(!error.message.isEmpty());
    QVERIFY(snapshot.instances.isEmpty());
    if (!expectedRequestId.isEmpty())
        QCOMPARE(error.requestId, expectedRequestId);
    if (fault == Fault::WrongSecret) {
        QVERIFY(!fake.signatureFailures().isEmpty());
        QVERIFY(error.requestId.startsWith(u"req-err-"));
        QVERIFY(!error.message.contains(u"not-the-secret"));
    }
    if (fault == Fault::Throttle429)
        QCOMPARE(error.retryAfterMs, std::optional<qint64>(cloud == Cloud::Tencent ? 1000 : 7000));
    if (fault == Fault::Server503Envelope && cloud != Cloud::Tencent)
        QCOMPARE(error.retryAfterMs, std::optional<qint64>(3000));
    if (fault == Fault::Html200 || fault == Fault::Server500Html)
        QVERIFY(!error.message.contains(u'<'));
    if (fault == Fault::Endless || fault == Fault::DeclaredHuge)
        QVERIFY(snapshot.requestCount >= 1);
}

void tst_ProviderClientFaults::clockSkewIsCorrectedWithServerTime_data()
{
    QTest::addColumn<Cloud>("cloud");
    QTest::addColumn<Account::ApiStyle>("style");
    for (Cloud cloud : allClouds)
        QTest::addRow("%s", qPrintable(cloudId(cloud))) << cloud << Account::ApiStyle::V3;
    QTest::newRow("tencent-legacy") << Cloud::Tencent << Account::ApiStyle::Legacy;
}

void tst_ProviderClientFaults::clockSkewIsCorrectedWithServerTime()
{
    QFETCH(Cloud, cloud);
    QFETCH(Account::ApiStyle, style);
    FakeCloud fake(cloud);
    QVERIFY(fake.listen());
    fake.setFleet(3);
    std::unique_ptr<ProviderClient> client(ProviderClient::create(cloud, &m_network));
    // This machine's clock runs an hour and a half ahead of the cloud's.
    const qint64 skewMs = 90 * 60 * 1000;
    client->setClock([skewMs] { return QDateTime::currentDateTimeUtc().addMSecs(skewMs); });
    FetchRequest request = ClientTest::requestFor(fake, style);

    const Snapshot first = ClientTest::status(*client, request);
    QVERIFY(first.error);
    QVERIFY2(first.error->kind == K::ClockSkew,
             qPrintable(first.error->kindName() + u' ' + first.error->code));
    QVERIFY(first.error->serverTime.isValid());
    const qint64 offset = ProviderClient::clockOffsetFor(*first.error, client->now());
    QVERIFY(qAbs(offset + skewMs) < 5000);

    request.clockOffsetMs = offset; // what the poller does before its one retry
    const Snapshot second = ClientTest::status(*client, request);
    QVERIFY2(second.isComplete(), qPrintable(second.error ? second.error->message : QString()));
    QCOMPARE(second.instances.size(), 3);
}

void tst_ProviderClientFaults::refusesPlainHttpToRemoteHosts_data()
{
    QTest::addColumn<QString>("endpoint");
    QTest::addColumn<QString>("code");
    QTest::newRow("http-remote") << u"http://ecs.cn-hangzhou.aliyuncs.com"_s
                                 << u"InsecureEndpoint"_s;
    QTest::newRow("http-lookalike") << u"http://127.0.0.1.example.com"_s << u"InsecureEndpoint"_s;
    QTest::newRow("http-private-lan") << u"http://10.0.0.5:8080"_s << u"InsecureEndpoint"_s;
    QTest::newRow("ftp") << u"ftp://127.0.0.1"_s << u"InvalidEndpoint"_s;
    QTest::newRow("user-info") << u"https://user:pw@gw.example.com"_s << u"InvalidEndpoint"_s;
}

void tst_ProviderClientFaults::refusesPlainHttpToRemoteHosts()
{
    QFETCH(QString, endpoint);
    QFETCH(QString, code);
    for (Cloud cloud : allClouds) {
        FakeCloud fake(cloud);
        std::unique_ptr<ProviderClient> client(ProviderClient::create(cloud, &m_network));
        FetchRequest request = ClientTest::requestFor(fake);
        request.account.endpoint = QUrl(endpoint);
        const Snapshot s = ClientTest::status(*client, request);
        QVERIFY(s.error);
        QCOMPARE(s.error->kind, K::InvalidRequest);
        QCOMPARE(s.error->code, code);
        QCOMPARE(s.requestCount, 0);
        QVERIFY(!s.error->message.contains(u"pw"));
    }
}

void tst_ProviderClientFaults::errorOnALaterPageDiscardsTheListing()
{
    FakeCloud fake(Cloud::JdCloud);
    QVERIFY(fake.listen());
    fake.setFleet(500);
    fake.setFault([](const FakeRequest &, int page) -> std::optional<FakeResponse> {
        if (page == 4)
            return FakeResponse::json(500, envelope(Cloud::JdCloud, "INTERNAL", "boom"));
        return std::nullopt;
    });
    std::unique_ptr<ProviderClient> client(ProviderClient::create(Cloud::JdCloud, &m_network));
    const Snapshot s = ClientTest::status(*client, ClientTest::requestFor(fake));
    QVERIFY(s.error);
    QCOMPARE(s.error->kind, K::Server);
    QCOMPARE(s.error->code, u"INTERNAL"_s);
    QCOMPARE(s.error->httpStatus, 500);
    QVERIFY(s.instances.isEmpty());
}

QTEST_GUILESS_MAIN(tst_ProviderClientFaults)
#include "tst_providerclientfaults.moc"
