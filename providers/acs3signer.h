// Alibaba Cloud's V3 request signature, ACS3-HMAC-SHA256 (specs/SIGNING.md §3b). Fleetwatch
// sends the RPC signature; this one is here so the newer scheme is verified too and ready for
// APIs that only accept it. A pure function: x-acs-date and the nonce are headers the caller sets.
#pragma once

#include "credentials.h"
#include "requesttosign.h"
#include "signatureresult.h"

class Acs3Signer
{
public:
    // Signs host, content-type (when present) and every x-acs-* header of the request.
    static SignatureResult sign(const RequestToSign &request, const Credentials &credentials);
};
