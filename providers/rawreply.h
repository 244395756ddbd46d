// What came back for one request when an HTTP answer arrived at all: status, headers, body.
// Everything in it is untrusted; the per-cloud parsers turn it into a PageResult.
#pragma once

#include <QByteArray>
#include <QList>

#include <utility>

struct RawReply
{
    int httpStatus = 0;
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;

    // The first header with this name (case-insensitive), or a null array.
    QByteArray header(QByteArrayView name) const
    {
        for (const auto &[key, value] : headers) {
            if (key.compare(name, Qt::CaseInsensitive) == 0)
                return value;
        }
        return {};
    }
};
