// Test helper: exchanges requests (see SignedRequests) with the emulator as raw HTTP/1.1 over
// QTcpSocket, so the tests see — and can corrupt — every byte on the wire.
#pragma once

#include "signedrequests.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <utility>

class QTcpSocket;

struct WireResponse
{
    int status = 0; // 0: no answer (connection closed or timed out)
    HttpHeaderList headers;
    QByteArray body;
    bool complete = false; // the whole Content-Length arrived

    QByteArray header(QByteArrayView name) const;
    QJsonObject json() const;
    QDateTime date() const; // the Date header (IMF-fixdate), invalid if absent or malformed
};

class EmulatorTestClient : public SignedRequests
{
public:
    explicit EmulatorTestClient(quint16 port)
        : SignedRequests(port)
    { }

    // One request on a new connection.
    WireResponse send(const WireRequest &request, int timeoutMs = 10000) const;
    WireResponse sendRaw(const QByteArray &bytes, int timeoutMs = 10000) const;
    // One request on an open connection (keep-alive).
    static WireResponse exchange(QTcpSocket &socket, const QByteArray &bytes,
                                 int timeoutMs = 10000);
    static WireResponse readResponse(QTcpSocket &socket, int timeoutMs);
};
