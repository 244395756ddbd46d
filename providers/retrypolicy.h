// When to try a scope again after a listing: on the interval after success, and with
// exponential backoff plus jitter after a transient failure. A pure function of its inputs
// (the random draw is an argument), so the schedule is testable value by value.
//
// Throttling must lead to fewer requests, never more: the first retry after a throttle waits
// twice the poll interval and each further throttle doubles that. Other transient failures
// (server errors, timeouts, network, malformed answers) retry sooner than the interval at
// first — a single glitch should not leave rows stale for a whole interval — and then back
// off past it. A server's retry hint is always honoured as a minimum.
#pragma once

#include "fetcherror.h"

#include <QtGlobal>

#include <optional>

class RetryPolicy
{
public:
    static constexpr qint64 firstRetryMs = 5'000;
    static constexpr qint64 maximumDelayMs = 15 * 60'000;
    static constexpr double jitter = 0.2; // ± 20 %

    // `failures`: consecutive failed listings including this one (>= 1).
    // `random01`: a uniform draw in [0, 1) (QRandomGenerator in production).
    static qint64 delayAfterFailure(FetchError::Kind kind, int failures,
                                    std::optional<qint64> retryHintMs, qint64 intervalMs,
                                    double random01);
    // Whether the poller should retry this kind on its own at all (Auth waits for new
    // credentials; InvalidRequest and ClockSkew wait for the next interval).
    static bool backsOff(FetchError::Kind kind);
};
