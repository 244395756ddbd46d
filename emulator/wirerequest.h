// One HTTP/1.1 request as a client puts it on the wire to the emulator: method, encoded target,
// headers and body; bytes() adds Host and Content-Length.
#pragma once

#include "httpheaders.h"

#include <QByteArray>

struct WireRequest
{
    QByteArray method = "GET";
    QByteArray target = "/"; // path and query, encoded
    HttpHeaderList headers; // besides Host and Content-Length
    QByteArray body;

    QByteArray header(QByteArrayView name) const { return HttpHeaders::value(headers, name); }
    void setHeader(const QByteArray &name, const QByteArray &value)
    {
        HttpHeaders::set(headers, name, value);
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
