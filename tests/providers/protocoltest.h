// Shared material of the four request-builder tests: a fixed signing context (time, nonce,
// key) and the query of a built URL decoded the way a server reads it.
#pragma once

#include "cloudprotocol.h"

#include <QUrl>

namespace ProtocolTest {

inline RequestContext context(const QUrl &endpoint = {})
{
    RequestContext c;
    c.credentials =
        Credentials(QStringLiteral("AKIDexample"), QByteArray("s3cr3t/key+with=odd&chars"));
    c.endpoint = endpoint;
    c.signingTime = QDateTime(QDate(2024, 3, 15), QTime(8, 30, 0), Qt::UTC);
    c.nonce = QStringLiteral("3f2504e0-4f89-41d3-9a0c-0305e82c3301");
    return c;
}

// The query exactly as it goes on the wire, split and percent-decoded, in wire order.
inline QList<std::pair<QString, QString>> wireQuery(const QUrl &url)
{
    QList<std::pair<QString, QString>> pairs;
    const QByteArray encoded = url.toEncoded(QUrl::FullyEncoded);
    const qsizetype mark = encoded.indexOf('?');
    const QByteArray query = mark < 0 ? QByteArray() : encoded.mid(mark + 1);
    if (query.isEmpty())
        return pairs;
    for (const QByteArray &part : query.split('&')) {
        const qsizetype eq = part.indexOf('=');
        pairs.append({ QUrl::fromPercentEncoding(part.left(eq)),
                       QUrl::fromPercentEncoding(part.mid(eq + 1)) });
    }
    return pairs;
}

inline QStringList names(const QList<std::pair<QString, QString>> &pairs)
{
    QStringList out;
    for (const auto &p : pairs)
        out.append(p.first);
    return out;
}

inline QString value(const QList<std::pair<QString, QString>> &pairs, const QString &name)
{
    for (const auto &p : pairs) {
        if (p.first == name)
            return p.second;
    }
    return {};
}

} // namespace ProtocolTest
