#include "httpserver.h"

#include <QHostAddress>

#include <algorithm>

HttpServer::HttpServer(HttpConnection::Handler handler, HttpLimits limits, int maxConnections,
                       QObject *parent)
    : QObject(parent)
    , m_handler(std::move(handler))
    , m_limits(limits)
    , m_maxConnections(maxConnections)
{
    m_server.setMaxPendingConnections(maxConnections);
    m_server.setListenBacklogSize(std::min(maxConnections, 4096));
    connect(&m_server, &QTcpServer::newConnection, this, &HttpServer::accept);
}

bool HttpServer::listen(quint16 port)
{
    return m_server.listen(QHostAddress::LocalHost, port);
}

void HttpServer::close()
{
    m_server.close();
    // Connections are children: deleting them closes their sockets.
    const auto connections = findChildren<HttpConnection *>(Qt::FindDirectChildrenOnly);
    for (HttpConnection *connection : connections)
        delete connection;
    m_connections = 0;
}

void HttpServer::accept()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        if (m_connections >= m_maxConnections) {
            socket->abort();
            socket->deleteLater();
            continue;
        }
        ++m_connections;
        auto *connection = new HttpConnection(socket, m_handler, m_limits, this);
        connect(connection, &HttpConnection::closed, this, [this] { --m_connections; });
    }
}
