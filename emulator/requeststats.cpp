#include "requeststats.h"

#include <algorithm>

void RequestStats::begin(const ScopeKey &scope, ApiCall call)
{
    QMutexLocker lock(&m_mutex);
    ScopeStats &stats = m_scopes[scope];
    ++m_total;
    m_peakInFlight = std::max(m_peakInFlight, ++m_inFlight);
    ++stats.requests;
    stats.maxInFlight = std::max(stats.maxInFlight, ++stats.inFlight);
    if (call == ApiCall::Details) {
        ++stats.detailsRequests;
        stats.maxDetailsInFlight = std::max(stats.maxDetailsInFlight, ++stats.detailsInFlight);
    } else {
        ++stats.statusRequests;
        stats.maxStatusInFlight = std::max(stats.maxStatusInFlight, ++stats.statusInFlight);
    }
}

void RequestStats::end(const ScopeKey &scope, ApiCall call, Outcome outcome)
{
    QMutexLocker lock(&m_mutex);
    ScopeStats &stats = m_scopes[scope];
    --m_inFlight;
    --stats.inFlight;
    if (call == ApiCall::Details)
        --stats.detailsInFlight;
    else
        --stats.statusInFlight;
    if (outcome == Outcome::Error || outcome == Outcome::Throttled)
        ++stats.errors;
    if (outcome == Outcome::Throttled)
        ++stats.throttled;
    if (outcome == Outcome::Faulted)
        ++stats.faulted;
}

ScopeStats RequestStats::scope(const ScopeKey &scope) const
{
    QMutexLocker lock(&m_mutex);
    return m_scopes.value(scope);
}

QHash<ScopeKey, ScopeStats> RequestStats::all() const
{
    QMutexLocker lock(&m_mutex);
    return m_scopes;
}

qint64 RequestStats::totalRequests() const
{
    QMutexLocker lock(&m_mutex);
    return m_total;
}

int RequestStats::totalInFlight() const
{
    QMutexLocker lock(&m_mutex);
    return m_inFlight;
}

int RequestStats::peakTotalInFlight() const
{
    QMutexLocker lock(&m_mutex);
    return m_peakInFlight;
}

void RequestStats::reset()
{
    QMutexLocker lock(&m_mutex);
    m_total = 0;
    m_peakInFlight = m_inFlight;
    for (ScopeStats &stats : m_scopes) {
        ScopeStats fresh;
        fresh.inFlight = fresh.maxInFlight = stats.inFlight;
        fresh.statusInFlight = fresh.maxStatusInFlight = stats.statusInFlight;
        fresh.detailsInFlight = fresh.maxDetailsInFlight = stats.detailsInFlight;
        stats = fresh;
    }
}
