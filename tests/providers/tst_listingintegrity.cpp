// The answers the emulator does not give, end to end over real HTTP on 127.0.0.1 through a
// small fake of each cloud (which still checks every signature): pages that contradict each
// other (total changes, items lost, ids repeated), an error on a later page, a 200 that is an
// HTML page or empty, endless and over-declared bodies, Zenlayer's Cloudflare challenge and
// HTTP 451. A failed listing never carries instances.
#include "clienttest.h"
#include "fakecloud.h"
#include "providerclient.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTest>

using namespace Qt::StringLiterals;
using K = FetchError::Kind;

namespace {

enum class Fault {
    Html200,
    EmptyBody,
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

class tst_ListingIntegrity : public QObject
{
    Q_OBJECT

private slots:
    void reportsEachFault_data();
    void reportsEachFault();
    void errorOnALaterPageDiscardsTheListing();
    void refusesAnUntrustedCertificate_data();
    void refusesAnUntrustedCertificate();

private:
    QNetworkAccessManager m_network;
};

void tst_ListingIntegrity::reportsEachFault_data()
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
        { "html-200", Fault::Html200, K::Malformed, "MalformedResponse" },
        { "empty-body", Fault::EmptyBody, K::Malformed, "MalformedResponse" },
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

void tst_ListingIntegrity::reportsEachFault()
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

    auto on = [&fake](int page, std::function<FakeResponse()> make) {
        fake.setFault([page, make](const FakeRequest &, int p) -> std::optional<FakeResponse> {
            if (p == page)
                return make();
            return std::nullopt;
        });
    };
    switch (fault) {
    case Fault::Html200:
        on(1, [] {
            FakeResponse r;
            r.headers.emplaceBack("Content-Type", "text/html");
            r.body = "<!DOCTYPE html><html><body>Please log in to the Wi-Fi</body></html>";
            return r;
        });
        break;
    case Fault::EmptyBody:
        on(1, [] { return FakeResponse::json(200, QByteArray()); });
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
    if (fault == Fault::TotalChanges || fault == Fault::LostItems || fault == Fault::DuplicateIds)
        QCOMPARE(error.requestId, u"rid-p"_s); // the page that gave the listing away
    if (fault == Fault::Html200)
        QVERIFY(!error.message.contains(u'<'));
    if (fault == Fault::Endless || fault == Fault::DeclaredHuge)
        QVERIFY(snapshot.requestCount >= 1);
}

void tst_ListingIntegrity::errorOnALaterPageDiscardsTheListing()
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

void tst_ListingIntegrity::refusesAnUntrustedCertificate_data()
{
    QTest::addColumn<Cloud>("cloud");
    for (Cloud cloud : allClouds)
        QTest::addRow("%s", qPrintable(cloudId(cloud))) << cloud;
}

void tst_ListingIntegrity::refusesAnUntrustedCertificate()
{
    QFETCH(Cloud, cloud);
    if (!QSslSocket::supportsSsl())
        QSKIP("no TLS backend");
    QFile certFile(QStringLiteral(FLEETWATCH_TEST_DATA_DIR "/tls/selfsigned-cert.pem"));
    QFile keyFile(QStringLiteral(FLEETWATCH_TEST_DATA_DIR "/tls/selfsigned-key.pem"));
    QVERIFY(certFile.open(QIODevice::ReadOnly) && keyFile.open(QIODevice::ReadOnly));
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificate(QSslCertificate(certFile.readAll()));
    tls.setPrivateKey(QSslKey(keyFile.readAll(), QSsl::Rsa));
    QSslServer server;
    server.setSslConfiguration(tls);
    QVERIFY(server.listen(QHostAddress::LocalHost));
    QByteArray received;
    connect(&server, &QSslServer::pendingConnectionAvailable, &server, [&] {
        while (QTcpSocket *socket = server.nextPendingConnection()) {
            connect(socket, &QTcpSocket::readyRead, socket,
                    [&received, socket] { received += socket->readAll(); });
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        }
    });

    FakeCloud fake(cloud); // only for its account and credentials
    std::unique_ptr<ProviderClient> client(ProviderClient::create(cloud, &m_network));
    FetchRequest request = ClientTest::requestFor(fake);
    request.account.endpoint = QUrl(u"https://127.0.0.1:%1"_s.arg(server.serverPort()));
    const Snapshot s = ClientTest::status(*client, request);
    QVERIFY(s.error);
    QCOMPARE(s.error->kind, K::Network);
    QCOMPARE(s.error->code, u"TlsError"_s);
    QVERIFY(s.instances.isEmpty());
    QVERIFY(received.isEmpty()); // not one byte of the request went over the unverified link
}

QTEST_GUILESS_MAIN(tst_ListingIntegrity)
#include "tst_listingintegrity.moc"
