// The fault storm's weather: every window of simulated time, each scope gets one of the
// emulator's faults (or none), dealt from a shuffled deck so that an hour shows every fault
// several times, in a random order and on random scopes. Deterministic for a seed.
#pragma once

#include "cloud.h"
#include "faultprofile.h"
#include "instancekey.h"

#include <QHash>
#include <QList>
#include <QRandomGenerator>
#include <QString>

enum class StormMode : quint8 {
    Healthy,
    Latency, // slower than usual, within the client's timeout
    Timeout, // no answer within the client's timeout
    Throttled, // every request refused with the cloud's throttling error
    ThrottledWithHint, // the same, with Retry-After
    ThrottledAboveRate, // refused beyond one accepted request per second
    ServerError500,
    ServerError503,
    AuthFailure, // a good signature refused: the account stops
    Forbidden, // the key lacks the permission: the account stops
    ClockAhead, // the server's clock runs 30 min ahead
    ClockBehind, // 20 min behind
    Html, // a gateway's HTML page
    Truncated,
    WrongTypes,
    MissingFields,
    SlowBody, // trickles, but finishes in time
    SlowBodyTimeout, // trickles past the client's timeout
    DropBeforeAnswer,
    DropMidBody,
    Mixed, // a share of several faults at once
};

struct StormScope
{
    Cloud cloud = Cloud::JdCloud;
    ScopeKey key;
};

class FaultPlan
{
public:
    static constexpr qint64 aheadMs = 30 * 60'000;
    static constexpr qint64 behindMs = -20 * 60'000;
    static constexpr int modeCount = int(StormMode::Mixed) + 1;

    FaultPlan(quint32 seed, int requestTimeoutMs);

    // The next window: a mode per scope and the emulator rules that make it so.
    QList<FaultRule> deal(const QList<StormScope> &scopes);
    StormMode mode(const ScopeKey &scope) const { return m_modes.value(scope); }

    FaultProfile profile(StormMode mode) const;
    static QString name(StormMode mode);
    static bool stopsAccount(StormMode mode)
    {
        return mode == StormMode::AuthFailure || mode == StormMode::Forbidden;
    }
    static bool throttles(StormMode mode)
    {
        return mode == StormMode::Throttled || mode == StormMode::ThrottledWithHint;
    }
    // The server clock offsets the plan uses (0 included): a listing's Date minus one of
    // them is the emulator time it was answered at.
    static QList<qint64> clockOffsets() { return { 0, aheadMs, behindMs }; }

private:
    QRandomGenerator m_random;
    int m_timeoutMs;
    QList<StormMode> m_deck;
    QHash<ScopeKey, StormMode> m_modes;
};
