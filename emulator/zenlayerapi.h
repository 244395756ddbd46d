// Zenlayer Cloud VM on the wire: POST /api/v2/vm with X-ZC-Action DescribeInstancesStatus or
// DescribeInstances, a JSON body (instanceIds ≤ 100, pageSize ≤ 1000, pageNum), the
// ZC2-HMAC-SHA256 signature, {"requestId", "response": {...}} on success and
// {"requestId", "code", "message"} with a non-200 status on failure (specs/API.md). The
// status call has no region: it lists the whole account.
#pragma once

#include "cloudapi.h"

class ZenlayerApi : public CloudApi
{
public:
    explicit ZenlayerApi(EmulatorState &state);

    // Zenlayer documents no window for X-ZC-Timestamp; the emulator allows this much.
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
    QByteArray contentType(const CloudRequest &parsed) const override;
};
