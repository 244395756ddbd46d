// JD Cloud VM over the wire: describeInstanceStatus (GET /v1/regions/{regionId}/instanceStatus)
// and describeInstances (GET /v1/regions/{regionId}/instances), pageNumber/pageSize in
// [10, 100], filters as filters.N.name / .operator / .values.M, Content-Type sent and signed,
// JDCLOUD2-HMAC-SHA256 (service "vm", scope region = regionId). Pure.
#pragma once

#include "cloudprotocol.h"

#include <QStringList>

class JdCloudProtocol : public CloudProtocol
{
public:
    static constexpr int minimumPageSize = 10;
    static constexpr int maximumPageSize = 100;
    // The API documents no cap on instanceId values; 100 keeps every URL short and matches the
    // other clouds.
    static constexpr int idsPerRequest = 100;
    static constexpr auto service = "vm";
    static QUrl publicEndpoint();
    static QString apiPath(ListingKind kind, const QString &region);
    // The filter names each call documents.
    static QStringList filterNames(ListingKind kind);
    // Filters that accept a single value only.
    static bool isSingleValueFilter(QStringView name);
    // The query pairs of one page, decoded, in the order they are built.
    static QList<std::pair<QString, QString>> queryPairs(const PageRequest &page);

    Cloud cloud() const override { return Cloud::JdCloud; }
    int minPageSize(ListingKind) const override { return minimumPageSize; }
    int maxPageSize(ListingKind) const override { return maximumPageSize; }
    int maxIdsPerRequest(ListingKind) const override { return idsPerRequest; }
    qint64 clockSkewWindowSeconds() const override { return 300; }
    std::optional<FetchError> validate(ListingKind kind, const QString &region,
                                       const ListingQuery &query,
                                       const RequestContext &context) const override;
    PreparedRequest buildRequest(const PageRequest &page,
                                 const RequestContext &context) const override;
    PageResult parseReply(ListingKind kind, const RawReply &reply) const override;
};
