// The emulator's HTTP/1.1 side, over raw sockets: keep-alive with several requests on one
// connection, pipelining, chunked request bodies, Connection: close, HTTP/1.0, the request
// size cap, malformed requests, and many connections at once.
#include "emulator.h"
#include "emulatortestclient.h"
#include "emulatortestconfig.h"

#include <QJsonArray>
#include <QTcpSocket>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

class tst_HttpServer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void keepAliveServesSeveralRequestsOnOneConnection();
    void pipelinedRequestsAreAnsweredInOrder();
    void acceptsChunkedRequestBodies();
    void honoursConnectionClose();
    void closesHttp10ConnectionsAfterTheAnswer();
    void refusesOversizedBodies();
    void refusesMalformedRequests_data();
    void refusesMalformedRequests();
    void servesManyConnectionsAtOnce();
    void eachCloudListensOnItsOwnPort();

private:
    WireRequest jdPage(int page);

    std::unique_ptr<Emulator> m_emulator;
    std::unique_ptr<EmulatorTestClient> m_jd;
    std::unique_ptr<EmulatorTestClient> m_zenlayer;
    int m_nonce = 0;
};

void tst_HttpServer::initTestCase()
{
    EmulatorConfig config = EmulatorTestConfig::config(
        1,
        { EmulatorTestConfig::account(u"jdcloud"_s, Cloud::JdCloud, { u"cn-north-1"_s }, 30),
          EmulatorTestConfig::account(u"zenlayer"_s, Cloud::Zenlayer, { u"HKG-A"_s }, 30) });
    config.maxRequestBytes = 4096;
    m_emulator = std::make_unique<Emulator>(config);
    QVERIFY2(m_emulator->start(), qPrintable(m_emulator->errorString()));
    m_jd = std::make_unique<EmulatorTestClient>(m_emulator->port(Cloud::JdCloud));
    m_zenlayer = std::make_unique<EmulatorTestClient>(m_emulator->port(Cloud::Zenlayer));
}

WireRequest tst_HttpServer::jdPage(int page)
{
    return m_jd->jdCloud(m_emulator->credentials(u"jdcloud"_s), u"cn-north-1"_s,
                         u"instanceStatus"_s,
                         { { u"pageNumber"_s, QString::number(page) }, { u"pageSize"_s, u"10"_s } },
                         m_emulator->clock().now(), QString::number(++m_nonce));
}

void tst_HttpServer::keepAliveServesSeveralRequestsOnOneConnection()
{
    QTcpSocket socket;
    socket.connectToHost(u"127.0.0.1"_s, m_jd->port());
    QVERIFY(socket.waitForConnected(5000));
    for (int i = 1; i <= 5; ++i) {
        const WireResponse response =
            EmulatorTestClient::exchange(socket, jdPage(1 + i % 3).bytes(m_jd->port()));
        QCOMPARE(response.status, 200);
        QCOMPARE(response.header("Connection"), "keep-alive");
        QCOMPARE(socket.state(), QAbstractSocket::ConnectedState);
    }
}

void tst_HttpServer::pipelinedRequestsAreAnsweredInOrder()
{
    QTcpSocket socket;
    socket.connectToHost(u"127.0.0.1"_s, m_jd->port());
    QVERIFY(socket.waitForConnected(5000));
    socket.write(jdPage(1).bytes(m_jd->port()) + jdPage(2).bytes(m_jd->port())
                 + jdPage(3).bytes(m_jd->port()));
    const QList<FleetInstance> truth = m_emulator->fleet(u"jdcloud"_s);
    for (int page = 1; page <= 3; ++page) {
        const WireResponse response = EmulatorTestClient::readResponse(socket, 5000);
        QCOMPARE(response.status, 200);
        const QJsonArray items = response.json()[u"result"][u"instanceStatuses"].toArray();
        QCOMPARE(items.first()[u"instanceId"].toString(), truth.at((page - 1) * 10).instanceId);
    }
}

void tst_HttpServer::acceptsChunkedRequestBodies()
{
    const QByteArray body = R"({"pageSize": 5, "pageNum": 2})";
    WireRequest request =
        m_zenlayer->zenlayer(m_emulator->credentials(u"zenlayer"_s), u"DescribeInstancesStatus"_s,
                             body, m_emulator->clock().now());
    request.body.clear();
    request.method = "PUT"; // keep bytes() from adding a Content-Length; restored below
    QByteArray bytes = request.bytes(m_zenlayer->port());
    bytes.replace("PUT ", "POST ");
    bytes.replace("\r\n\r\n", "\r\nTransfer-Encoding: chunked\r\n\r\n");
    bytes += "a\r\n" + body.left(10) + "\r\n" + QByteArray::number(body.size() - 10, 16) + "\r\n"
        + body.mid(10) + "\r\n0\r\n\r\n";
    const WireResponse response = m_zenlayer->sendRaw(bytes);
    QCOMPARE(response.status, 200);
    QCOMPARE(response.json()[u"response"][u"dataSet"].toArray().size(), 5);
    QCOMPARE(response.json()[u"response"][u"dataSet"][0][u"instanceId"].toString(),
             m_emulator->fleet(u"zenlayer"_s).at(5).instanceId);
}

void tst_HttpServer::honoursConnectionClose()
{
    WireRequest request = jdPage(1);
    request.setHeader("Connection", "close");
    QTcpSocket socket;
    socket.connectToHost(u"127.0.0.1"_s, m_jd->port());
    QVERIFY(socket.waitForConnected(5000));
    const WireResponse response = EmulatorTestClient::exchange(socket, request.bytes(m_jd->port()));
    QCOMPARE(response.status, 200);
    QCOMPARE(response.header("Connection"), "close");
    QVERIFY(socket.state() == QAbstractSocket::UnconnectedState
            || socket.waitForDisconnected(5000));
}

void tst_HttpServer::closesHttp10ConnectionsAfterTheAnswer()
{
    QByteArray bytes = jdPage(1).bytes(m_jd->port());
    bytes.replace(" HTTP/1.1\r\n", " HTTP/1.0\r\n");
    QTcpSocket socket;
    socket.connectToHost(u"127.0.0.1"_s, m_jd->port());
    QVERIFY(socket.waitForConnected(5000));
    const WireResponse response = EmulatorTestClient::exchange(socket, bytes);
    QCOMPARE(response.status, 200);
    QCOMPARE(response.header("Connection"), "close");
    QVERIFY(socket.state() == QAbstractSocket::UnconnectedState
            || socket.waitForDisconnected(5000));
}

void tst_HttpServer::refusesOversizedBodies()
{
    const QByteArray body = "{\"padding\": \"" + QByteArray(5000, 'x') + "\"}";
    const WireResponse response = m_zenlayer->send(
        m_zenlayer->zenlayer(m_emulator->credentials(u"zenlayer"_s), u"DescribeInstancesStatus"_s,
                             body, m_emulator->clock().now()));
    QCOMPARE(response.status, 413);
    QCOMPARE(response.header("Connection"), "close");
}

void tst_HttpServer::refusesMalformedRequests_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("status");
    QTest::newRow("no version") << QByteArray("GET /\r\n\r\n") << 400;
    QTest::newRow("bad header") << QByteArray("GET / HTTP/1.1\r\nNoColon\r\n\r\n") << 400;
    QTest::newRow("bad length") << QByteArray("POST / HTTP/1.1\r\nContent-Length: -3\r\n\r\n")
                                << 400;
    QTest::newRow("head too large")
        << QByteArray("GET / HTTP/1.1\r\nX-Big: " + QByteArray(40000, 'a') + "\r\n\r\n") << 431;
    QTest::newRow("bad chunk") << QByteArray(
        "POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n")
                               << 400;
}

void tst_HttpServer::refusesMalformedRequests()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, status);
    const WireResponse response = m_jd->sendRaw(bytes);
    QCOMPARE(response.status, status);
    QCOMPARE(response.header("Connection"), "close");
    QCOMPARE(response.date(), m_emulator->clock().now());
}

void tst_HttpServer::servesManyConnectionsAtOnce()
{
    std::vector<std::unique_ptr<QTcpSocket>> sockets;
    for (int i = 0; i < 64; ++i) {
        auto socket = std::make_unique<QTcpSocket>();
        socket->connectToHost(u"127.0.0.1"_s, m_jd->port());
        QVERIFY(socket->waitForConnected(5000));
        socket->write(jdPage(1 + i % 3).bytes(m_jd->port()));
        sockets.push_back(std::move(socket));
    }
    for (auto &socket : sockets)
        QCOMPARE(EmulatorTestClient::readResponse(*socket, 10000).status, 200);
}

void tst_HttpServer::eachCloudListensOnItsOwnPort()
{
    QSet<quint16> ports;
    for (Cloud cloud : allClouds) {
        QVERIFY(m_emulator->port(cloud) > 0);
        ports.insert(m_emulator->port(cloud));
        QCOMPARE(m_emulator->baseUrl(cloud).toString(),
                 u"http://127.0.0.1:%1"_s.arg(m_emulator->port(cloud)));
    }
    QCOMPARE(ports.size(), 4);
    // JD Cloud's paths are not served on Zenlayer's port.
    QCOMPARE(m_zenlayer->send(jdPage(1)).status, 404);
}

QTEST_GUILESS_MAIN(tst_HttpServer)
#include "tst_httpserver.moc"
