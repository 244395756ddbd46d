#include "tencentapi.h"

#include "cloudcatalog.h"
#include "credentials.h"
#include "tc3signer.h"
#include "tencentv1signer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>

namespace {

// Tencent Cloud answers every API error with HTTP 200; the code is in the body.
ApiError error(const QString &code, const QString &message)
{
    return { 200, code, message };
}

ApiError missing(const QString &name)
{
    return error(QStringLiteral("MissingParameter"),
                 QStringLiteral("The request is missing a required parameter `%1`.").arg(name));
}

ApiError signatureExpired()
{
    return error(QStringLiteral("AuthFailure.SignatureExpire"),
                 QStringLiteral("Signature expired. Timestamp and server time cannot differ by "
                                "more than five minutes."));
}

struct Tc3Authorization
{
    QString keyId;
    QString date;
    QString service;
    QString terminator;
    QString signedHeaders;
    QByteArray signature;
};

std::optional<Tc3Authorization> parseTc3(const QByteArray &value)
{
    static const QRegularExpression pattern(
        QStringLiteral("^TC3-HMAC-SHA256 Credential=([^/,]+)/([^/,]+)/([^/,]+)/([^/,]+), "
                       "?SignedHeaders=([^,]+), ?Signature=([0-9a-f]+)$"));
    const auto match = pattern.match(QString::fromLatin1(value));
    if (!match.hasMatch())
        return std::nullopt;
    return Tc3Authorization { match.captured(1), match.captured(2), match.captured(3),
                              match.captured(4), match.captured(5), match.captured(6).toLatin1() };
}

// Signature v1 is the legacy endpoint's only scheme; on API 3.0 it is recognised by its
// Signature parameter. Anything else on API 3.0 is judged as TC3.
bool isV1(const HttpRequest &request)
{
    if (request.path == "/v2/index.php")
        return true;
    if (request.header("Authorization").startsWith("TC3-"))
        return false;
    const bool form =
        request.header("Content-Type").startsWith("application/x-www-form-urlencoded");
    return request.query.contains("Signature=") || (form && request.body.contains("Signature="));
}

// The host a client may have signed: as sent, and without the port (the Node SDK signs the
// hostname only while sending the port).
QStringList signedHostCandidates(const HttpRequest &request)
{
    const QString host = QString::fromLatin1(request.header("Host")).toLower();
    const qsizetype colon = host.lastIndexOf(u':');
    QStringList candidates { host };
    if (colon > 0)
        candidates.append(host.left(colon));
    return candidates;
}

// An integer from the JSON body (type-checked) or from a flattened parameter.
std::optional<ApiError> readInt(const CloudRequest &parsed, const QString &name, int low, int high,
                                int &out)
{
    const bool json = !parsed.json.isEmpty() || parsed.params.isEmpty();
    if (json && parsed.json.contains(name)) {
        const QJsonValue value = parsed.json.value(name);
        if (!value.isDouble() || value.toDouble() != double(value.toInt()))
            return error(QStringLiteral("InvalidParameter"),
                         QStringLiteral("The type of parameter `%1` is invalid.").arg(name));
        out = value.toInt();
    } else if (parsed.hasParam(name)) {
        bool ok = false;
        out = parsed.param(name).toInt(&ok);
        if (!ok)
            return error(QStringLiteral("InvalidParameter"),
                         QStringLiteral("The type of parameter `%1` is invalid.").arg(name));
    }
    if (out < low || out > high)
        return error(QStringLiteral("InvalidParameterValue"),
                     QStringLiteral("The value of parameter `%1` must be between %2 and %3.")
                         .arg(name)
                         .arg(low)
                         .arg(high));
    return std::nullopt;
}

} // namespace

TencentApi::TencentApi(EmulatorState &state)
    : CloudApi(Cloud::Tencent, state)
{ }

QString TencentApi::newRequestId()
{
    return randomUuid(false);
}

CloudRequest TencentApi::parse(const HttpRequest &request) const
{
    CloudRequest parsed;
    const bool legacy = request.path == "/v2/index.php";
    if (!legacy && request.path != "/") {
        parsed.error = ApiError { 404, QStringLiteral("InvalidAction"),
                                  QStringLiteral("The requested path does not exist.") };
        return parsed;
    }
    if (request.method != "GET" && request.method != "POST") {
        parsed.error = error(QStringLiteral("UnsupportedProtocol"),
                             QStringLiteral("Only GET and POST are supported."));
        return parsed;
    }
    QString version;
    if (isV1(request)) {
        parsed.params = decodeForm(request.query);
        if (request.method == "POST")
            parsed.params += decodeForm(request.body);
        parsed.action = parsed.param(u"Action");
        version = parsed.param(u"Version");
        parsed.keyId = parsed.param(u"SecretId");
        parsed.region = parsed.param(u"Region");
        const QString longRegion = CloudCatalog::tencentRegionFromShortCode(parsed.region);
        if (legacy && !longRegion.isEmpty())
            parsed.region = longRegion;
        if (parsed.keyId.isEmpty())
            parsed.error = missing(QStringLiteral("SecretId"));
    } else {
        const auto auth = parseTc3(request.header("Authorization"));
        if (!auth) {
            parsed.error = error(QStringLiteral("AuthFailure.InvalidAuthorization"),
                                 QStringLiteral("Authorization in the request header is invalid."));
            return parsed;
        }
        parsed.keyId = auth->keyId;
        parsed.action = QString::fromLatin1(request.header("X-TC-Action"));
        version = QString::fromLatin1(request.header("X-TC-Version"));
        parsed.region = QString::fromLatin1(request.header("X-TC-Region"));
        if (request.method == "GET") {
            parsed.params = decodeForm(request.query);
        } else {
            QJsonParseError jsonError;
            const QJsonDocument document = QJsonDocument::fromJson(request.body, &jsonError);
            if (jsonError.error != QJsonParseError::NoError || !document.isObject())
                parsed.paramError = error(QStringLiteral("InvalidParameter"),
                                          QStringLiteral("The request body is not a JSON object."));
            parsed.json = document.object();
        }
    }
    if (parsed.error)
        return parsed;
    if (parsed.action.isEmpty()) {
        parsed.error = missing(QStringLiteral("Action"));
    } else if (parsed.action != u"DescribeInstancesStatus"
               && parsed.action != u"DescribeInstances") {
        parsed.error = error(QStringLiteral("InvalidAction"),
                             QStringLiteral("The requested action `%1` does not exist.")
                                 .arg(parsed.action.left(64)));
    } else if (!legacy && version != u"2017-03-12") {
        parsed.error = version.isEmpty()
            ? missing(QStringLiteral("Version"))
            : error(QStringLiteral("NoSuchVersion"),
                    QStringLiteral("The requested version `%1` of API `%2` does not exist.")
                        .arg(version.left(32), parsed.action));
    } else if (parsed.region.isEmpty()) {
        parsed.error = missing(QStringLiteral("Region"));
    }
    parsed.call = parsed.action == u"DescribeInstances" ? ApiCall::Details : ApiCall::Status;
    return parsed;
}

std::optional<ApiError> TencentApi::verify(const HttpRequest &request, const CloudRequest &parsed,
                                           const EmulatorAccount &account,
                                           const QDateTime &serverNow)
{
    return isV1(request) ? verifyV1(request, parsed, account, serverNow)
                         : verifyTc3(request, parsed, account, serverNow);
}

std::optional<ApiError> TencentApi::verifyTc3(const HttpRequest &request,
                                              const CloudRequest &parsed,
                                              const EmulatorAccount &account,
                                              const QDateTime &serverNow) const
{
    const Tc3Authorization auth = *parseTc3(request.header("Authorization"));
    bool ok = false;
    const qint64 timestamp = request.header("X-TC-Timestamp").toLongLong(&ok);
    if (!ok)
        return missing(QStringLiteral("X-TC-Timestamp"));
    if (std::abs(timestamp * 1000 - serverNow.toMSecsSinceEpoch()) > timeWindowMs)
        return signatureExpired();
    const QString day = QDateTime::fromSecsSinceEpoch(timestamp, Qt::UTC).toString(u"yyyy-MM-dd");
    if (auth.date != day || auth.service != u"cvm" || auth.terminator != u"tc3_request"
        || auth.signedHeaders != u"content-type;host")
        return failure(Failure::BadSignature, parsed);
    const QByteArray rawQuery = request.method == "GET" ? request.query : QByteArray();
    for (const QString &host : signedHostCandidates(request)) {
        const SignatureResult expected = Tc3Signer::sign(
            request.method, host, rawQuery, request.header("Content-Type"), request.body,
            Credentials(account.accessKeyId, account.secret), timestamp, QStringLiteral("cvm"));
        if (expected.signature == auth.signature)
            return std::nullopt;
    }
    return failure(Failure::BadSignature, parsed);
}

std::optional<ApiError> TencentApi::verifyV1(const HttpRequest &request, const CloudRequest &parsed,
                                             const EmulatorAccount &account,
                                             const QDateTime &serverNow) const
{
    for (const char *name : { "Signature", "Timestamp", "Nonce" }) {
        if (parsed.param(QString::fromLatin1(name)).isEmpty())
            return missing(QLatin1StringView(name));
    }
    bool ok = false;
    const qint64 timestamp = parsed.param(u"Timestamp").toLongLong(&ok);
    if (!ok || std::abs(timestamp * 1000 - serverNow.toMSecsSinceEpoch()) > timeWindowMs)
        return signatureExpired();
    const QString method = parsed.param(u"SignatureMethod");
    if (!method.isEmpty() && method != u"HmacSHA1" && method != u"HmacSHA256")
        return error(QStringLiteral("InvalidParameterValue"),
                     QStringLiteral("SignatureMethod must be HmacSHA1 or HmacSHA256."));
    QList<std::pair<QString, QString>> signedParams;
    for (const auto &pair : parsed.params) {
        if (pair.first != u"Signature")
            signedParams.append(pair);
    }
    const QString path = QString::fromUtf8(QByteArray::fromPercentEncoding(request.path));
    for (const QString &host : signedHostCandidates(request)) {
        const SignatureResult expected =
            TencentV1Signer::sign(request.method, host, path, signedParams,
                                  Credentials(account.accessKeyId, account.secret));
        if (QString::fromLatin1(expected.signature) == parsed.param(u"Signature"))
            return std::nullopt;
    }
    return failure(Failure::BadSignature, parsed);
}

std::optional<ApiError> TencentApi::readIds(const CloudRequest &parsed, FleetQuery &query) const
{
    if (parsed.json.contains(u"InstanceIds")) {
        const QJsonValue ids = parsed.json.value(u"InstanceIds");
        if (!ids.isArray())
            return error(QStringLiteral("InvalidParameter"),
                         QStringLiteral("The type of parameter `InstanceIds` is invalid."));
        for (const QJsonValue &id : ids.toArray())
            query.instanceIds.append(id.toString());
    }
    for (int n = 0; parsed.hasParam(QString(u"InstanceIds." + QString::number(n))); ++n)
        query.instanceIds.append(parsed.param(QString(u"InstanceIds." + QString::number(n))));
    if (query.instanceIds.size() > 100)
        return error(QStringLiteral("InvalidParameterValue.LimitExceeded"),
                     QStringLiteral("The number of `InstanceIds` exceeds the limit of 100."));
    static const QRegularExpression idPattern(QStringLiteral("^ins-[a-z0-9]{8}$"));
    for (const QString &id : std::as_const(query.instanceIds)) {
        if (!idPattern.match(id).hasMatch())
            return error(QStringLiteral("InvalidInstanceId.Malformed"),
                         QStringLiteral("The instance ID `%1` is malformed.").arg(id.left(64)));
    }
    return std::nullopt;
}

std::optional<ApiError> TencentApi::readQuery(const CloudRequest &parsed, FleetQuery &query) const
{
    if (parsed.paramError)
        return parsed.paramError;
    if (!CloudCatalog::isKnownRegion(Cloud::Tencent, parsed.region)
        && !state().config().account(query.accountId)->regions.contains(parsed.region))
        return error(QStringLiteral("UnsupportedRegion"),
                     QStringLiteral("The requested region `%1` is not supported.")
                         .arg(parsed.region.left(64)));
    if (auto problem = readIds(parsed, query))
        return problem;
    int offset = 0;
    int limit = 20;
    if (auto problem = readInt(parsed, QStringLiteral("Offset"), 0, 1000000000, offset))
        return problem;
    if (auto problem = readInt(parsed, QStringLiteral("Limit"), 1, 100, limit))
        return problem;
    query.offset = offset;
    query.limit = limit;
    query.details = parsed.call == ApiCall::Details;
    if (query.details) {
        for (const QJsonValue &filter : parsed.json.value(u"Filters").toArray()) {
            const QString name = filter[u"Name"].toString();
            const QString value = filter[u"Values"][0].toString();
            if (name == u"zone")
                query.zone = value;
            else if (name == u"instance-state")
                query.rawStates.append(value);
            else if (name == u"instance-name")
                query.nameContains = value;
            else if (name == u"private-ip-address")
                query.privateIpContains = value;
        }
    }
    return std::nullopt;
}

QJsonObject TencentApi::listing(const CloudRequest &parsed, const FleetQuery &,
                                const FleetPage &page, const QString &requestId) const
{
    QJsonArray items;
    for (const FleetInstance &instance : page.instances) {
        if (parsed.call == ApiCall::Status) {
            items.append(QJsonObject { { "InstanceId", instance.instanceId },
                                       { "InstanceState", instance.rawState } });
            continue;
        }
        // CVM answers null, not [], for an instance without a public address.
        const QJsonValue publicIps = instance.publicIps.isEmpty()
            ? QJsonValue(QJsonValue::Null)
            : QJsonValue(QJsonArray::fromStringList(instance.publicIps));
        items.append(QJsonObject {
            { "InstanceId", instance.instanceId },
            { "InstanceName", instance.name },
            { "InstanceType", instance.instanceType },
            { "InstanceState", instance.rawState },
            { "Placement", QJsonObject { { "Zone", instance.zone }, { "ProjectId", 0 } } },
            { "PrivateIpAddresses", QJsonArray::fromStringList(instance.privateIps) },
            { "PublicIpAddresses", publicIps },
            { "CreatedTime", instance.createdAt.toString(u"yyyy-MM-dd'T'HH:mm:ss'Z'") },
            { "InstanceChargeType", QStringLiteral("POSTPAID_BY_HOUR") },
            { "RestrictState", QStringLiteral("NORMAL") },
            { "OsName", QStringLiteral("TencentOS Server 3.1 (TK4)") },
        });
    }
    const QString listName = parsed.call == ApiCall::Status ? QStringLiteral("InstanceStatusSet")
                                                            : QStringLiteral("InstanceSet");
    return { { "Response",
               QJsonObject { { "TotalCount", page.total },
                             { listName, items },
                             { "RequestId", requestId } } } };
}

QJsonObject TencentApi::errorBody(const ApiError &apiError, const CloudRequest &,
                                  const QString &requestId) const
{
    const QJsonObject errorObject { { "Code", apiError.code }, { "Message", apiError.message } };
    return { { "Response", QJsonObject { { "Error", errorObject }, { "RequestId", requestId } } } };
}

ApiError TencentApi::failure(Failure failure, const CloudRequest &) const
{
    switch (failure) {
    case Failure::UnknownKey:
        return error(QStringLiteral("AuthFailure.SecretIdNotFound"),
                     QStringLiteral("The SecretId is not found, please ensure that your SecretId "
                                    "is correct."));
    case Failure::BadSignature:
        return error(QStringLiteral("AuthFailure.SignatureFailure"),
                     QStringLiteral("The provided credentials could not be validated. Please "
                                    "check your signature is correct."));
    case Failure::Throttled:
        return error(QStringLiteral("RequestLimitExceeded"),
                     QStringLiteral("Your current request times exceeds the frequency limit for "
                                    "a second. Please reduce the frequency of calls."));
    case Failure::Forbidden:
        return error(QStringLiteral("AuthFailure.UnauthorizedOperation"),
                     QStringLiteral("The request is not authorized. Please check the CAM "
                                    "documentation."));
    case Failure::Internal:
    case Failure::Unavailable:
        return error(QStringLiteral("InternalError"),
                     QStringLiteral("An internal error has occurred. Retry your request, but if "
                                    "the problem persists, contact us."));
    }
    Q_UNREACHABLE();
    return {};
}
