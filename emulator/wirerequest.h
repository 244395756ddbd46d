// One HTTP/1.1 request as a client puts it on the wire to the emulator: method, encoded target,
// headers and body; bytes() adds Host and Content-Length.
#pragma once

#include <QByteArray>
#include <QList>

#include <utility>

struct WireRequest
{
    QByteArray method = "GET";
    QByteArray target = "/"; // path and query, encoded
    QList<std::pair<QByteArray, QByteArray>> headers; // besides Host and Content-Length
    QByteArray body;

    QByteArray header(QByteArrayView name) const
    {
        for (const auto &[key, value] : headers) {
            if (key.compare(name, Qt::CaseInsensitive) == 0)
                return value;
        }
        return {};
    }
    void setHeader(const QByteArray &name, const QByteArray &value)
    {
        for (auto &header : headers) {
            if (header.first.compare(name, Qt::CaseInsensitive) == 0) {
                header.second = value;
                return;
            }
        }
        headers.append({ name, value });
    }
    QByteArray bytes(quint16 port) const
    {
        QByteArray out = method + ' ' + target
            + " HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(port) + "\r\n";
        for (const auto &[name, value] : headers)
            out += name + ": " + value + "\r\n";
        if (!body.isEmpty() || method == "POST")
            out += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
        return out + "\r\n" + body;
    }
};
