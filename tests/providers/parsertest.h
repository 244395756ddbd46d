// Shared material of the four parser tests: the specs' example bodies (read from
// FLEETWATCH_SPECS_DIR) and the hostile bodies every parser must turn into Malformed.
#pragma once

#include "fetcherror.h"
#include "listingquery.h"
#include "pageresult.h"
#include "rawreply.h"

#include <QByteArray>
#include <QFile>
#include <QList>
#include <QString>
#include <QTest>

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

using Parse = PageResult (*)(ListingKind, const RawReply &);

// A hostile body is Malformed, with a short explanation and no items, for both calls when it
// comes with a 200; with an error status it is classified by that status instead.
inline void verifyHostileBody(Parse parse, const QByteArray &body, int errorStatus,
                              FetchError::Kind kindForStatus)
{
    for (ListingKind kind : { ListingKind::Status, ListingKind::Details }) {
        const PageResult page = parse(kind, reply(200, body));
        QVERIFY(page.error);
        QCOMPARE(page.error->kind, FetchError::Kind::Malformed);
        QVERIFY(!page.error->message.isEmpty());
        QVERIFY(page.error->message.size() < 200);
        QCOMPARE(page.itemCount(), 0);
    }
    const PageResult failed = parse(ListingKind::Status, reply(errorStatus, body));
    QVERIFY(failed.error);
    QCOMPARE(failed.error->kind, kindForStatus);
}

} // namespace ParserTest
