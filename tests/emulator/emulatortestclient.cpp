#include "emulatortestclient.h"

#include <QDeadlineTimer>
#include <QJsonDocument>
#include <QLocale>
#include <QTcpSocket>

#include <algorithm>

QByteArray WireResponse::header(QByteArrayView name) const
{
    return HttpHeaders::value(headers, name);
}

QDateTime WireResponse::date() const
{
    QDateTime date = QLocale::c().toDateTime(QString::fromLatin1(header("Date")),
                                             QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"));
    date.setTimeSpec(Qt::UTC);
    return date;
}

QJsonObject WireResponse::json() const
{
    return QJsonDocument::fromJson(body).object();
}

WireResponse EmulatorTestClient::send(const WireRequest &request, int timeoutMs) const
{
    return sendRaw(request.bytes(port()), timeoutMs);
}

WireResponse EmulatorTestClient::sendRaw(const QByteArray &bytes, int timeoutMs) const
{
    QTcpSocket socket;
    socket.connectToHost(QStringLiteral("127.0.0.1"), port());
    if (!socket.waitForConnected(timeoutMs))
        return {};
    return exchange(socket, bytes, timeoutMs);
}

WireResponse EmulatorTestClient::exchange(QTcpSocket &socket, const QByteArray &bytes,
                                          int timeoutMs)
{
    socket.write(bytes);
    socket.flush();
    return readResponse(socket, timeoutMs);
}

WireResponse EmulatorTestClient::readResponse(QTcpSocket &socket, int timeoutMs)
{
    // Reads exactly one answer (head by lines, then Content-Length bytes), so pipelined
    // answers behind it stay in the socket for the next call.
    QDeadlineTimer deadline(timeoutMs);
    auto waitForData = [&] {
        return socket.waitForReadyRead(int(std::max<qint64>(deadline.remainingTime(), 1)));
    };
    WireResponse response;
    bool inHead = true;
    bool haveStatusLine = false;
    qsizetype length = 0;
    while (inHead) {
        while (!socket.canReadLine()) {
            if (deadline.hasExpired() || !waitForData())
                return WireResponse();
        }
        const QByteArray line = socket.readLine().trimmed();
        if (!haveStatusLine) {
            response.status = line.split(' ').value(1).toInt();
            haveStatusLine = true;
        } else if (line.isEmpty()) {
            inHead = false;
        } else {
            const qsizetype colon = line.indexOf(':');
            response.headers.append({ line.left(colon).trimmed(), line.mid(colon + 1).trimmed() });
        }
    }
    length = response.header("Content-Length").toLongLong();
    while (response.body.size() < length) {
        if (socket.bytesAvailable() == 0 && (deadline.hasExpired() || !waitForData()))
            break;
        response.body += socket.read(length - response.body.size());
    }
    response.complete = response.body.size() == length;
    return response;
}
