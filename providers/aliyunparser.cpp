#include "aliyunparser.h"

#include "errorcoderule.h"
#include "errormapping.h"
#include "instancestate.h"
#include "jsonbody.h"
#include "pagereader.h"

using namespace Qt::StringLiterals;

namespace {

using K = FetchError::Kind;

// specs/API.md (documented for DescribeInstanceStatus, then the common codes) and the ECS
// error-code centre. Families are matched after exact codes.
constexpr ErrorCodeRule codeRules[] = {
    { "MissingParameter"_L1, K::InvalidRequest, true },
    { "InvalidParameter"_L1, K::InvalidRequest, true },
    { "InvalidRegionId.NotFound"_L1, K::InvalidRequest },
    { "InvalidZoneId.NotFound"_L1, K::InvalidRequest },
    { "InvalidInstanceId.NotFound"_L1, K::InvalidRequest },
    { "InvalidInstanceIds.ValueNotSupported"_L1, K::InvalidRequest },
    { "InvalidAction.NotFound"_L1, K::InvalidRequest },
    { "InvalidVersion"_L1, K::InvalidRequest, true },
    { "UnsupportedHTTPMethod"_L1, K::InvalidRequest },
    { "InvalidTimeStamp.Format"_L1, K::InvalidRequest },
    { "InvalidTimeStamp.Expired"_L1, K::ClockSkew },
    { "InvalidAccessKeyId"_L1, K::Auth, true }, // .NotFound, .Inactive
    { "SignatureDoesNotMatch"_L1, K::Auth },
    { "IncompleteSignature"_L1, K::Auth },
    { "InvalidSecurityToken"_L1, K::Auth, true },
    { "MissingSecurityToken"_L1, K::Auth },
    { "Forbidden"_L1, K::Auth, true }, // Forbidden.RAM, Forbidden.AccessKeyDisabled, ...
    { "NoPermission"_L1, K::Auth },
    { "UnauthorizedOperation"_L1, K::Auth },
    // A reused nonce is refused once; the next request carries a new one.
    { "SignatureNonceUsed"_L1, K::Server },
    { "Throttling"_L1, K::Throttled, true }, // Throttling.User, .Api, .Resource
    { "ServiceUnavailable"_L1, K::Server, true },
    { "InternalError"_L1, K::Server, true },
    { "UnknownError"_L1, K::Server },
};

bool readStatus(const QJsonObject &item, const QString &path, ObservedInstance &out, QString &why)
{
    if (!JsonBody::readToken(item, "InstanceId"_L1, QString(path + u".InstanceId"), out.instanceId,
                             why)
        || !JsonBody::readToken(item, "Status"_L1, QString(path + u".Status"), out.rawState, why))
        return false;
    out.state = stateFromRaw(Cloud::Aliyun, out.rawState);
    return true;
}

// {"IpAddress": [...]} under `key`; missing or null is an empty list.
bool readIpSet(const QJsonObject &parent, QLatin1StringView key, const QString &path,
               QStringList &out, QString &why)
{
    QJsonObject set;
    if (!JsonBody::readObject(parent, key, path, set, why, false))
        return false;
    QStringList ips;
    if (!JsonBody::readTokenList(set, "IpAddress"_L1, QString(path + u".IpAddress"), ips, why))
        return false;
    out.append(ips);
    return true;
}

bool readDetails(const QJsonObject &item, const QString &path, InstanceDetails &out, QString &why)
{
    QJsonObject vpc;
    QJsonObject eip;
    QString eipAddress;
    if (!JsonBody::readToken(item, "InstanceId"_L1, QString(path + u".InstanceId"), out.instanceId,
                             why)
        || !JsonBody::readText(item, "InstanceName"_L1, QString(path + u".InstanceName"), out.name,
                               why)
        || !JsonBody::readToken(item, "ZoneId"_L1, QString(path + u".ZoneId"), out.zone, why, false)
        || !JsonBody::readToken(item, "RegionId"_L1, QString(path + u".RegionId"), out.region, why,
                                false)
        || !JsonBody::readToken(item, "InstanceType"_L1, QString(path + u".InstanceType"),
                                out.instanceType, why, false)
        || !JsonBody::readObject(item, "VpcAttributes"_L1, QString(path + u".VpcAttributes"), vpc,
                                 why, false)
        || !readIpSet(vpc, "PrivateIpAddress"_L1, path + u".VpcAttributes.PrivateIpAddress",
                      out.privateIps, why)
        // Classic-network instances carry their private address here instead.
        || !readIpSet(item, "InnerIpAddress"_L1, path + u".InnerIpAddress", out.privateIps, why)
        || !readIpSet(item, "PublicIpAddress"_L1, path + u".PublicIpAddress", out.publicIps, why)
        || !JsonBody::readObject(item, "EipAddress"_L1, QString(path + u".EipAddress"), eip, why,
                                 false)
        || !JsonBody::readToken(eip, "IpAddress"_L1, QString(path + u".EipAddress.IpAddress"),
                                eipAddress, why, false))
        return false;
    if (!eipAddress.isEmpty() && !out.publicIps.contains(eipAddress))
        out.publicIps.append(eipAddress);
    return true;
}

} // namespace

FetchError::Kind AliyunParser::kindFor(QStringView code, int httpStatus)
{
    return ErrorCodeRule::match(codeRules, code)
        .value_or(ErrorMapping::kindForHttpStatus(httpStatus == 200 ? 400 : httpStatus));
}

PageResult AliyunParser::parse(ListingKind kind, const RawReply &reply)
{
    QJsonObject root;
    if (auto failed = PageReader::readRoot(reply, root))
        return *failed;
    QString why;
    QString requestId;
    if (!JsonBody::readToken(root, "RequestId"_L1, u"RequestId", requestId, why, false))
        return PageResult::failure(JsonBody::malformed(why));

    if (reply.httpStatus != 200 || root.contains("Code"_L1)) {
        QString code;
        QString message;
        if (!JsonBody::readToken(root, "Code"_L1, u"Code", code, why)
            || !JsonBody::readText(root, "Message"_L1, u"Message", message, why)) {
            FetchError e = ErrorMapping::fromHttpStatus(
                reply, u"Its body is not an Alibaba Cloud error answer ("_s + why + u").");
            e.requestId = requestId;
            return PageResult::failure(e);
        }
        return PageResult::failure(
            ErrorMapping::make(kindFor(code, reply.httpStatus), code, message, requestId));
    }

    const bool isStatus = kind == ListingKind::Status;
    const QLatin1StringView setKey = isStatus ? "InstanceStatuses"_L1 : "Instances"_L1;
    const QLatin1StringView itemKey = isStatus ? "InstanceStatus"_L1 : "Instance"_L1;
    const QString itemPath = setKey + u'.' + itemKey;

    PageResult page;
    page.requestId = requestId;
    QJsonObject set;
    QJsonArray items;
    if (!JsonBody::readCount(root, "TotalCount"_L1, u"TotalCount", page.totalCount, why)
        || !JsonBody::readObject(root, setKey, QString(setKey), set, why, page.totalCount > 0)
        || !JsonBody::readArray(set, itemKey, itemPath, items, why, page.totalCount > 0))
        return PageResult::failure(JsonBody::malformed(why, requestId));
    if (root.contains("PageNumber"_L1)) {
        qint64 number = 0;
        if (!JsonBody::readCount(root, "PageNumber"_L1, u"PageNumber", number, why) || number < 1)
            return PageResult::failure(
                JsonBody::malformed(why.isEmpty() ? u"PageNumber is 0"_s : why, requestId));
        page.echoedPageIndex = number - 1;
    }

    PageReader::readItems(kind, items, itemPath, readStatus, readDetails, page);
    return page;
}
