#include "zenlayerparser.h"

#include "errormapping.h"
#include "instancestate.h"
#include "jsonbody.h"
#include "pagereader.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {

using K = FetchError::Kind;

bool readStatus(const QJsonObject &item, const QString &path, ObservedInstance &out, QString &why)
{
    if (!JsonBody::readToken(item, "instanceId"_L1, QString(path + u".instanceId"), out.instanceId,
                             why)
        || !JsonBody::readToken(item, "instanceStatus"_L1, QString(path + u".instanceStatus"),
                                out.rawState, why))
        return false;
    out.state = stateFromRaw(Cloud::Zenlayer, out.rawState);
    return true;
}

bool readDetails(const QJsonObject &item, const QString &path, InstanceDetails &out, QString &why)
{
    if (!JsonBody::readToken(item, "instanceId"_L1, QString(path + u".instanceId"), out.instanceId,
                             why)
        || !JsonBody::readText(item, "instanceName"_L1, QString(path + u".instanceName"), out.name,
                               why)
        || !JsonBody::readToken(item, "zoneId"_L1, QString(path + u".zoneId"), out.zone, why, false)
        || !JsonBody::readToken(item, "instanceType"_L1, QString(path + u".instanceType"),
                                out.instanceType, why, false)
        || !JsonBody::readTokenList(item, "privateIpAddresses"_L1,
                                    QString(path + u".privateIpAddresses"), out.privateIps, why)
        || !JsonBody::readTokenList(item, "publicIpAddresses"_L1,
                                    QString(path + u".publicIpAddresses"), out.publicIps, why))
        return false;
    out.region = ZenlayerParser::regionForZone(out.zone);
    return true;
}

PageResult blocked(const RawReply &reply, const QString &code, const QString &message)
{
    FetchError e = ErrorMapping::make(K::Network, code, message);
    e.httpStatus = reply.httpStatus;
    return PageResult::failure(e);
}

} // namespace

FetchError::Kind ZenlayerParser::kindFor(QStringView code, int httpStatus)
{
    if (code == u"REQUEST_LIMIT_EXCEEDED")
        return K::Throttled;
    return ErrorMapping::kindForHttpStatus(httpStatus == 200 ? 400 : httpStatus);
}

QString ZenlayerParser::regionForZone(const QString &zoneId)
{
    static const QRegularExpression cityZone(u"^([A-Za-z0-9]+)-[A-Za-z0-9]$"_s);
    static const QRegularExpression regionZone(u"^([a-z]+-[a-z]+-[0-9]+)[a-z]$"_s);
    if (const auto m = cityZone.match(zoneId); m.hasMatch())
        return m.captured(1);
    if (const auto m = regionZone.match(zoneId); m.hasMatch())
        return m.captured(1);
    return zoneId;
}

PageResult ZenlayerParser::parse(ListingKind kind, const RawReply &reply)
{
    if (reply.httpStatus == 403
        && reply.header("cf-mitigated").trimmed().compare("challenge", Qt::CaseInsensitive) == 0) {
        return blocked(reply, u"ChallengeBlocked"_s,
                       u"A Cloudflare challenge blocked the request before it reached the Zenlayer "
                       "API (the network or address is being screened)."_s);
    }
    if (reply.httpStatus == 451) {
        return blocked(reply, u"HTTP 451"_s,
                       u"The request was blocked (HTTP 451) before it reached the Zenlayer API."_s);
    }

    QJsonObject root;
    if (auto failed = PageReader::readRoot(reply, root))
        return *failed;
    QString why;
    QString requestId;
    if (!JsonBody::readToken(root, "requestId"_L1, u"requestId", requestId, why, false))
        return PageResult::failure(JsonBody::malformed(why));

    if (reply.httpStatus != 200 || root.contains("code"_L1)) {
        QString code;
        QString message;
        if (!JsonBody::readToken(root, "code"_L1, u"code", code, why)
            || !JsonBody::readText(root, "message"_L1, u"message", message, why)) {
            FetchError e = ErrorMapping::fromHttpStatus(
                reply, u"Its body is not a Zenlayer error answer ("_s + why + u").");
            e.requestId = requestId;
            return PageResult::failure(e);
        }
        FetchError e =
            ErrorMapping::make(kindFor(code, reply.httpStatus), code, message, requestId);
        if (e.kind == K::Throttled)
            e.retryAfterMs = throttleHintMs; // a Retry-After header, if any, overrides it
        return PageResult::failure(e);
    }

    // The SDKs read the page under "response"; the seed documentation shows it bare.
    QJsonObject inner = root;
    const bool wrapped = root.contains("response"_L1);
    if (wrapped && !JsonBody::readObject(root, "response"_L1, u"response", inner, why))
        return PageResult::failure(JsonBody::malformed(why, requestId));
    const QString prefix = wrapped ? u"response."_s : QString();
    if (requestId.isEmpty()
        && !JsonBody::readToken(inner, "requestId"_L1, QString(prefix + u"requestId"), requestId,
                                why, false))
        return PageResult::failure(JsonBody::malformed(why));

    PageResult page;
    page.requestId = requestId;
    QJsonArray items;
    if (!JsonBody::readCount(inner, "totalCount"_L1, QString(prefix + u"totalCount"),
                             page.totalCount, why)
        || !JsonBody::readArray(inner, "dataSet"_L1, QString(prefix + u"dataSet"), items, why,
                                page.totalCount > 0))
        return PageResult::failure(JsonBody::malformed(why, requestId));

    PageReader::readItems(kind, items, QString(prefix + u"dataSet"), readStatus, readDetails, page);
    return page;
}
