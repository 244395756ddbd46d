#include "emulatortestclient.h"

#include "aliyunrpcsigner.h"
#include "jdcloudsigner.h"
#include "percentencoding.h"
#include "requesttosign.h"
#include "tc3signer.h"
#include "tencentv1signer.h"
#include "zenlayersigner.h"

#include <QDeadlineTimer>
#include <QJsonDocument>
#include <QLocale>
#include <QRegularExpression>
#include <QTcpSocket>

#include <algorithm>

namespace {

QByteArray findHeader(const QList<std::pair<QByteArray, QByteArray>> &headers, QByteArrayView name)
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

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

char flip(char c)
{
    return c == 'a' ? 'b' : c == 'A' ? 'B' : c == '0' ? '1' : 'a';
}

} // namespace

QByteArray WireRequest::header(QByteArrayView name) const
{
    return findHeader(headers, name);
}

void WireRequest::setHeader(const QByteArray &name, const QByteArray &value)
{
    for (auto &header : headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0) {
            header.second = value;
            return;
        }
    }
    headers.append({ name, value });
}

QByteArray WireRequest::bytes(quint16 port) const
{
    QByteArray out =
        method + ' ' + target + " HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(port) + "\r\n";
    for (const auto &[name, value] : headers)
        out += name + ": " + value + "\r\n";
    if (!body.isEmpty() || method == "POST")
        out += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    return out + "\r\n" + body;
}

QByteArray WireResponse::header(QByteArrayView name) const
{
    return findHeader(headers, name);
}

QDateTime WireResponse::date() const
{
    QDateTime date = QLocale::c().toDateTime(QString::fromLatin1(header("Date")),
                                             QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"));
    date.setTimeSpec(Qt::UTC);
    return date;
}

QJsonObject WireResponse::json() const
{
    return QJsonDocument::fromJson(body).object();
}

WireRequest EmulatorTestClient::jdCloud(const Credentials &key, const QString &region,
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

WireRequest EmulatorTestClient::zenlayer(const Credentials &key, const QString &action,
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

WireRequest EmulatorTestClient::aliyun(const Credentials &key, const Pairs &params,
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
    WireRequest request;
    request.method = method;
    if (method == "POST") {
        request.target = "/";
        request.body = signature.signedQuery;
        request.headers.append(
            { QByteArray("Content-Type"), QByteArray("application/x-www-form-urlencoded") });
    } else {
        request.target = "/?" + signature.signedQuery;
    }
    return request;
}

WireRequest EmulatorTestClient::tencentTc3(const Credentials &key, const QString &action,
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

WireRequest EmulatorTestClient::tencentV1(const Credentials &key, const QString &path,
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
    WireRequest request;
    request.method = method;
    if (method == "POST") {
        request.target = path.toUtf8();
        request.body = encodePairs(all);
        request.headers.append(
            { QByteArray("Content-Type"), QByteArray("application/x-www-form-urlencoded") });
    } else {
        request.target = path.toUtf8() + '?' + encodePairs(all);
    }
    return request;
}

WireRequest EmulatorTestClient::withCorruptSignature(WireRequest request)
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

WireResponse EmulatorTestClient::send(const WireRequest &request, int timeoutMs) const
{
    return sendRaw(request.bytes(m_port), timeoutMs);
}

WireResponse EmulatorTestClient::sendRaw(const QByteArray &bytes, int timeoutMs) const
{
    QTcpSocket socket;
    socket.connectToHost(QStringLiteral("127.0.0.1"), m_port);
    if (!socket.waitForConnected(timeoutMs))
        return {};
    return exchange(socket, bytes, timeoutMs);
}

WireResponse EmulatorTestClient::exchange(QTcpSocket &socket, const QByteArray &bytes,
                                          int timeoutMs)
{
    socket.write(bytes);
    socket.flush();
    return readResponse(socket, timeoutMs);
}

WireResponse EmulatorTestClient::readResponse(QTcpSocket &socket, int timeoutMs)
{
    // Reads exactly one answer (head by lines, then Content-Length bytes), so pipelined
    // answers behind it stay in the socket for the next call.
    QDeadlineTimer deadline(timeoutMs);
    auto waitForData = [&] {
        return socket.waitForReadyRead(int(std::max<qint64>(deadline.remainingTime(), 1)));
    };
    WireResponse response;
    bool inHead = true;
    bool haveStatusLine = false;
    qsizetype length = 0;
    while (inHead) {
        while (!socket.canReadLine()) {
            if (deadline.hasExpired() || !waitForData())
                return WireResponse();
        }
        const QByteArray line = socket.readLine().trimmed();
        if (!haveStatusLine) {
            response.status = line.split(' ').value(1).toInt();
            haveStatusLine = true;
        } else if (line.isEmpty()) {
            inHead = false;
        } else {
            const qsizetype colon = line.indexOf(':');
            response.headers.append({ line.left(colon).trimmed(), line.mid(colon + 1).trimmed() });
        }
    }
    length = response.header("Content-Length").toLongLong();
    while (response.body.size() < length) {
        if (socket.bytesAvailable() == 0 && (deadline.hasExpired() || !waitForData()))
            break;
        response.body += socket.read(length - response.body.size());
    }
    response.complete = response.body.size() == length;
    return response;
}
