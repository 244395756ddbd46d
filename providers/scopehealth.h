// How one polled scope (account + region) is doing, as the poller sees it: the account-health
// strip, the summary line and the headless error list are all drawn from this.
#pragma once

#include "cloud.h"
#include "fetcherror.h"
#include "instancekey.h"

#include <QDateTime>
#include <QMetaType>

#include <optional>

struct ScopeHealth
{
    enum class Status : quint8 {
        Waiting, // never listed yet
        Ok, // the last listing was complete
        Throttled, // the cloud asked us to slow down; retrying at nextAttempt
        AuthFailed, // key refused; polling stopped until the credentials change
        ClockSkew, // timestamp refused even after correcting the clock
        Unreachable, // network error or timeout; retrying with backoff
        Failing, // any other error (server error, malformed answer, bad request)
        Paused, // the user paused polling
    };

    Cloud cloud = Cloud::JdCloud;
    ScopeKey scope;
    Status status = Status::Waiting;
    bool refreshing = false; // a listing is in flight right now
    bool stale = false; // the rows shown are not confirmed by the latest attempt
    QDateTime lastSuccess; // end of the last complete listing
    QDateTime lastAttempt; // end of the last listing, complete or not
    QDateTime nextAttempt; // when the poller will try again (invalid when stopped)
    std::optional<FetchError> lastError; // the error of the last failed listing
    std::optional<FetchError> detailsError; // the details call's last error, if it fails

    static QString statusName(Status status);
    // What a failed listing with `error` makes of its scope.
    static Status statusFor(const FetchError &error);
};

Q_DECLARE_METATYPE(ScopeHealth)
