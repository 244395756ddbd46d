// The identity of one row: cloud + account + region + instance id. Also the identity of one
// polled scope (account + region), which is what a Snapshot covers.
#pragma once

#include "cloud.h"

#include <QHashFunctions>
#include <QString>

#include <tuple>

struct ScopeKey
{
    QString accountId;
    // The region polled; empty for Zenlayer, whose status API lists the whole account.
    QString region;

    friend bool operator==(const ScopeKey &, const ScopeKey &) = default;
    friend bool operator<(const ScopeKey &a, const ScopeKey &b)
    {
        return std::tie(a.accountId, a.region) < std::tie(b.accountId, b.region);
    }
};

inline size_t qHash(const ScopeKey &key, size_t seed = 0) noexcept
{
    return qHashMulti(seed, key.accountId, key.region);
}

struct InstanceKey
{
    Cloud cloud = Cloud::JdCloud;
    QString accountId;
    QString region; // the scope's region (see ScopeKey), not a region learnt from details
    QString instanceId;

    ScopeKey scope() const { return { accountId, region }; }

    friend bool operator==(const InstanceKey &, const InstanceKey &) = default;
    friend bool operator<(const InstanceKey &a, const InstanceKey &b)
    {
        return std::tie(a.cloud, a.accountId, a.region, a.instanceId)
            < std::tie(b.cloud, b.accountId, b.region, b.instanceId);
    }
};

inline size_t qHash(const InstanceKey &key, size_t seed = 0) noexcept
{
    return qHashMulti(seed, int(key.cloud), key.accountId, key.region, key.instanceId);
}
