// One HTTP/1.1 request as the emulator received it: the raw target (path and query still
// percent-encoded, exactly as signed), the headers as sent, and the decoded body.
#pragma once

#include "httpheaders.h"

#include <QByteArray>

struct HttpRequest
{
    QByteArray method;
    QByteArray path; // raw, percent-encoded, without the query
    QByteArray query; // raw, without "?"; empty when none
    QByteArray version; // "HTTP/1.1"
    HttpHeaderList headers; // names as sent, values trimmed
    QByteArray body; // after de-chunking
    quint16 localPort = 0;

    // The value of the first header with this name (case-insensitive), or a null array.
    QByteArray header(QByteArrayView name) const { return HttpHeaders::value(headers, name); }
    bool hasHeader(QByteArrayView name) const { return !header(name).isNull(); }
};
