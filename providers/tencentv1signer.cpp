#include "tencentv1signer.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>

#include <algorithm>

QString TencentV1Signer::signedName(const QString &name)
{
    if (name.startsWith(u'_'))
        return name;
    QString rewritten = name;
    return rewritten.replace(u'_', u'.');
}

SignatureResult TencentV1Signer::sign(const QByteArray &method, const QString &host,
                                      const QString &path,
                                      const QList<std::pair<QString, QString>> &parameters,
                                      const Credentials &credentials)
{
    QList<std::pair<QByteArray, QByteArray>> sorted;
    sorted.reserve(parameters.size());
    bool sha256 = false;
    for (const auto &[name, value] : parameters) {
        sorted.append({ signedName(name).toUtf8(), value.toUtf8() });
        if (name == u"SignatureMethod")
            sha256 = value == u"HmacSHA256";
    }
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });

    SignatureResult result;
    result.stringToSign = method + host.toUtf8() + path.toUtf8() + '?';
    bool first = true;
    for (const auto &[name, value] : std::as_const(sorted)) {
        if (!first)
            result.stringToSign.append('&');
        first = false;
        result.stringToSign.append(name).append('=').append(value);
    }
    result.signature = QMessageAuthenticationCode::hash(result.stringToSign, credentials.secret,
                                                        sha256 ? QCryptographicHash::Sha256
                                                               : QCryptographicHash::Sha1)
                           .toBase64();
    return result;
}
