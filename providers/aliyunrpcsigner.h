// Alibaba Cloud's RPC request signature (HMAC-SHA1, SignatureVersion 1.0; specs/SIGNING.md §3):
// every parameter is signed, sorted by name, with the method and a second encoding pass.
// A pure function: Timestamp and SignatureNonce are parameters the caller sets.
#pragma once

#include "credentials.h"
#include "signatureresult.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <utility>

class AliyunRpcSigner
{
public:
    // `parameters`: every parameter except Signature, in wire order. The result's
    // signedQuery is them in that order, RFC 3986 encoded, followed by &Signature=….
    static SignatureResult sign(const QByteArray &method,
                                const QList<std::pair<QString, QString>> &parameters,
                                const Credentials &credentials);
    // "YYYY-MM-DDThh:mm:ssZ", UTC, no milliseconds.
    static QString formatTimestamp(const QDateTime &time);
};
