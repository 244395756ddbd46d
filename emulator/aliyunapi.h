// Alibaba Cloud ECS on the wire: RPC-style GET or POST (form) on "/", Action
// DescribeInstanceStatus (PageSize ≤ 50) or DescribeInstances (PageSize ≤ 100), Version
// 2014-05-26, the HMAC-SHA1 RPC signature (or ACS3-HMAC-SHA256), JSON or XML (its default),
// and the {"RequestId", "HostId", "Code", "Message", "Recommend"} error envelope with the
// documented codes and statuses (specs/API.md).
#pragma once

#include "cloudapi.h"

class AliyunApi : public CloudApi
{
public:
    explicit AliyunApi(EmulatorState &state);

    static constexpr qint64 timeWindowMs = 15 * 60 * 1000;

protected:
    CloudRequest parse(const HttpRequest &request) const override;
    std::optional<ApiError> verify(const HttpRequest &request, const CloudRequest &parsed,
                                   const EmulatorAccount &account,
                                   const QDateTime &serverNow) override;
    std::optional<ApiError> readQuery(const CloudRequest &parsed, FleetQuery &query) const override;
    QJsonObject listing(const CloudRequest &parsed, const FleetQuery &query, const FleetPage &page,
                        const QString &requestId) const override;
    QJsonObject errorBody(const ApiError &error, const CloudRequest &parsed,
                          const QString &requestId) const override;
    ApiError failure(Failure failure, const CloudRequest &parsed) const override;
    QString newRequestId() override;
    QByteArray requestIdHeader() const override { return "x-acs-request-id"; }
    QByteArray serialize(const QJsonObject &body, const CloudRequest &parsed,
                         bool isError) const override;
    QByteArray contentType(const CloudRequest &parsed) const override;

private:
    std::optional<ApiError> verifyRpc(const HttpRequest &request, const CloudRequest &parsed,
                                      const EmulatorAccount &account, const QDateTime &serverNow);
    std::optional<ApiError> verifyAcs3(const HttpRequest &request, const CloudRequest &parsed,
                                       const EmulatorAccount &account, const QDateTime &serverNow);
    std::optional<ApiError> checkTime(const QString &timestamp, const QDateTime &serverNow) const;
};
