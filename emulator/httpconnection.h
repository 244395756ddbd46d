// One client connection to the emulator: reads HTTP/1.1 requests (Content-Length or chunked
// bodies, size caps, pipelining), hands each to the handler, and delivers the answers in
// order — with the delays, trickling and cuts fault injection asks for — keeping the
// connection alive between requests unless the client or the answer closes it.
#pragma once

#include "httprequest.h"
#include "httpresponse.h"

#include <QObject>
#include <QQueue>
#include <QTcpSocket>
#include <QTimer>

#include <functional>

struct HttpLimits
{
    qsizetype maxHeaderBytes = 32 * 1024;
    qsizetype maxBodyBytes = 1024 * 1024;
    int idleTimeoutMs = 120 * 1000;
    int maxPipelined = 64; // requests read ahead of the one being answered
    std::function<QByteArray()> date; // the Date header of protocol errors (the server's clock)
};

class HttpConnection : public QObject
{
    Q_OBJECT

public:
    using Handler = std::function<HttpResponse(const HttpRequest &)>;

    HttpConnection(QTcpSocket *socket, Handler handler, HttpLimits limits, QObject *parent);
    ~HttpConnection() override;

signals:
    void closed();

private:
    enum class Parse : quint8 { Incomplete, Complete, Failed };

    void readIncoming();
    Parse parseHead();
    Parse parseBody();
    Parse parseChunked();
    void fail(int status, const QByteArray &message);
    void startNext();
    void deliver();
    void writeHead(const HttpResponse &response, bool keepAlive);
    void trickle();
    void finishResponse();
    void onDisconnected();

    QTcpSocket *m_socket;
    Handler m_handler;
    HttpLimits m_limits;
    QByteArray m_in;
    HttpRequest m_parsing;
    bool m_haveHead = false;
    bool m_chunked = false;
    qsizetype m_contentLength = 0;
    QByteArray m_chunkedBody;
    QQueue<HttpRequest> m_pending;
    bool m_busy = false; // an answer is being prepared or sent
    bool m_closing = false;
    bool m_gone = false;
    bool m_keepAlive = true;
    HttpResponse m_response;
    qsizetype m_sent = 0;
    QTimer m_idle;
};
