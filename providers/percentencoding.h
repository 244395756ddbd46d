// RFC 3986 percent-encoding as the signing schemes use it: UTF-8 bytes, A–Z a–z 0–9 - _ . ~
// kept, every other byte as %XX with upper-case hex. A space is %20 (never +), * is %2A,
// ~ stays ~. QUrlQuery is not used on purpose: it leaves some delimiters unescaped.
#pragma once

#include <QByteArray>
#include <QStringView>

class PercentEncoding
{
public:
    static QByteArray rfc3986(QStringView text);
    static QByteArray rfc3986(QByteArrayView utf8);
    // The same, but "/" stays literal (canonical URIs).
    static QByteArray rfc3986Path(QStringView path);
    // Decodes %XX sequences (invalid ones are kept as they are); '+' stays '+'.
    static QString decode(QByteArrayView encoded);
};
