// What the four clients make of every fault the emulator injects, end to end over real HTTP
// on 127.0.0.1: each FetchError kind with the cloud's code, request id and retry hint, each
// bad body, the timeout (late answer, trickling body), the size cap, dropped connections,
// clock skew corrected with the server's time, and refused http:// endpoints. A failed listing
// never carries instances.
#include "emulatorfixture.h"

#include <QNetworkAccessManager>
#include <QTcpServer>
#include <QTest>

using namespace Qt::StringLiterals;
using K = FetchError::Kind;

namespace {

enum class Fault {
    AuthFailure,
    Forbidden,
    WrongSecret,
    Throttled,
    ThrottledWithRetryAfter,
    Server500,
    Server503,
    UnknownRegion,
    DropBeforeAnswer,
    DropMidBody,
    ConnectionRefused,
    LateAnswer,
    TricklingBody,
    HtmlErrorPage,
    Truncated,
    WrongTypes,
    MissingFields,
    TooLarge,
};

struct Scope
{
    const char *account;
    const char *region;
};
constexpr Scope scopes[] = { { "jd", "cn-north-1" },
                             { "zl", "" },
                             { "ali", "cn-hangzhou" },
                             { "tc", "ap-guangzhou" },
                             { "tcl", "ap-guangzhou" } };

} // namespace

class tst_ProviderClientFaults : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void reportsEachFault_data();
    void reportsEachFault();
    void clockSkewIsCorrectedWithServerTime_data();
    void clockSkewIsCorrectedWithServerTime();
    void refusesPlainHttpToRemoteHosts_data();
    void refusesPlainHttpToRemoteHosts();

private:
    Emulator m_emulator { EmulatorFixture::config() };
    QNetworkAccessManager m_network;
};

void tst_ProviderClientFaults::initTestCase()
{
    QVERIFY2(m_emulator.start(), qPrintable(m_emulator.errorString()));
}

void tst_ProviderClientFaults::cleanup()
{
    m_emulator.setFaults({});
}

void tst_ProviderClientFaults::reportsEachFault_data()
{
    QTest::addColumn<QString>("account");
    QTest::addColumn<QString>("region");
    QTest::addColumn<Fault>("fault");
    QTest::addColumn<K>("kind");
    const struct
    {
        const char *name;
        Fault fault;
        K kind;
    } faults[] = {
        { "auth-failure", Fault::AuthFailure, K::Auth },
        { "forbidden", Fault::Forbidden, K::Auth },
        { "wrong-secret", Fault::WrongSecret, K::Auth },
        { "throttled", Fault::Throttled, K::Throttled },
        { "throttled-retry-after", Fault::ThrottledWithRetryAfter, K::Throttled },
        { "server-500", Fault::Server500, K::Server },
        { "server-503", Fault::Server503, K::Server },
        { "unknown-region", Fault::UnknownRegion, K::InvalidRequest },
        { "drop-before-answer", Fault::DropBeforeAnswer, K::Network },
        { "drop-mid-body", Fault::DropMidBody, K::Malformed },
        { "connection-refused", Fault::ConnectionRefused, K::Network },
        { "late-answer", Fault::LateAnswer, K::Timeout },
        { "trickling-body", Fault::TricklingBody, K::Timeout },
        { "html-error-page", Fault::HtmlErrorPage, K::Server }, // a 502 page from a gateway
        { "truncated", Fault::Truncated, K::Malformed },
        { "wrong-types", Fault::WrongTypes, K::Malformed },
        { "missing-fields", Fault::MissingFields, K::Malformed },
        { "too-large", Fault::TooLarge, K::Malformed },
    };
    for (const Scope &scope : scopes) {
        for (const auto &f : faults) {
            if (f.fault == Fault::UnknownRegion && !*scope.region)
                continue; // Zenlayer has no region to get wrong
            QTest::addRow("%s-%s", scope.account, f.name)
                << QString::fromLatin1(scope.account) << QString::fromLatin1(scope.region)
                << f.fault << f.kind;
        }
    }
}

void tst_ProviderClientFaults::reportsEachFault()
{
    QFETCH(QString, account);
    QFETCH(QString, region);
    QFETCH(Fault, fault);
    QFETCH(K, kind);

    const Cloud cloud = m_emulator.config().account(account)->cloud;
    std::unique_ptr<ProviderClient> client(ProviderClient::create(cloud, &m_network));
    ClientOptions options;
    options.requestTimeoutMs = 500;
    client->setOptions(options);
    FetchRequest request = EmulatorFixture::request(m_emulator, account, region);

    FaultRule rule;
    rule.accountId = account;
    FaultProfile &p = rule.profile;
    switch (fault) {
    case Fault::AuthFailure:
        p.authFailureShare = 1;
        break;
    case Fault::Forbidden:
        p.forbiddenShare = 1;
        break;
    case Fault::WrongSecret:
        request.credentials = Credentials(request.credentials.accessKeyId, "not-the-secret");
        break;
    case Fault::Throttled:
        p.throttleShare = 1;
        break;
    case Fault::ThrottledWithRetryAfter:
        p.throttleShare = 1;
        p.retryAfterSeconds = 7;
        break;
    case Fault::Server500:
        p.serverErrorShare = 1;
        p.serverErrorStatus = 500;
        break;
    case Fault::Server503:
        p.serverErrorShare = 1;
        p.serverErrorStatus = 503;
        break;
    case Fault::UnknownRegion:
        request.region = cloud == Cloud::JdCloud ? u"cn-west-9"_s
            : cloud == Cloud::Aliyun             ? u"cn-atlantis"_s
                                                 : u"ap-atlantis"_s;
        break;
    case Fault::DropBeforeAnswer:
        p.dropShare = 1;
        p.drop = FaultProfile::Drop::BeforeAnswer;
        break;
    case Fault::DropMidBody:
        p.dropShare = 1;
        p.drop = FaultProfile::Drop::MidBody;
        break;
    case Fault::ConnectionRefused: {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        request.account.endpoint = QUrl(u"http://127.0.0.1:%1"_s.arg(closed.serverPort()));
        break; // closed when it goes out of scope: nothing listens there any more
    }
    case Fault::LateAnswer:
        p.latencyMs = 3000;
        break;
    case Fault::TricklingBody:
        p.slowBodyShare = 1;
        p.slowBodyChunkBytes = 8;
        p.slowBodyIntervalMs = 200;
        break;
    case Fault::HtmlErrorPage:
        p.malformedShare = 1;
        p.malformed = FaultProfile::Malformed::Html;
        break;
    case Fault::Truncated:
        p.malformedShare = 1;
        p.malformed = FaultProfile::Malformed::Truncated;
        break;
    case Fault::WrongTypes:
        p.malformedShare = 1;
        p.malformed = FaultProfile::Malformed::WrongTypes;
        break;
    case Fault::MissingFields:
        p.malformedShare = 1;
        p.malformed = FaultProfile::Malformed::MissingFields;
        break;
    case Fault::TooLarge:
        options.maxResponseBytes = 300; // every page of this fleet is larger
        client->setOptions(options);
        break;
    }
    if (!p.isNull())
        m_emulator.setFaults({ rule });

    const Snapshot snapshot = EmulatorFixture::status(*client, request);
    QVERIFY(snapshot.error);
    const FetchError &error = *snapshot.error;
    QVERIFY2(error.code != u"TEST-NO-ANSWER", "no snapshot arrived");
    QVERIFY2(error.kind == kind, EmulatorFixture::describe(snapshot.error).constData());
    QVERIFY(!error.code.isEmpty());
    QVERIFY(!error.message.isEmpty());
    QVERIFY(!error.message.contains(u'<'));
    QVERIFY(!error.message.contains(u"not-the-secret"));
    QVERIFY(snapshot.instances.isEmpty());
    QVERIFY(snapshot.requestCount >= (fault == Fault::ConnectionRefused ? 1 : 1));

    // Answers in the cloud's error envelope keep its request id, and report the Date header.
    const bool envelope = fault == Fault::AuthFailure || fault == Fault::Forbidden
        || fault == Fault::WrongSecret || fault == Fault::Throttled
        || fault == Fault::ThrottledWithRetryAfter || fault == Fault::Server500
        || fault == Fault::Server503 || fault == Fault::UnknownRegion;
    if (envelope) {
        QVERIFY2(!error.requestId.isEmpty(), qPrintable(error.code));
        QVERIFY(error.serverTime.isValid());
        QVERIFY(qAbs(error.serverTime.secsTo(QDateTime::currentDateTimeUtc())) < 60);
    }
    if (fault == Fault::ThrottledWithRetryAfter)
        QCOMPARE(error.retryAfterMs, std::optional<qint64>(7000));
    if (fault == Fault::Throttled) {
        // No Retry-After: Zenlayer's SDK backoff and Tencent's per-second limits give a hint.
        const bool hinted = cloud == Cloud::Zenlayer || cloud == Cloud::Tencent;
        QCOMPARE(error.retryAfterMs, hinted ? std::optional<qint64>(1000) : std::nullopt);
    }
    if (fault == Fault::TooLarge)
        QCOMPARE(error.code, u"ResponseTooLarge"_s);
    if (fault == Fault::Server500 || fault == Fault::Server503)
        QCOMPARE(error.httpStatus,
                 cloud == Cloud::Tencent ? 200 : (fault == Fault::Server500 ? 500 : 503));
}

void tst_ProviderClientFaults::clockSkewIsCorrectedWithServerTime_data()
{
    QTest::addColumn<QString>("account");
    QTest::addColumn<QString>("region");
    for (const Scope &scope : scopes)
        QTest::addRow("%s", scope.account)
            << QString::fromLatin1(scope.account) << QString::fromLatin1(scope.region);
}

void tst_ProviderClientFaults::clockSkewIsCorrectedWithServerTime()
{
    QFETCH(QString, account);
    QFETCH(QString, region);
    // The cloud's clock runs an hour and a half behind this machine's.
    const qint64 skewMs = -90LL * 60 * 1000;
    FaultRule rule;
    rule.accountId = account;
    rule.profile.clockSkewMs = skewMs;
    m_emulator.setFaults({ rule });
    const Cloud cloud = m_emulator.config().account(account)->cloud;
    std::unique_ptr<ProviderClient> client(ProviderClient::create(cloud, &m_network));
    FetchRequest request = EmulatorFixture::request(m_emulator, account, region);

    const Snapshot first = EmulatorFixture::status(*client, request);
    QVERIFY(first.error);
    QVERIFY2(first.error->kind == K::ClockSkew, EmulatorFixture::describe(first.error).constData());
    QVERIFY(first.error->serverTime.isValid());
    const qint64 offset = ProviderClient::clockOffsetFor(*first.error, client->now());
    QVERIFY2(qAbs(offset - skewMs) < 5000, qPrintable(QString::number(offset)));

    request.clockOffsetMs = offset; // what the poller does before its one retry
    const Snapshot second = EmulatorFixture::status(*client, request);
    QVERIFY2(second.isComplete(), EmulatorFixture::describe(second.error).constData());
    QCOMPARE(second.instances.size(), m_emulator.fleet(account, region).size());
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
    for (const Scope &scope : scopes) {
        const QString account = QString::fromLatin1(scope.account);
        std::unique_ptr<ProviderClient> client(
            ProviderClient::create(m_emulator.config().account(account)->cloud, &m_network));
        FetchRequest request =
            EmulatorFixture::request(m_emulator, account, QString::fromLatin1(scope.region));
        request.account.endpoint = QUrl(endpoint);
        const Snapshot s = EmulatorFixture::status(*client, request);
        QVERIFY(s.error);
        QCOMPARE(s.error->kind, K::InvalidRequest);
        QCOMPARE(s.error->code, code);
        QCOMPARE(s.requestCount, 0);
        QVERIFY(!s.error->message.contains(u"pw"));
    }
}

QTEST_GUILESS_MAIN(tst_ProviderClientFaults)
#include "tst_providerclientfaults.moc"
