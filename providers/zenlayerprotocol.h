// Zenlayer VM over the wire: POST JSON to /api/v2/vm with X-ZC-Action DescribeInstancesStatus
// or DescribeInstances, X-ZC-Version 2023-03-13, ZC2-HMAC-SHA256 over the exact body bytes.
// Body {"instanceIds": [...] (≤ 100), "pageNum": n, "pageSize": ≤ 1000}; details may add
// "zoneId". No region: one listing covers the whole account. Pure.
#pragma once

#include "cloudprotocol.h"

class ZenlayerProtocol : public CloudProtocol
{
public:
    static constexpr int maximumPageSize = 1000;
    static constexpr int idsPerRequest = 100;
    static constexpr auto apiVersion = "2023-03-13";
    static constexpr auto contentType = "application/json";
    static QUrl publicEndpoint();
    static QString apiPath() { return QStringLiteral("/api/v2/vm"); }
    static QByteArray action(ListingKind kind);
    // The exact body bytes of one page (compact JSON, keys sorted).
    static QByteArray body(const PageRequest &page);

    Cloud cloud() const override { return Cloud::Zenlayer; }
    int minPageSize(ListingKind) const override { return 1; }
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
