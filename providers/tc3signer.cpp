#include "tc3signer.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QMessageAuthenticationCode>

namespace {

QByteArray hmac(QByteArrayView key, QByteArrayView message)
{
    return QMessageAuthenticationCode::hash(message.toByteArray(), key.toByteArray(),
                                            QCryptographicHash::Sha256);
}

} // namespace

SignatureResult Tc3Signer::sign(const QByteArray &method, const QString &host,
                                const QByteArray &rawQuery, const QByteArray &contentType,
                                const QByteArray &body, const Credentials &credentials,
                                qint64 unixSeconds, const QString &service)
{
    const auto sha256Hex = [](QByteArrayView data) {
        return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
    };
    // The UTC day, not the local one: between 00:00 and 08:00 in China they differ.
    const QByteArray date = QDateTime::fromSecsSinceEpoch(unixSeconds, Qt::UTC)
                                .toString(QStringLiteral("yyyy-MM-dd"))
                                .toLatin1();
    const QByteArray scope = date + '/' + service.toUtf8() + "/tc3_request";

    SignatureResult result;
    result.canonicalRequest = method + "\n/\n" + rawQuery + "\ncontent-type:" + contentType
        + "\nhost:" + host.toUtf8() + "\n\ncontent-type;host\n" + sha256Hex(body);
    result.stringToSign = "TC3-HMAC-SHA256\n" + QByteArray::number(unixSeconds) + '\n' + scope
        + '\n' + sha256Hex(result.canonicalRequest);

    QByteArray seed = QByteArrayLiteral("TC3");
    seed.append(credentials.secret);
    QByteArray key = hmac(seed, date);
    Credentials::wipe(seed);
    key = hmac(key, service.toUtf8());
    key = hmac(key, "tc3_request");
    result.signature = hmac(key, result.stringToSign).toHex();
    Credentials::wipe(key);

    result.authorization = "TC3-HMAC-SHA256 Credential=" + credentials.accessKeyId.toUtf8() + '/'
        + scope + ", SignedHeaders=content-type;host, Signature=" + result.signature;
    return result;
}
