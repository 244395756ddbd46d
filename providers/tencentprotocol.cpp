#include "tencentprotocol.h"

#include "endpoint.h"
#include "percentencoding.h"
#include "protocolchecks.h"
#include "regioncatalog.h"
#include "tc3signer.h"
#include "tencentparser.h"
#include "tencentv1signer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

QUrl TencentProtocol::publicEndpoint(Account::ApiStyle style)
{
    return QUrl(style == Account::ApiStyle::Legacy ? u"https://cvm.api.qcloud.com"_s
                                                   : u"https://cvm.tencentcloudapi.com"_s);
}

QString TencentProtocol::apiPath(Account::ApiStyle style)
{
    return style == Account::ApiStyle::Legacy ? u"/v2/index.php"_s : u"/"_s;
}

QString TencentProtocol::action(ListingKind kind)
{
    return kind == ListingKind::Status ? u"DescribeInstancesStatus"_s : u"DescribeInstances"_s;
}

QString TencentProtocol::legacyRegion(const QString &region)
{
    const QString code = RegionCatalog::tencentLegacyCode(region);
    return code.isEmpty() ? region : code;
}

quint32 TencentProtocol::legacyNonce(const QString &nonce)
{
    QString hex = nonce;
    hex.remove(u'-');
    bool ok = false;
    const quint32 value = hex.left(8).toUInt(&ok, 16) & 0x7fffffffu;
    return ok && value > 0 ? value : 1;
}

std::optional<FetchError> TencentProtocol::validate(ListingKind kind, const QString &region,
                                                    const ListingQuery &query,
                                                    const RequestContext &context) const
{
    if (auto e = CloudProtocol::validate(kind, region, query, context))
        return e;
    if (auto e = ProtocolChecks::checkRegion(region, true))
        return e;
    if (!query.jdFilters.isEmpty() || !query.zoneId.isEmpty()) {
        return ProtocolChecks::invalid(u"UnsupportedFilter"_s,
                                       u"Tencent Cloud's status and details calls are filtered by "
                                       "instance ids only."_s);
    }
    return std::nullopt;
}

QByteArray TencentProtocol::body(const PageRequest &page)
{
    QJsonObject object;
    if (!page.instanceIds.isEmpty())
        object.insert("InstanceIds"_L1, QJsonArray::fromStringList(page.instanceIds));
    object.insert("Limit"_L1, page.pageSize);
    object.insert("Offset"_L1, qint64(page.pageIndex) * page.pageSize);
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QList<std::pair<QString, QString>> TencentProtocol::legacyParameters(const PageRequest &page,
                                                                     const RequestContext &context)
{
    QList<std::pair<QString, QString>> params {
        { u"Action"_s, action(page.kind) },
        { u"Version"_s, QString::fromLatin1(apiVersion) },
        { u"Region"_s, legacyRegion(page.region) },
        { u"Timestamp"_s, QString::number(context.signingTime.toSecsSinceEpoch()) },
        { u"Nonce"_s, QString::number(legacyNonce(context.nonce)) },
        { u"SecretId"_s, context.credentials.accessKeyId },
        { u"SignatureMethod"_s, u"HmacSHA256"_s },
        { u"Offset"_s, QString::number(qint64(page.pageIndex) * page.pageSize) },
        { u"Limit"_s, QString::number(page.pageSize) },
    };
    // Counted from 0, as API 3.0's flattened arrays are.
    for (qsizetype i = 0; i < page.instanceIds.size(); ++i)
        params.append({ u"InstanceIds.%1"_s.arg(i), page.instanceIds.at(i) });
    return params;
}

PreparedRequest TencentProtocol::buildRequest(const PageRequest &page,
                                              const RequestContext &context) const
{
    return context.apiStyle == Account::ApiStyle::Legacy ? buildLegacy(page, context)
                                                         : buildV3(page, context);
}

PreparedRequest TencentProtocol::buildV3(const PageRequest &page,
                                         const RequestContext &context) const
{
    const QUrl url = Endpoint::resolve(context.endpoint, publicEndpoint(Account::ApiStyle::V3),
                                       apiPath(Account::ApiStyle::V3));
    const qint64 timestamp = context.signingTime.toSecsSinceEpoch();
    PreparedRequest request;
    request.method = "POST";
    request.url = url;
    request.body = body(page);
    const SignatureResult signature =
        Tc3Signer::sign(request.method, Endpoint::hostHeader(url), QByteArray(), contentType,
                        request.body, context.credentials, timestamp, QString::fromLatin1(service));
    request.headers = {
        { "Content-Type", contentType },
        { "X-TC-Action", action(page.kind).toLatin1() },
        { "X-TC-Version", apiVersion },
        { "X-TC-Region", page.region.toLatin1() },
        { "X-TC-Timestamp", QByteArray::number(timestamp) },
        { "Authorization", signature.authorization },
    };
    return request;
}

PreparedRequest TencentProtocol::buildLegacy(const PageRequest &page,
                                             const RequestContext &context) const
{
    QUrl url = Endpoint::resolve(context.endpoint, publicEndpoint(Account::ApiStyle::Legacy),
                                 apiPath(Account::ApiStyle::Legacy));
    const QList<std::pair<QString, QString>> params = legacyParameters(page, context);
    const SignatureResult signature = TencentV1Signer::sign(
        "GET", Endpoint::hostHeader(url), url.path(), params, context.credentials);
    QByteArray query;
    for (const auto &[name, value] : params)
        query.append(PercentEncoding::rfc3986(name))
            .append('=')
            .append(PercentEncoding::rfc3986(value))
            .append('&');
    query.append("Signature=")
        .append(PercentEncoding::rfc3986(QByteArrayView(signature.signature)));
    url.setQuery(QString::fromLatin1(query), QUrl::StrictMode);

    PreparedRequest request;
    request.method = "GET";
    request.url = url;
    return request;
}

PageResult TencentProtocol::parseReply(ListingKind kind, const RawReply &reply) const
{
    return TencentParser::parse(kind, reply);
}
