#include "pollerscope.h"

#include <cmath>
#include <tuple>

namespace {

auto errorKey(const std::optional<FetchError> &e)
{
    return e ? std::make_tuple(int(e->kind), e->code, e->message, e->requestId)
             : std::make_tuple(-1, QString(), QString(), QString());
}

} // namespace

ScopeHealth PollerScope::derivedHealth(const PollerAccount &account, bool paused,
                                       const QDateTime &nextAttempt) const
{
    ScopeHealth result = health;
    result.refreshing = inFlight;
    if (account.stoppedBy) {
        result.status = ScopeHealth::Status::AuthFailed;
        if (!result.lastError)
            result.lastError = account.stoppedBy;
    } else if (paused) {
        result.status = ScopeHealth::Status::Paused;
    } else if (result.lastError) {
        result.status = ScopeHealth::statusFor(*result.lastError);
    } else {
        result.status =
            result.lastSuccess.isValid() ? ScopeHealth::Status::Ok : ScopeHealth::Status::Waiting;
    }
    result.nextAttempt = nextAttempt;
    return result;
}

bool PollerScope::sameHealth(const ScopeHealth &a, const ScopeHealth &b)
{
    const bool nextClose = a.nextAttempt.isValid() == b.nextAttempt.isValid()
        && (!a.nextAttempt.isValid() || std::abs(a.nextAttempt.msecsTo(b.nextAttempt)) < 500);
    return a.status == b.status && a.refreshing == b.refreshing && a.stale == b.stale
        && a.lastSuccess == b.lastSuccess && a.lastAttempt == b.lastAttempt && nextClose
        && errorKey(a.lastError) == errorKey(b.lastError)
        && errorKey(a.detailsError) == errorKey(b.detailsError);
}
