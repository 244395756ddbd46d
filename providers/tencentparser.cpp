#include "tencentparser.h"

#include "errorcoderule.h"
#include "errormapping.h"
#include "instancestate.h"
#include "jsonbody.h"
#include "pagereader.h"

using namespace Qt::StringLiterals;

namespace {

using K = FetchError::Kind;

// specs/API.md (documented for DescribeInstancesStatus, then the common error codes of
// API 3.0 as the CVM documentation lists them). Families after exact codes.
constexpr ErrorCodeRule codeRules[] = {
    { "AuthFailure.SignatureExpire"_L1, K::ClockSkew },
    { "AuthFailure"_L1, K::Auth,
      true }, // SignatureFailure, SecretIdNotFound, InvalidSecretId,
              // UnauthorizedOperation, InvalidAuthorization, TokenFailure, MFAFailure
    { "UnauthorizedOperation"_L1, K::Auth, true },
    { "IpInBlacklist"_L1, K::Auth },
    { "IpNotInWhitelist"_L1, K::Auth },
    { "RequestLimitExceeded"_L1, K::Throttled, true }, // .UinLimitExceeded, .IPLimitExceeded, ...
    { "InternalError"_L1, K::Server, true },
    { "InternalServerError"_L1, K::Server },
    { "ServiceUnavailable"_L1, K::Server },
    { "FailedOperation"_L1, K::Server, true },
    { "InvalidParameter"_L1, K::InvalidRequest, true },
    { "InvalidParameterValue"_L1, K::InvalidRequest, true }, // incl. .LimitExceeded
    { "InvalidInstanceId"_L1, K::InvalidRequest, true }, // .Malformed, .NotFound
    { "MissingParameter"_L1, K::InvalidRequest, true },
    { "UnknownParameter"_L1, K::InvalidRequest, true },
    { "UnsupportedRegion"_L1, K::InvalidRequest, true },
    { "UnsupportedOperation"_L1, K::InvalidRequest, true },
    { "UnsupportedProtocol"_L1, K::InvalidRequest },
    { "InvalidAction"_L1, K::InvalidRequest },
    { "ActionOffline"_L1, K::InvalidRequest },
    { "NoSuchProduct"_L1, K::InvalidRequest },
    { "NoSuchVersion"_L1, K::InvalidRequest },
    { "InvalidRequest"_L1, K::InvalidRequest },
    { "RequestSizeLimitExceeded"_L1, K::InvalidRequest },
    { "ResponseSizeLimitExceeded"_L1, K::InvalidRequest },
    { "ResourceNotFound"_L1, K::InvalidRequest, true },
    { "ResourceUnavailable"_L1, K::InvalidRequest, true },
    { "LimitExceeded"_L1, K::InvalidRequest, true },
    { "DryRunOperation"_L1, K::InvalidRequest },
};

bool readStatus(const QJsonObject &item, const QString &path, ObservedInstance &out, QString &why)
{
    if (!JsonBody::readToken(item, "InstanceId"_L1, QString(path + u".InstanceId"), out.instanceId,
                             why)
        || !JsonBody::readToken(item, "InstanceState"_L1, QString(path + u".InstanceState"),
                                out.rawState, why))
        return false;
    out.state = stateFromRaw(Cloud::Tencent, out.rawState);
    return true;
}

bool readDetails(const QJsonObject &item, const QString &path, InstanceDetails &out, QString &why)
{
    QJsonObject placement;
    return JsonBody::readToken(item, "InstanceId"_L1, QString(path + u".InstanceId"),
                               out.instanceId, why)
        && JsonBody::readText(item, "InstanceName"_L1, QString(path + u".InstanceName"), out.name,
                              why)
        && JsonBody::readObject(item, "Placement"_L1, QString(path + u".Placement"), placement, why,
                                false)
        && JsonBody::readToken(placement, "Zone"_L1, QString(path + u".Placement.Zone"), out.zone,
                               why, false)
        && JsonBody::readToken(item, "InstanceType"_L1, QString(path + u".InstanceType"),
                               out.instanceType, why, false)
        && JsonBody::readTokenList(item, "PrivateIpAddresses"_L1,
                                   QString(path + u".PrivateIpAddresses"), out.privateIps, why)
        && JsonBody::readTokenList(item, "PublicIpAddresses"_L1,
                                   QString(path + u".PublicIpAddresses"), out.publicIps, why);
}

} // namespace

FetchError::Kind TencentParser::kindFor(QStringView code)
{
    // An unknown code is a refusal we do not understand: not worth retrying blindly.
    return ErrorCodeRule::match(codeRules, code).value_or(K::InvalidRequest);
}

PageResult TencentParser::parse(ListingKind kind, const RawReply &reply)
{
    QJsonObject root;
    if (auto failed = PageReader::readRoot(reply, root))
        return *failed;
    QString why;
    QJsonObject response;
    if (!JsonBody::readObject(root, "Response"_L1, u"Response", response, why)) {
        if (reply.httpStatus != 200)
            return PageResult::failure(
                ErrorMapping::fromHttpStatus(reply, u"Its body is not a Tencent Cloud answer."_s));
        return PageResult::failure(JsonBody::malformed(why));
    }
    QString requestId;
    if (!JsonBody::readToken(response, "RequestId"_L1, u"Response.RequestId", requestId, why,
                             false))
        return PageResult::failure(JsonBody::malformed(why));

    if (response.contains("Error"_L1)) {
        QJsonObject error;
        QString code;
        QString message;
        if (!JsonBody::readObject(response, "Error"_L1, u"Response.Error", error, why)
            || !JsonBody::readToken(error, "Code"_L1, u"Response.Error.Code", code, why)
            || !JsonBody::readText(error, "Message"_L1, u"Response.Error.Message", message, why))
            return PageResult::failure(JsonBody::malformed(why, requestId));
        FetchError e = ErrorMapping::make(kindFor(code), code, message, requestId);
        if (e.kind == K::Throttled)
            e.retryAfterMs = throttleHintMs;
        return PageResult::failure(e);
    }
    if (reply.httpStatus != 200) {
        FetchError e = ErrorMapping::fromHttpStatus(reply, u"Its body names no error."_s);
        e.requestId = requestId;
        return PageResult::failure(e);
    }

    const bool isStatus = kind == ListingKind::Status;
    const QLatin1StringView setKey = isStatus ? "InstanceStatusSet"_L1 : "InstanceSet"_L1;
    PageResult page;
    page.requestId = requestId;
    QJsonArray items;
    if (!JsonBody::readCount(response, "TotalCount"_L1, u"Response.TotalCount", page.totalCount,
                             why)
        || !JsonBody::readArray(response, setKey, QString(u"Response." + setKey), items, why,
                                page.totalCount > 0))
        return PageResult::failure(JsonBody::malformed(why, requestId));

    PageReader::readItems(kind, items, QString(u"Response." + setKey), readStatus, readDetails,
                          page);
    return page;
}
