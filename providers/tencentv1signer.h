// Tencent Cloud's signature v1 (HmacSHA1 / HmacSHA256; specs/SIGNING.md §4b), used by API 3.0
// when asked and by the legacy cvm.api.qcloud.com/v2/index.php endpoint. Every parameter is
// signed with its raw value. A pure function: Timestamp and Nonce are parameters.
#pragma once

#include "credentials.h"
#include "signatureresult.h"

#include <QList>
#include <QString>

#include <utility>

class TencentV1Signer
{
public:
    // `parameters`: every parameter except Signature. SignatureMethod=HmacSHA256 selects
    // SHA-256; without it (or with HmacSHA1) SHA-1 is used, as the API does.
    static SignatureResult sign(const QByteArray &method, const QString &host, const QString &path,
                                const QList<std::pair<QString, QString>> &parameters,
                                const Credentials &credentials);
    // The name as signed: '_' becomes '.' (a PHP legacy), except in names starting with '_'.
    static QString signedName(const QString &name);
};
