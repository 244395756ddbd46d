#include "aliyunapi.h"

#include "acs3signer.h"
#include "aliyunrpcsigner.h"
#include "cloudcatalog.h"
#include "credentials.h"
#include "requesttosign.h"
#include "xmlenvelope.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace {

ApiError missing(const QString &name)
{
    return { 400, QStringLiteral("MissingParameter"),
             QStringLiteral("The input parameter \"%1\" that is mandatory for processing this "
                            "request is not supplied.")
                 .arg(name) };
}

ApiError invalidParameter(const QString &name)
{
    return { 400, QStringLiteral("InvalidParameter"),
             QStringLiteral("The specified parameter %1 is not valid.").arg(name) };
}

bool isAcs3(const HttpRequest &request)
{
    return request.header("Authorization").startsWith("ACS3-HMAC-SHA256 ");
}

std::optional<std::tuple<QString, QList<QByteArray>, QByteArray>> parseAcs3(const QByteArray &value)
{
    static const QRegularExpression pattern(QStringLiteral(
        "^ACS3-HMAC-SHA256 Credential=([^,]+),SignedHeaders=([^,]+),Signature=([0-9a-f]+)$"));
    const auto match = pattern.match(QString::fromLatin1(value));
    if (!match.hasMatch())
        return std::nullopt;
    return std::tuple { match.captured(1), match.captured(2).toLatin1().split(';'),
                        match.captured(3).toLatin1() };
}

bool readInt(const CloudRequest &parsed, QStringView name, int low, int high, int &out)
{
    if (!parsed.hasParam(name))
        return true;
    bool ok = false;
    out = parsed.param(name).toInt(&ok);
    return ok && out >= low && out <= high;
}

} // namespace

AliyunApi::AliyunApi(EmulatorState &state)
    : CloudApi(Cloud::Aliyun, state)
{ }

QString AliyunApi::newRequestId()
{
    return randomUuid(true);
}

CloudRequest AliyunApi::parse(const HttpRequest &request) const
{
    CloudRequest parsed;
    parsed.params = decodeForm(request.query);
    if (request.method == "POST"
        && request.header("Content-Type").startsWith("application/x-www-form-urlencoded"))
        parsed.params += decodeForm(request.body);
    const bool acs3 = isAcs3(request);
    parsed.action =
        acs3 ? QString::fromLatin1(request.header("x-acs-action")) : parsed.param(u"Action");
    const QString format = parsed.param(u"Format");
    parsed.xml = acs3 ? format.compare(u"XML", Qt::CaseInsensitive) == 0
                      : format.compare(u"JSON", Qt::CaseInsensitive) != 0;
    parsed.region = parsed.param(u"RegionId");
    if (request.path != "/") {
        parsed.error = ApiError { 404, QStringLiteral("InvalidAction.NotFound"),
                                  QStringLiteral("Specified api is not found, please check your "
                                                 "url and method.") };
        return parsed;
    }
    if (request.method != "GET" && request.method != "POST") {
        parsed.error = ApiError { 405, QStringLiteral("UnsupportedHTTPMethod"),
                                  QStringLiteral("This http method is not supported.") };
        return parsed;
    }
    if (parsed.action.isEmpty()) {
        parsed.error = missing(QStringLiteral("Action"));
        return parsed;
    }
    if (parsed.action == u"DescribeInstances") {
        parsed.call = ApiCall::Details;
    } else if (parsed.action != u"DescribeInstanceStatus") {
        parsed.error = ApiError { 404, QStringLiteral("InvalidAction.NotFound"),
                                  QStringLiteral("Specified api is not found, please check your "
                                                 "url and method.") };
        return parsed;
    }
    const QString version =
        acs3 ? QString::fromLatin1(request.header("x-acs-version")) : parsed.param(u"Version");
    if (version != u"2014-05-26") {
        parsed.error = version.isEmpty()
            ? missing(QStringLiteral("Version"))
            : ApiError { 400, QStringLiteral("InvalidVersion"),
                         QStringLiteral("Specified parameter Version is not valid.") };
        return parsed;
    }
    if (acs3) {
        const auto auth = parseAcs3(request.header("Authorization"));
        if (!auth)
            parsed.error = ApiError { 400, QStringLiteral("IncompleteSignature"),
                                      QStringLiteral("The request signature does not conform to "
                                                     "Aliyun standards.") };
        else
            parsed.keyId = std::get<0>(*auth);
        return parsed;
    }
    parsed.keyId = parsed.param(u"AccessKeyId");
    if (parsed.keyId.isEmpty())
        parsed.error = missing(QStringLiteral("AccessKeyId"));
    return parsed;
}

std::optional<ApiError> AliyunApi::checkTime(const QString &timestamp,
                                             const QDateTime &serverNow) const
{
    QDateTime time = QDateTime::fromString(timestamp, u"yyyy-MM-dd'T'HH:mm:ss'Z'");
    time.setTimeSpec(Qt::UTC);
    if (!time.isValid())
        return ApiError { 400, QStringLiteral("InvalidTimeStamp.Format"),
                          QStringLiteral("Specified time stamp or date header is not in the "
                                         "ISO8601 format.") };
    if (std::abs(time.msecsTo(serverNow)) > timeWindowMs)
        return ApiError { 400, QStringLiteral("InvalidTimeStamp.Expired"),
                          QStringLiteral("Specified time stamp or date header is expired.") };
    return std::nullopt;
}

std::optional<ApiError> AliyunApi::verify(const HttpRequest &request, const CloudRequest &parsed,
                                          const EmulatorAccount &account,
                                          const QDateTime &serverNow)
{
    return isAcs3(request) ? verifyAcs3(request, parsed, account, serverNow)
                           : verifyRpc(request, parsed, account, serverNow);
}

std::optional<ApiError> AliyunApi::verifyRpc(const HttpRequest &request, const CloudRequest &parsed,
                                             const EmulatorAccount &account,
                                             const QDateTime &serverNow)
{
    const ApiError incomplete { 400, QStringLiteral("IncompleteSignature"),
                                QStringLiteral("The request signature does not conform to "
                                               "Aliyun standards.") };
    if (!parsed.hasParam(u"Signature") || parsed.param(u"SignatureMethod") != u"HMAC-SHA1"
        || parsed.param(u"SignatureVersion") != u"1.0")
        return incomplete;
    for (const char *name : { "Timestamp", "SignatureNonce" }) {
        if (parsed.param(QString::fromLatin1(name)).isEmpty())
            return missing(QLatin1StringView(name));
    }
    if (auto error = checkTime(parsed.param(u"Timestamp"), serverNow))
        return error;
    QList<std::pair<QString, QString>> signedParams;
    for (const auto &pair : parsed.params) {
        if (pair.first != u"Signature")
            signedParams.append(pair);
    }
    const SignatureResult expected = AliyunRpcSigner::sign(
        request.method, signedParams, Credentials(account.accessKeyId, account.secret));
    if (QString::fromLatin1(expected.signature) != parsed.param(u"Signature")) {
        ApiError error = failure(Failure::BadSignature, parsed);
        // Alibaba Cloud shows its string to sign, so a client can find its mistake.
        error.message += u" server string to sign is:" + QString::fromUtf8(expected.stringToSign);
        return error;
    }
    if (!nonceIsFresh(account.accessKeyId, parsed.param(u"SignatureNonce"), timeWindowMs * 2))
        return ApiError { 400, QStringLiteral("SignatureNonceUsed"),
                          QStringLiteral("Specified signature nonce was used already.") };
    return std::nullopt;
}

std::optional<ApiError> AliyunApi::verifyAcs3(const HttpRequest &request,
                                              const CloudRequest &parsed,
                                              const EmulatorAccount &account,
                                              const QDateTime &serverNow)
{
    const auto [keyId, signedHeaders, signature] = *parseAcs3(request.header("Authorization"));
    if (auto error = checkTime(QString::fromLatin1(request.header("x-acs-date")), serverNow))
        return error;
    const QString nonce = QString::fromLatin1(request.header("x-acs-signature-nonce"));
    if (nonce.isEmpty())
        return missing(QStringLiteral("x-acs-signature-nonce"));
    const QByteArray bodyHash =
        QCryptographicHash::hash(request.body, QCryptographicHash::Sha256).toHex();
    if (request.header("x-acs-content-sha256") != bodyHash)
        return failure(Failure::BadSignature, parsed);
    RequestToSign toSign;
    toSign.method = request.method;
    toSign.host = QString::fromLatin1(request.header("Host")).toLower();
    toSign.path = QStringLiteral("/");
    toSign.query = decodeForm(request.query);
    toSign.body = request.body;
    for (const QByteArray &name : signedHeaders) {
        if (name != "host")
            toSign.headers.append({ name, request.header(name) });
    }
    const SignatureResult expected =
        Acs3Signer::sign(toSign, Credentials(account.accessKeyId, account.secret));
    if (expected.signature != signature)
        return failure(Failure::BadSignature, parsed);
    if (!nonceIsFresh(account.accessKeyId, nonce, timeWindowMs * 2))
        return ApiError { 400, QStringLiteral("SignatureNonceUsed"),
                          QStringLiteral("Specified signature nonce was used already.") };
    return std::nullopt;
}

std::optional<ApiError> AliyunApi::readQuery(const CloudRequest &parsed, FleetQuery &query) const
{
    if (parsed.region.isEmpty())
        return missing(QStringLiteral("RegionId"));
    if (!CloudCatalog::isKnownRegion(Cloud::Aliyun, parsed.region)
        && !state().config().account(query.accountId)->regions.contains(parsed.region))
        return ApiError { 404, QStringLiteral("InvalidRegionId.NotFound"),
                          QStringLiteral("The specified RegionId does not exist.") };
    const bool details = parsed.call == ApiCall::Details;
    int pageNumber = 1;
    int pageSize = 10;
    if (!readInt(parsed, u"PageNumber", 1, 1000000, pageNumber))
        return invalidParameter(QStringLiteral("PageNumber"));
    if (!readInt(parsed, u"PageSize", 1, details ? 100 : 50, pageSize))
        return invalidParameter(QStringLiteral("PageSize"));
    query.offset = qsizetype(pageNumber - 1) * pageSize;
    query.limit = pageSize;
    query.details = details;
    query.zone = parsed.param(u"ZoneId");
    if (!query.zone.isEmpty()
        && !CloudCatalog::zones(Cloud::Aliyun, parsed.region).contains(query.zone))
        return ApiError { 404, QStringLiteral("InvalidZoneId.NotFound"),
                          QStringLiteral("The specified zone does not exist.") };
    for (int n = 1; n <= 101 && parsed.hasParam(QString(u"InstanceId." + QString::number(n)));
         ++n) {
        if (n > 100)
            return invalidParameter(QStringLiteral("InstanceId"));
        query.instanceIds.append(parsed.param(QString(u"InstanceId." + QString::number(n))));
    }
    if (details && parsed.hasParam(u"InstanceIds")) {
        const QJsonDocument ids = QJsonDocument::fromJson(parsed.param(u"InstanceIds").toUtf8());
        if (!ids.isArray() || ids.array().size() > 100)
            return ApiError { 400, QStringLiteral("InvalidInstanceIds.Malformed"),
                              QStringLiteral("The specified parameter InstanceIds is not valid.") };
        for (const QJsonValue &id : ids.array())
            query.instanceIds.append(id.toString());
    }
    if (details && parsed.hasParam(u"Status"))
        query.rawStates.append(parsed.param(u"Status"));
    if (details)
        query.nameContains = parsed.param(u"InstanceName").remove(u'*');
    return std::nullopt;
}

QJsonObject AliyunApi::listing(const CloudRequest &parsed, const FleetQuery &query,
                               const FleetPage &page, const QString &requestId) const
{
    QJsonArray items;
    for (const FleetInstance &instance : page.instances) {
        if (parsed.call == ApiCall::Status) {
            items.append(QJsonObject { { "InstanceId", instance.instanceId },
                                       { "Status", instance.rawState } });
            continue;
        }
        // Some public addresses are elastic IPs, which ECS reports in a different field.
        const bool eip = !instance.publicIps.isEmpty() && instance.instanceId.back().unicode() % 2;
        const auto ipList = [](const QStringList &ips) {
            return QJsonObject { { "IpAddress", QJsonArray::fromStringList(ips) } };
        };
        items.append(QJsonObject {
            { "InstanceId", instance.instanceId },
            { "InstanceName", instance.name },
            { "HostName", instance.name },
            { "RegionId", parsed.region },
            { "ZoneId", instance.zone },
            { "InstanceType", instance.instanceType },
            { "Status", instance.rawState },
            { "CreationTime", instance.createdAt.toString(u"yyyy-MM-dd'T'HH:mm'Z'") },
            { "InstanceNetworkType", QStringLiteral("vpc") },
            { "VpcAttributes",
              QJsonObject { { "PrivateIpAddress", ipList(instance.privateIps) },
                            { "NatIpAddress", QString() } } },
            { "PublicIpAddress", ipList(eip ? QStringList() : instance.publicIps) },
            { "EipAddress",
              QJsonObject { { "IpAddress", eip ? instance.publicIps.first() : QString() },
                            { "AllocationId", QString() } } },
            { "InnerIpAddress", ipList({}) },
        });
    }
    const QString listName = parsed.call == ApiCall::Status ? QStringLiteral("InstanceStatuses")
                                                            : QStringLiteral("Instances");
    const QString itemName = parsed.call == ApiCall::Status ? QStringLiteral("InstanceStatus")
                                                            : QStringLiteral("Instance");
    QJsonObject body { { "RequestId", requestId },
                       { "TotalCount", page.total },
                       { "PageNumber", query.offset / std::max<qsizetype>(query.limit, 1) + 1 },
                       { "PageSize", query.limit },
                       { listName, QJsonObject { { itemName, items } } } };
    if (parsed.call == ApiCall::Details)
        body.insert(u"NextToken", QString());
    return body;
}

QJsonObject AliyunApi::errorBody(const ApiError &error, const CloudRequest &parsed,
                                 const QString &requestId) const
{
    const QString host = CloudCatalog::isKnownRegion(Cloud::Aliyun, parsed.region)
        ? QStringLiteral("ecs.%1.aliyuncs.com").arg(parsed.region)
        : QStringLiteral("ecs.aliyuncs.com");
    return { { "RequestId", requestId },
             { "HostId", host },
             { "Code", error.code },
             { "Message", error.message },
             { "Recommend",
               QStringLiteral("https://api.aliyun.com/troubleshoot?q=%1&product=Ecs&requestId=%2")
                   .arg(error.code, requestId) } };
}

QByteArray AliyunApi::serialize(const QJsonObject &body, const CloudRequest &parsed,
                                bool isError) const
{
    if (!parsed.xml)
        return CloudApi::serialize(body, parsed, isError);
    return XmlEnvelope::fromJson(isError ? QStringLiteral("Error") : parsed.action + u"Response",
                                 body);
}

QByteArray AliyunApi::contentType(const CloudRequest &parsed) const
{
    return parsed.xml ? "text/xml;charset=utf-8" : "application/json;charset=utf-8";
}

ApiError AliyunApi::failure(Failure failure, const CloudRequest &) const
{
    switch (failure) {
    case Failure::UnknownKey:
        return { 404, QStringLiteral("InvalidAccessKeyId.NotFound"),
                 QStringLiteral("Specified access key is not found.") };
    case Failure::BadSignature:
        return { 400, QStringLiteral("SignatureDoesNotMatch"),
                 QStringLiteral("Specified signature is not matched with our calculation.") };
    case Failure::Throttled:
        return { 400, QStringLiteral("Throttling.User"),
                 QStringLiteral("Request was denied due to user flow control.") };
    case Failure::Forbidden:
        return { 403, QStringLiteral("Forbidden.RAM"),
                 QStringLiteral("User not authorized to operate on the specified resource, or "
                                "this API doesn't support RAM.") };
    case Failure::Internal:
        return { 500, QStringLiteral("InternalError"),
                 QStringLiteral("The request processing has failed due to some unknown error, "
                                "exception or failure.") };
    case Failure::Unavailable:
        return { 503, QStringLiteral("ServiceUnavailable"),
                 QStringLiteral(
                     "The request has failed due to a temporary failure of the server.") };
    }
    Q_UNREACHABLE();
    return {};
}
