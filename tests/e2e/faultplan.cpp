#include "faultplan.h"

using namespace Qt::StringLiterals;

FaultPlan::FaultPlan(quint32 seed, int requestTimeoutMs)
    : m_random(seed)
    , m_timeoutMs(requestTimeoutMs)
{ }

QList<FaultRule> FaultPlan::deal(const QList<StormScope> &scopes)
{
    QList<FaultRule> rules;
    for (const StormScope &scope : scopes) {
        if (m_deck.isEmpty()) {
            // Every fault once, and healthy windows for a third of the deck.
            for (int m = 1; m < modeCount; ++m)
                m_deck.append(StormMode(m));
            for (int i = 0; i < modeCount / 2; ++i)
                m_deck.append(StormMode::Healthy);
            std::shuffle(m_deck.begin(), m_deck.end(), m_random);
        }
        const StormMode mode = m_deck.takeLast();
        m_modes.insert(scope.key, mode);
        if (mode == StormMode::Healthy)
            continue;
        FaultRule rule;
        rule.cloud = scope.cloud;
        rule.accountId = scope.key.accountId;
        rule.region = scope.key.region; // empty for Zenlayer: the whole account
        rule.profile = profile(mode);
        rules.append(rule);
    }
    return rules;
}

FaultProfile FaultPlan::profile(StormMode mode) const
{
    using M = StormMode;
    FaultProfile p;
    switch (mode) {
    case M::Healthy:
        break;
    case M::Latency:
        p.latencyMs = m_timeoutMs / 8;
        p.jitterMs = m_timeoutMs / 8;
        break;
    case M::Timeout:
        p.latencyMs = m_timeoutMs * 2;
        break;
    case M::Throttled:
        p.throttleShare = 1;
        break;
    case M::ThrottledWithHint:
        p.throttleShare = 1;
        p.retryAfterSeconds = 90;
        break;
    case M::ThrottledAboveRate:
        p.throttleAboveQps = 1;
        break;
    case M::ServerError500:
        p.serverErrorShare = 1;
        p.serverErrorStatus = 500;
        break;
    case M::ServerError503:
        p.serverErrorShare = 1;
        p.serverErrorStatus = 503;
        break;
    case M::AuthFailure:
        p.authFailureShare = 1;
        break;
    case M::Forbidden:
        p.forbiddenShare = 1;
        break;
    case M::ClockAhead:
        p.clockSkewMs = aheadMs;
        break;
    case M::ClockBehind:
        p.clockSkewMs = behindMs;
        break;
    case M::Html:
    case M::Truncated:
    case M::WrongTypes:
    case M::MissingFields:
        p.malformedShare = 1;
        p.malformed = mode == M::Html ? FaultProfile::Malformed::Html
            : mode == M::Truncated    ? FaultProfile::Malformed::Truncated
            : mode == M::WrongTypes   ? FaultProfile::Malformed::WrongTypes
                                      : FaultProfile::Malformed::MissingFields;
        break;
    case M::SlowBody:
        p.slowBodyShare = 1;
        p.slowBodyChunkBytes = 512;
        p.slowBodyIntervalMs = 5;
        break;
    case M::SlowBodyTimeout:
        p.slowBodyShare = 1;
        p.slowBodyChunkBytes = 16;
        p.slowBodyIntervalMs = m_timeoutMs / 4;
        break;
    case M::DropBeforeAnswer:
    case M::DropMidBody:
        p.dropShare = 1;
        p.drop = mode == M::DropBeforeAnswer ? FaultProfile::Drop::BeforeAnswer
                                             : FaultProfile::Drop::MidBody;
        break;
    case M::Mixed:
        p.latencyMs = 5;
        p.jitterMs = m_timeoutMs / 10;
        p.throttleShare = 0.15;
        p.serverErrorShare = 0.15;
        p.malformedShare = 0.15;
        p.dropShare = 0.1;
        break;
    }
    return p;
}

QString FaultPlan::name(StormMode mode)
{
    static const char *const names[] = {
        "healthy",
        "latency",
        "timeout",
        "throttled",
        "throttled+hint",
        "throttled>1/s",
        "500",
        "503",
        "auth failure",
        "forbidden",
        "clock ahead",
        "clock behind",
        "html",
        "truncated",
        "wrong types",
        "missing fields",
        "slow body",
        "slow body>timeout",
        "drop before answer",
        "drop mid-body",
        "mixed",
    };
    static_assert(std::size(names) == modeCount);
    return QString::fromLatin1(names[int(mode)]);
}
