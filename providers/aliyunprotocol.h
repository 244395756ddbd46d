// Alibaba Cloud ECS over the wire: RPC-style GET to https://ecs.{regionId}.aliyuncs.com/ with
// Action DescribeInstanceStatus (PageSize 1–50, InstanceId.N) or DescribeInstances (PageSize
// 1–100, InstanceIds as a JSON array), Version 2014-05-26, Format JSON, RegionId, optional
// ZoneId, signed with the RPC HMAC-SHA1 signature (SignatureVersion 1.0). Pure.
#pragma once

#include "cloudprotocol.h"

class AliyunProtocol : public CloudProtocol
{
public:
    static constexpr int maximumStatusPageSize = 50;
    static constexpr int maximumDetailsPageSize = 100;
    static constexpr int idsPerRequest = 100;
    static constexpr auto apiVersion = "2014-05-26";
    static QUrl publicEndpoint(const QString &region);
    static QString action(ListingKind kind);
    // Every parameter of one page except Signature, in wire order.
    static QList<std::pair<QString, QString>> parameters(const PageRequest &page,
                                                         const RequestContext &context);

    Cloud cloud() const override { return Cloud::Aliyun; }
    int minPageSize(ListingKind) const override { return 1; }
    int maxPageSize(ListingKind kind) const override
    {
        return kind == ListingKind::Status ? maximumStatusPageSize : maximumDetailsPageSize;
    }
    int maxIdsPerRequest(ListingKind) const override { return idsPerRequest; }
    // The RPC gateway accepts a Timestamp within 15 minutes of its clock.
    qint64 clockSkewWindowSeconds() const override { return 900; }
    std::optional<FetchError> validate(ListingKind kind, const QString &region,
                                       const ListingQuery &query,
                                       const RequestContext &context) const override;
    PreparedRequest buildRequest(const PageRequest &page,
                                 const RequestContext &context) const override;
    PageResult parseReply(ListingKind kind, const RawReply &reply) const override;
};
