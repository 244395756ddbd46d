// Everything an Emulator is started with: the accounts it serves (cloud, key pair, regions,
// instance counts), how fast their fleets change, the clock, the fault rules, and the server
// limits; its JSON form (the executable's --config); and the demo preset the app's --demo
// mode and the executable's default use.
#pragma once

#include "account.h"
#include "cloud.h"
#include "faultprofile.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

struct EmulatorAccount
{
    QString id;
    QString name;
    Cloud cloud = Cloud::Aliyun;
    QString accessKeyId;
    QByteArray secret; // throw-away key: lives in memory, or comes from secretEnv
    QString secretEnv; // the environment variable the written accounts file names
    QStringList regions; // Zenlayer: zone ids (HKG-A), since its API has no regions
    int instancesPerRegion = 100;
    QHash<QString, int> instancesByRegion; // per-region override of instancesPerRegion
    Account::ApiStyle apiStyle = Account::ApiStyle::V3; // Tencent: what the accounts file selects

    int instanceCount(const QString &region) const
    {
        return instancesByRegion.value(region, instancesPerRegion);
    }

    friend bool operator==(const EmulatorAccount &, const EmulatorAccount &) = default;
};

// How the simulated fleets change over fleet time.
struct FleetDynamics
{
    qint64 meanDwellMs = 15 * 60 * 1000; // mean time in a stable state; <= 0 freezes the fleet
    qint64 transitionMinMs = 5000; // how long Starting, Stopping, reboot... last
    qint64 transitionMaxMs = 30000;
    qint64 respawnMinMs = 30 * 1000; // a deleted instance is replaced by a new one after this
    qint64 respawnMaxMs = 5 * 60 * 1000;
    qint64 historyMs = 60 * 60 * 1000; // how far back fleetAt() can look

    bool isFrozen() const { return meanDwellMs <= 0; }

    friend bool operator==(const FleetDynamics &, const FleetDynamics &) = default;
};

struct EmulatorConfig
{
    quint64 seed = 1;
    // 0: every cloud gets a free port; otherwise JD Cloud, Zenlayer, Alibaba Cloud and Tencent
    // Cloud listen on port, port + 1, port + 2 and port + 3.
    quint16 port = 0;
    QList<EmulatorAccount> accounts;
    FleetDynamics dynamics;
    QList<FaultRule> faults;
    QDateTime startTime; // the clock's start and the fleet's epoch; invalid: now
    double timeScale = 1.0; // fleet seconds per real second
    bool manualClock = false; // the clock moves only when told to (tests)
    qsizetype maxRequestBytes = 1024 * 1024; // a larger request is refused with 413
    int maxConnections = 1024;
    bool logRequests = true; // one line per request on the fleetwatch.emulator.requests category

    const EmulatorAccount *account(const QString &id) const;
    int totalInstances() const;
    // First problem found (duplicate account ids or key ids, no regions, an unknown Zenlayer
    // zone...), or an empty string.
    QString validate() const;

    // Hundreds of instances over the four clouds, several regions each, states changing every
    // few seconds; secrets generated at random, in memory only.
    static EmulatorConfig demo();
    // A key pair in the style of `cloud`'s real ones (LTAI..., AKID..., JDC_...).
    static QString generateKeyId(Cloud cloud);
    static QByteArray generateSecret(Cloud cloud);

    QJsonObject toJson() const; // secrets are written only as secretEnv names, never values
    static std::optional<EmulatorConfig> fromJson(const QJsonObject &json, QString *error);
};
