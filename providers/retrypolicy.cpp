#include "retrypolicy.h"

#include <algorithm>
#include <cmath>

bool RetryPolicy::backsOff(FetchError::Kind kind)
{
    switch (kind) {
    case FetchError::Kind::Throttled:
    case FetchError::Kind::Server:
    case FetchError::Kind::Network:
    case FetchError::Kind::Timeout:
    case FetchError::Kind::Malformed:
        return true;
    case FetchError::Kind::Auth:
    case FetchError::Kind::ClockSkew:
    case FetchError::Kind::InvalidRequest:
        return false;
    }
    return false;
}

qint64 RetryPolicy::delayAfterFailure(FetchError::Kind kind, int failures,
                                      std::optional<qint64> retryHintMs, qint64 intervalMs,
                                      double random01)
{
    failures = std::clamp(failures, 1, 30);
    double delay = 0;
    if (!backsOff(kind)) {
        delay = double(intervalMs);
    } else if (kind == FetchError::Kind::Throttled) {
        delay = double(intervalMs) * std::pow(2.0, failures);
    } else {
        delay = double(firstRetryMs) * std::pow(2.0, failures - 1);
    }
    delay = std::min(delay, double(maximumDelayMs));
    // Jitter spreads retries of many scopes that failed together (a regional outage).
    delay *= 1.0 + jitter * (2.0 * std::clamp(random01, 0.0, 1.0) - 1.0);
    const qint64 result = qint64(delay);
    // The server's hint is a floor; the backoff never waits less than the cloud asked.
    return retryHintMs ? std::max(result, *retryHintMs) : result;
}
