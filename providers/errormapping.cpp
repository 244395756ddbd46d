#include "errormapping.h"

#include "jsonbody.h"

#include <QLocale>

using namespace Qt::StringLiterals;

FetchError::Kind ErrorMapping::kindForHttpStatus(int status)
{
    using K = FetchError::Kind;
    if (status == 401 || status == 403)
        return K::Auth;
    if (status == 408)
        return K::Timeout;
    if (status == 429)
        return K::Throttled;
    if (status == 407 || status == 451 || (status >= 300 && status < 400))
        return K::Network;
    if (status >= 400 && status < 500)
        return K::InvalidRequest;
    if (status >= 500 && status < 600)
        return K::Server;
    return K::Malformed;
}

FetchError ErrorMapping::fromHttpStatus(const RawReply &reply, const QString &why)
{
    FetchError e;
    e.kind = kindForHttpStatus(reply.httpStatus);
    e.code = u"HTTP %1"_s.arg(reply.httpStatus);
    if (reply.httpStatus >= 300 && reply.httpStatus < 400) {
        const QString location =
            JsonBody::plainText(QString::fromUtf8(reply.header("location")), 200);
        e.message = u"The endpoint redirected (HTTP %1%2); API requests are never redirected, so "
                    "the endpoint or a proxy in between is misconfigured."_s.arg(reply.httpStatus)
                        .arg(location.isEmpty() ? QString() : u" to "_s + location);
    } else if (reply.httpStatus == 451) {
        e.message = u"The request was blocked (HTTP 451) before it reached the API."_s;
    } else {
        e.message = u"The server answered HTTP %1. %2"_s.arg(reply.httpStatus).arg(why);
    }
    return e;
}

void ErrorMapping::annotate(FetchError &error, const RawReply &reply, const QDateTime &now)
{
    error.httpStatus = reply.httpStatus;
    const QDateTime date = serverDate(reply);
    if (date.isValid())
        error.serverTime = date;
    if (error.kind == FetchError::Kind::Throttled || error.kind == FetchError::Kind::Server) {
        if (const auto hint = retryAfterMs(reply, now))
            error.retryAfterMs = hint;
    }
}

std::optional<qint64> ErrorMapping::retryAfterMs(const RawReply &reply, const QDateTime &now)
{
    const QByteArray value = reply.header("retry-after").trimmed();
    if (value.isEmpty())
        return std::nullopt;
    // A day is more than any cloud asks for; a larger value is a broken header, not a plan.
    constexpr qint64 maxMs = 24LL * 3600 * 1000;
    bool ok = false;
    const qint64 seconds = value.toLongLong(&ok);
    if (ok)
        return seconds < 0 ? std::nullopt : std::optional<qint64>(std::min(seconds * 1000, maxMs));
    const QDateTime at = parseHttpDate(value);
    if (!at.isValid() || !now.isValid())
        return std::nullopt;
    return std::clamp<qint64>(now.msecsTo(at), 0, maxMs);
}

QDateTime ErrorMapping::serverDate(const RawReply &reply)
{
    return parseHttpDate(reply.header("date"));
}

QDateTime ErrorMapping::parseHttpDate(QByteArrayView value)
{
    const QString text = QString::fromLatin1(value.trimmed());
    if (text.isEmpty() || text.size() > 64)
        return {};
    // IMF-fixdate, "Sun, 06 Nov 1994 08:49:37 GMT", is what every server sends today.
    QDateTime t = QLocale::c().toDateTime(text, u"ddd, dd MMM yyyy HH:mm:ss 'GMT'"_s);
    if (t.isValid()) // the fields are UTC; only the zone tag was local
        return QDateTime(t.date(), t.time(), Qt::UTC);
    t = QDateTime::fromString(text, Qt::RFC2822Date);
    return t.isValid() ? t.toUTC() : QDateTime();
}

void ErrorMapping::reclassifySkew(FetchError &error, const QDateTime &signedAt,
                                  qint64 windowSeconds)
{
    if (error.kind != FetchError::Kind::Auth || !error.serverTime.isValid() || !signedAt.isValid())
        return;
    if (qAbs(signedAt.secsTo(error.serverTime)) > windowSeconds)
        error.kind = FetchError::Kind::ClockSkew;
}

FetchError ErrorMapping::make(FetchError::Kind kind, const QString &code, const QString &message,
                              const QString &requestId)
{
    FetchError e;
    e.kind = kind;
    e.code = JsonBody::plainText(code, JsonBody::maxTokenLength);
    e.message = JsonBody::plainText(message);
    e.requestId = JsonBody::plainText(requestId, JsonBody::maxTokenLength);
    return e;
}
