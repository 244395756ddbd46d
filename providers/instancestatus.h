// What Fleetwatch knows about one instance: its identity, its normalized and raw state, and
// when that was first seen, last changed, and last confirmed by a complete listing.
#pragma once

#include "instancekey.h"
#include "instancestate.h"

#include <QDateTime>
#include <QString>

struct InstanceStatus
{
    InstanceKey key;
    InstanceState state = InstanceState::Unknown;
    QString rawState;
    QDateTime firstSeen;
    QDateTime lastChange;
    QDateTime lastConfirmed;

    friend bool operator==(const InstanceStatus &, const InstanceStatus &) = default;
};
