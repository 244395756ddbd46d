// Shared material of the four parser tests: the specs' example bodies (read from
// FLEETWATCH_SPECS_DIR) and the hostile bodies every parser must turn into Malformed.
#pragma once

#include "rawreply.h"

#include <QByteArray>
#include <QFile>
#include <QList>
#include <QString>

#include <utility>

namespace ParserTest {

inline QByteArray specExample(const QString &name)
{
    QFile file(QStringLiteral(FLEETWATCH_SPECS_DIR "/examples/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read spec example %s", qPrintable(file.fileName()));
    return file.readAll();
}

inline RawReply reply(int status, const QByteArray &body,
                      QList<std::pair<QByteArray, QByteArray>> headers = {})
{
    RawReply r;
    r.httpStatus = status;
    r.body = body;
    r.headers = std::move(headers);
    return r;
}

// Bodies that are not JSON objects at all, or are cut off: the same for every cloud.
// `valid` is a correct page of the cloud, used to build the truncated variants.
inline QList<std::pair<QByteArray, QByteArray>> hostileBodies(const QByteArray &valid)
{
    return {
        { "empty", QByteArray() },
        { "whitespace", " \r\n\t " },
        { "html",
          "<!DOCTYPE html><html><head><title>502</title></head><body>Bad gateway</body></html>" },
        { "html-uppercase", "  <HTML><BODY>Access denied</BODY></HTML>" },
        { "xml", "<?xml version=\"1.0\"?><Error><Code>Oops</Code></Error>" },
        { "truncated-half", valid.left(valid.size() / 2) },
        { "truncated-one-byte-short", valid.trimmed().chopped(1) },
        { "just-an-opening-brace", "{" },
        { "json-null", "null" },
        { "json-array", "[]" },
        { "json-number", "42" },
        { "json-string", "\"ok\"" },
        { "garbage-after", valid + "}}garbage" },
        { "invalid-utf8", "{\"a\": \"\xff\xfe\"}" },
        { "nul-bytes", QByteArray("{\0\0\0}", 6) },
        { "deep-nesting", QByteArray(5000, '[') + QByteArray(5000, ']') },
        { "plain-text", "Service Unavailable" },
    };
}

} // namespace ParserTest
