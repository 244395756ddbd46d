// Test helper: builds requests for the emulator exactly as a cloud client would — signed
// with the providers' signers — and exchanges them as raw HTTP/1.1 over QTcpSocket, so the
// tests see (and can corrupt) every byte on the wire.
#pragma once

#include "cloud.h"
#include "credentials.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <utility>

class QTcpSocket;

using Pairs = QList<std::pair<QString, QString>>;

struct WireRequest
{
    QByteArray method = "GET";
    QByteArray target = "/"; // path and query, encoded
    QList<std::pair<QByteArray, QByteArray>> headers; // besides Host and Content-Length
    QByteArray body;

    QByteArray header(QByteArrayView name) const;
    void setHeader(const QByteArray &name, const QByteArray &value);
    QByteArray bytes(quint16 port) const;
};

struct WireResponse
{
    int status = 0; // 0: no answer (connection closed or timed out)
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;
    bool complete = false; // the whole Content-Length arrived

    QByteArray header(QByteArrayView name) const;
    QJsonObject json() const;
    QDateTime date() const; // the Date header (IMF-fixdate), invalid if absent or malformed
};

class EmulatorTestClient
{
public:
    explicit EmulatorTestClient(quint16 port)
        : m_port(port)
    { }

    QString host() const { return QStringLiteral("127.0.0.1:%1").arg(m_port); }
    quint16 port() const { return m_port; }

    WireRequest jdCloud(const Credentials &key, const QString &region, const QString &resource,
                        const Pairs &query, const QDateTime &time, const QString &nonce) const;
    WireRequest zenlayer(const Credentials &key, const QString &action, const QByteArray &body,
                         const QDateTime &time) const;
    // `params`: Action, RegionId, PageSize...; the common parameters are added (Format=JSON
    // and Version unless given).
    WireRequest aliyun(const Credentials &key, const Pairs &params, const QDateTime &time,
                       const QString &nonce, const QByteArray &method = "GET") const;
    WireRequest tencentTc3(const Credentials &key, const QString &action, const QString &region,
                           const QByteArray &body, const QDateTime &time) const;
    // Signature v1 on "/" or "/v2/index.php"; `params` hold Action, Region and the API's own.
    WireRequest tencentV1(const Credentials &key, const QString &path, const Pairs &params,
                          const QDateTime &time, const QByteArray &method = "GET") const;

    // One request on a new connection.
    WireResponse send(const WireRequest &request, int timeoutMs = 10000) const;
    WireResponse sendRaw(const QByteArray &bytes, int timeoutMs = 10000) const;
    // One request on an open connection (keep-alive).
    static WireResponse exchange(QTcpSocket &socket, const QByteArray &bytes,
                                 int timeoutMs = 10000);
    static WireResponse readResponse(QTcpSocket &socket, int timeoutMs);

    // The request with one character of its signature changed.
    static WireRequest withCorruptSignature(WireRequest request);

private:
    quint16 m_port;
};
