#include "jdcloudprotocol.h"

#include "endpoint.h"
#include "jdcloudparser.h"
#include "jdcloudsigner.h"
#include "protocolchecks.h"

using namespace Qt::StringLiterals;

QUrl JdCloudProtocol::publicEndpoint()
{
    return QUrl(u"https://vm.jdcloud-api.com"_s);
}

QString JdCloudProtocol::apiPath(ListingKind kind, const QString &region)
{
    return u"/v1/regions/"_s + region
        + (kind == ListingKind::Status ? u"/instanceStatus"_s : u"/instances"_s);
}

QStringList JdCloudProtocol::filterNames(ListingKind kind)
{
    QStringList names {
        u"instanceId"_s, u"privateIpAddress"_s,   u"vpcId"_s,   u"status"_s, u"name"_s,
        u"imageId"_s,    u"networkInterfaceId"_s, u"subnetId"_s
    };
    if (kind == ListingKind::Details)
        names << u"az"_s << u"agId"_s << u"faultDomain"_s;
    return names;
}

bool JdCloudProtocol::isSingleValueFilter(QStringView name)
{
    return name == u"name" || name == u"agId";
}

std::optional<FetchError> JdCloudProtocol::validate(ListingKind kind, const QString &region,
                                                    const ListingQuery &query,
                                                    const RequestContext &context) const
{
    if (auto e = CloudProtocol::validate(kind, region, query, context))
        return e;
    if (auto e = ProtocolChecks::checkRegion(region, true))
        return e;
    if (!query.zoneId.isEmpty()) {
        return ProtocolChecks::invalid(
            u"UnsupportedFilter"_s,
            u"JD Cloud takes the zone as the \"az\" filter (details only)."_s);
    }
    const QStringList allowed = filterNames(kind);
    for (const JdCloudFilter &filter : query.jdFilters) {
        if (filter.name == u"instanceId") {
            return ProtocolChecks::invalid(
                u"UnsupportedFilter"_s,
                u"Instance ids go in the query's instance id list, which "
                "is split into requests as needed."_s);
        }
        if (!allowed.contains(filter.name)) {
            return ProtocolChecks::invalid(
                u"UnsupportedFilter"_s,
                u"JD Cloud's %1 call has no \"%2\" filter."_s.arg(kind == ListingKind::Status
                                                                      ? u"describeInstanceStatus"_s
                                                                      : u"describeInstances"_s,
                                                                  filter.name.left(64)));
        }
        if (filter.values.isEmpty()
            || (isSingleValueFilter(filter.name) && filter.values.size() > 1)) {
            return ProtocolChecks::invalid(
                u"InvalidFilter"_s,
                u"The \"%1\" filter takes %2 value."_s.arg(
                    filter.name,
                    isSingleValueFilter(filter.name) ? u"exactly one"_s : u"at least one"_s));
        }
    }
    return std::nullopt;
}

QList<std::pair<QString, QString>> JdCloudProtocol::queryPairs(const PageRequest &page)
{
    QList<std::pair<QString, QString>> pairs;
    pairs.append({ u"pageNumber"_s, QString::number(page.pageIndex + 1) });
    pairs.append({ u"pageSize"_s, QString::number(page.pageSize) });
    int n = 0;
    auto addFilter = [&pairs, &n](const QString &name, const QString &op,
                                  const QStringList &values) {
        const QString prefix = u"filters.%1."_s.arg(++n);
        pairs.append({ prefix + u"name"_s, name });
        if (!op.isEmpty())
            pairs.append({ prefix + u"operator"_s, op });
        for (qsizetype m = 0; m < values.size(); ++m)
            pairs.append({ prefix + u"values.%1"_s.arg(m + 1), values.at(m) });
    };
    if (!page.instanceIds.isEmpty())
        addFilter(u"instanceId"_s, QString(), page.instanceIds);
    for (const JdCloudFilter &filter : page.query.jdFilters)
        addFilter(filter.name, filter.op, filter.values);
    return pairs;
}

PreparedRequest JdCloudProtocol::buildRequest(const PageRequest &page,
                                              const RequestContext &context) const
{
    const QList<std::pair<QString, QString>> pairs = queryPairs(page);
    QUrl url =
        Endpoint::resolve(context.endpoint, publicEndpoint(), apiPath(page.kind, page.region));
    url.setQuery(QString::fromLatin1(JdCloudSigner::canonicalQuery(pairs)), QUrl::StrictMode);

    RequestToSign toSign;
    toSign.method = "GET";
    toSign.host = Endpoint::hostHeader(url);
    toSign.path = url.path();
    toSign.query = pairs;
    // The SDKs send Content-Type on GET too, and sign it.
    toSign.headers.append(
        { QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json") });
    JdCloudSigner::addSigningHeaders(toSign, context.signingTime, context.nonce);
    const SignatureResult signature =
        JdCloudSigner::sign(toSign, JdCloudSigner::Version::V2, context.credentials, page.region,
                            QString::fromLatin1(service));
    PreparedRequest request;
    request.method = toSign.method;
    request.url = url;
    request.headers = toSign.headers;
    request.headers.append({ QByteArrayLiteral("Authorization"), signature.authorization });
    return request;
}

PageResult JdCloudProtocol::parseReply(ListingKind kind, const RawReply &reply) const
{
    return JdCloudParser::parse(kind, reply);
}
