// What applying one snapshot changed, as values the notifier can group: state transitions
// (old -> new), instances that appeared or disappeared, and the scope turning stale or
// recovering.
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

struct InstanceTransition
{
    InstanceKey key;
    InstanceState from = InstanceState::Unknown;
    InstanceState to = InstanceState::Unknown;
    QString rawFrom;
    QString rawTo;
    QDateTime at; // the snapshot's finishedAt

    friend bool operator==(const InstanceTransition &, const InstanceTransition &) = default;
};

struct SnapshotChanges
{
    Cloud cloud = Cloud::JdCloud;
    ScopeKey scope;
    QDateTime at; // the snapshot's finishedAt
    std::optional<FetchError> error; // set when the snapshot failed
    QList<InstanceKey> appeared;
    QList<InstanceKey> disappeared;
    QList<InstanceTransition> transitions;
    bool becameStale = false; // complete (or never listed) before, failed now
    bool recovered = false; // stale before, complete now

    bool isComplete() const { return !error.has_value(); }
    bool isEmpty() const
    {
        return appeared.isEmpty() && disappeared.isEmpty() && transitions.isEmpty() && !becameStale
            && !recovered;
    }
};

Q_DECLARE_METATYPE(InstanceTransition)
Q_DECLARE_METATYPE(SnapshotChanges)
