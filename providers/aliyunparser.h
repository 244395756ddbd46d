// Alibaba Cloud ECS answers (RPC, Format=JSON), read defensively: DescribeInstanceStatus and
// DescribeInstances pages (whose PageNumber echo is checked), and the {"RequestId", "HostId",
// "Code", "Message", "Recommend"} error envelope mapped code by code. Pure; fuzzed.
#pragma once

#include "fetcherror.h"
#include "listingquery.h"
#include "pageresult.h"
#include "rawreply.h"

class AliyunParser
{
public:
    static PageResult parse(ListingKind kind, const RawReply &reply);
    // The kind for an error code (exact codes first, then families such as "Throttling.*"),
    // falling back to the HTTP status.
    static FetchError::Kind kindFor(QStringView code, int httpStatus);
};
