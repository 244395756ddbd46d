#include "aliyunprotocol.h"

#include "aliyunparser.h"
#include "aliyunrpcsigner.h"
#include "endpoint.h"
#include "protocolchecks.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

QUrl AliyunProtocol::publicEndpoint(const QString &region)
{
    return QUrl(u"https://ecs.%1.aliyuncs.com"_s.arg(region));
}

QString AliyunProtocol::action(ListingKind kind)
{
    return kind == ListingKind::Status ? u"DescribeInstanceStatus"_s : u"DescribeInstances"_s;
}

std::optional<FetchError> AliyunProtocol::validate(ListingKind kind, const QString &region,
                                                   const ListingQuery &query,
                                                   const RequestContext &context) const
{
    if (auto e = CloudProtocol::validate(kind, region, query, context))
        return e;
    if (auto e = ProtocolChecks::checkRegion(region, true))
        return e;
    if (!query.jdFilters.isEmpty())
        return ProtocolChecks::invalid(u"UnsupportedFilter"_s,
                                       u"JD Cloud filters given to Alibaba Cloud."_s);
    if (!query.zoneId.isEmpty() && !ProtocolChecks::isPlainToken(query.zoneId))
        return ProtocolChecks::invalid(u"InvalidZone"_s, u"The zone is not a zone id."_s);
    return std::nullopt;
}

QList<std::pair<QString, QString>> AliyunProtocol::parameters(const PageRequest &page,
                                                              const RequestContext &context)
{
    QList<std::pair<QString, QString>> params {
        { u"AccessKeyId"_s, context.credentials.accessKeyId },
        { u"Action"_s, action(page.kind) },
        { u"Format"_s, u"JSON"_s },
        { u"RegionId"_s, page.region },
        { u"SignatureMethod"_s, u"HMAC-SHA1"_s },
        { u"SignatureNonce"_s, context.nonce },
        { u"SignatureVersion"_s, u"1.0"_s },
        { u"Timestamp"_s, AliyunRpcSigner::formatTimestamp(context.signingTime) },
        { u"Version"_s, QString::fromLatin1(apiVersion) },
        { u"PageNumber"_s, QString::number(page.pageIndex + 1) },
        { u"PageSize"_s, QString::number(page.pageSize) },
    };
    if (!page.query.zoneId.isEmpty())
        params.append({ u"ZoneId"_s, page.query.zoneId });
    if (!page.instanceIds.isEmpty()) {
        if (page.kind == ListingKind::Status) {
            for (qsizetype i = 0; i < page.instanceIds.size(); ++i)
                params.append({ u"InstanceId.%1"_s.arg(i + 1), page.instanceIds.at(i) });
        } else {
            // DescribeInstances takes the ids as one JSON array string.
            const QByteArray ids = QJsonDocument(QJsonArray::fromStringList(page.instanceIds))
                                       .toJson(QJsonDocument::Compact);
            params.append({ u"InstanceIds"_s, QString::fromUtf8(ids) });
        }
    }
    return params;
}

PreparedRequest AliyunProtocol::buildRequest(const PageRequest &page,
                                             const RequestContext &context) const
{
    const QList<std::pair<QString, QString>> params = parameters(page, context);
    const SignatureResult signature = AliyunRpcSigner::sign("GET", params, context.credentials);
    QUrl url = Endpoint::resolve(context.endpoint, publicEndpoint(page.region), u"/"_s);
    url.setQuery(QString::fromLatin1(signature.signedQuery), QUrl::StrictMode);

    PreparedRequest request;
    request.method = "GET";
    request.url = url;
    return request;
}

PageResult AliyunProtocol::parseReply(ListingKind kind, const RawReply &reply) const
{
    return AliyunParser::parse(kind, reply);
}
