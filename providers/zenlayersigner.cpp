#include "zenlayersigner.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>

SignatureResult ZenlayerSigner::sign(const RequestToSign &request, const Credentials &credentials,
                                     qint64 unixSeconds)
{
    const auto sha256Hex = [](QByteArrayView data) {
        return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
    };
    const QByteArray timestamp = QByteArray::number(unixSeconds);

    SignatureResult result;
    result.canonicalRequest = request.method
        + "\n/\n\ncontent-type:" + request.header("content-type").trimmed()
        + "\nhost:" + request.host.toUtf8() + "\n\ncontent-type;host\n" + sha256Hex(request.body);
    result.stringToSign =
        "ZC2-HMAC-SHA256\n" + timestamp + '\n' + sha256Hex(result.canonicalRequest);
    result.signature = QMessageAuthenticationCode::hash(result.stringToSign, credentials.secret,
                                                        QCryptographicHash::Sha256)
                           .toHex();
    result.authorization = "ZC2-HMAC-SHA256 Credential=" + credentials.accessKeyId.toUtf8()
        + ", SignedHeaders=content-type;host, Signature=" + result.signature;
    return result;
}
