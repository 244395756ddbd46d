#include "fakecloud.h"

#include "aliyunrpcsigner.h"
#include "credentials.h"
#include "instancestate.h"
#include "jdcloudsigner.h"
#include "requesttosign.h"
#include "tc3signer.h"
#include "tencentv1signer.h"
#include "zenlayersigner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace {

Credentials fakeCredentials()
{
    return { QString::fromLatin1(FakeCloud::keyId), QByteArray(FakeCloud::secret) };
}

QByteArray httpDate(const QDateTime &t)
{
    return QLocale::c().toString(t.toUTC(), u"ddd, dd MMM yyyy HH:mm:ss 'GMT'"_s).toLatin1();
}

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

} // namespace

FakeCloud::FakeCloud(Cloud cloud, QObject *parent)
    : QObject(parent)
    , m_cloud(cloud)
    , m_server([this](const FakeRequest &r) { return handle(r); })
{ }

Account FakeCloud::account(const QString &id) const
{
    Account a;
    a.id = id;
    a.name = id;
    a.cloud = m_cloud;
    a.accessKeyId = QString::fromLatin1(keyId);
    if (!region().isEmpty())
        a.regions = { region() };
    a.endpoint = baseUrl();
    return a;
}

QString FakeCloud::region() const
{
    switch (m_cloud) {
    case Cloud::JdCloud:
        return u"cn-north-1"_s;
    case Cloud::Zenlayer:
        return {};
    case Cloud::Aliyun:
        return u"cn-hangzhou"_s;
    case Cloud::Tencent:
        return u"ap-guangzhou"_s;
    }
    return {};
}

void FakeCloud::setFleet(int count)
{
    const QList<RawStateMapping> states = documentedRawStates(m_cloud);
    const QString prefix = m_cloud == Cloud::Tencent ? u"ins-"_s
        : m_cloud == Cloud::Zenlayer                 ? u"zl-"_s
                                                     : u"i-"_s;
    const QString zone = m_cloud == Cloud::JdCloud ? u"cn-north-1a"_s
        : m_cloud == Cloud::Zenlayer               ? u"HKG-A"_s
        : m_cloud == Cloud::Aliyun                 ? u"cn-hangzhou-h"_s
                                                   : u"ap-guangzhou-3"_s;
    m_fleet.clear();
    for (int i = 0; i < count; ++i) {
        FakeInstance f;
        f.id = prefix + u"%1"_s.arg(i, 6, 10, QChar(u'0'));
        f.rawState = QString::fromLatin1(states.at(i % states.size()).raw);
        f.name = u"web-%1"_s.arg(i);
        f.zone = zone;
        f.privateIp = u"10.0.%1.%2"_s.arg(i / 250).arg(i % 250 + 1);
        f.publicIp = i % 2 ? u"203.0.113.%1"_s.arg(i % 250 + 1) : QString();
        f.type = u"t.small"_s;
        m_fleet.append(f);
    }
}

FakeResponse FakeCloud::error(int status, const QString &code, const QString &message) const
{
    const QString requestId = u"req-err-%1"_s.arg(m_server.requests().size());
    QJsonObject body;
    switch (m_cloud) {
    case Cloud::JdCloud:
        body = { { "requestId"_L1, requestId },
                 { "error"_L1,
                   QJsonObject { { "code"_L1, status },
                                 { "status"_L1, code },
                                 { "message"_L1, message } } } };
        break;
    case Cloud::Zenlayer:
        body = { { "requestId"_L1, requestId }, { "code"_L1, code }, { "message"_L1, message } };
        break;
    case Cloud::Aliyun:
        body = { { "RequestId"_L1, requestId },
                 { "HostId"_L1, u"ecs.aliyuncs.com"_s },
                 { "Code"_L1, code },
                 { "Message"_L1, message } };
        break;
    case Cloud::Tencent:
        status = 200; // API 3.0 errors travel with HTTP 200
        body = { { "Response"_L1,
                   QJsonObject { { "Error"_L1,
                                   QJsonObject { { "Code"_L1, code }, { "Message"_L1, message } } },
                                 { "RequestId"_L1, requestId } } } };
        break;
    }
    FakeResponse r = FakeResponse::json(status, compact(body));
    const QDateTime now = m_serverTime.isValid() ? m_serverTime : QDateTime::currentDateTimeUtc();
    r.headers.emplaceBack("Date", httpDate(now));
    return r;
}

QString FakeCloud::signingError(const FakeRequest &request, qint64 &signedAt) const
{
    const Credentials creds = fakeCredentials();
    const QString host = QString::fromLatin1(request.header("host"));
    switch (m_cloud) {
    case Cloud::JdCloud: {
        const QByteArray auth = request.header("authorization");
        static const QRegularExpression re(u"SignedHeaders=([a-z0-9;-]+)"_s);
        const auto m = re.match(QString::fromLatin1(auth));
        if (!m.hasMatch())
            return u"no SignedHeaders"_s;
        RequestToSign r;
        r.method = request.method;
        r.host = host;
        r.path = request.path();
        r.query = request.queryPairs();
        r.body = request.body;
        for (const QString &name : m.captured(1).split(u';')) {
            if (name != u"host")
                r.headers.append({ name.toLatin1(), request.header(name.toLatin1()) });
        }
        const QString region = request.path().section(u'/', 3, 3);
        const SignatureResult s =
            JdCloudSigner::sign(r, JdCloudSigner::Version::V2, creds, region, u"vm"_s);
        QDateTime date = QDateTime::fromString(
            QString::fromLatin1(request.header("x-jdcloud-date")), u"yyyyMMdd'T'HHmmss'Z'"_s);
        date.setTimeSpec(Qt::UTC);
        signedAt = date.toSecsSinceEpoch();
        return s.authorization == auth ? QString() : u"JD signature differs"_s;
    }
    case Cloud::Zenlayer: {
        RequestToSign r;
        r.method = request.method;
        r.host = host;
        r.path = u"/"_s;
        r.headers = { { "Content-Type", request.header("content-type") } };
        r.body = request.body;
        signedAt = request.header("x-zc-timestamp").toLongLong();
        const SignatureResult s = ZenlayerSigner::sign(r, creds, signedAt);
        return s.authorization == request.header("authorization") ? QString()
                                                                  : u"Zenlayer signature differs"_s;
    }
    case Cloud::Aliyun: {
        QList<std::pair<QString, QString>> params = request.queryPairs();
        QString signature;
        params.removeIf([&signature](const auto &p) {
            if (p.first == u"Signature")
                signature = p.second;
            return p.first == u"Signature";
        });
        QString timestamp;
        for (const auto &[k, v] : params) {
            if (k == u"Timestamp")
                timestamp = v;
        }
        QDateTime date = QDateTime::fromString(timestamp, u"yyyy-MM-dd'T'HH:mm:ss'Z'"_s);
        date.setTimeSpec(Qt::UTC);
        signedAt = date.toSecsSinceEpoch();
        const SignatureResult s = AliyunRpcSigner::sign(request.method, params, creds);
        return QString::fromLatin1(s.signature) == signature ? QString()
                                                             : u"Aliyun signature differs"_s;
    }
    case Cloud::Tencent: {
        if (request.method == "GET") { // legacy v1
            QList<std::pair<QString, QString>> params = request.queryPairs();
            QString signature;
            params.removeIf([&signature](const auto &p) {
                if (p.first == u"Signature")
                    signature = p.second;
                return p.first == u"Signature";
            });
            for (const auto &[k, v] : params) {
                if (k == u"Timestamp")
                    signedAt = v.toLongLong();
            }
            const SignatureResult s =
                TencentV1Signer::sign("GET", host, request.path(), params, creds);
            return QString::fromLatin1(s.signature) == signature
                ? QString()
                : u"Tencent v1 signature differs"_s;
        }
        signedAt = request.header("x-tc-timestamp").toLongLong();
        const SignatureResult s =
            Tc3Signer::sign(request.method, host, QByteArray(), request.header("content-type"),
                            request.body, creds, signedAt, u"cvm"_s);
        return s.authorization == request.header("authorization") ? QString()
                                                                  : u"TC3 signature differs"_s;
    }
    }
    return u"unknown cloud"_s;
}

std::optional<FakeResponse> FakeCloud::verify(const FakeRequest &request, ListingKind &kind,
                                              int &page, int &size, QStringList &ids)
{
    auto bad = [this](const QString &what) -> std::optional<FakeResponse> {
        switch (m_cloud) {
        case Cloud::JdCloud:
            return error(400, u"INVALID_ARGUMENT"_s, what);
        case Cloud::Zenlayer:
            return error(400, u"INVALID_PARAMETER"_s, what);
        case Cloud::Aliyun:
            return error(400, u"InvalidParameter"_s, what);
        case Cloud::Tencent:
            return error(200, u"InvalidParameter"_s, what);
        }
        return std::nullopt;
    };
    auto intValue = [](const QString &s, int fallback) {
        bool ok = false;
        const int v = s.toInt(&ok);
        return ok ? v : fallback;
    };

    switch (m_cloud) {
    case Cloud::JdCloud: {
        static const QRegularExpression path(
            u"^/v1/regions/([a-z0-9-]+)/(instanceStatus|instances)$"_s);
        const auto m = path.match(request.path());
        if (request.method != "GET" || !m.hasMatch())
            return error(404, u"NOT_FOUND"_s, u"no such API"_s);
        if (m.captured(1) != region())
            return error(404, u"NOT_FOUND"_s, u"region not found"_s);
        if (request.header("content-type") != "application/json")
            return bad(u"content-type"_s);
        kind = m.captured(2) == u"instanceStatus" ? ListingKind::Status : ListingKind::Details;
        page = 1;
        size = 20;
        static const QRegularExpression filter(
            uR"(^filters\.(\d+)\.(name|operator|values\.\d+)$)"_s);
        QHash<QString, QString> filterNames;
        QHash<QString, QStringList> filterValues;
        for (const auto &[k, v] : request.queryPairs()) {
            if (k == u"pageNumber")
                page = intValue(v, -1);
            else if (k == u"pageSize")
                size = intValue(v, -1);
            else if (const auto f = filter.match(k); f.hasMatch()) {
                if (f.captured(2) == u"name")
                    filterNames[f.captured(1)] = v;
                else if (f.captured(2).startsWith(u"values"))
                    filterValues[f.captured(1)].append(v);
            } else
                return bad(u"unknown parameter "_s + k);
        }
        if (size < 10 || size > 100 || page < 1)
            return bad(u"pageSize must be between 10 and 100"_s);
        for (auto it = filterNames.cbegin(); it != filterNames.cend(); ++it) {
            if (it.value() == u"instanceId")
                ids = filterValues.value(it.key());
        }
        break;
    }
    case Cloud::Zenlayer: {
        if (request.method != "POST" || request.path() != u"/api/v2/vm")
            return error(404, u"NOT_FOUND"_s, u"no such API"_s);
        const QByteArray action = request.header("x-zc-action");
        if (action != "DescribeInstancesStatus" && action != "DescribeInstances")
            return bad(u"action"_s);
        if (request.header("x-zc-version") != "2023-03-13")
            return bad(u"version"_s);
        kind = action == "DescribeInstancesStatus" ? ListingKind::Status : ListingKind::Details;
        const QJsonObject body = QJsonDocument::fromJson(request.body).object();
        for (const QString &k : body.keys()) {
            if (k != u"instanceIds" && k != u"pageNum" && k != u"pageSize"
                && !(k == u"zoneId" && kind == ListingKind::Details))
                return bad(u"unknown parameter "_s + k);
        }
        page = body.value("pageNum"_L1).toInt(1);
        size = body.value("pageSize"_L1).toInt(20);
        for (const QJsonValue &v : body.value("instanceIds"_L1).toArray())
            ids.append(v.toString());
        if (size < 1 || size > 1000 || ids.size() > 100)
            return bad(u"pageSize or instanceIds out of range"_s);
        break;
    }
    case Cloud::Aliyun: {
        if (request.method != "GET" || request.path() != u"/")
            return error(404, u"InvalidAction.NotFound"_s, u"no such API"_s);
        const QHash<QString, QString> fixed { { u"Version"_s, u"2014-05-26"_s },
                                              { u"Format"_s, u"JSON"_s },
                                              { u"SignatureMethod"_s, u"HMAC-SHA1"_s },
                                              { u"SignatureVersion"_s, u"1.0"_s },
                                              { u"AccessKeyId"_s, QString::fromLatin1(keyId) } };
        QString action;
        QString regionId;
        page = 1;
        size = 10;
        for (const auto &[k, v] : request.queryPairs()) {
            if (fixed.contains(k)) {
                if (fixed.value(k) != v)
                    return bad(k);
            } else if (k == u"Action")
                action = v;
            else if (k == u"RegionId")
                regionId = v;
            else if (k == u"PageNumber")
                page = intValue(v, -1);
            else if (k == u"PageSize")
                size = intValue(v, -1);
            else if (k.startsWith(u"InstanceId.") && action != u"DescribeInstances")
                ids.append(v);
            else if (k == u"InstanceIds") {
                for (const QJsonValue &id : QJsonDocument::fromJson(v.toUtf8()).array())
                    ids.append(id.toString());
            } else if (k != u"Signature" && k != u"SignatureNonce" && k != u"Timestamp"
                       && k != u"ZoneId")
                return bad(u"unknown parameter "_s + k);
        }
        if (action != u"DescribeInstanceStatus" && action != u"DescribeInstances")
            return error(404, u"InvalidAction.NotFound"_s, action);
        kind = action == u"DescribeInstanceStatus" ? ListingKind::Status : ListingKind::Details;
        if (regionId.isEmpty())
            return error(400, u"MissingParameter"_s, u"RegionId"_s);
        if (regionId != region())
            return error(404, u"InvalidRegionId.NotFound"_s, regionId);
        const int maxSize = kind == ListingKind::Status ? 50 : 100;
        if (size < 1 || size > maxSize || page < 1)
            return error(400, u"InvalidParameter"_s,
                         u"The specified parameter PageSize is not valid."_s);
        break;
    }
    case Cloud::Tencent: {
        int offset = 0;
        size = 20;
        QString action;
        if (request.method == "GET") {
            if (request.path() != u"/v2/index.php")
                return bad(u"path"_s);
            static const QRegularExpression idParam(uR"(^InstanceIds\.(\d+)$)"_s);
            const QSet<QString> known {
                u"Action"_s,   u"Version"_s,         u"Region"_s,    u"Timestamp"_s, u"Nonce"_s,
                u"SecretId"_s, u"SignatureMethod"_s, u"Signature"_s, u"Offset"_s,    u"Limit"_s
            };
            for (const auto &[k, v] : request.queryPairs()) {
                if (k == u"Action")
                    action = v;
                else if (k == u"Region" && v != u"gz")
                    return error(200, u"UnsupportedRegion"_s, v);
                else if (k == u"Offset")
                    offset = intValue(v, -1);
                else if (k == u"Limit")
                    size = intValue(v, -1);
                else if (idParam.match(k).hasMatch())
                    ids.append(v);
                else if (!known.contains(k))
                    return bad(u"unknown parameter "_s + k);
            }
        } else {
            if (request.header("x-tc-region") != region().toLatin1())
                return error(200, u"UnsupportedRegion"_s, u"region"_s);
            if (request.header("x-tc-version") != "2017-03-12")
                return bad(u"version"_s);
            action = QString::fromLatin1(request.header("x-tc-action"));
            const QJsonObject body = QJsonDocument::fromJson(request.body).object();
            for (const QString &k : body.keys()) {
                if (k != u"InstanceIds" && k != u"Offset" && k != u"Limit")
                    return bad(u"unknown parameter "_s + k);
            }
            offset = body.value("Offset"_L1).toInt(0);
            size = body.value("Limit"_L1).toInt(20);
            for (const QJsonValue &v : body.value("InstanceIds"_L1).toArray())
                ids.append(v.toString());
        }
        if (action != u"DescribeInstancesStatus" && action != u"DescribeInstances")
            return error(200, u"InvalidAction"_s, action);
        kind = action == u"DescribeInstancesStatus" ? ListingKind::Status : ListingKind::Details;
        if (size < 1 || size > 100 || offset < 0 || ids.size() > 100)
            return error(200, u"InvalidParameterValue.LimitExceeded"_s, u"Limit"_s);
        if (offset % size != 0)
            return bad(u"offset not on a page boundary"_s);
        page = offset / size + 1;
        break;
    }
    }

    qint64 signedAt = 0;
    const QString why = signingError(request, signedAt);
    if (!why.isEmpty()) {
        m_signatureFailures.append(why);
        switch (m_cloud) {
        case Cloud::JdCloud:
            return error(401, u"UNAUTHENTICATED"_s, why);
        case Cloud::Zenlayer:
            return error(401, u"SIGNATURE_FAILURE"_s, why);
        case Cloud::Aliyun:
            return error(400, u"SignatureDoesNotMatch"_s, why);
        case Cloud::Tencent:
            return error(200, u"AuthFailure.SignatureFailure"_s, why);
        }
    }
    const QDateTime now = m_serverTime.isValid() ? m_serverTime : QDateTime::currentDateTimeUtc();
    const qint64 window = m_cloud == Cloud::Aliyun ? 900 : 300;
    if (qAbs(now.toSecsSinceEpoch() - signedAt) > window) {
        switch (m_cloud) {
        case Cloud::JdCloud:
            return error(401, u"UNAUTHENTICATED"_s, u"the request has expired"_s);
        case Cloud::Zenlayer:
            return error(401, u"SIGNATURE_EXPIRED"_s, u"timestamp expired"_s);
        case Cloud::Aliyun:
            return error(400, u"InvalidTimeStamp.Expired"_s,
                         u"Specified time stamp or date value is expired."_s);
        case Cloud::Tencent:
            return error(200, u"AuthFailure.SignatureExpire"_s, u"The request has expired."_s);
        }
    }
    return std::nullopt;
}

FakeResponse FakeCloud::handle(const FakeRequest &request)
{
    ListingKind kind = ListingKind::Status;
    int pageNumber = 0;
    int size = 0;
    QStringList ids;
    if (auto refused = verify(request, kind, pageNumber, size, ids))
        return *refused;
    m_pages.append(pageNumber);
    m_idCounts.append(ids.size());
    if (m_fault) {
        if (auto faulty = m_fault(request, pageNumber))
            return *faulty;
    }
    FakeResponse r = page(kind, pageNumber, size, ids);
    r.delayMs = m_delayMs;
    return r;
}

FakeResponse FakeCloud::page(ListingKind kind, int pageNumber, int size,
                             const QStringList &ids) const
{
    QList<FakeInstance> matching;
    for (const FakeInstance &f : m_fleet) {
        if (ids.isEmpty() || ids.contains(f.id))
            matching.append(f);
    }
    const qsizetype from = qsizetype(pageNumber - 1) * size;
    const QList<FakeInstance> slice = matching.mid(std::min(from, matching.size()), size);
    const bool status = kind == ListingKind::Status;
    const QString requestId = u"req-%1"_s.arg(m_server.requests().size());
    QJsonArray items;
    for (const FakeInstance &f : slice) {
        QJsonObject o;
        auto ipList = [](const QString &ip) {
            return ip.isEmpty() ? QJsonArray() : QJsonArray { ip };
        };
        switch (m_cloud) {
        case Cloud::JdCloud:
            o = { { "instanceId"_L1, f.id }, { "status"_L1, f.rawState } };
            if (!status) {
                o.insert("instanceName"_L1, f.name);
                o.insert("az"_L1, f.zone);
                o.insert("privateIpAddress"_L1, f.privateIp);
                o.insert("elasticIpAddress"_L1, f.publicIp);
                o.insert("instanceType"_L1, f.type);
            }
            break;
        case Cloud::Zenlayer:
            o = { { "instanceId"_L1, f.id }, { "instanceStatus"_L1, f.rawState } };
            if (!status) {
                o.insert("instanceName"_L1, f.name);
                o.insert("zoneId"_L1, f.zone);
                o.insert("privateIpAddresses"_L1, ipList(f.privateIp));
                o.insert("publicIpAddresses"_L1, ipList(f.publicIp));
                o.insert("instanceType"_L1, f.type);
            }
            break;
        case Cloud::Aliyun:
            o = { { "InstanceId"_L1, f.id }, { "Status"_L1, f.rawState } };
            if (!status) {
                o.insert("InstanceName"_L1, f.name);
                o.insert("ZoneId"_L1, f.zone);
                o.insert("RegionId"_L1, region());
                o.insert("InstanceType"_L1, f.type);
                o.insert(
                    "VpcAttributes"_L1,
                    QJsonObject { { "PrivateIpAddress"_L1,
                                    QJsonObject { { "IpAddress"_L1, ipList(f.privateIp) } } } });
                o.insert("PublicIpAddress"_L1, QJsonObject { { "IpAddress"_L1, QJsonArray() } });
                o.insert("EipAddress"_L1, QJsonObject { { "IpAddress"_L1, f.publicIp } });
            }
            break;
        case Cloud::Tencent:
            o = { { "InstanceId"_L1, f.id }, { "InstanceState"_L1, f.rawState } };
            if (!status) {
                o.insert("InstanceName"_L1, f.name);
                o.insert("Placement"_L1, QJsonObject { { "Zone"_L1, f.zone } });
                o.insert("PrivateIpAddresses"_L1, ipList(f.privateIp));
                o.insert("PublicIpAddresses"_L1,
                         f.publicIp.isEmpty() ? QJsonValue() : QJsonValue(ipList(f.publicIp)));
                o.insert("InstanceType"_L1, f.type);
            }
            break;
        }
        items.append(o);
    }
    const qint64 total = matching.size();
    QJsonObject body;
    switch (m_cloud) {
    case Cloud::JdCloud:
        body = { { "requestId"_L1, requestId },
                 { "result"_L1,
                   QJsonObject { { status ? "instanceStatuses"_L1 : "instances"_L1, items },
                                 { "totalCount"_L1, total } } } };
        break;
    case Cloud::Zenlayer: {
        const QJsonObject inner { { "requestId"_L1, requestId },
                                  { "totalCount"_L1, total },
                                  { "dataSet"_L1, items } };
        body = m_zenlayerWrapped
            ? QJsonObject { { "requestId"_L1, requestId }, { "response"_L1, inner } }
            : inner;
        break;
    }
    case Cloud::Aliyun:
        body = { { "RequestId"_L1, requestId },
                 { "TotalCount"_L1, total },
                 { "PageNumber"_L1, pageNumber },
                 { "PageSize"_L1, size },
                 { status ? "InstanceStatuses"_L1 : "Instances"_L1,
                   QJsonObject { { status ? "InstanceStatus"_L1 : "Instance"_L1, items } } } };
        break;
    case Cloud::Tencent:
        body = { { "Response"_L1,
                   QJsonObject { { "TotalCount"_L1, total },
                                 { status ? "InstanceStatusSet"_L1 : "InstanceSet"_L1, items },
                                 { "RequestId"_L1, requestId } } } };
        break;
    }
    return FakeResponse::json(200, compact(body));
}
