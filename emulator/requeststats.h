// Per-scope request counters for tests and benchmarks: how many requests each (account,
// region) received, of which call, how many failed or were throttled, and how many were in
// flight at once — the evidence for "never two refreshes of the same scope at once".
// Thread-safe. Requests refused before their account was known count under the empty scope.
#pragma once

#include "faultprofile.h"
#include "instancekey.h"

#include <QHash>
#include <QMutex>

struct ScopeStats
{
    qint64 requests = 0;
    qint64 statusRequests = 0;
    qint64 detailsRequests = 0;
    qint64 errors = 0; // answered with the cloud's error envelope (incl. throttling)
    qint64 throttled = 0;
    qint64 faulted = 0; // a malformed, dropped or injected-error answer
    int inFlight = 0; // received and not yet completely answered
    int maxInFlight = 0;
    int statusInFlight = 0;
    int maxStatusInFlight = 0;
    int detailsInFlight = 0;
    int maxDetailsInFlight = 0;
};

class RequestStats
{
public:
    enum class Outcome : quint8 { Success, Error, Throttled, Faulted };

    void begin(const ScopeKey &scope, ApiCall call);
    void end(const ScopeKey &scope, ApiCall call, Outcome outcome);

    ScopeStats scope(const ScopeKey &scope) const;
    QHash<ScopeKey, ScopeStats> all() const;
    qint64 totalRequests() const;
    int totalInFlight() const;
    // The most requests answered at once, over every scope, since the last reset().
    int peakTotalInFlight() const;
    void reset(); // counters to zero; requests in flight stay counted

private:
    mutable QMutex m_mutex;
    QHash<ScopeKey, ScopeStats> m_scopes;
    qint64 m_total = 0;
    int m_inFlight = 0;
    int m_peakInFlight = 0;
};
