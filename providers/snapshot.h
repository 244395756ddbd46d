// The result of listing one scope (account + region): either the complete set of instances
// and their states, or the error that stopped the listing. Only a complete snapshot may remove
// rows; a failed one marks the scope's rows stale and keeps them.
#pragma once

#include "cloud.h"
#include "fetcherror.h"
#include "instancekey.h"
#include "instancestate.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

struct ObservedInstance
{
    QString instanceId;
    QString rawState;
    InstanceState state = InstanceState::Unknown;

    friend bool operator==(const ObservedInstance &, const ObservedInstance &) = default;
};

struct Snapshot
{
    Cloud cloud = Cloud::JdCloud;
    ScopeKey scope;
    QDateTime finishedAt; // when the listing ended (local clock, UTC)
    // The cloud's clock (its Date header) when it answered the listing's first page: the
    // moment the states are from, as the cloud tells it. Null when no answer carried a Date.
    QDateTime serverTime;
    QList<ObservedInstance> instances; // the whole scope; meaningful only when complete
    std::optional<FetchError> error; // set when the listing failed
    int requestCount = 0; // HTTP requests the listing took

    bool isComplete() const { return !error.has_value(); }
};

Q_DECLARE_METATYPE(Snapshot)
