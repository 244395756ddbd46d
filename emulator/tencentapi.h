// Tencent Cloud CVM on the wire: API 3.0 (POST "/" with a JSON body, or GET; X-TC-Action
// DescribeInstancesStatus or DescribeInstances; TC3-HMAC-SHA256 or signature v1) and the
// legacy v2 endpoint (GET/POST /v2/index.php, signature v1, short region codes). Errors come
// with HTTP 200 in {"Response": {"Error": {"Code", "Message"}, "RequestId"}} (specs/API.md).
#pragma once

#include "cloudapi.h"

class TencentApi : public CloudApi
{
public:
    explicit TencentApi(EmulatorState &state);

    static constexpr qint64 timeWindowMs = 5 * 60 * 1000;

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

private:
    std::optional<ApiError> verifyTc3(const HttpRequest &request, const CloudRequest &parsed,
                                      const EmulatorAccount &account,
                                      const QDateTime &serverNow) const;
    std::optional<ApiError> verifyV1(const HttpRequest &request, const CloudRequest &parsed,
                                     const EmulatorAccount &account,
                                     const QDateTime &serverNow) const;
    std::optional<ApiError> readIds(const CloudRequest &parsed, FleetQuery &query) const;
};
