#include "jdcloudparser.h"

#include "errorcoderule.h"
#include "errormapping.h"
#include "instancestate.h"
#include "jsonbody.h"
#include "pagereader.h"

using namespace Qt::StringLiterals;

namespace {

using K = FetchError::Kind;

// specs/API.md (JD Cloud error envelope), Google API status names as JD's gateway uses them.
constexpr ErrorCodeRule statusRules[] = {
    { "INVALID_ARGUMENT"_L1, K::InvalidRequest },
    { "FAILED_PRECONDITION"_L1, K::InvalidRequest },
    { "OUT_OF_RANGE"_L1, K::InvalidRequest },
    { "NOT_FOUND"_L1, K::InvalidRequest },
    { "ALREADY_EXISTS"_L1, K::InvalidRequest },
    { "UNAUTHENTICATED"_L1, K::Auth },
    { "PERMISSION_DENIED"_L1, K::Auth },
    { "TOO_MANY_REQUESTS"_L1, K::Throttled },
    { "RESOURCE_EXHAUSTED"_L1, K::Throttled },
    { "INTERNAL"_L1, K::Server },
    { "UNAVAILABLE"_L1, K::Server },
    { "UNKNOWN"_L1, K::Server },
    { "DATA_LOSS"_L1, K::Server },
    { "DEADLINE_EXCEEDED"_L1, K::Server },
    { "ABORTED"_L1, K::Server },
    { "CANCELLED"_L1, K::Server },
    { "NOT_IMPLEMENTED"_L1, K::InvalidRequest },
};

PageResult errorEnvelope(const QJsonObject &error, const RawReply &reply, const QString &requestId)
{
    QString status;
    QString message;
    QString why;
    if (!JsonBody::readToken(error, "status"_L1, u"error.status", status, why, false)
        || !JsonBody::readText(error, "message"_L1, u"error.message", message, why)) {
        return PageResult::failure(ErrorMapping::fromHttpStatus(reply, why));
    }
    QString code = status;
    if (code.isEmpty()) { // some gateways send only the numeric code
        const QJsonValue numeric = error.value("code"_L1);
        code = numeric.isDouble() ? QString::number(numeric.toInt())
                                  : u"HTTP %1"_s.arg(reply.httpStatus);
    }
    const int httpStatus = reply.httpStatus == 200 ? 400 : reply.httpStatus;
    return PageResult::failure(
        ErrorMapping::make(JdCloudParser::kindFor(status, httpStatus), code, message, requestId));
}

bool readStatus(const QJsonObject &item, const QString &path, ObservedInstance &out, QString &why)
{
    if (!JsonBody::readToken(item, "instanceId"_L1, QString(path + u".instanceId"), out.instanceId,
                             why)
        || !JsonBody::readToken(item, "status"_L1, QString(path + u".status"), out.rawState, why))
        return false;
    out.state = stateFromRaw(Cloud::JdCloud, out.rawState);
    return true;
}

bool readDetails(const QJsonObject &item, const QString &path, InstanceDetails &out, QString &why)
{
    QString privateIp;
    QString elasticIp;
    if (!JsonBody::readToken(item, "instanceId"_L1, QString(path + u".instanceId"), out.instanceId,
                             why)
        || !JsonBody::readText(item, "instanceName"_L1, QString(path + u".instanceName"), out.name,
                               why)
        || !JsonBody::readToken(item, "az"_L1, QString(path + u".az"), out.zone, why, false)
        || !JsonBody::readToken(item, "instanceType"_L1, QString(path + u".instanceType"),
                                out.instanceType, why, false)
        || !JsonBody::readToken(item, "privateIpAddress"_L1, QString(path + u".privateIpAddress"),
                                privateIp, why, false)
        || !JsonBody::readToken(item, "elasticIpAddress"_L1, QString(path + u".elasticIpAddress"),
                                elasticIp, why, false))
        return false;
    if (!privateIp.isEmpty())
        out.privateIps.append(privateIp);
    if (!elasticIp.isEmpty())
        out.publicIps.append(elasticIp);
    return true;
}

} // namespace

FetchError::Kind JdCloudParser::kindFor(QStringView status, int httpStatus)
{
    return ErrorCodeRule::match(statusRules, status)
        .value_or(ErrorMapping::kindForHttpStatus(httpStatus));
}

PageResult JdCloudParser::parse(ListingKind kind, const RawReply &reply)
{
    QJsonObject root;
    if (auto failed = PageReader::readRoot(reply, root))
        return *failed;
    QString why;
    QString requestId;
    if (!JsonBody::readToken(root, "requestId"_L1, u"requestId", requestId, why, false))
        return PageResult::failure(JsonBody::malformed(why));

    const QJsonValue errorValue = root.value("error"_L1);
    if (errorValue.isObject())
        return errorEnvelope(errorValue.toObject(), reply, requestId);
    if (reply.httpStatus != 200) {
        FetchError e =
            ErrorMapping::fromHttpStatus(reply, u"Its body is not a JD Cloud error answer."_s);
        e.requestId = requestId;
        return PageResult::failure(e);
    }

    QJsonObject result;
    QJsonArray items;
    PageResult page;
    page.requestId = requestId;
    const bool isStatus = kind == ListingKind::Status;
    const QLatin1StringView listKey = isStatus ? "instanceStatuses"_L1 : "instances"_L1;
    if (!JsonBody::readObject(root, "result"_L1, u"result", result, why)
        || !JsonBody::readCount(result, "totalCount"_L1, u"result.totalCount", page.totalCount, why)
        || !JsonBody::readArray(result, listKey, QString(u"result." + listKey), items, why,
                                page.totalCount > 0))
        return PageResult::failure(JsonBody::malformed(why, requestId));

    PageReader::readItems(kind, items, QString(u"result." + listKey), readStatus, readDetails,
                          page);
    return page;
}
