#include "zenlayerapi.h"

#include "cloudcatalog.h"
#include "credentials.h"
#include "requesttosign.h"
#include "zenlayersigner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>

namespace {

ApiError invalidParameter(const QString &message)
{
    return { 400, QStringLiteral("INVALID_PARAMETER"), message };
}

std::optional<std::pair<QString, QByteArray>> parseAuthorization(const QByteArray &value)
{
    static const QRegularExpression pattern(
        QStringLiteral("^ZC2-HMAC-SHA256 Credential=([^,]+), ?SignedHeaders=content-type;host, "
                       "?Signature=([0-9a-f]+)$"));
    const auto match = pattern.match(QString::fromLatin1(value));
    if (!match.hasMatch())
        return std::nullopt;
    return std::pair { match.captured(1), match.captured(2).toLatin1() };
}

// Reads an optional integer member; false if present and not an integer in range.
bool readInt(const QJsonObject &json, QStringView name, int low, int high, int &out)
{
    const QJsonValue value = json.value(name);
    if (value.isUndefined() || value.isNull())
        return true;
    if (!value.isDouble() || value.toDouble() != double(value.toInt()) || value.toInt() < low
        || value.toInt() > high)
        return false;
    out = value.toInt();
    return true;
}

} // namespace

ZenlayerApi::ZenlayerApi(EmulatorState &state)
    : CloudApi(Cloud::Zenlayer, state)
{ }

QString ZenlayerApi::newRequestId()
{
    return u'T' + randomUuid(true);
}

QByteArray ZenlayerApi::contentType(const CloudRequest &) const
{
    return "application/json";
}

CloudRequest ZenlayerApi::parse(const HttpRequest &request) const
{
    CloudRequest parsed;
    if (request.path != "/api/v2/vm") {
        parsed.error = ApiError { 404, QStringLiteral("NOT_FOUND"),
                                  QStringLiteral("The requested resource does not exist.") };
        return parsed;
    }
    parsed.action = QString::fromLatin1(request.header("X-ZC-Action"));
    if (parsed.action == u"DescribeInstancesStatus") {
        parsed.call = ApiCall::Status;
    } else if (parsed.action == u"DescribeInstances") {
        parsed.call = ApiCall::Details;
    } else {
        parsed.error = ApiError {
            400, QStringLiteral("INVALID_ACTION"),
            QStringLiteral("The action `%1` is not supported.").arg(parsed.action.left(64))
        };
        return parsed;
    }
    if (request.method != "POST") {
        parsed.error = ApiError { 405, QStringLiteral("METHOD_NOT_ALLOWED"),
                                  QStringLiteral("Only POST is supported.") };
        return parsed;
    }
    const auto auth = parseAuthorization(request.header("Authorization"));
    if (!auth) {
        parsed.error =
            ApiError { 401, QStringLiteral("AUTHORIZATION_INVALID"),
                       QStringLiteral("The Authorization header is missing or malformed.") };
        return parsed;
    }
    parsed.keyId = auth->first;
    QJsonParseError jsonError;
    const QJsonDocument document = QJsonDocument::fromJson(
        request.body.trimmed().isEmpty() ? QByteArray("{}") : request.body, &jsonError);
    if (jsonError.error != QJsonParseError::NoError || !document.isObject())
        parsed.paramError =
            invalidParameter(QStringLiteral("The request body is not a JSON object."));
    parsed.json = document.object();
    return parsed;
}

std::optional<ApiError> ZenlayerApi::verify(const HttpRequest &request, const CloudRequest &parsed,
                                            const EmulatorAccount &account,
                                            const QDateTime &serverNow)
{
    if (request.header("X-ZC-Signature-Method") != "ZC2-HMAC-SHA256")
        return ApiError { 401, QStringLiteral("SIGNATURE_METHOD_INVALID"),
                          QStringLiteral("X-ZC-Signature-Method must be ZC2-HMAC-SHA256.") };
    bool ok = false;
    const qint64 timestamp = request.header("X-ZC-Timestamp").toLongLong(&ok);
    if (!ok)
        return ApiError { 401, QStringLiteral("TIMESTAMP_INVALID"),
                          QStringLiteral("X-ZC-Timestamp is missing or not a unix time.") };
    if (std::abs(timestamp * 1000 - serverNow.toMSecsSinceEpoch()) > timeWindowMs)
        return ApiError { 401, QStringLiteral("SIGNATURE_EXPIRED"),
                          QStringLiteral("The request has expired: X-ZC-Timestamp differs from the "
                                         "server time by more than 5 minutes.") };
    RequestToSign toSign;
    toSign.method = request.method;
    toSign.host = QString::fromLatin1(request.header("Host")).toLower();
    toSign.path = QStringLiteral("/");
    toSign.headers.append({ "Content-Type", request.header("Content-Type") });
    toSign.body = request.body;
    const SignatureResult expected =
        ZenlayerSigner::sign(toSign, Credentials(account.accessKeyId, account.secret), timestamp);
    if (expected.signature != parseAuthorization(request.header("Authorization"))->second)
        return failure(Failure::BadSignature, parsed);
    return std::nullopt;
}

std::optional<ApiError> ZenlayerApi::readQuery(const CloudRequest &parsed, FleetQuery &query) const
{
    if (parsed.paramError)
        return parsed.paramError;
    const QJsonObject &json = parsed.json;
    const QJsonValue ids = json.value(u"instanceIds");
    if (!ids.isUndefined() && !ids.isNull()) {
        if (!ids.isArray())
            return invalidParameter(QStringLiteral("instanceIds must be a list of strings."));
        if (ids.toArray().size() > 100)
            return invalidParameter(QStringLiteral("instanceIds accepts at most 100 ids."));
        for (const QJsonValue &id : ids.toArray()) {
            if (!id.isString())
                return invalidParameter(QStringLiteral("instanceIds must be a list of strings."));
            query.instanceIds.append(id.toString());
        }
    }
    int pageSize = 20;
    int pageNum = 1;
    if (!readInt(json, u"pageSize", 1, 1000, pageSize))
        return invalidParameter(QStringLiteral("pageSize must be an integer between 1 and 1000."));
    if (!readInt(json, u"pageNum", 1, 1000000, pageNum))
        return invalidParameter(QStringLiteral("pageNum must be a positive integer."));
    query.offset = qsizetype(pageNum - 1) * pageSize;
    query.limit = pageSize;
    if (parsed.call == ApiCall::Details) {
        query.details = true;
        query.zone = json.value(u"zoneId").toString();
        if (!query.zone.isEmpty() && !CloudCatalog::isKnownRegion(Cloud::Zenlayer, query.zone))
            return ApiError {
                400, QStringLiteral("INVALID_ZONE_NOT_FOUND"),
                QStringLiteral("The specified zoneId `%1` is not found").arg(query.zone.left(64))
            };
        if (json.value(u"instanceStatus").isString())
            query.rawStates.append(json.value(u"instanceStatus").toString());
        query.nameContains = json.value(u"instanceName").toString();
    }
    return std::nullopt;
}

QJsonObject ZenlayerApi::listing(const CloudRequest &parsed, const FleetQuery &,
                                 const FleetPage &page, const QString &requestId) const
{
    QJsonArray items;
    for (const FleetInstance &instance : page.instances) {
        if (parsed.call == ApiCall::Status) {
            items.append(QJsonObject { { "instanceId", instance.instanceId },
                                       { "instanceStatus", instance.rawState } });
            continue;
        }
        const int digit = instance.instanceType.back().digitValue();
        const int size = digit > 0 ? digit : 2;
        items.append(QJsonObject {
            { "instanceId", instance.instanceId },
            { "zoneId", instance.zone },
            { "instanceName", instance.name },
            { "instanceType", instance.instanceType },
            { "cpuCount", size },
            { "memory", size * 2 },
            { "imageId", QStringLiteral("ubuntu-22.04-x86_64") },
            { "imageName", QStringLiteral("Ubuntu 22.04") },
            { "instanceChargeType", QStringLiteral("POSTPAID") },
            { "internetChargeType", QStringLiteral("ByBandwidth") },
            { "internetMaxBandwidthOut", 100 },
            { "publicIpAddresses", QJsonArray::fromStringList(instance.publicIps) },
            { "privateIpAddresses", QJsonArray::fromStringList(instance.privateIps) },
            { "createTime", instance.createdAt.toString(Qt::ISODate) },
            { "instanceStatus", instance.rawState },
            { "resourceGroupName", QStringLiteral("Default Resource Group") },
            { "autoRenew", false },
        });
    }
    const QJsonObject response { { "requestId", requestId },
                                 { "totalCount", page.total },
                                 { "dataSet", items } };
    return { { "requestId", requestId }, { "response", response } };
}

QJsonObject ZenlayerApi::errorBody(const ApiError &error, const CloudRequest &,
                                   const QString &requestId) const
{
    return { { "requestId", requestId }, { "code", error.code }, { "message", error.message } };
}

ApiError ZenlayerApi::failure(Failure failure, const CloudRequest &) const
{
    switch (failure) {
    case Failure::UnknownKey:
        return { 401, QStringLiteral("ACCESS_KEY_NOT_FOUND"),
                 QStringLiteral("The AccessKey ID does not exist or has been disabled.") };
    case Failure::BadSignature:
        return { 401, QStringLiteral("SIGNATURE_NOT_MATCH"),
                 QStringLiteral("The request signature does not match.") };
    case Failure::Throttled:
        return { 429, QStringLiteral("REQUEST_LIMIT_EXCEEDED"),
                 QStringLiteral("Request limit exceeded.") };
    case Failure::Forbidden:
        return { 403, QStringLiteral("OPERATION_DENIED"),
                 QStringLiteral("You are not authorized to perform this operation.") };
    case Failure::Internal:
        return { 500, QStringLiteral("INTERNAL_ERROR"),
                 QStringLiteral("An internal error occurred. Please try again later.") };
    case Failure::Unavailable:
        return { 503, QStringLiteral("SERVICE_UNAVAILABLE"),
                 QStringLiteral("The service is temporarily unavailable.") };
    }
    Q_UNREACHABLE();
    return {};
}
