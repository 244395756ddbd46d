// Fault injection settings: what can go wrong with a request (latency, throttling, 5xx, auth
// failure, clock skew, malformed or slow bodies, dropped connections), and the rules that
// apply a profile to a cloud / account / region / call. The last matching rule wins whole.
#pragma once

#include "cloud.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

// Which of the two calls a request is: the status listing or the richer details listing.
enum class ApiCall : quint8 { Any, Status, Details };

struct FaultProfile
{
    enum class Malformed : quint8 { Any, Html, Truncated, WrongTypes, MissingFields };
    enum class Drop : quint8 { Any, BeforeAnswer, MidBody };

    int latencyMs = 0; // before the answer starts, on every matching request
    int jitterMs = 0; // plus a uniform extra in [0, jitterMs]
    double throttleShare = 0; // share of requests refused with the cloud's throttling error
    double throttleAboveQps = 0; // also refuse beyond this many requests per second (0: off)
    int retryAfterSeconds = 0; // > 0: throttling answers carry Retry-After (no cloud sends one)
    double serverErrorShare = 0; // the cloud's internal-error / unavailable answer
    int serverErrorStatus = 0; // 500 or 503; 0: either, at random
    double authFailureShare = 0; // refused as a bad signature although it was right
    double forbiddenShare = 0; // refused as not permitted (RAM / CAM policy)
    qint64 clockSkewMs = 0; // the server's clock offset: Date header and signature window
    double malformedShare = 0; // a success answer that is not the documented envelope
    Malformed malformed = Malformed::Any;
    double slowBodyShare = 0; // the answer trickles out
    int slowBodyChunkBytes = 64;
    int slowBodyIntervalMs = 50;
    double dropShare = 0; // the connection closes without an answer, or mid-body
    Drop drop = Drop::Any;

    bool isNull() const;
    QJsonObject toJson() const;
    // Reads the fields present in `json` over the defaults; unknown fields are errors.
    static std::optional<FaultProfile> fromJson(const QJsonObject &json, QString *error);

    friend bool operator==(const FaultProfile &, const FaultProfile &) = default;
};

struct FaultRule
{
    std::optional<Cloud> cloud; // unset: every cloud
    QString accountId; // empty: every account
    QString region; // empty: every region
    ApiCall call = ApiCall::Any;
    FaultProfile profile;

    bool matches(Cloud requestCloud, const QString &requestAccount, const QString &requestRegion,
                 ApiCall requestCall) const;
    QJsonObject toJson() const;
    static std::optional<FaultRule> fromJson(const QJsonObject &json, QString *error);

    friend bool operator==(const FaultRule &, const FaultRule &) = default;
};
