// Tencent Cloud API 3.0's request signature, TC3-HMAC-SHA256 (specs/SIGNING.md §4):
// content-type and host signed, key derived from the UTC day of the timestamp and the service.
// A pure function: the timestamp is an argument.
#pragma once

#include "credentials.h"
#include "signatureresult.h"

#include <QByteArray>
#include <QString>

class Tc3Signer
{
public:
    // `rawQuery` is the exact query string sent (empty for POST); `contentType` must equal the
    // Content-Type header byte for byte; `host` is the host signed (no port for 443).
    static SignatureResult sign(const QByteArray &method, const QString &host,
                                const QByteArray &rawQuery, const QByteArray &contentType,
                                const QByteArray &body, const Credentials &credentials,
                                qint64 unixSeconds, const QString &service);
};
