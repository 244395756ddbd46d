// What a cloud's richer "describe instances" call adds to a row: name, zone, addresses and
// type. Fetched at a slower cadence than status; a row shows them once known.
#pragma once

#include "cloud.h"
#include "fetcherror.h"
#include "instancekey.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

struct InstanceDetails
{
    QString instanceId;
    QString name;
    QString region; // the instance's region; for Zenlayer derived from its zone
    QString zone;
    QStringList privateIps;
    QStringList publicIps;
    QString instanceType;

    friend bool operator==(const InstanceDetails &, const InstanceDetails &) = default;
};

// The result of one complete details listing of a scope, or the error that stopped it.
struct DetailsSnapshot
{
    Cloud cloud = Cloud::JdCloud;
    ScopeKey scope;
    QDateTime finishedAt;
    QList<InstanceDetails> instances;
    std::optional<FetchError> error;
    int requestCount = 0;

    bool isComplete() const { return !error.has_value(); }
};

Q_DECLARE_METATYPE(DetailsSnapshot)
