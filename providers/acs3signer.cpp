#include "acs3signer.h"

#include "jdcloudsigner.h"
#include "percentencoding.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>

#include <map>

SignatureResult Acs3Signer::sign(const RequestToSign &request, const Credentials &credentials)
{
    const auto sha256Hex = [](QByteArrayView data) {
        return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
    };

    std::map<QByteArray, QByteArray> signedHeaders;
    signedHeaders[QByteArrayLiteral("host")] = request.host.toUtf8();
    for (const auto &[name, value] : request.headers) {
        const QByteArray lower = name.toLower();
        if (lower == "host" || lower == "content-type" || lower.startsWith("x-acs-"))
            signedHeaders[lower] = value.trimmed();
    }
    QByteArray canonicalHeaders;
    QByteArray signedHeaderNames;
    for (const auto &[name, value] : signedHeaders) {
        canonicalHeaders.append(name).append(':').append(value).append('\n');
        if (!signedHeaderNames.isEmpty())
            signedHeaderNames.append(';');
        signedHeaderNames.append(name);
    }

    const QString path = request.path.isEmpty() ? QStringLiteral("/") : request.path;
    SignatureResult result;
    // The query is sorted and encoded exactly as JD Cloud's (and AWS's) canonical query.
    result.canonicalRequest = request.method + '\n' + PercentEncoding::rfc3986Path(path) + '\n'
        + JdCloudSigner::canonicalQuery(request.query) + '\n' + canonicalHeaders + '\n'
        + signedHeaderNames + '\n' + sha256Hex(request.body);
    result.stringToSign = "ACS3-HMAC-SHA256\n" + sha256Hex(result.canonicalRequest);
    result.signature = QMessageAuthenticationCode::hash(result.stringToSign, credentials.secret,
                                                        QCryptographicHash::Sha256)
                           .toHex();
    result.authorization = "ACS3-HMAC-SHA256 Credential=" + credentials.accessKeyId.toUtf8()
        + ",SignedHeaders=" + signedHeaderNames + ",Signature=" + result.signature;
    return result;
}
