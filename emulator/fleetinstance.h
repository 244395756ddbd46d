// One simulated instance as the emulator's fleet holds it at a moment: what the status calls
// list (id, raw state) and what the details calls add (name, zone, addresses, type). Tests
// compare what a client listed against these.
#pragma once

#include "cloud.h"
#include "instancekey.h"
#include "instancestate.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

struct FleetInstance
{
    Cloud cloud = Cloud::JdCloud;
    QString accountId;
    QString region; // the scope's region as Fleetwatch polls it; empty for Zenlayer
    QString instanceId;
    QString rawState;
    QString name;
    QString zone; // Zenlayer: the zone id (HKG-A), which is also where its "region" comes from
    QStringList privateIps;
    QStringList publicIps;
    QString instanceType;
    QDateTime createdAt;
    QDateTime stateSince;

    InstanceState state() const { return stateFromRaw(cloud, rawState); }
    InstanceKey key() const { return { cloud, accountId, region, instanceId }; }

    friend bool operator==(const FleetInstance &, const FleetInstance &) = default;
};
