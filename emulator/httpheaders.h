// Header lists as the emulator keeps them (names as sent, in order): case-insensitive lookup
// and replacement, shared by requests and answers on both sides of the wire.
#pragma once

#include <QByteArray>
#include <QList>

#include <utility>

using HttpHeaderList = QList<std::pair<QByteArray, QByteArray>>;

class HttpHeaders
{
public:
    // The value of the first header with this name, or a null array.
    static QByteArray value(const HttpHeaderList &headers, QByteArrayView name)
    {
        for (const auto &[key, value] : headers) {
            if (key.compare(name, Qt::CaseInsensitive) == 0)
                return value;
        }
        return {};
    }
    static void set(HttpHeaderList &headers, const QByteArray &name, const QByteArray &value)
    {
        for (auto &header : headers) {
            if (header.first.compare(name, Qt::CaseInsensitive) == 0) {
                header.second = value;
                return;
            }
        }
        headers.append({ name, value });
    }
};
