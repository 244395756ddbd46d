// A request as it will be sent, in the decoded form the signers work from. Signers never
// touch the network or the clock: everything they need is in here or in their arguments.
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <utility>

struct RequestToSign
{
    QByteArray method; // "GET", "POST"
    QString host; // lower-case; with ":port" only when the port is not the scheme's default
    QString path; // decoded path, e.g. "/v1/regions/cn-north-1/instanceStatus"
    QList<std::pair<QString, QString>> query; // decoded name/value pairs, wire order
    QList<std::pair<QByteArray, QByteArray>> headers; // as sent, any case, no Authorization
    QByteArray body; // the exact bytes sent

    // The value of the first header with this name (case-insensitive), or a null array.
    QByteArray header(QByteArrayView name) const
    {
        for (const auto &[key, value] : headers) {
            if (key.compare(name, Qt::CaseInsensitive) == 0)
                return value;
        }
        return {};
    }
};
