// The poller's bookkeeping for one account and for one of its scopes. Internal to Poller.
#pragma once

#include "account.h"
#include "credentials.h"
#include "fetcherror.h"
#include "scopehealth.h"

#include <QList>

#include <optional>

struct PollerAccount
{
    Account account;
    std::optional<Credentials> credentials; // cached after the first resolution
    bool resolving = false;
    // Set on an Auth error (or missing secret): no polling until the credentials change.
    std::optional<FetchError> stoppedBy;
    qint64 clockOffsetMs = 0; // learnt from the server's Date header after a ClockSkew
    quint64 generation = 0; // bumped whenever the account or its credentials change
};

struct PollerScope
{
    Cloud cloud = Cloud::JdCloud;
    ScopeKey key;
    qint64 dueMs = 0; // simulated monotonic time of the next refresh
    bool inFlight = false; // a listing is running: never start a second one
    quint64 fetchId = 0;
    qint64 startedMs = 0;
    int failures = 0; // consecutive failed listings
    bool skewRetry = false; // the running listing is the one retry after a ClockSkew
    bool again = false; // a manual refresh arrived while in flight: run once more
    bool doneThisRound = false; // one-round mode: this scope has its final result
    ScopeHealth health;

    // The health to show now: `health` with its status derived from the last result, the
    // account's state and the pause switch, and `nextAttempt` as given.
    ScopeHealth derivedHealth(const PollerAccount &account, bool paused,
                              const QDateTime &nextAttempt) const;
    // Equal for display purposes (next attempts within half a second count as equal).
    static bool sameHealth(const ScopeHealth &a, const ScopeHealth &b);
};
