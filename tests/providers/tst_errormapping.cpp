// ErrorMapping and Endpoint: what an HTTP status means on its own, Retry-After in both forms,
// the Date header, the Auth→ClockSkew rule, loopback detection, the http:// policy, URL
// assembly with a base path, and the Host header the signers sign.
#include "endpoint.h"
#include "errormapping.h"
#include "replyreader.h"

#include <QTest>

using namespace Qt::StringLiterals;
using K = FetchError::Kind;

class tst_ErrorMapping : public QObject
{
    Q_OBJECT

private slots:
    void kindForHttpStatus_data();
    void kindForHttpStatus();
    void retryAfter_data();
    void retryAfter();
    void serverDate();
    void authBecomesClockSkewOnlyBeyondTheWindow();
    void transportErrorsAreNetwork();
    void loopback_data();
    void loopback();
    void endpointPolicy_data();
    void endpointPolicy();
    void resolveAndHostHeader_data();
    void resolveAndHostHeader();
};

void tst_ErrorMapping::kindForHttpStatus_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<K>("kind");
    QTest::newRow("301") << 301 << K::Network;
    QTest::newRow("400") << 400 << K::InvalidRequest;
    QTest::newRow("401") << 401 << K::Auth;
    QTest::newRow("403") << 403 << K::Auth;
    QTest::newRow("404") << 404 << K::InvalidRequest;
    QTest::newRow("407") << 407 << K::Network;
    QTest::newRow("408") << 408 << K::Timeout;
    QTest::newRow("429") << 429 << K::Throttled;
    QTest::newRow("451") << 451 << K::Network;
    QTest::newRow("500") << 500 << K::Server;
    QTest::newRow("502") << 502 << K::Server;
    QTest::newRow("503") << 503 << K::Server;
    QTest::newRow("504") << 504 << K::Server;
    QTest::newRow("200") << 200 << K::Malformed;
}

void tst_ErrorMapping::kindForHttpStatus()
{
    QFETCH(int, status);
    QFETCH(K, kind);
    QCOMPARE(ErrorMapping::kindForHttpStatus(status), kind);
    RawReply reply;
    reply.httpStatus = status;
    reply.headers = { { "Location", "https://login.example/?next=%0d<script>" } };
    const FetchError e = ErrorMapping::fromHttpStatus(reply, u"an HTML page"_s);
    QCOMPARE(e.kind, kind);
    QCOMPARE(e.code, u"HTTP %1"_s.arg(status));
}

void tst_ErrorMapping::retryAfter_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<qint64>("expectedMs"); // -1: none
    QTest::newRow("seconds") << QByteArray("120") << qint64(120'000);
    QTest::newRow("zero") << QByteArray("0") << qint64(0);
    QTest::newRow("padded") << QByteArray(" 5 ") << qint64(5000);
    QTest::newRow("date") << QByteArray("Fri, 15 Mar 2024 08:31:30 GMT") << qint64(90'000);
    QTest::newRow("date in the past") << QByteArray("Fri, 15 Mar 2024 08:00:00 GMT") << qint64(0);
    QTest::newRow("capped at a day") << QByteArray("999999999") << qint64(24LL * 3600 * 1000);
    QTest::newRow("negative") << QByteArray("-3") << qint64(-1);
    QTest::newRow("garbage") << QByteArray("soon") << qint64(-1);
    QTest::newRow("absent") << QByteArray() << qint64(-1);
}

void tst_ErrorMapping::retryAfter()
{
    QFETCH(QByteArray, header);
    QFETCH(qint64, expectedMs);
    RawReply reply;
    reply.httpStatus = 429;
    if (!header.isNull())
        reply.headers = { { "Retry-After", header } };
    const QDateTime now(QDate(2024, 3, 15), QTime(8, 30, 0), Qt::UTC);
    const auto ms = ErrorMapping::retryAfterMs(reply, now);
    QCOMPARE(ms.value_or(-1), expectedMs);

    FetchError throttled;
    throttled.kind = K::Throttled;
    ErrorMapping::annotate(throttled, reply, now);
    QCOMPARE(throttled.retryAfterMs.value_or(-1), expectedMs);
    QCOMPARE(throttled.httpStatus, 429);
    FetchError auth;
    auth.kind = K::Auth; // a hint on an auth failure is not a reason to retry
    ErrorMapping::annotate(auth, reply, now);
    QVERIFY(!auth.retryAfterMs);
}

void tst_ErrorMapping::serverDate()
{
    RawReply reply;
    reply.headers = { { "date", "Sun, 06 Nov 1994 08:49:37 GMT" } };
    QCOMPARE(ErrorMapping::serverDate(reply),
             QDateTime(QDate(1994, 11, 6), QTime(8, 49, 37), Qt::UTC));
    reply.headers = { { "Date", "Sun, 06 Nov 1994 10:49:37 +0200" } };
    QCOMPARE(ErrorMapping::serverDate(reply),
             QDateTime(QDate(1994, 11, 6), QTime(8, 49, 37), Qt::UTC));
    reply.headers = { { "Date", "yesterday" } };
    QVERIFY(!ErrorMapping::serverDate(reply).isValid());
    reply.headers = {};
    QVERIFY(!ErrorMapping::serverDate(reply).isValid());
}

void tst_ErrorMapping::authBecomesClockSkewOnlyBeyondTheWindow()
{
    const QDateTime signedAt(QDate(2024, 3, 15), QTime(8, 30, 0), Qt::UTC);
    FetchError e;
    e.kind = K::Auth;
    e.code = u"UNAUTHENTICATED"_s;
    e.serverTime = signedAt.addSecs(299);
    ErrorMapping::reclassifySkew(e, signedAt, 300);
    QCOMPARE(e.kind, K::Auth);
    e.serverTime = signedAt.addSecs(-301);
    ErrorMapping::reclassifySkew(e, signedAt, 300);
    QCOMPARE(e.kind, K::ClockSkew);
    QCOMPARE(e.code, u"UNAUTHENTICATED"_s);
    FetchError noDate;
    noDate.kind = K::Auth;
    ErrorMapping::reclassifySkew(noDate, signedAt, 300);
    QCOMPARE(noDate.kind, K::Auth);
    FetchError server;
    server.kind = K::Server;
    server.serverTime = signedAt.addSecs(3600);
    ErrorMapping::reclassifySkew(server, signedAt, 300);
    QCOMPARE(server.kind, K::Server);
}

void tst_ErrorMapping::transportErrorsAreNetwork()
{
    const FetchError tls = ReplyReader::transportError(
        QNetworkReply::SslHandshakeFailedError,
        u"Error transferring https://x/?AccessKeyId=AK&Signature=abc - handshake"_s);
    QCOMPARE(tls.kind, K::Network);
    QCOMPARE(tls.code, u"TlsError"_s);
    QVERIFY(!tls.message.contains(u"Signature=abc"));
    QVERIFY(!tls.message.contains(u"AccessKeyId=AK"));
    QCOMPARE(ReplyReader::transportError(QNetworkReply::ConnectionRefusedError, {}).code,
             u"ConnectionRefused"_s);
    QCOMPARE(ReplyReader::transportError(QNetworkReply::HostNotFoundError, {}).code,
             u"HostNotFound"_s);
    QCOMPARE(ReplyReader::transportError(QNetworkReply::TimeoutError, {}).kind, K::Timeout);
}

void tst_ErrorMapping::loopback_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<bool>("loopback");
    QTest::newRow("127.0.0.1") << u"127.0.0.1"_s << true;
    QTest::newRow("127.255.0.9") << u"127.255.0.9"_s << true;
    QTest::newRow("::1") << u"::1"_s << true;
    QTest::newRow("[::1]") << u"[::1]"_s << true;
    QTest::newRow("v4-mapped") << u"::ffff:127.0.0.1"_s << true;
    QTest::newRow("localhost") << u"localhost"_s << true;
    QTest::newRow("LOCALHOST") << u"LOCALHOST"_s << true;
    QTest::newRow("emulator.localhost") << u"emulator.localhost"_s << true;
    QTest::newRow("128.0.0.1") << u"128.0.0.1"_s << false;
    QTest::newRow("10.0.0.1") << u"10.0.0.1"_s << false;
    QTest::newRow("0.0.0.0") << u"0.0.0.0"_s << false;
    QTest::newRow("::") << u"::"_s << false;
    QTest::newRow("127.0.0.1.nip.io") << u"127.0.0.1.nip.io"_s << false;
    QTest::newRow("localhost.example.com") << u"localhost.example.com"_s << false;
    QTest::newRow("notlocalhost") << u"notlocalhost"_s << false;
}

void tst_ErrorMapping::loopback()
{
    QFETCH(QString, host);
    QFETCH(bool, loopback);
    QCOMPARE(Endpoint::isLoopbackHost(host), loopback);
}

void tst_ErrorMapping::endpointPolicy_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("code"); // empty: accepted
    QTest::newRow("https") << u"https://ecs.cn-hangzhou.aliyuncs.com"_s << QString();
    QTest::newRow("https gateway path") << u"https://gw.example/api/"_s << QString();
    QTest::newRow("http loopback") << u"http://127.0.0.1:8080"_s << QString();
    QTest::newRow("http ::1") << u"http://[::1]:8080"_s << QString();
    QTest::newRow("http localhost") << u"http://localhost:8080"_s << QString();
    QTest::newRow("http remote") << u"http://gw.example"_s << u"InsecureEndpoint"_s;
    QTest::newRow("HTTP remote") << u"HTTP://gw.example"_s << u"InsecureEndpoint"_s;
    QTest::newRow("ws") << u"ws://127.0.0.1"_s << u"InvalidEndpoint"_s;
    QTest::newRow("file") << u"file:///etc/passwd"_s << u"InvalidEndpoint"_s;
    QTest::newRow("user info") << u"https://me:secret@gw.example"_s << u"InvalidEndpoint"_s;
    QTest::newRow("query") << u"https://gw.example/?x=1"_s << u"InvalidEndpoint"_s;
    QTest::newRow("no host") << u"https://"_s << u"InvalidEndpoint"_s;
}

void tst_ErrorMapping::endpointPolicy()
{
    QFETCH(QString, url);
    QFETCH(QString, code);
    const auto error = Endpoint::check(QUrl(url));
    QCOMPARE(error.has_value(), !code.isEmpty());
    if (error) {
        QCOMPARE(error->kind, K::InvalidRequest);
        QCOMPARE(error->code, code);
        QVERIFY(!error->message.contains(u"secret"));
    }
}

void tst_ErrorMapping::resolveAndHostHeader_data()
{
    QTest::addColumn<QString>("base");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("host");
    QTest::newRow("public") << QString() << u"/api/v2/vm"_s
                            << u"https://default.example/api/v2/vm"_s << u"default.example"_s;
    QTest::newRow("port") << u"http://127.0.0.1:8080"_s << u"/"_s << u"http://127.0.0.1:8080/"_s
                          << u"127.0.0.1:8080"_s;
    QTest::newRow("prefix") << u"https://gw.example/jd/"_s << u"/v1/regions/r/instances"_s
                            << u"https://gw.example/jd/v1/regions/r/instances"_s << u"gw.example"_s;
    QTest::newRow("default port dropped")
        << u"https://gw.example:443"_s << u"/"_s << u"https://gw.example:443/"_s << u"gw.example"_s;
    QTest::newRow("http 80 dropped")
        << u"http://localhost:80"_s << u"/"_s << u"http://localhost:80/"_s << u"localhost"_s;
    QTest::newRow("upper case host") << u"https://GW.Example:8443"_s << u"/"_s
                                     << u"https://gw.example:8443/"_s << u"gw.example:8443"_s;
    QTest::newRow("ipv6") << u"http://[::1]:9000"_s << u"/"_s << u"http://[::1]:9000/"_s
                          << u"[::1]:9000"_s;
}

void tst_ErrorMapping::resolveAndHostHeader()
{
    QFETCH(QString, base);
    QFETCH(QString, path);
    QFETCH(QString, url);
    QFETCH(QString, host);
    const QUrl resolved = Endpoint::resolve(QUrl(base), QUrl(u"https://default.example"_s), path);
    QCOMPARE(resolved.toString(), url);
    QCOMPARE(Endpoint::hostHeader(resolved), host);
}

QTEST_GUILESS_MAIN(tst_ErrorMapping)
#include "tst_errormapping.moc"
