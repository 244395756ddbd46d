// One HTTP request exactly as it will be sent, signed. Built by a CloudProtocol (pure), sent by
// the ListingJob; tests compare it byte for byte with what the signers produce.
#pragma once

#include <QByteArray>
#include <QList>
#include <QUrl>

#include <utility>

struct PreparedRequest
{
    QByteArray method; // "GET" / "POST"
    QUrl url; // full URL, query already encoded exactly as signed
    QList<std::pair<QByteArray, QByteArray>>
        headers; // incl. Authorization where the scheme has one
    QByteArray body;

    QByteArray header(QByteArrayView name) const
    {
        for (const auto &[key, value] : headers) {
            if (key.compare(name, Qt::CaseInsensitive) == 0)
                return value;
        }
        return {};
    }
};
