// The parts of error mapping every cloud shares: what an HTTP status means when the body is
// not the cloud's error envelope, the server's retry hint (Retry-After) and clock (Date), and
// the rule that turns an authentication failure into ClockSkew when the clocks disagree.
#pragma once

#include "fetcherror.h"
#include "rawreply.h"

#include <QDateTime>
#include <QString>

#include <optional>

class ErrorMapping
{
public:
    // The kind an HTTP status implies on its own: 401/403 Auth, 408 Timeout, 429 Throttled,
    // 451 and 3xx Network (blocked / redirected), other 4xx InvalidRequest, 5xx Server.
    static FetchError::Kind kindForHttpStatus(int status);

    // An error answer whose body is not the cloud's documented error envelope (an HTML error
    // page from a proxy, say): classified by status, explained plainly.
    static FetchError fromHttpStatus(const RawReply &reply, const QString &why);

    // Copies what the reply's headers say onto `error`: HTTP status, server time (Date) and,
    // for Throttled and Server errors, the Retry-After hint. `now` resolves a date-form hint.
    static void annotate(FetchError &error, const RawReply &reply, const QDateTime &now);

    // Retry-After as delta-seconds or HTTP-date (RFC 9110), in milliseconds from `now`.
    static std::optional<qint64> retryAfterMs(const RawReply &reply, const QDateTime &now);
    // The reply's Date header (IMF-fixdate and the obsolete forms Qt parses), or null.
    static QDateTime serverDate(const RawReply &reply);
    static QDateTime parseHttpDate(QByteArrayView value);

    // An authentication failure from a server whose clock is further from the signing time
    // than the cloud's window is, in all likelihood, a clock problem: ClockSkew (code and
    // message kept). Used by the engine, which knows the signing time.
    static void reclassifySkew(FetchError &error, const QDateTime &signedAt, qint64 windowSeconds);

    // A FetchError with every field given; message made plain text.
    static FetchError make(FetchError::Kind kind, const QString &code, const QString &message,
                           const QString &requestId = {});
};
