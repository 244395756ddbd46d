// An in-process HTTP/1.1 server on 127.0.0.1 for the client tests: parses each request
// (keep-alive, Content-Length bodies), hands it to a handler, and answers the way the handler
// says — normally, late, never, cut off, or endlessly — so timeouts, size caps and truncation
// are exercised over a real socket. Counts requests answered concurrently.
#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QTcpServer>
#include <QUrl>

#include <functional>
#include <utility>

class QTcpSocket;

struct FakeRequest
{
    QByteArray method;
    QByteArray target; // path and query exactly as received
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;

    QByteArray header(QByteArrayView name) const;
    QString path() const; // decoded
    QByteArray rawQuery() const;
    // Query pairs, percent-decoded, in wire order.
    QList<std::pair<QString, QString>> queryPairs() const;
    QString queryValue(const QString &name) const;
};

struct FakeResponse
{
    enum class Mode { Normal, Hang, Truncate, Endless, Close };

    int status = 200;
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;
    Mode mode = Mode::Normal;
    int delayMs = 0;

    static FakeResponse json(int status, const QByteArray &body);
};

class FakeHttpServer : public QObject
{
    Q_OBJECT

public:
    using Handler = std::function<FakeResponse(const FakeRequest &)>;

    explicit FakeHttpServer(Handler handler, QObject *parent = nullptr);
    ~FakeHttpServer() override;

    bool listen();
    quint16 port() const { return m_server.serverPort(); }
    QUrl baseUrl() const;
    void setHandler(Handler handler) { m_handler = std::move(handler); }

    const QList<FakeRequest> &requests() const { return m_requests; }
    void clearRequests() { m_requests.clear(); }
    int peakConcurrent() const { return m_peak; }

private:
    struct Connection
    {
        QByteArray buffer;
        bool busy = false;
    };

    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);
    void respond(QTcpSocket *socket, const FakeResponse &response);
    void finishOne(QTcpSocket *socket);

    Handler m_handler;
    QTcpServer m_server;
    QHash<QTcpSocket *, Connection> m_connections;
    QList<FakeRequest> m_requests;
    int m_inFlight = 0;
    int m_peak = 0;
};
