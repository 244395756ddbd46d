// JD Cloud's request signature, JDCLOUD2-HMAC-SHA256 (the documentation and the Go and Java
// SDKs) and its JDCLOUD3 variant (the Python SDK since 1.6.95). Fleetwatch sends V2.
// specs/SIGNING.md §1. A pure function: the signing time and nonce are headers the caller sets.
#pragma once

#include "credentials.h"
#include "requesttosign.h"
#include "signatureresult.h"

#include <QDateTime>

class JdCloudSigner
{
public:
    enum class Version { V2, V3 };

    // Signs host plus every header in `request` except authorization and user-agent. The
    // headers must include x-jdcloud-date (YYYYMMDDThhmmssZ, UTC) and x-jdcloud-nonce.
    static SignatureResult sign(const RequestToSign &request, Version version,
                                const Credentials &credentials, const QString &region,
                                const QString &service);

    // Sets x-jdcloud-date and x-jdcloud-nonce (replacing earlier values).
    static void addSigningHeaders(RequestToSign &request, const QDateTime &time,
                                  const QString &nonce);
    static QByteArray formatDate(const QDateTime &time);
    // The query as signed and as it must be sent: pairs RFC 3986 encoded, sorted by encoded
    // name then value, joined with '&'.
    static QByteArray canonicalQuery(const QList<std::pair<QString, QString>> &query);
};
