// Tencent Cloud CVM over the wire, Version 2017-03-12, DescribeInstancesStatus and
// DescribeInstances (InstanceIds ≤ 100, Offset, Limit ≤ 100):
//  - API 3.0 (default): POST JSON to https://cvm.tencentcloudapi.com/ with X-TC-Action,
//    X-TC-Version, X-TC-Region, X-TC-Timestamp and a TC3-HMAC-SHA256 Authorization;
//  - legacy v2 (Account::ApiStyle::Legacy): GET https://cvm.api.qcloud.com/v2/index.php with
//    every parameter in the query, signed with the v1 signature (HmacSHA256), Region as the
//    legacy short code (gz, sh, ...).
// Pure.
#pragma once

#include "cloudprotocol.h"

class TencentProtocol : public CloudProtocol
{
public:
    static constexpr int maximumPageSize = 100;
    static constexpr int idsPerRequest = 100;
    static constexpr auto apiVersion = "2017-03-12";
    static constexpr auto service = "cvm";
    static constexpr auto contentType = "application/json; charset=utf-8";
    static QUrl publicEndpoint(Account::ApiStyle style);
    static QString apiPath(Account::ApiStyle style);
    static QString action(ListingKind kind);
    // The legacy endpoint's short region code ("ap-guangzhou" → "gz"); a region without a
    // known code (or already short) is passed through unchanged.
    static QString legacyRegion(const QString &region);
    // The legacy Nonce: a positive integer drawn from the request's random nonce.
    static quint32 legacyNonce(const QString &nonce);
    // The exact API 3.0 body of one page.
    static QByteArray body(const PageRequest &page);
    // Every legacy parameter of one page except Signature.
    static QList<std::pair<QString, QString>> legacyParameters(const PageRequest &page,
                                                               const RequestContext &context);

    Cloud cloud() const override { return Cloud::Tencent; }
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

private:
    PreparedRequest buildV3(const PageRequest &page, const RequestContext &context) const;
    PreparedRequest buildLegacy(const PageRequest &page, const RequestContext &context) const;
};
