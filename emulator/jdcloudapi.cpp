#include "jdcloudapi.h"

#include "cloudcatalog.h"
#include "credentials.h"
#include "jdcloudsigner.h"
#include "requesttosign.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace {

// The Google-style status string JD Cloud pairs with each HTTP status
// (docs.jdcloud.com/cn/common-declaration/api/error-codes).
QString statusName(int httpStatus)
{
    switch (httpStatus) {
    case 400:
        return QStringLiteral("INVALID_ARGUMENT");
    case 401:
        return QStringLiteral("UNAUTHENTICATED");
    case 403:
        return QStringLiteral("HTTP_FORBIDDEN");
    case 404:
        return QStringLiteral("NOT_FOUND");
    case 429:
        return QStringLiteral("RATE_LIMIT");
    case 503:
        return QStringLiteral("UNAVAILABLE");
    default:
        return QStringLiteral("INTERNAL");
    }
}

ApiError invalid(const QString &message)
{
    return { 400, QStringLiteral("INVALID_ARGUMENT"), message };
}

ApiError unauthenticated(const QString &message)
{
    return { 401, QStringLiteral("UNAUTHENTICATED"), message };
}

struct Authorization
{
    QString algorithm;
    QStringList scope; // key id, day, region, service, terminator
    QList<QByteArray> signedHeaders;
    QByteArray signature;
};

std::optional<Authorization> parseAuthorization(const QByteArray &value)
{
    static const QRegularExpression pattern(
        QStringLiteral("^(JDCLOUD[23]-HMAC-SHA256) Credential=([^,]+), ?SignedHeaders=([^,]+), "
                       "?Signature=([0-9a-f]+)$"));
    const auto match = pattern.match(QString::fromLatin1(value));
    if (!match.hasMatch())
        return std::nullopt;
    Authorization auth;
    auth.algorithm = match.captured(1);
    auth.scope = match.captured(2).split(u'/');
    auth.signedHeaders = match.captured(3).toLatin1().split(';');
    auth.signature = match.captured(4).toLatin1();
    if (auth.scope.size() != 5)
        return std::nullopt;
    return auth;
}

bool readInt(const CloudRequest &parsed, QStringView name, int fallback, int low, int high,
             int &out)
{
    if (!parsed.hasParam(name)) {
        out = fallback;
        return true;
    }
    bool ok = false;
    out = parsed.param(name).toInt(&ok);
    return ok && out >= low && out <= high;
}

} // namespace

JdCloudApi::JdCloudApi(EmulatorState &state)
    : CloudApi(Cloud::JdCloud, state)
{ }

QString JdCloudApi::newRequestId()
{
    return randomText(QLatin1StringView("0123456789abcdefghijklmnopqrstuvwxyz"), 32);
}

CloudRequest JdCloudApi::parse(const HttpRequest &request) const
{
    static const QRegularExpression route(
        QStringLiteral("^/v1/regions/([^/]+)/(instanceStatus|instances)$"));
    CloudRequest parsed;
    const auto match =
        route.match(QString::fromUtf8(QByteArray::fromPercentEncoding(request.path)));
    if (!match.hasMatch()) {
        parsed.error = ApiError { 404, QStringLiteral("NOT_FOUND"),
                                  QStringLiteral("The requested API does not exist") };
        return parsed;
    }
    parsed.region = match.captured(1);
    const bool details = match.captured(2) == u"instances";
    parsed.call = details ? ApiCall::Details : ApiCall::Status;
    parsed.action =
        details ? QStringLiteral("describeInstances") : QStringLiteral("describeInstanceStatus");
    if (request.method != "GET") {
        parsed.error = ApiError { 405, QStringLiteral("METHOD_NOT_ALLOWED"),
                                  QStringLiteral("Only GET is supported") };
        return parsed;
    }
    parsed.params = decodeForm(request.query);
    const auto auth = parseAuthorization(request.header("Authorization"));
    if (!auth) {
        parsed.error = unauthenticated(QStringLiteral("Missing or malformed Authorization header"));
        return parsed;
    }
    parsed.keyId = auth->scope.at(0);
    return parsed;
}

std::optional<ApiError> JdCloudApi::verify(const HttpRequest &request, const CloudRequest &parsed,
                                           const EmulatorAccount &account,
                                           const QDateTime &serverNow)
{
    const Authorization auth = *parseAuthorization(request.header("Authorization"));
    const bool v3 = auth.algorithm.startsWith(u"JDCLOUD3");
    const QByteArray dateText = request.header("x-jdcloud-date");
    QDateTime date = QDateTime::fromString(QString::fromLatin1(dateText), u"yyyyMMdd'T'HHmmss'Z'");
    date.setTimeSpec(Qt::UTC);
    if (!date.isValid())
        return unauthenticated(QStringLiteral("Missing or malformed x-jdcloud-date"));
    if (std::abs(date.msecsTo(serverNow)) > timeWindowMs)
        return unauthenticated(
            QStringLiteral("The request has expired: x-jdcloud-date differs from "
                           "the server time by more than 15 minutes"));
    const QString nonce = QString::fromLatin1(request.header("x-jdcloud-nonce"));
    if (nonce.isEmpty())
        return unauthenticated(QStringLiteral("Missing x-jdcloud-nonce"));
    if (auth.scope.at(1) != QString::fromLatin1(dateText.left(8))
        || auth.scope.at(2) != parsed.region || auth.scope.at(3) != u"vm"
        || auth.scope.at(4) != (v3 ? u"jdcloud3_request" : u"jdcloud2_request"))
        return unauthenticated(QStringLiteral("The credential scope does not match the request"));

    RequestToSign toSign;
    toSign.method = request.method;
    toSign.host = QString::fromLatin1(request.header("Host")).toLower();
    toSign.path = QString::fromUtf8(QByteArray::fromPercentEncoding(request.path));
    toSign.query = parsed.params;
    for (const QByteArray &name : auth.signedHeaders) {
        if (name == "host")
            continue;
        if (!request.hasHeader(name))
            return unauthenticated(QStringLiteral("A signed header is missing from the request"));
        toSign.headers.append({ name, request.header(name) });
    }
    const SignatureResult expected = JdCloudSigner::sign(
        toSign, v3 ? JdCloudSigner::Version::V3 : JdCloudSigner::Version::V2,
        Credentials(account.accessKeyId, account.secret), parsed.region, QStringLiteral("vm"));
    if (expected.signature != auth.signature)
        return failure(Failure::BadSignature, parsed);
    if (!nonceIsFresh(account.accessKeyId, nonce, timeWindowMs))
        return unauthenticated(QStringLiteral("The nonce has already been used"));
    return std::nullopt;
}

std::optional<ApiError> JdCloudApi::readQuery(const CloudRequest &parsed, FleetQuery &query) const
{
    if (!CloudCatalog::isKnownRegion(Cloud::JdCloud, parsed.region)
        && !state().config().account(query.accountId)->regions.contains(parsed.region))
        return invalid(QStringLiteral("Invalid regionId '%1'").arg(parsed.region));
    int pageNumber = 1;
    int pageSize = 20;
    if (!readInt(parsed, u"pageNumber", 1, 1, 1000000, pageNumber))
        return invalid(QStringLiteral("pageNumber must be a positive integer"));
    if (!readInt(parsed, u"pageSize", 20, 10, 100, pageSize))
        return invalid(QStringLiteral("pageSize must be between 10 and 100"));
    query.offset = qsizetype(pageNumber - 1) * pageSize;
    query.limit = pageSize;
    query.details = parsed.call == ApiCall::Details;

    // filters.N.name, filters.N.operator, filters.N.values.M
    static const QRegularExpression filterKey(QStringLiteral("^filters\\.(\\d+)\\.values\\.\\d+$"));
    for (const auto &[key, value] : parsed.params) {
        const auto match = filterKey.match(key);
        if (!match.hasMatch())
            continue;
        const QString name = parsed.param(QString(u"filters." + match.captured(1) + u".name"));
        if (name == u"instanceId")
            query.instanceIds.append(value);
        else if (name == u"status")
            query.rawStates.append(value);
        else if (name == u"name")
            query.nameContains = value;
        else if (name == u"privateIpAddress")
            query.privateIpContains = value;
    }
    return std::nullopt;
}

QJsonObject JdCloudApi::listing(const CloudRequest &parsed, const FleetQuery &,
                                const FleetPage &page, const QString &requestId) const
{
    QJsonArray items;
    for (const FleetInstance &instance : page.instances) {
        if (parsed.call == ApiCall::Status) {
            items.append(QJsonObject { { "instanceId", instance.instanceId },
                                       { "status", instance.rawState } });
            continue;
        }
        items.append(QJsonObject {
            { "instanceId", instance.instanceId },
            { "instanceName", instance.name },
            { "hostname", instance.name },
            { "instanceType", instance.instanceType },
            { "status", instance.rawState },
            { "az", instance.zone },
            { "privateIpAddress", instance.privateIps.value(0) },
            { "elasticIpAddress", instance.publicIps.value(0) },
            { "imageId", QStringLiteral("img-m5s0t0ebzd") },
            { "launchTime", instance.createdAt.toString(Qt::ISODate) },
        });
    }
    const QString listName = parsed.call == ApiCall::Status ? QStringLiteral("instanceStatuses")
                                                            : QStringLiteral("instances");
    return { { "requestId", requestId },
             { "result", QJsonObject { { listName, items }, { "totalCount", page.total } } } };
}

QJsonObject JdCloudApi::errorBody(const ApiError &error, const CloudRequest &,
                                  const QString &requestId) const
{
    return { { "requestId", requestId },
             { "error",
               QJsonObject { { "code", error.httpStatus },
                             { "status", error.code },
                             { "message", error.message } } } };
}

ApiError JdCloudApi::failure(Failure failure, const CloudRequest &) const
{
    switch (failure) {
    case Failure::UnknownKey:
        return unauthenticated(QStringLiteral("The access key does not exist"));
    case Failure::BadSignature:
        return unauthenticated(QStringLiteral("The signature does not match"));
    case Failure::Throttled:
        return { 429, statusName(429), QStringLiteral("Request too frequent, please retry later") };
    case Failure::Forbidden:
        return { 403, statusName(403), QStringLiteral("Permission denied for this operation") };
    case Failure::Internal:
        return { 500, statusName(500), QStringLiteral("Internal server error") };
    case Failure::Unavailable:
        return { 503, statusName(503), QStringLiteral("Service unavailable, please retry later") };
    }
    Q_UNREACHABLE();
    return {};
}
