#include "cloudprotocol.h"

#include "endpoint.h"

using namespace Qt::StringLiterals;

CloudProtocol::~CloudProtocol() = default;

std::optional<FetchError> CloudProtocol::validate(ListingKind, const QString &,
                                                  const ListingQuery &,
                                                  const RequestContext &context) const
{
    if (!context.endpoint.isEmpty()) {
        if (auto error = Endpoint::check(context.endpoint))
            return error;
    }
    if (!context.credentials.isValid()) {
        FetchError e;
        e.kind = FetchError::Kind::Auth;
        e.code = u"MissingCredentials"_s;
        e.message = u"No access key or secret is set for this account."_s;
        return e;
    }
    return std::nullopt;
}

int CloudProtocol::effectivePageSize(ListingKind kind, const ListingQuery &query) const
{
    if (query.pageSize <= 0)
        return maxPageSize(kind);
    return std::clamp(query.pageSize, minPageSize(kind), maxPageSize(kind));
}
