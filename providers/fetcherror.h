// Why a listing failed, in one taxonomy for all four clouds. Carries the cloud's own code,
// message and request id unchanged from where the error happened to where it is shown.
#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>

#include <optional>

struct FetchError
{
    enum class Kind : quint8 {
        Auth, // bad key, bad signature, forbidden
        Throttled, // rate limited; retryAfterMs holds the server's hint when it gave one
        ClockSkew, // timestamp outside the cloud's window; serverTime holds the server's clock
        InvalidRequest, // bad parameter, unknown region or zone
        Server, // 5xx
        Network, // connection refused/reset, DNS, TLS
        Timeout, // no complete answer within the request timeout
        Malformed, // not the envelope the API documents
    };

    Kind kind = Kind::Network;
    QString code; // the cloud's error code ("InvalidAccessKeyId.NotFound"), or ours
    QString message; // the cloud's message, or a short plain explanation of ours
    QString requestId; // the cloud's request id, when the answer had one
    int httpStatus = 0;
    std::optional<qint64> retryAfterMs; // server's retry hint (Retry-After, documented backoff)
    QDateTime serverTime; // from the Date header, for clock-skew correction

    // The code of the Auth error the poller reports when an account has no secret to sign
    // with (not in the keychain, nor the environment variable it names): nothing was sent.
    static constexpr char noCredentialsCode[] = "NoCredentials";

    // Stable lower-case name for JSON output and settings ("auth", "clockSkew", ...).
    static QString kindName(Kind kind);
    QString kindName() const { return kindName(kind); }
    // Whether a later retry of the same request can succeed without the user doing anything.
    bool isTransient() const;
    // Text a server sent (code, message, request id) made safe to show on one line: control
    // characters become spaces, runs of space collapse, and it is cut at `max` characters.
    // Still plain text: show it with Qt::PlainText.
    static QString serverText(const QString &text, qsizetype max = 300);
};

Q_DECLARE_METATYPE(FetchError)
