// Tencent Cloud CVM answers, identical for API 3.0 and the legacy v2 endpoint: the
// {"Response": {...}} envelope with DescribeInstancesStatus / DescribeInstances pages, or
// Response.Error {Code, Message} (sent with HTTP 200) mapped code by code. Pure; fuzzed.
#pragma once

#include "fetcherror.h"
#include "listingquery.h"
#include "pageresult.h"
#include "rawreply.h"

class TencentParser
{
public:
    // The per-second API rate limits reset each second: a second is the natural wait.
    static constexpr qint64 throttleHintMs = 1000;

    static PageResult parse(ListingKind kind, const RawReply &reply);
    static FetchError::Kind kindFor(QStringView code);
};
