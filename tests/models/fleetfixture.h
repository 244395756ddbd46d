// Test fixture shared by the models tests: a random but reproducible fleet that evolves
// (instances appear, disappear, change state; listings fail; details arrive), and a
// brute-force reference that rebuilds what the table must show from the same inputs.
#pragma once

#include "instancedetails.h"
#include "instancestate.h"
#include "snapshot.h"

#include <QHash>
#include <QMap>
#include <QRandomGenerator>
#include <QStringList>

#include <optional>

namespace fixture {

struct RefRow
{
    InstanceState state = InstanceState::Unknown;
    QString raw;
    qint64 firstSeen = 0;
    qint64 since = 0;
    std::optional<InstanceDetails> details;
};

struct RefScope
{
    Cloud cloud = Cloud::JdCloud;
    qint64 lastConfirmed = std::numeric_limits<qint64>::min();
    bool stale = false;
    QMap<QString, RefRow> rows;
    QHash<QString, InstanceDetails> pending;
};

struct RefTransition
{
    InstanceKey key;
    InstanceState from;
    InstanceState to;
};

// What the model must hold, rebuilt naively from every input.
class Reference
{
public:
    QMap<ScopeKey, RefScope> scopes;
    QList<RefTransition> lastTransitions;

    void apply(const Snapshot &s)
    {
        lastTransitions.clear();
        RefScope &scope = scopes[s.scope];
        scope.cloud = s.cloud;
        const qint64 at = s.finishedAt.toMSecsSinceEpoch();
        if (s.error) {
            scope.stale = true;
            return;
        }
        scope.stale = false;
        scope.lastConfirmed = at;
        QMap<QString, RefRow> rows;
        for (const ObservedInstance &o : s.instances) {
            if (o.instanceId.isEmpty() || rows.contains(o.instanceId))
                continue;
            RefRow row;
            if (scope.rows.contains(o.instanceId)) {
                row = scope.rows.value(o.instanceId);
                if (row.state != o.state) {
                    lastTransitions.append(
                        { { s.cloud, s.scope.accountId, s.scope.region, o.instanceId },
                          row.state,
                          o.state });
                    row.since = at;
                }
            } else {
                row.firstSeen = row.since = at;
                if (scope.pending.contains(o.instanceId))
                    row.details = scope.pending.take(o.instanceId);
            }
            row.state = o.state;
            row.raw = o.rawState;
            rows.insert(o.instanceId, row);
        }
        scope.rows = rows;
    }

    void apply(const DetailsSnapshot &d)
    {
        if (d.error)
            return;
        RefScope &scope = scopes[d.scope];
        scope.cloud = d.cloud;
        scope.pending.clear();
        for (const InstanceDetails &item : d.instances) {
            if (scope.rows.contains(item.instanceId))
                scope.rows[item.instanceId].details = item;
            else
                scope.pending.insert(item.instanceId, item);
        }
    }

    void removeAccount(const QString &id)
    {
        for (auto it = scopes.begin(); it != scopes.end();)
            it = it.key().accountId == id ? scopes.erase(it) : std::next(it);
    }

    int rowCount() const
    {
        int n = 0;
        for (const RefScope &s : scopes)
            n += int(s.rows.size());
        return n;
    }

    QString regionOf(const ScopeKey &key, const RefRow &row) const
    {
        if (!key.region.isEmpty())
            return key.region;
        return row.details ? row.details->region : QString();
    }
};

struct FleetAccount
{
    QString id;
    Cloud cloud;
    QStringList regions; // empty: one region-less scope (Zenlayer)
};

// A fleet that evolves between listings, and the snapshots a poller would emit.
class Fleet
{
public:
    explicit Fleet(quint32 seed, int idsPerScope = 24)
        : rng(seed)
        , m_idsPerScope(idsPerScope)
    {
        accounts = {
            { QStringLiteral("acct-ali"),
              Cloud::Aliyun,
              { QStringLiteral("cn-hangzhou"), QStringLiteral("cn-beijing") } },
            { QStringLiteral("acct-tc"),
              Cloud::Tencent,
              { QStringLiteral("ap-guangzhou"), QStringLiteral("cn-hangzhou") } },
            { QStringLiteral("acct-zen"), Cloud::Zenlayer, {} },
            { QStringLiteral("acct-jd"), Cloud::JdCloud, { QStringLiteral("cn-north-1") } }
        };
    }

    QRandomGenerator rng;
    QList<FleetAccount> accounts;
    qint64 clock = 1'700'000'000'000;

    QList<std::pair<ScopeKey, Cloud>> allScopes() const
    {
        QList<std::pair<ScopeKey, Cloud>> result;
        for (const FleetAccount &a : accounts) {
            if (a.regions.isEmpty())
                result.append({ { a.id, QString() }, a.cloud });
            for (const QString &r : a.regions)
                result.append({ { a.id, r }, a.cloud });
        }
        return result;
    }

    std::pair<ScopeKey, Cloud> randomScope()
    {
        const auto all = allScopes();
        return all.at(rng.bounded(int(all.size())));
    }

    QString idFor(const ScopeKey &scope, int n) const
    {
        return QStringLiteral("i-%1-%2-%3")
            .arg(scope.accountId.mid(5),
                 scope.region.isEmpty() ? QStringLiteral("z") : scope.region)
            .arg(n, 3, 10, QLatin1Char('0'));
    }

    ObservedInstance randomObserved(Cloud cloud, const QString &id)
    {
        const QList<RawStateMapping> states = documentedRawStates(cloud);
        ObservedInstance o;
        o.instanceId = id;
        if (rng.bounded(40) == 0) {
            o.rawState = QStringLiteral("SOMETHING_NEW");
            o.state = InstanceState::Unknown;
        } else {
            const RawStateMapping &m = states.at(rng.bounded(int(states.size())));
            o.rawState = QString::fromLatin1(m.raw);
            o.state = m.state;
        }
        return o;
    }

    // The truth evolves: most instances stay as they are, some change, some come and go.
    Snapshot nextSnapshot(int failPercent = 15, int changePercent = 10)
    {
        const auto [scope, cloud] = randomScope();
        clock += 1000 + rng.bounded(5000);
        Snapshot s;
        s.cloud = cloud;
        s.scope = scope;
        s.finishedAt = QDateTime::fromMSecsSinceEpoch(clock, Qt::UTC);
        if (int(rng.bounded(100)) < failPercent) {
            FetchError e;
            e.kind = rng.bounded(2) ? FetchError::Kind::Throttled : FetchError::Kind::Server;
            e.code = QStringLiteral("Code%1").arg(rng.bounded(3));
            e.message = QStringLiteral("listing failed");
            s.error = e;
            return s;
        }
        QMap<QString, ObservedInstance> &truth = m_truth[scope];
        for (int n = 0; n < m_idsPerScope; ++n) {
            const QString id = idFor(scope, n);
            const bool present = truth.contains(id);
            const int roll = rng.bounded(100);
            if (present && roll < 8)
                truth.remove(id);
            else if (!present && roll < 30)
                truth.insert(id, randomObserved(cloud, id));
            else if (present && roll < 8 + changePercent)
                truth[id] = randomObserved(cloud, id);
        }
        // Listings come in the cloud's own order: mostly the same as last time, with new
        // instances anywhere in it, and now and then a different order altogether.
        QStringList &order = m_order[scope];
        order.removeIf([&truth](const QString &id) { return !truth.contains(id); });
        for (auto it = truth.cbegin(); it != truth.cend(); ++it) {
            if (!order.contains(it.key()))
                order.insert(rng.bounded(int(order.size() + 1)), it.key());
        }
        if (rng.bounded(5) == 0) {
            for (qsizetype i = order.size() - 1; i > 0; --i)
                order.swapItemsAt(i, rng.bounded(int(i + 1)));
        }
        for (const QString &id : std::as_const(order))
            s.instances.append(truth.value(id));
        if (!s.instances.isEmpty() && rng.bounded(10) == 0)
            s.instances.insert(rng.bounded(int(s.instances.size())), s.instances.first());
        return s;
    }

    DetailsSnapshot nextDetails()
    {
        const auto [scope, cloud] = randomScope();
        clock += 500;
        DetailsSnapshot d;
        d.cloud = cloud;
        d.scope = scope;
        d.finishedAt = QDateTime::fromMSecsSinceEpoch(clock, Qt::UTC);
        if (rng.bounded(5) == 0) {
            d.error = FetchError { FetchError::Kind::Auth,
                                   QStringLiteral("Forbidden"),
                                   QStringLiteral("no"),
                                   {},
                                   403,
                                   {},
                                   {} };
            return d;
        }
        for (int n = 0; n < m_idsPerScope; ++n) {
            if (rng.bounded(3) == 0)
                continue;
            InstanceDetails item;
            item.instanceId = idFor(scope, n);
            item.name = QStringLiteral("web-%1-%2").arg(n).arg(rng.bounded(3));
            item.region = scope.region.isEmpty()
                ? QStringList { QStringLiteral("na-west"), QStringLiteral("eu-central") }.at(
                    rng.bounded(2))
                : scope.region;
            item.zone = item.region + u"-a";
            item.privateIps = { QStringLiteral("10.0.%1.%2").arg(rng.bounded(4)).arg(n) };
            if (rng.bounded(2))
                item.publicIps = { QStringLiteral("203.0.113.%1").arg(n),
                                   QStringLiteral("198.51.100.%1").arg(rng.bounded(9)) };
            item.instanceType = QStringLiteral("t%1.small").arg(rng.bounded(3));
            d.instances.append(item);
        }
        return d;
    }

private:
    int m_idsPerScope;
    QMap<ScopeKey, QMap<QString, ObservedInstance>> m_truth;
    QMap<ScopeKey, QStringList> m_order;
};

} // namespace fixture
