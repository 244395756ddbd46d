// Zenlayer Cloud's request signature, ZC2-HMAC-SHA256 (specs/SIGNING.md §2): method,
// content-type, host and the body hash, with the canonical URI fixed to "/" and the raw
// AccessKeyPassword as the key. A pure function: the time is an argument.
#pragma once

#include "credentials.h"
#include "requesttosign.h"
#include "signatureresult.h"

class ZenlayerSigner
{
public:
    // Uses the request's Content-Type header, host and exact body bytes.
    static SignatureResult sign(const RequestToSign &request, const Credentials &credentials,
                                qint64 unixSeconds);
};
