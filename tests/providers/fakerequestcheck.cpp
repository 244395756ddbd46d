#include "fakerequestcheck.h"

#include "aliyunrpcsigner.h"
#include "credentials.h"
#include "fakecloud.h"
#include "jdcloudsigner.h"
#include "requesttosign.h"
#include "tc3signer.h"
#include "tencentv1signer.h"
#include "zenlayersigner.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace {

Credentials fakeCredentials()
{
    return { QString::fromLatin1(FakeCloud::keyId), QByteArray(FakeCloud::secret) };
}

} // namespace

QString FakeRequestCheck::signingError(Cloud cloud, const FakeRequest &request, qint64 &signedAt)
{
    const Credentials creds = fakeCredentials();
    const QString host = QString::fromLatin1(request.header("host"));
    switch (cloud) {
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

std::optional<FakeRequestCheck::Refusal>
FakeRequestCheck::inspect(Cloud cloud, const QString &region, const QDateTime &serverNow,
                          const FakeRequest &request, Listing &listing, QString *signatureFailure)
{
    auto bad = [cloud](const QString &what) -> std::optional<Refusal> {
        switch (cloud) {
        case Cloud::JdCloud:
            return Refusal(400, u"INVALID_ARGUMENT"_s, what);
        case Cloud::Zenlayer:
            return Refusal(400, u"INVALID_PARAMETER"_s, what);
        case Cloud::Aliyun:
            return Refusal(400, u"InvalidParameter"_s, what);
        case Cloud::Tencent:
            return Refusal(200, u"InvalidParameter"_s, what);
        }
        return std::nullopt;
    };
    ListingKind &kind = listing.kind;
    int &page = listing.page;
    int &size = listing.size;
    QStringList &ids = listing.ids;
    auto intValue = [](const QString &s, int fallback) {
        bool ok = false;
        const int v = s.toInt(&ok);
        return ok ? v : fallback;
    };

    switch (cloud) {
    case Cloud::JdCloud: {
        static const QRegularExpression path(
            u"^/v1/regions/([a-z0-9-]+)/(instanceStatus|instances)$"_s);
        const auto m = path.match(request.path());
        if (request.method != "GET" || !m.hasMatch())
            return Refusal(404, u"NOT_FOUND"_s, u"no such API"_s);
        if (m.captured(1) != region)
            return Refusal(404, u"NOT_FOUND"_s, u"region not found"_s);
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
            return Refusal(404, u"NOT_FOUND"_s, u"no such API"_s);
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
            return Refusal(404, u"InvalidAction.NotFound"_s, u"no such API"_s);
        const QHash<QString, QString> fixed { { u"Version"_s, u"2014-05-26"_s },
                                              { u"Format"_s, u"JSON"_s },
                                              { u"SignatureMethod"_s, u"HMAC-SHA1"_s },
                                              { u"SignatureVersion"_s, u"1.0"_s },
                                              { u"AccessKeyId"_s,
                                                QString::fromLatin1(FakeCloud::keyId) } };
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
            return Refusal(404, u"InvalidAction.NotFound"_s, action);
        kind = action == u"DescribeInstanceStatus" ? ListingKind::Status : ListingKind::Details;
        if (regionId.isEmpty())
            return Refusal(400, u"MissingParameter"_s, u"RegionId"_s);
        if (regionId != region)
            return Refusal(404, u"InvalidRegionId.NotFound"_s, regionId);
        const int maxSize = kind == ListingKind::Status ? 50 : 100;
        if (size < 1 || size > maxSize || page < 1)
            return Refusal(400, u"InvalidParameter"_s,
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
                    return Refusal(200, u"UnsupportedRegion"_s, v);
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
            if (request.header("x-tc-region") != region.toLatin1())
                return Refusal(200, u"UnsupportedRegion"_s, u"region"_s);
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
            return Refusal(200, u"InvalidAction"_s, action);
        kind = action == u"DescribeInstancesStatus" ? ListingKind::Status : ListingKind::Details;
        if (size < 1 || size > 100 || offset < 0 || ids.size() > 100)
            return Refusal(200, u"InvalidParameterValue.LimitExceeded"_s, u"Limit"_s);
        if (offset % size != 0)
            return bad(u"offset not on a page boundary"_s);
        page = offset / size + 1;
        break;
    }
    }

    qint64 signedAt = 0;
    const QString why = signingError(cloud, request, signedAt);
    if (!why.isEmpty()) {
        if (signatureFailure)
            *signatureFailure = why;
        switch (cloud) {
        case Cloud::JdCloud:
            return Refusal(401, u"UNAUTHENTICATED"_s, why);
        case Cloud::Zenlayer:
            return Refusal(401, u"SIGNATURE_FAILURE"_s, why);
        case Cloud::Aliyun:
            return Refusal(400, u"SignatureDoesNotMatch"_s, why);
        case Cloud::Tencent:
            return Refusal(200, u"AuthFailure.SignatureFailure"_s, why);
        }
    }
    const QDateTime now = serverNow;
    const qint64 window = cloud == Cloud::Aliyun ? 900 : 300;
    if (qAbs(now.toSecsSinceEpoch() - signedAt) > window) {
        switch (cloud) {
        case Cloud::JdCloud:
            return Refusal(401, u"UNAUTHENTICATED"_s, u"the request has expired"_s);
        case Cloud::Zenlayer:
            return Refusal(401, u"SIGNATURE_EXPIRED"_s, u"timestamp expired"_s);
        case Cloud::Aliyun:
            return Refusal(400, u"InvalidTimeStamp.Expired"_s,
                           u"Specified time stamp or date value is expired."_s);
        case Cloud::Tencent:
            return Refusal(200, u"AuthFailure.SignatureExpire"_s, u"The request has expired."_s);
        }
    }
    return std::nullopt;
}
