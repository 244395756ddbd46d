#include "aliyunrpcsigner.h"

#include "percentencoding.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>

#include <algorithm>

QString AliyunRpcSigner::formatTimestamp(const QDateTime &time)
{
    return time.toUTC().toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss'Z'"));
}

SignatureResult AliyunRpcSigner::sign(const QByteArray &method,
                                      const QList<std::pair<QString, QString>> &parameters,
                                      const Credentials &credentials)
{
    // Sorted by name as UTF-8 bytes, as the SDKs sort their parameter maps.
    QList<std::pair<QByteArray, QByteArray>> sorted;
    sorted.reserve(parameters.size());
    for (const auto &[name, value] : parameters)
        sorted.append({ name.toUtf8(), value.toUtf8() });
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });

    QByteArray canonical;
    for (const auto &[name, value] : std::as_const(sorted)) {
        if (!canonical.isEmpty())
            canonical.append('&');
        canonical.append(PercentEncoding::rfc3986(QByteArrayView(name)))
            .append('=')
            .append(PercentEncoding::rfc3986(QByteArrayView(value)));
    }

    SignatureResult result;
    result.stringToSign = method + '&' + PercentEncoding::rfc3986(QByteArrayView("/")) + '&'
        + PercentEncoding::rfc3986(QByteArrayView(canonical));
    QByteArray key = credentials.secret;
    key.append('&');
    result.signature =
        QMessageAuthenticationCode::hash(result.stringToSign, key, QCryptographicHash::Sha1)
            .toBase64();
    Credentials::wipe(key);

    for (const auto &[name, value] : parameters) {
        result.signedQuery.append(PercentEncoding::rfc3986(name))
            .append('=')
            .append(PercentEncoding::rfc3986(value))
            .append('&');
    }
    result.signedQuery.append("Signature=")
        .append(PercentEncoding::rfc3986(QByteArrayView(result.signature)));
    return result;
}
