// One HTTP answer and how it is to be delivered: at once, after a delay, trickled in small
// pieces, or cut (connection closed before the answer or in the middle of its body). The
// connection adds Content-Length and Connection; everything else is the handler's.
#pragma once

#include "httpheaders.h"

#include <QByteArray>

#include <functional>

struct HttpResponse
{
    enum class Cut : quint8 { None, BeforeAnswer, MidBody };

    int status = 200;
    HttpHeaderList headers;
    QByteArray body;

    int delayMs = 0; // before the first byte
    int trickleChunkBytes = 0; // > 0: the body goes out in chunks this big...
    int trickleIntervalMs = 0; // ...this far apart
    Cut cut = Cut::None;
    // Called exactly once, when the answer has been handed to the socket, was cut, or the
    // client went away first. The server counts in-flight requests with it.
    std::function<void()> finished;

    void setHeader(const QByteArray &name, const QByteArray &value)
    {
        HttpHeaders::set(headers, name, value);
    }

    static QByteArray reasonPhrase(int status);
};
