#include "zenlayerprotocol.h"

#include "endpoint.h"
#include "protocolchecks.h"
#include "zenlayerparser.h"
#include "zenlayersigner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

QUrl ZenlayerProtocol::publicEndpoint()
{
    return QUrl(u"https://console.zenlayer.com"_s);
}

QByteArray ZenlayerProtocol::action(ListingKind kind)
{
    return kind == ListingKind::Status ? "DescribeInstancesStatus" : "DescribeInstances";
}

std::optional<FetchError> ZenlayerProtocol::validate(ListingKind kind, const QString &region,
                                                     const ListingQuery &query,
                                                     const RequestContext &context) const
{
    if (auto e = CloudProtocol::validate(kind, region, query, context))
        return e;
    if (!region.isEmpty()) {
        return ProtocolChecks::invalid(
            u"UnsupportedRegion"_s,
            u"Zenlayer lists the whole account at once; its scope has no "
            "region."_s);
    }
    if (!query.jdFilters.isEmpty())
        return ProtocolChecks::invalid(u"UnsupportedFilter"_s,
                                       u"JD Cloud filters given to Zenlayer."_s);
    if (!query.zoneId.isEmpty()
        && (kind == ListingKind::Status || !ProtocolChecks::isPlainToken(query.zoneId))) {
        return ProtocolChecks::invalid(u"UnsupportedFilter"_s,
                                       u"Zenlayer filters by zone in DescribeInstances only, by a "
                                       "zone id such as HKG-A."_s);
    }
    return std::nullopt;
}

QByteArray ZenlayerProtocol::body(const PageRequest &page)
{
    QJsonObject object;
    if (!page.instanceIds.isEmpty())
        object.insert("instanceIds"_L1, QJsonArray::fromStringList(page.instanceIds));
    object.insert("pageNum"_L1, page.pageIndex + 1);
    object.insert("pageSize"_L1, page.pageSize);
    if (page.kind == ListingKind::Details && !page.query.zoneId.isEmpty())
        object.insert("zoneId"_L1, page.query.zoneId);
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

PreparedRequest ZenlayerProtocol::buildRequest(const PageRequest &page,
                                               const RequestContext &context) const
{
    const QUrl url = Endpoint::resolve(context.endpoint, publicEndpoint(), apiPath());
    const qint64 timestamp = context.signingTime.toSecsSinceEpoch();

    RequestToSign toSign;
    toSign.method = "POST";
    toSign.host = Endpoint::hostHeader(url);
    toSign.path = u"/"_s; // ZC2 signs "/" whatever the real path
    toSign.body = body(page);
    toSign.headers = {
        { "Content-Type", contentType },
        { "X-ZC-Action", action(page.kind) },
        { "X-ZC-Version", apiVersion },
        { "X-ZC-Service", "vm" }, // the SDKs send it; unsigned
        { "X-ZC-Timestamp", QByteArray::number(timestamp) },
        { "X-ZC-Signature-Method", "ZC2-HMAC-SHA256" },
    };
    const SignatureResult signature = ZenlayerSigner::sign(toSign, context.credentials, timestamp);

    PreparedRequest request;
    request.method = toSign.method;
    request.url = url;
    request.headers = toSign.headers;
    request.headers.append({ QByteArrayLiteral("Authorization"), signature.authorization });
    request.body = toSign.body;
    return request;
}

PageResult ZenlayerProtocol::parseReply(ListingKind kind, const RawReply &reply) const
{
    return ZenlayerParser::parse(kind, reply);
}
