// JD Cloud VM on the wire: GET /v1/regions/{regionId}/instanceStatus (describeInstanceStatus)
// and /v1/regions/{regionId}/instances (describeInstances), JDCLOUD2/JDCLOUD3-HMAC-SHA256
// signatures, pageSize in [10, 100], filters.N.name / filters.N.values.M, and the
// {"requestId", "error": {"code", "status", "message"}} envelope (specs/API.md).
#pragma once

#include "cloudapi.h"

class JdCloudApi : public CloudApi
{
public:
    explicit JdCloudApi(EmulatorState &state);

    // The time window the emulator allows around x-jdcloud-date (not documented by JD Cloud).
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
    QByteArray requestIdHeader() const override { return "x-jdcloud-request-id"; }
};
