// A realistic fleet for the widget tests and the screenshot tool: four accounts on the four
// clouds, a few hundred instances with names, zones, addresses and types, a handful stopped or
// in error, and the scope health a poller would report for them. Deterministic (seeded).
#pragma once

#include "instancedetails.h"
#include "regioncatalog.h"
#include "scopehealth.h"
#include "snapshot.h"

#include <QHash>
#include <QList>
#include <QRandomGenerator>

namespace samplefleet {

struct Scope
{
    Cloud cloud;
    QString account;
    QString region; // empty for Zenlayer
    QStringList zones;
    int size;
};

inline const QList<Scope> &scopes()
{
    static const QList<Scope> all {
        { Cloud::Aliyun,
          QStringLiteral("ali-prod"),
          QStringLiteral("cn-hangzhou"),
          { QStringLiteral("cn-hangzhou-h"), QStringLiteral("cn-hangzhou-i"),
            QStringLiteral("cn-hangzhou-j") },
          64 },
        { Cloud::Aliyun,
          QStringLiteral("ali-prod"),
          QStringLiteral("cn-shanghai"),
          { QStringLiteral("cn-shanghai-l"), QStringLiteral("cn-shanghai-m") },
          38 },
        { Cloud::Aliyun,
          QStringLiteral("ali-prod"),
          QStringLiteral("ap-southeast-1"),
          { QStringLiteral("ap-southeast-1a"), QStringLiteral("ap-southeast-1b") },
          17 },
        { Cloud::Tencent,
          QStringLiteral("tc-games"),
          QStringLiteral("ap-guangzhou"),
          { QStringLiteral("ap-guangzhou-3"), QStringLiteral("ap-guangzhou-6") },
          46 },
        { Cloud::Tencent,
          QStringLiteral("tc-games"),
          QStringLiteral("ap-shanghai"),
          { QStringLiteral("ap-shanghai-2"), QStringLiteral("ap-shanghai-5") },
          21 },
        { Cloud::JdCloud,
          QStringLiteral("jd-retail"),
          QStringLiteral("cn-north-1"),
          { QStringLiteral("cn-north-1a"), QStringLiteral("cn-north-1b") },
          24 },
        { Cloud::JdCloud,
          QStringLiteral("jd-retail"),
          QStringLiteral("cn-east-2"),
          { QStringLiteral("cn-east-2a") },
          12 },
        { Cloud::Zenlayer,
          QStringLiteral("zen-edge"),
          QString(),
          { QStringLiteral("HKG-A"), QStringLiteral("SIN-A"), QStringLiteral("FRA-A") },
          18 },
    };
    return all;
}

inline QHash<QString, QString> accountNames()
{
    return { { QStringLiteral("ali-prod"), QStringLiteral("Alibaba production") },
             { QStringLiteral("tc-games"), QStringLiteral("Tencent games") },
             { QStringLiteral("jd-retail"), QStringLiteral("JD retail") },
             { QStringLiteral("zen-edge"), QStringLiteral("Zenlayer edge") } };
}

inline QString rawState(Cloud cloud, InstanceState state)
{
    for (const RawStateMapping &m : documentedRawStates(cloud)) {
        if (m.state == state)
            return QString::fromLatin1(m.raw);
    }
    return QStringLiteral("Running");
}

inline QString instanceId(Cloud cloud, QRandomGenerator &rng)
{
    static const char alphabet[] = "abcdefghijklmnopqrstuvwxyz0123456789";
    auto chars = [&](int n) {
        QString s;
        for (int i = 0; i < n; ++i)
            s.append(QLatin1Char(alphabet[rng.bounded(36)]));
        return s;
    };
    switch (cloud) {
    case Cloud::Aliyun:
        return QStringLiteral("i-bp") + chars(16);
    case Cloud::Tencent:
        return QStringLiteral("ins-") + chars(8);
    case Cloud::JdCloud:
        return QStringLiteral("i-") + chars(10);
    case Cloud::Zenlayer:
        return QString::number(1184372948000000LL + rng.bounded(999999));
    }
    return {};
}

struct Fleet
{
    QList<Snapshot> snapshots;
    QList<DetailsSnapshot> details;
    QList<ScopeHealth> health;
};

// `at` is when the listings finished; states: mostly running, some stopped, a few in error,
// starting or rebooting.
inline Fleet make(const QDateTime &at, quint32 seed = 7)
{
    QRandomGenerator rng(seed);
    static const char *roles[] = { "web-prod",    "api-gw",    "db-replica", "batch-worker",
                                   "cache-redis", "search-es", "mq-kafka",   "build-runner" };
    static const char *types[][3] = {
        { "ecs.g7.large", "ecs.c7.xlarge", "ecs.r7.2xlarge" }, // Aliyun
        { "S5.MEDIUM4", "SA3.LARGE8", "C6.2XLARGE16" }, // Tencent
        { "g.n2.large", "c.n2.xlarge", "m.n2.2xlarge" }, // JD
        { "z2a.cpu.4", "z2a.cpu.8", "z2a.mem.16" }, // Zenlayer
    };
    Fleet fleet;
    int serial = 1;
    for (const Scope &scope : scopes()) {
        Snapshot s;
        s.cloud = scope.cloud;
        s.scope = { scope.account, scope.region };
        s.finishedAt = at;
        DetailsSnapshot d;
        d.cloud = scope.cloud;
        d.scope = s.scope;
        d.finishedAt = at;
        for (int i = 0; i < scope.size; ++i) {
            const int dice = int(rng.bounded(100));
            InstanceState state = InstanceState::Running;
            if (dice < 9)
                state = InstanceState::Stopped;
            else if (dice < 11)
                state = InstanceState::Error;
            else if (dice < 12)
                state = InstanceState::Starting;
            else if (dice < 13 && scope.cloud != Cloud::Aliyun)
                state = InstanceState::Rebooting;
            if (scope.cloud == Cloud::Aliyun && state == InstanceState::Error)
                state = InstanceState::Stopped; // ECS documents no error state
            const QString id = instanceId(scope.cloud, rng);
            const QString raw = rawState(scope.cloud, state);
            s.instances.append({ id, raw, stateFromRaw(scope.cloud, raw) });
            InstanceDetails det;
            det.instanceId = id;
            det.name = QStringLiteral("%1-%2")
                           .arg(QLatin1StringView(roles[rng.bounded(8)]))
                           .arg(serial++, 2, 10, QLatin1Char('0'));
            det.zone = scope.zones.at(int(rng.bounded(qsizetype(scope.zones.size()))));
            det.region = scope.region.isEmpty()
                ? (det.zone.startsWith(u"HKG")       ? QStringLiteral("asia-east-1")
                       : det.zone.startsWith(u"SIN") ? QStringLiteral("asia-southeast-1")
                                                     : QStringLiteral("europe-central-1"))
                : scope.region;
            det.privateIps = { QStringLiteral("10.%1.%2.%3")
                                   .arg(int(scope.cloud) * 16 + int(rng.bounded(8)))
                                   .arg(rng.bounded(256))
                                   .arg(2 + rng.bounded(250)) };
            if (rng.bounded(3) == 0)
                det.publicIps = { QStringLiteral("47.%1.%2.%3")
                                      .arg(90 + rng.bounded(30))
                                      .arg(rng.bounded(256))
                                      .arg(2 + rng.bounded(250)) };
            det.instanceType =
                QString::fromLatin1(types[int(scope.cloud) == 0       ? 2
                                              : int(scope.cloud) == 1 ? 3
                                              : int(scope.cloud) == 2 ? 0
                                                                      : 1][rng.bounded(3)]);
            d.instances.append(det);
        }
        fleet.snapshots.append(s);
        fleet.details.append(d);

        ScopeHealth h;
        h.cloud = scope.cloud;
        h.scope = s.scope;
        h.status = ScopeHealth::Status::Ok;
        h.lastSuccess = at.addSecs(-int(rng.bounded(20)));
        h.lastAttempt = h.lastSuccess;
        h.nextAttempt = at.addSecs(30);
        fleet.health.append(h);
    }
    return fleet;
}

// The health a few scopes would show on a bad day: Tencent Shanghai throttled, JD Cloud's key
// refused in cn-east-2 (its rows stale), Zenlayer's details call not allowed. Returns the failed
// snapshots to apply after the fleet's complete ones, so that the failed scope's rows exist.
inline QList<Snapshot> addTrouble(Fleet &fleet, const QDateTime &at)
{
    QList<Snapshot> failed;
    for (ScopeHealth &h : fleet.health) {
        if (h.scope.region == u"ap-shanghai") {
            h.status = ScopeHealth::Status::Throttled;
            h.nextAttempt = at.addSecs(8);
            h.lastError = FetchError {
                FetchError::Kind::Throttled,
                QStringLiteral("RequestLimitExceeded"),
                QStringLiteral("Your current request times equals to `21` in a second, which "
                               "exceeds the frequency limit `20`."),
                QStringLiteral("6c3f2a1e-0b8d-4c55-9a57-1f5e2d0c8b11"),
                200,
                1000,
                {}
            };
        } else if (h.scope.region == u"cn-east-2") {
            h.status = ScopeHealth::Status::AuthFailed;
            h.stale = true;
            h.lastSuccess = at.addSecs(-27 * 60);
            h.nextAttempt = {};
            h.lastError =
                FetchError { FetchError::Kind::Auth,
                             QStringLiteral("UNAUTHENTICATED"),
                             QStringLiteral("Authentication failed: the access key is disabled"),
                             QStringLiteral("c2v8qwjd4fhm7u3k9cq1gkpn0r5s6t2a"),
                             401,
                             {},
                             {} };
            Snapshot s;
            s.cloud = h.cloud;
            s.scope = h.scope;
            s.finishedAt = at;
            s.error = h.lastError;
            failed.append(s);
        } else if (h.cloud == Cloud::Zenlayer) {
            h.detailsError = FetchError {
                FetchError::Kind::Auth,
                QStringLiteral("OPERATION_DENIED"),
                QStringLiteral("The access key is not allowed to call DescribeInstances."),
                QStringLiteral("9b1e77c2-5f0d-4a8e-8d33-0c2b6a1f4e90"),
                403,
                {},
                {}
            };
        }
    }
    return failed;
}

} // namespace samplefleet
