#include "signedrequests.h"

#include "aliyunrpcsigner.h"
#include "jdcloudsigner.h"
#include "percentencoding.h"
#include "requesttosign.h"
#include "tc3signer.h"
#include "tencentv1signer.h"
#include "zenlayersigner.h"

#include <algorithm>

namespace {

QByteArray encodePairs(const Pairs &pairs)
{
    QByteArray out;
    for (const auto &[name, value] : pairs) {
        if (!out.isEmpty())
            out += '&';
        out += PercentEncoding::rfc3986(name) + '=' + PercentEncoding::rfc3986(value);
    }
    return out;
}

// RPC-style parameters travel in the query of a GET or the form body of a POST.
WireRequest carrying(const QByteArray &method, const QByteArray &path, const QByteArray &encoded)
{
    WireRequest request;
    request.method = method;
    if (method == "POST") {
        request.target = path;
        request.body = encoded;
        request.headers.append(
            { QByteArray("Content-Type"), QByteArray("application/x-www-form-urlencoded") });
    } else {
        request.target = path + '?' + encoded;
    }
    return request;
}

char flip(char c)
{
    return c == 'a' ? 'b' : c == 'A' ? 'B' : c == '0' ? '1' : 'a';
}

} // namespace

WireRequest SignedRequests::jdCloud(const Credentials &key, const QString &region,
                                    const QString &resource, const Pairs &query,
                                    const QDateTime &time, const QString &nonce) const
{
    RequestToSign toSign;
    toSign.method = "GET";
    toSign.host = host();
    toSign.path = QStringLiteral("/v1/regions/%1/%2").arg(region, resource);
    toSign.query = query;
    toSign.headers.append({ QByteArray("Content-Type"), QByteArray("application/json") });
    JdCloudSigner::addSigningHeaders(toSign, time, nonce);
    const SignatureResult signature =
        JdCloudSigner::sign(toSign, JdCloudSigner::Version::V2, key, region, QStringLiteral("vm"));
    WireRequest request;
    request.target = PercentEncoding::rfc3986Path(toSign.path);
    const QByteArray wireQuery = JdCloudSigner::canonicalQuery(query);
    if (!wireQuery.isEmpty())
        request.target += '?' + wireQuery;
    request.headers = toSign.headers;
    request.headers.append({ QByteArray("Authorization"), signature.authorization });
    return request;
}

WireRequest SignedRequests::zenlayer(const Credentials &key, const QString &action,
                                     const QByteArray &body, const QDateTime &time) const
{
    RequestToSign toSign;
    toSign.method = "POST";
    toSign.host = host();
    toSign.path = QStringLiteral("/");
    toSign.headers.append({ QByteArray("Content-Type"), QByteArray("application/json") });
    toSign.body = body;
    const SignatureResult signature = ZenlayerSigner::sign(toSign, key, time.toSecsSinceEpoch());
    WireRequest request;
    request.method = "POST";
    request.target = "/api/v2/vm";
    request.body = body;
    request.headers = { { "Content-Type", "application/json" },
                        { "X-ZC-Action", action.toLatin1() },
                        { "X-ZC-Version", "2023-03-13" },
                        { "X-ZC-Timestamp", QByteArray::number(time.toSecsSinceEpoch()) },
                        { "X-ZC-Signature-Method", "ZC2-HMAC-SHA256" },
                        { "Authorization", signature.authorization } };
    return request;
}

WireRequest SignedRequests::aliyun(const Credentials &key, const Pairs &params,
                                   const QDateTime &time, const QString &nonce,
                                   const QByteArray &method) const
{
    Pairs all = params;
    if (std::none_of(all.begin(), all.end(), [](const auto &p) { return p.first == u"Version"; }))
        all.append({ QStringLiteral("Version"), QStringLiteral("2014-05-26") });
    if (std::none_of(all.begin(), all.end(), [](const auto &p) { return p.first == u"Format"; }))
        all.append({ QStringLiteral("Format"), QStringLiteral("JSON") });
    all += Pairs { { QStringLiteral("AccessKeyId"), key.accessKeyId },
                   { QStringLiteral("SignatureMethod"), QStringLiteral("HMAC-SHA1") },
                   { QStringLiteral("SignatureVersion"), QStringLiteral("1.0") },
                   { QStringLiteral("SignatureNonce"), nonce },
                   { QStringLiteral("Timestamp"), AliyunRpcSigner::formatTimestamp(time) } };
    const SignatureResult signature = AliyunRpcSigner::sign(method, all, key);
    return carrying(method, "/", signature.signedQuery);
}

WireRequest SignedRequests::tencentTc3(const Credentials &key, const QString &action,
                                       const QString &region, const QByteArray &body,
                                       const QDateTime &time) const
{
    const QByteArray contentType = "application/json; charset=utf-8";
    const SignatureResult signature = Tc3Signer::sign(
        "POST", host(), {}, contentType, body, key, time.toSecsSinceEpoch(), QStringLiteral("cvm"));
    WireRequest request;
    request.method = "POST";
    request.target = "/";
    request.body = body;
    request.headers = { { "Content-Type", contentType },
                        { "X-TC-Action", action.toLatin1() },
                        { "X-TC-Version", "2017-03-12" },
                        { "X-TC-Region", region.toLatin1() },
                        { "X-TC-Timestamp", QByteArray::number(time.toSecsSinceEpoch()) },
                        { "Authorization", signature.authorization } };
    return request;
}

WireRequest SignedRequests::tencentV1(const Credentials &key, const QString &path,
                                      const Pairs &params, const QDateTime &time,
                                      const QByteArray &method) const
{
    Pairs all = params;
    all += Pairs { { QStringLiteral("Timestamp"), QString::number(time.toSecsSinceEpoch()) },
                   { QStringLiteral("Nonce"), QStringLiteral("11886") },
                   { QStringLiteral("SecretId"), key.accessKeyId },
                   { QStringLiteral("SignatureMethod"), QStringLiteral("HmacSHA256") } };
    const SignatureResult signature = TencentV1Signer::sign(method, host(), path, all, key);
    all.append({ QStringLiteral("Signature"), QString::fromLatin1(signature.signature) });
    return carrying(method, path.toUtf8(), encodePairs(all));
}

WireRequest SignedRequests::withCorruptSignature(WireRequest request)
{
    // Hex signatures sit at the end of Authorization; base64 ones in a Signature parameter.
    QByteArray authorization = request.header("Authorization");
    if (!authorization.isEmpty()) {
        authorization.back() = flip(authorization.back());
        request.setHeader("Authorization", authorization);
        return request;
    }
    QByteArray &carrier = request.method == "POST" ? request.body : request.target;
    const qsizetype at = carrier.indexOf("Signature=") + 10;
    Q_ASSERT(at >= 10);
    carrier[at] = flip(carrier[at]);
    return request;
}
