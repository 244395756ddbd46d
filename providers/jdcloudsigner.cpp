#include "jdcloudsigner.h"

#include "percentencoding.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QRegularExpression>

#include <algorithm>
#include <map>

namespace {

QByteArray hmac(QByteArrayView key, QByteArrayView message)
{
    return QMessageAuthenticationCode::hash(message.toByteArray(), key.toByteArray(),
                                            QCryptographicHash::Sha256);
}

QByteArray sha256Hex(QByteArrayView data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
}

// V2 (Go SDK) trims and squeezes runs of spaces; V3 (Python SDK) only trims.
QByteArray canonicalHeaderValue(QByteArray value, JdCloudSigner::Version version)
{
    value = value.trimmed();
    if (version == JdCloudSigner::Version::V3)
        return value;
    QByteArray squeezed;
    squeezed.reserve(value.size());
    for (char c : std::as_const(value)) {
        if (c == ' ' && squeezed.endsWith(' '))
            continue;
        squeezed.append(c);
    }
    return squeezed;
}

} // namespace

QByteArray JdCloudSigner::formatDate(const QDateTime &time)
{
    return time.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")).toLatin1();
}

void JdCloudSigner::addSigningHeaders(RequestToSign &request, const QDateTime &time,
                                      const QString &nonce)
{
    request.headers.removeIf([](const auto &header) {
        return header.first.compare("x-jdcloud-date", Qt::CaseInsensitive) == 0
            || header.first.compare("x-jdcloud-nonce", Qt::CaseInsensitive) == 0;
    });
    request.headers.append({ QByteArrayLiteral("x-jdcloud-date"), formatDate(time) });
    request.headers.append({ QByteArrayLiteral("x-jdcloud-nonce"), nonce.toUtf8() });
}

QByteArray JdCloudSigner::canonicalQuery(const QList<std::pair<QString, QString>> &query)
{
    QList<std::pair<QByteArray, QByteArray>> encoded;
    encoded.reserve(query.size());
    for (const auto &[name, value] : query)
        encoded.append({ PercentEncoding::rfc3986(name), PercentEncoding::rfc3986(value) });
    std::sort(encoded.begin(), encoded.end());
    QByteArray out;
    for (const auto &[name, value] : std::as_const(encoded)) {
        if (!out.isEmpty())
            out.append('&');
        out.append(name).append('=').append(value);
    }
    return out;
}

SignatureResult JdCloudSigner::sign(const RequestToSign &request, Version version,
                                    const Credentials &credentials, const QString &region,
                                    const QString &service)
{
    const bool v3 = version == Version::V3;
    const QByteArray algorithm = v3 ? "JDCLOUD3-HMAC-SHA256" : "JDCLOUD2-HMAC-SHA256";
    const QByteArray terminator = v3 ? "jdcloud3_request" : "jdcloud2_request";
    const QByteArray date = request.header("x-jdcloud-date").trimmed();
    const QByteArray day = date.left(8);

    QString path = request.path;
    if (v3) {
        static const QRegularExpression repeatedSlashes(QStringLiteral("/{2,}"));
        path.replace(repeatedSlashes, QStringLiteral("/"));
    }
    if (!path.startsWith(u'/'))
        path.prepend(u'/');

    // Header names are case-insensitive: several values for one name are joined with ','.
    std::map<QByteArray, QByteArray> signedHeaders;
    signedHeaders[QByteArrayLiteral("host")] = request.host.toUtf8();
    bool hostGiven = false;
    for (const auto &[name, value] : request.headers) {
        const QByteArray lower = name.toLower();
        if (lower == "authorization" || lower == "user-agent")
            continue;
        const QByteArray canonical = canonicalHeaderValue(value, version);
        if (lower == "host" && !hostGiven) {
            hostGiven = true;
            signedHeaders[lower] = canonical;
            continue;
        }
        auto it = signedHeaders.find(lower);
        if (it == signedHeaders.end())
            signedHeaders.emplace(lower, canonical);
        else
            it->second.append(',').append(canonical);
    }
    QByteArray canonicalHeaders;
    QByteArray signedHeaderNames;
    for (const auto &[name, value] : signedHeaders) {
        canonicalHeaders.append(name).append(':').append(value).append('\n');
        if (!signedHeaderNames.isEmpty())
            signedHeaderNames.append(';');
        signedHeaderNames.append(name);
    }

    // The V3 (Python) signer drops parameters whose name is empty; V2 signs them.
    QList<std::pair<QString, QString>> query = request.query;
    if (v3)
        query.removeIf([](const auto &pair) { return pair.first.isEmpty(); });

    SignatureResult result;
    result.canonicalRequest = request.method + '\n' + PercentEncoding::rfc3986Path(path) + '\n'
        + canonicalQuery(query) + '\n' + canonicalHeaders + '\n' + signedHeaderNames + '\n'
        + sha256Hex(request.body);
    const QByteArray scope =
        day + '/' + region.toUtf8() + '/' + service.toUtf8() + '/' + terminator;
    result.stringToSign =
        algorithm + '\n' + date + '\n' + scope + '\n' + sha256Hex(result.canonicalRequest);

    QByteArray seed = QByteArray(v3 ? "JDCLOUD3" : "JDCLOUD2");
    seed.append(credentials.secret);
    QByteArray key = hmac(seed, day);
    Credentials::wipe(seed);
    key = hmac(key, region.toUtf8());
    key = hmac(key, service.toUtf8());
    key = hmac(key, terminator);
    result.signature = hmac(key, result.stringToSign).toHex();
    Credentials::wipe(key);

    result.authorization = algorithm + " Credential=" + credentials.accessKeyId.toUtf8() + '/'
        + scope + ", SignedHeaders=" + signedHeaderNames + ", Signature=" + result.signature;
    return result;
}
