// Zenlayer VM answers, read defensively: DescribeInstancesStatus and DescribeInstances pages in
// both shapes seen in the wild (the inner object alone, as the seed page shows it, or wrapped
// in "response", as the SDKs read it), and the {"requestId", "code", "message"} error envelope.
// A Cloudflare challenge (403 + cf-mitigated) and HTTP 451 are network-level blocks. Pure.
#pragma once

#include "fetcherror.h"
#include "listingquery.h"
#include "pageresult.h"
#include "rawreply.h"

class ZenlayerParser
{
public:
    // The SDKs back off 1 s, 2 s, 4 s on REQUEST_LIMIT_EXCEEDED; the first step is our hint.
    static constexpr qint64 throttleHintMs = 1000;

    static PageResult parse(ListingKind kind, const RawReply &reply);
    static FetchError::Kind kindFor(QStringView code, int httpStatus);
    // A VM zone id names its region: "HKG-A" → "HKG"; "asia-east-1a" → "asia-east-1".
    static QString regionForZone(const QString &zoneId);
};
