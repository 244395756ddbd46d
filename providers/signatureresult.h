// What a request signer produces. Each scheme fills the fields it has; keeping the
// intermediate strings lets tests compare them with the official SDKs' output byte for byte.
#pragma once

#include <QByteArray>

struct SignatureResult
{
    QByteArray canonicalRequest; // where the scheme has one
    QByteArray stringToSign;
    QByteArray signature; // lower-case hex or base64, as the scheme says
    QByteArray authorization; // the Authorization header value, where the scheme uses one
    QByteArray signedQuery; // Aliyun RPC: the query string to send, ending in &Signature=…
};
