// JD Cloud VM answers, read defensively: describeInstanceStatus and describeInstances pages,
// and the {"requestId", "error": {"code", "status", "message"}} envelope mapped onto the common
// taxonomy by its Google-style status string (then by HTTP status). Pure; fuzzed.
#pragma once

#include "fetcherror.h"
#include "listingquery.h"
#include "pageresult.h"
#include "rawreply.h"

class JdCloudParser
{
public:
    static PageResult parse(ListingKind kind, const RawReply &reply);
    // The kind for an error envelope's status string; HTTP status when the string is unknown.
    static FetchError::Kind kindFor(QStringView status, int httpStatus);
};
