// A synthetic fleet for the model benchmarks: N instances over S scopes of the four clouds,
// with details (names, zones, IPs, types), and full refreshes in which a chosen number of
// states change and instances appear or disappear. Reproducible (fixed seed).
#pragma once

#include "instancedetails.h"
#include "instancestate.h"
#include "snapshot.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QRandomGenerator>

#ifdef Q_OS_UNIX
#include <time.h>
#endif

#include <algorithm>
#include <optional>
#include <vector>

namespace bench {

struct ScopeTruth
{
    ScopeKey key;
    Cloud cloud;
    QList<ObservedInstance> instances;
};

class Fleet
{
public:
    Fleet(int rows, int scopeCount, quint32 seed = 42)
        : m_rng(seed)
    {
        // Region-ful accounts of three clouds with 4 regions each, and region-less Zenlayer
        // accounts, until scopeCount scopes exist.
        const Cloud regional[] = { Cloud::Aliyun, Cloud::Tencent, Cloud::JdCloud };
        int account = 0;
        while (int(m_scopes.size()) < scopeCount) {
            const QString id = QStringLiteral("acct-%1").arg(account, 3, 10, QLatin1Char('0'));
            if (account % 5 == 4) {
                m_scopes.push_back({ { id, QString() }, Cloud::Zenlayer, {} });
            } else {
                for (int r = 0; r < 4 && int(m_scopes.size()) < scopeCount; ++r)
                    m_scopes.push_back(
                        { { id, QStringLiteral("region-%1").arg(r) }, regional[account % 3], {} });
            }
            ++account;
        }
        for (int i = 0; i < rows; ++i)
            addInstance(m_scopes[size_t(i) % m_scopes.size()]);
    }

    int rowCount() const
    {
        int n = 0;
        for (const ScopeTruth &s : m_scopes)
            n += int(s.instances.size());
        return n;
    }

    // One full refresh: every scope's snapshot, after changing `changed` states and making
    // `appear` instances appear and `disappear` disappear, spread at random.
    QList<Snapshot> refresh(int changed, int appear = 0, int disappear = 0)
    {
        for (int i = 0; i < changed; ++i) {
            ScopeTruth &s = randomScope();
            if (s.instances.isEmpty())
                continue;
            ObservedInstance &o = s.instances[m_rng.bounded(int(s.instances.size()))];
            const ObservedInstance other = randomState(s.cloud, o.state);
            o.rawState = other.rawState;
            o.state = other.state;
        }
        for (int i = 0; i < disappear; ++i) {
            ScopeTruth &s = randomScope();
            if (!s.instances.isEmpty())
                s.instances.removeAt(m_rng.bounded(int(s.instances.size())));
        }
        for (int i = 0; i < appear; ++i)
            addInstance(randomScope());
        m_clock += 30'000;
        QList<Snapshot> snapshots;
        for (const ScopeTruth &s : m_scopes) {
            Snapshot snap;
            snap.cloud = s.cloud;
            snap.scope = s.key;
            snap.finishedAt = QDateTime::fromMSecsSinceEpoch(m_clock, Qt::UTC);
            snap.instances = s.instances;
            snapshots.append(snap);
        }
        return snapshots;
    }

    QList<DetailsSnapshot> details()
    {
        static const char *const prefixes[] = { "web-prod", "api",    "db-primary",
                                                "cache",    "worker", "edge" };
        QList<DetailsSnapshot> result;
        for (const ScopeTruth &s : m_scopes) {
            DetailsSnapshot d;
            d.cloud = s.cloud;
            d.scope = s.key;
            for (const ObservedInstance &o : s.instances) {
                InstanceDetails item;
                item.instanceId = o.instanceId;
                item.name = QStringLiteral("%1-%2")
                                .arg(QLatin1StringView(prefixes[m_rng.bounded(6)]))
                                .arg(m_rng.bounded(10000));
                item.region = s.key.region.isEmpty() ? QStringLiteral("SEA") : s.key.region;
                item.zone = item.region + u'-' + QChar(u'a' + m_rng.bounded(3));
                item.privateIps = { QStringLiteral("10.%1.%2.%3")
                                        .arg(m_rng.bounded(256))
                                        .arg(m_rng.bounded(256))
                                        .arg(m_rng.bounded(256)) };
                if (m_rng.bounded(2))
                    item.publicIps = { QStringLiteral("47.%1.%2.%3")
                                           .arg(m_rng.bounded(256))
                                           .arg(m_rng.bounded(256))
                                           .arg(m_rng.bounded(256)) };
                item.instanceType = QStringLiteral("type.g%1.large").arg(m_rng.bounded(8));
                d.instances.append(item);
            }
            result.append(d);
        }
        return result;
    }

private:
    ScopeTruth &randomScope() { return m_scopes[m_rng.bounded(int(m_scopes.size()))]; }

    ObservedInstance randomState(Cloud cloud, std::optional<InstanceState> notThis = {})
    {
        const QList<RawStateMapping> states = documentedRawStates(cloud);
        for (;;) {
            // Mostly running, as fleets are.
            const RawStateMapping &m = m_rng.bounded(10) < 7 && notThis != InstanceState::Running
                ? *std::find_if(
                    states.begin(), states.end(),
                    [](const RawStateMapping &r) { return r.state == InstanceState::Running; })
                : states.at(m_rng.bounded(int(states.size())));
            if (m.state != notThis)
                return { QString(), QString::fromLatin1(m.raw), m.state };
        }
    }

    void addInstance(ScopeTruth &scope)
    {
        static const char alphabet[] = "abcdefghijklmnopqrstuvwxyz0123456789";
        QString id;
        id.reserve(16);
        id.append(u"i-");
        for (int k = 0; k < 14; ++k)
            id.append(QLatin1Char(alphabet[m_rng.bounded(36)]));
        ObservedInstance o = randomState(scope.cloud);
        o.instanceId = id;
        scope.instances.append(o);
    }

    QRandomGenerator m_rng;
    std::vector<ScopeTruth> m_scopes;
    qint64 m_clock = 1'700'000'000'000;
};

// CPU time of this thread: on a shared machine the wall time also counts the time the
// scheduler gave to others; both are reported.
inline double threadCpuMs()
{
#ifdef Q_OS_UNIX
    timespec ts {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
#else
    return 0.0;
#endif
}

class Stopwatch
{
public:
    void start()
    {
        m_cpu = threadCpuMs();
        m_wall.start();
    }
    double wallMs() const { return double(m_wall.nsecsElapsed()) / 1e6; }
    double cpuMs() const { return threadCpuMs() - m_cpu; }

private:
    QElapsedTimer m_wall;
    double m_cpu = 0;
};

struct Samples
{
    std::vector<double> wall;
    std::vector<double> cpu;

    void add(const Stopwatch &watch)
    {
        wall.push_back(watch.wallMs());
        cpu.push_back(watch.cpuMs());
    }
};

inline double quantile(std::vector<double> values, double q)
{
    if (values.empty())
        return 0.0;
    std::sort(values.begin(), values.end());
    return values[std::min(values.size() - 1, size_t(q * double(values.size())))];
}

// Wall-clock median and p90 (QElapsedTimer), and the same for the thread's CPU time.
inline QJsonObject stats(const Samples &s)
{
    return { { QStringLiteral("median"), quantile(s.wall, 0.5) },
             { QStringLiteral("p90"), quantile(s.wall, 0.9) },
             { QStringLiteral("cpu_median"), quantile(s.cpu, 0.5) },
             { QStringLiteral("cpu_p90"), quantile(s.cpu, 0.9) },
             { QStringLiteral("runs"), int(s.wall.size()) } };
}

// The 1-minute load average (Linux), to read the wall times against.
inline double loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    return file.readAll().split(' ').value(0).toDouble();
}

} // namespace bench
