// Requests to the emulator built exactly as each cloud's client builds them, signed with the
// providers' signers: for the emulator's tests, its benchmark and end-to-end tests that need
// to put (or corrupt) every byte themselves. Not used by the emulator itself.
#pragma once

#include "credentials.h"
#include "wirerequest.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <utility>

using Pairs = QList<std::pair<QString, QString>>;

class SignedRequests
{
public:
    explicit SignedRequests(quint16 port)
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

    // The request with one character of its signature changed.
    static WireRequest withCorruptSignature(WireRequest request);

private:
    quint16 m_port;
};
