// A loopback HTTP/1.1 listener: accepts connections on 127.0.0.1 and gives each an
// HttpConnection that calls the handler for every request. Lives in the emulator's thread.
#pragma once

#include "httpconnection.h"

#include <QObject>
#include <QTcpServer>

class HttpServer : public QObject
{
    Q_OBJECT

public:
    HttpServer(HttpConnection::Handler handler, HttpLimits limits, int maxConnections,
               QObject *parent = nullptr);

    // 0: a free port. Returns false (see errorString()) if the port is taken.
    bool listen(quint16 port);
    void close();
    quint16 port() const { return m_server.serverPort(); }
    QString errorString() const { return m_server.errorString(); }
    int connectionCount() const { return m_connections; }

private:
    void accept();

    QTcpServer m_server;
    HttpConnection::Handler m_handler;
    HttpLimits m_limits;
    int m_maxConnections;
    int m_connections = 0;
};
