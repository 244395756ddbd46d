#include "httpconnection.h"

namespace {

// Absolute-form targets ("http://host/path") are allowed by RFC 9112; keep the path.
QByteArray originForm(const QByteArray &target)
{
    if (target.startsWith('/'))
        return target;
    const qsizetype scheme = target.indexOf("://");
    if (scheme < 0)
        return {};
    const qsizetype slash = target.indexOf('/', scheme + 3);
    return slash < 0 ? QByteArray("/") : target.mid(slash);
}

} // namespace

HttpConnection::HttpConnection(QTcpSocket *socket, Handler handler, HttpLimits limits,
                               QObject *parent)
    : QObject(parent)
    , m_socket(socket)
    , m_handler(std::move(handler))
    , m_limits(limits)
{
    socket->setParent(this);
    // Answers are small and the client waits for each: Nagle's delay would dominate.
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    m_parsing.localPort = socket->localPort();
    m_idle.setSingleShot(true);
    m_idle.setInterval(m_limits.idleTimeoutMs);
    connect(&m_idle, &QTimer::timeout, this, [this] {
        if (!m_busy) {
            m_closing = true;
            m_socket->disconnectFromHost();
        }
    });
    connect(socket, &QTcpSocket::readyRead, this, &HttpConnection::readIncoming);
    connect(socket, &QTcpSocket::disconnected, this, &HttpConnection::onDisconnected);
    m_idle.start();
    readIncoming();
}

HttpConnection::~HttpConnection()
{
    finishResponse();
}

void HttpConnection::readIncoming()
{
    if (m_closing) {
        m_socket->readAll();
        return;
    }
    m_in.append(m_socket->readAll());
    m_idle.start();
    for (;;) {
        Parse state = m_haveHead ? Parse::Complete : parseHead();
        if (state == Parse::Complete)
            state = m_chunked ? parseChunked() : parseBody();
        if (state == Parse::Failed)
            return;
        if (state == Parse::Incomplete)
            break;
        if (m_pending.size() >= m_limits.maxPipelined) {
            fail(429, "too many pipelined requests\n");
            return;
        }
        m_pending.enqueue(std::move(m_parsing));
        m_parsing = HttpRequest();
        m_parsing.localPort = m_socket->localPort();
        m_haveHead = false;
        m_chunked = false;
        m_contentLength = 0;
        m_chunkedBody.clear();
    }
    startNext();
}

HttpConnection::Parse HttpConnection::parseHead()
{
    const qsizetype end = m_in.indexOf("\r\n\r\n");
    if (end < 0 && m_in.size() <= m_limits.maxHeaderBytes)
        return Parse::Incomplete;
    if (end < 0 || end > m_limits.maxHeaderBytes) {
        fail(431, "request head too large\n");
        return Parse::Failed;
    }
    const QList<QByteArray> lines = m_in.left(end).split('\n');
    m_in.remove(0, end + 4);

    const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
    const QByteArray target =
        requestLine.size() == 3 ? originForm(requestLine.at(1)) : QByteArray();
    if (target.isEmpty() || !requestLine.at(2).startsWith("HTTP/1.")) {
        fail(400, "malformed request line\n");
        return Parse::Failed;
    }
    m_parsing.method = requestLine.at(0);
    m_parsing.version = requestLine.at(2);
    const qsizetype question = target.indexOf('?');
    m_parsing.path = question < 0 ? target : target.left(question);
    m_parsing.query = question < 0 ? QByteArray() : target.mid(question + 1);

    bool haveLength = false;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        QByteArray line = lines.at(i);
        if (line.endsWith('\r'))
            line.chop(1);
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0 || line.startsWith(' ') || line.startsWith('\t')
            || line.left(colon).contains(' ')) {
            fail(400, "malformed header line\n");
            return Parse::Failed;
        }
        const QByteArray name = line.left(colon);
        const QByteArray value = line.mid(colon + 1).trimmed();
        m_parsing.headers.append({ name, value });
        if (name.compare("Transfer-Encoding", Qt::CaseInsensitive) == 0)
            m_chunked = value.toLower().contains("chunked");
        if (name.compare("Content-Length", Qt::CaseInsensitive) == 0) {
            bool ok = false;
            const qlonglong length = value.toLongLong(&ok);
            if (!ok || length < 0 || (haveLength && length != m_contentLength)) {
                fail(400, "bad Content-Length\n");
                return Parse::Failed;
            }
            haveLength = true;
            m_contentLength = qsizetype(length);
        }
    }
    if (!m_chunked && m_contentLength > m_limits.maxBodyBytes) {
        fail(413, "request body too large\n");
        return Parse::Failed;
    }
    m_haveHead = true;
    const bool bodyPending = m_chunked || m_in.size() < m_contentLength;
    if (bodyPending && m_parsing.header("Expect").toLower() == "100-continue")
        m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
    return Parse::Complete;
}

HttpConnection::Parse HttpConnection::parseBody()
{
    if (m_in.size() < m_contentLength)
        return Parse::Incomplete;
    m_parsing.body = m_in.left(m_contentLength);
    m_in.remove(0, m_contentLength);
    return Parse::Complete;
}

HttpConnection::Parse HttpConnection::parseChunked()
{
    for (;;) {
        const qsizetype lineEnd = m_in.indexOf("\r\n");
        if (lineEnd < 0) {
            if (m_in.size() <= 1024)
                return Parse::Incomplete;
            fail(400, "malformed chunk\n");
            return Parse::Failed;
        }
        bool ok = false;
        const QByteArray sizeText = m_in.left(lineEnd).split(';').first().trimmed();
        const qlonglong size = sizeText.toLongLong(&ok, 16);
        if (!ok || size < 0 || m_chunkedBody.size() + size > m_limits.maxBodyBytes) {
            fail(size > 0 ? 413 : 400, "bad chunk\n");
            return Parse::Failed;
        }
        if (size == 0) {
            // Trailers (ignored) end with an empty line.
            const qsizetype end = m_in.indexOf("\r\n\r\n", lineEnd);
            const bool bare = m_in.mid(lineEnd, 4) == "\r\n\r\n";
            if (!bare && end < 0)
                return Parse::Incomplete;
            m_in.remove(0, (bare ? lineEnd : end) + 4);
            m_parsing.body = m_chunkedBody;
            return Parse::Complete;
        }
        if (m_in.size() < lineEnd + 2 + size + 2)
            return Parse::Incomplete;
        if (m_in.mid(lineEnd + 2 + size, 2) != "\r\n") {
            fail(400, "malformed chunk\n");
            return Parse::Failed;
        }
        m_chunkedBody.append(m_in.mid(lineEnd + 2, size));
        m_in.remove(0, lineEnd + 2 + size + 2);
    }
}

void HttpConnection::fail(int status, const QByteArray &message)
{
    m_closing = true;
    if (m_busy) { // an answer is still going out; never interleave another one with it
        m_socket->abort();
        QTimer::singleShot(0, this, &HttpConnection::onDisconnected);
        return;
    }
    m_socket->write("HTTP/1.1 " + QByteArray::number(status) + ' '
                    + HttpResponse::reasonPhrase(status)
                    + (m_limits.date ? QByteArray("\r\nDate: " + m_limits.date()) : QByteArray())
                    + "\r\nContent-Type: text/plain\r\nConnection: close\r\nContent-Length: "
                    + QByteArray::number(message.size()) + "\r\n\r\n" + message);
    m_socket->disconnectFromHost();
}

void HttpConnection::startNext()
{
    if (m_busy || m_closing || m_pending.isEmpty())
        return;
    const HttpRequest request = m_pending.dequeue();
    m_busy = true;
    m_idle.stop();
    const QByteArray connection = request.header("Connection").toLower();
    m_keepAlive = request.version == "HTTP/1.1" ? !connection.contains("close")
                                                : connection.contains("keep-alive");
    m_response = m_handler(request);
    m_sent = 0;
    if (m_response.delayMs > 0)
        QTimer::singleShot(m_response.delayMs, this, &HttpConnection::deliver);
    else
        deliver();
}

void HttpConnection::writeHead(const HttpResponse &response, bool keepAlive)
{
    QByteArray head = "HTTP/1.1 " + QByteArray::number(response.status) + ' '
        + HttpResponse::reasonPhrase(response.status) + "\r\n";
    for (const auto &[name, value] : response.headers)
        head += name + ": " + value + "\r\n";
    head += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    head += keepAlive ? "Connection: keep-alive\r\n\r\n" : "Connection: close\r\n\r\n";
    m_socket->write(head);
}

void HttpConnection::deliver()
{
    if (m_closing || m_socket->state() != QAbstractSocket::ConnectedState) {
        finishResponse();
        return;
    }
    if (m_response.cut == HttpResponse::Cut::BeforeAnswer) {
        finishResponse();
        m_closing = true;
        m_socket->abort();
        QTimer::singleShot(0, this, &HttpConnection::onDisconnected);
        return;
    }
    const bool keepAlive = m_keepAlive && m_response.cut == HttpResponse::Cut::None;
    m_keepAlive = keepAlive;
    writeHead(m_response, keepAlive);
    if (m_response.cut == HttpResponse::Cut::MidBody) {
        m_socket->write(m_response.body.left(m_response.body.size() / 2));
        finishResponse();
        m_closing = true;
        m_socket->disconnectFromHost();
        return;
    }
    if (m_response.trickleChunkBytes > 0) {
        trickle();
        return;
    }
    m_socket->write(m_response.body);
    m_sent = m_response.body.size();
    trickle();
}

void HttpConnection::trickle()
{
    if (m_closing || m_socket->state() != QAbstractSocket::ConnectedState) {
        finishResponse();
        return;
    }
    if (m_sent < m_response.body.size()) {
        const QByteArray piece = m_response.body.mid(m_sent, m_response.trickleChunkBytes);
        m_socket->write(piece);
        m_socket->flush();
        m_sent += piece.size();
        if (m_sent < m_response.body.size()) {
            QTimer::singleShot(m_response.trickleIntervalMs, this, &HttpConnection::trickle);
            return;
        }
    }
    finishResponse();
    m_busy = false;
    m_response = HttpResponse();
    if (!m_keepAlive) {
        m_closing = true;
        m_socket->disconnectFromHost();
        return;
    }
    m_idle.start();
    startNext();
}

void HttpConnection::finishResponse()
{
    if (m_response.finished) {
        const auto finished = std::move(m_response.finished);
        m_response.finished = nullptr;
        finished();
    }
}

void HttpConnection::onDisconnected()
{
    if (m_gone)
        return;
    m_gone = true;
    m_closing = true;
    finishResponse();
    emit closed();
    deleteLater();
}
