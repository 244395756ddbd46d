#include "fakehttpserver.h"

#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

using namespace Qt::StringLiterals;

QByteArray FakeRequest::header(QByteArrayView name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QString FakeRequest::path() const
{
    const qsizetype q = target.indexOf('?');
    return QUrl::fromPercentEncoding(q < 0 ? target : target.left(q));
}

QByteArray FakeRequest::rawQuery() const
{
    const qsizetype q = target.indexOf('?');
    return q < 0 ? QByteArray() : target.mid(q + 1);
}

QList<std::pair<QString, QString>> FakeRequest::queryPairs() const
{
    QList<std::pair<QString, QString>> pairs;
    const QByteArray query = rawQuery();
    if (query.isEmpty())
        return pairs;
    for (const QByteArray &part : query.split('&')) {
        const qsizetype eq = part.indexOf('=');
        const QByteArray name = eq < 0 ? part : part.left(eq);
        const QByteArray value = eq < 0 ? QByteArray() : part.mid(eq + 1);
        pairs.append({ QUrl::fromPercentEncoding(name), QUrl::fromPercentEncoding(value) });
    }
    return pairs;
}

QString FakeRequest::queryValue(const QString &name) const
{
    for (const auto &[key, value] : queryPairs()) {
        if (key == name)
            return value;
    }
    return {};
}

FakeResponse FakeResponse::json(int status, const QByteArray &body)
{
    FakeResponse r;
    r.status = status;
    r.headers.emplaceBack("Content-Type", "application/json");
    r.body = body;
    return r;
}

FakeHttpServer::FakeHttpServer(Handler handler, QObject *parent)
    : QObject(parent)
    , m_handler(std::move(handler))
{
    connect(&m_server, &QTcpServer::newConnection, this, &FakeHttpServer::onNewConnection);
}

FakeHttpServer::~FakeHttpServer()
{
    m_server.close();
    const auto sockets = m_connections.keys();
    for (QTcpSocket *socket : sockets) {
        socket->disconnect(this);
        socket->abort();
        socket->deleteLater();
    }
}

bool FakeHttpServer::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

QUrl FakeHttpServer::baseUrl() const
{
    return QUrl(u"http://127.0.0.1:%1"_s.arg(port()));
}

void FakeHttpServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        m_connections.insert(socket, {});
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            if (m_connections.value(socket).busy)
                --m_inFlight;
            m_connections.remove(socket);
            socket->deleteLater();
        });
    }
}

void FakeHttpServer::onReadyRead(QTcpSocket *socket)
{
    auto it = m_connections.find(socket);
    if (it == m_connections.end())
        return;
    it->buffer.append(socket->readAll());
    if (it->busy)
        return;
    const qsizetype headerEnd = it->buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0)
        return;
    const QList<QByteArray> lines = it->buffer.left(headerEnd).split('\n');
    FakeRequest request;
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    request.method = requestLine.value(0);
    request.target = requestLine.value(1);
    qsizetype contentLength = 0;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray name = line.left(colon).trimmed();
        const QByteArray value = line.mid(colon + 1).trimmed();
        request.headers.append({ name, value });
        if (name.compare("content-length", Qt::CaseInsensitive) == 0)
            contentLength = value.toLongLong();
    }
    if (it->buffer.size() < headerEnd + 4 + contentLength)
        return;
    request.body = it->buffer.mid(headerEnd + 4, contentLength);
    it->buffer.remove(0, headerEnd + 4 + contentLength);
    it->busy = true;
    m_peak = std::max(m_peak, ++m_inFlight);
    m_requests.append(request);

    const FakeResponse response = m_handler(request);
    if (response.delayMs > 0) {
        QPointer<QTcpSocket> guard(socket);
        QTimer::singleShot(response.delayMs, this, [this, guard, response] {
            if (guard)
                respond(guard, response);
        });
    } else {
        respond(socket, response);
    }
}

void FakeHttpServer::finishOne(QTcpSocket *socket)
{
    auto it = m_connections.find(socket);
    if (it == m_connections.end() || !it->busy)
        return;
    it->busy = false;
    --m_inFlight;
    if (!it->buffer.isEmpty())
        QTimer::singleShot(0, this, [this, guard = QPointer<QTcpSocket>(socket)] {
            if (guard)
                onReadyRead(guard);
        });
}

void FakeHttpServer::respond(QTcpSocket *socket, const FakeResponse &response)
{
    using Mode = FakeResponse::Mode;
    if (response.mode == Mode::Hang)
        return; // the client's timeout has to end it
    if (response.mode == Mode::Close) {
        finishOne(socket);
        socket->disconnectFromHost();
        return;
    }
    QByteArray head = "HTTP/1.1 " + QByteArray::number(response.status) + " X\r\n";
    bool hasLength = false;
    for (const auto &[name, value] : response.headers) {
        head += name + ": " + value + "\r\n";
        hasLength |= name.compare("content-length", Qt::CaseInsensitive) == 0;
    }
    if (response.mode == Mode::Endless) {
        head += "Connection: close\r\n\r\n";
        socket->write(head);
        finishOne(socket);
        // Keep writing until the client hangs up (or 256 MiB, a bound for a broken test).
        auto written = std::make_shared<qint64>(0);
        const QByteArray chunk(64 * 1024, 'x');
        auto pump = [socket, written, chunk] {
            while (socket->bytesToWrite() < 4 * chunk.size() && *written < (256LL << 20)) {
                socket->write(chunk);
                *written += chunk.size();
            }
        };
        connect(socket, &QTcpSocket::bytesWritten, socket, pump);
        pump();
        return;
    }
    if (response.mode == Mode::Truncate) {
        head += "Content-Length: " + QByteArray::number(response.body.size() * 2) + "\r\n\r\n";
        socket->write(head + response.body);
        finishOne(socket);
        socket->disconnectFromHost();
        return;
    }
    if (!hasLength)
        head += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    head += "\r\n";
    socket->write(head + response.body);
    finishOne(socket);
}
