#include "lifecycle.h"

#include <array>

namespace {

// One row per state. `initial`: weight of the state in a fleet that already existed when the
// emulator started. `factor`: how many times longer than a normal transition it lasts.
struct StateRow
{
    Cloud cloud;
    const char *raw;
    bool transitional;
    int initial;
    int factor;
};

// One row per possible move; `to == nullptr` means the instance disappears from the listing.
struct EdgeRow
{
    Cloud cloud;
    const char *from;
    const char *to;
    int weight;
};

using C = Cloud;
constexpr bool T = true; // transitional
constexpr bool S = false; // stable

// The first row of each cloud is where new instances start. Raw values are the ones the
// clouds document (specs/API.md); tst_lifecycle checks each is in documentedRawStates().
constexpr StateRow stateRows[] = {
    { C::JdCloud, "pending", T, 1, 1 },
    { C::JdCloud, "starting", T, 1, 1 },
    { C::JdCloud, "running", S, 850, 1 },
    { C::JdCloud, "stopping", T, 1, 1 },
    { C::JdCloud, "stopped", S, 110, 1 },
    { C::JdCloud, "reboot", T, 1, 1 },
    { C::JdCloud, "rebuilding", T, 1, 4 },
    { C::JdCloud, "resizing", T, 1, 3 },
    { C::JdCloud, "error", S, 8, 1 },
    { C::JdCloud, "deleting", T, 1, 1 },

    { C::Zenlayer, "PENDING", T, 1, 1 },
    { C::Zenlayer, "CREATING", T, 1, 2 },
    { C::Zenlayer, "DEPLOYING", T, 1, 3 },
    { C::Zenlayer, "BOOTING", T, 1, 1 },
    { C::Zenlayer, "RUNNING", S, 850, 1 },
    { C::Zenlayer, "STOPPING", T, 1, 1 },
    { C::Zenlayer, "STOPPED", S, 110, 1 },
    { C::Zenlayer, "REBOOTING", T, 1, 1 },
    { C::Zenlayer, "CREATE_FAILED", S, 4, 1 },
    { C::Zenlayer, "DELETING", T, 1, 1 },
    { C::Zenlayer, "RECYCLING", T, 1, 1 },
    { C::Zenlayer, "RECYCLED", S, 6, 1 },
    { C::Zenlayer, "RELEASING", T, 1, 1 },

    { C::Aliyun, "Pending", T, 2, 1 },
    { C::Aliyun, "Starting", T, 2, 1 },
    { C::Aliyun, "Running", S, 850, 1 },
    { C::Aliyun, "Stopping", T, 2, 1 },
    { C::Aliyun, "Stopped", S, 120, 1 },

    { C::Tencent, "PENDING", T, 1, 1 },
    { C::Tencent, "STARTING", T, 1, 1 },
    { C::Tencent, "RUNNING", S, 850, 1 },
    { C::Tencent, "STOPPING", T, 1, 1 },
    { C::Tencent, "STOPPED", S, 100, 1 },
    { C::Tencent, "SHUTDOWN", S, 10, 1 },
    { C::Tencent, "REBOOTING", T, 1, 1 },
    { C::Tencent, "ENTER_RESCUE_MODE", T, 1, 1 },
    { C::Tencent, "RESCUE_MODE", T, 1, 6 },
    { C::Tencent, "EXIT_RESCUE_MODE", T, 1, 1 },
    { C::Tencent, "ENTER_SERVICE_LIVE_MIGRATE", T, 1, 1 },
    { C::Tencent, "SERVICE_LIVE_MIGRATE", T, 1, 4 },
    { C::Tencent, "EXIT_SERVICE_LIVE_MIGRATE", T, 1, 1 },
    { C::Tencent, "LAUNCH_FAILED", S, 4, 1 },
    { C::Tencent, "TERMINATING", T, 1, 1 },
};

constexpr EdgeRow edgeRows[] = {
    { C::JdCloud, "pending", "starting", 95 },
    { C::JdCloud, "pending", "error", 5 },
    { C::JdCloud, "starting", "running", 1 },
    { C::JdCloud, "running", "stopping", 55 },
    { C::JdCloud, "running", "reboot", 25 },
    { C::JdCloud, "running", "rebuilding", 5 },
    { C::JdCloud, "running", "error", 3 },
    { C::JdCloud, "running", "deleting", 12 },
    { C::JdCloud, "stopping", "stopped", 1 },
    { C::JdCloud, "stopped", "starting", 60 },
    { C::JdCloud, "stopped", "resizing", 10 },
    { C::JdCloud, "stopped", "deleting", 30 },
    { C::JdCloud, "reboot", "running", 1 },
    { C::JdCloud, "rebuilding", "running", 1 },
    { C::JdCloud, "resizing", "stopped", 1 },
    { C::JdCloud, "error", "starting", 40 },
    { C::JdCloud, "error", "deleting", 60 },
    { C::JdCloud, "deleting", nullptr, 1 },

    { C::Zenlayer, "PENDING", "CREATING", 1 },
    { C::Zenlayer, "CREATING", "DEPLOYING", 94 },
    { C::Zenlayer, "CREATING", "CREATE_FAILED", 6 },
    { C::Zenlayer, "DEPLOYING", "BOOTING", 1 },
    { C::Zenlayer, "BOOTING", "RUNNING", 1 },
    { C::Zenlayer, "RUNNING", "STOPPING", 55 },
    { C::Zenlayer, "RUNNING", "REBOOTING", 30 },
    { C::Zenlayer, "RUNNING", "DELETING", 15 },
    { C::Zenlayer, "STOPPING", "STOPPED", 1 },
    { C::Zenlayer, "STOPPED", "BOOTING", 65 },
    { C::Zenlayer, "STOPPED", "DELETING", 35 },
    { C::Zenlayer, "REBOOTING", "RUNNING", 1 },
    { C::Zenlayer, "CREATE_FAILED", "RELEASING", 1 },
    { C::Zenlayer, "DELETING", "RECYCLING", 1 },
    { C::Zenlayer, "RECYCLING", "RECYCLED", 1 },
    { C::Zenlayer, "RECYCLED", "RELEASING", 80 },
    { C::Zenlayer, "RECYCLED", "STOPPED", 20 }, // restored from the recycle bin
    { C::Zenlayer, "RELEASING", nullptr, 1 },

    // ECS has no rebooting state: a reboot shows as Stopping, then Starting.
    { C::Aliyun, "Pending", "Starting", 1 },
    { C::Aliyun, "Starting", "Running", 1 },
    { C::Aliyun, "Running", "Stopping", 1 },
    { C::Aliyun, "Stopping", "Stopped", 65 },
    { C::Aliyun, "Stopping", "Starting", 35 },
    { C::Aliyun, "Stopped", "Starting", 65 },
    { C::Aliyun, "Stopped", nullptr, 35 }, // DeleteInstance needs Stopped; it just vanishes

    { C::Tencent, "PENDING", "RUNNING", 94 },
    { C::Tencent, "PENDING", "LAUNCH_FAILED", 6 },
    { C::Tencent, "STARTING", "RUNNING", 1 },
    { C::Tencent, "RUNNING", "STOPPING", 45 },
    { C::Tencent, "RUNNING", "REBOOTING", 30 },
    { C::Tencent, "RUNNING", "ENTER_RESCUE_MODE", 4 },
    { C::Tencent, "RUNNING", "ENTER_SERVICE_LIVE_MIGRATE", 6 },
    { C::Tencent, "RUNNING", "TERMINATING", 15 },
    { C::Tencent, "STOPPING", "STOPPED", 1 },
    { C::Tencent, "STOPPED", "STARTING", 60 },
    { C::Tencent, "STOPPED", "TERMINATING", 25 },
    { C::Tencent, "STOPPED", "SHUTDOWN", 15 },
    { C::Tencent, "SHUTDOWN", "TERMINATING", 70 },
    { C::Tencent, "SHUTDOWN", "STARTING", 30 },
    { C::Tencent, "REBOOTING", "RUNNING", 1 },
    { C::Tencent, "ENTER_RESCUE_MODE", "RESCUE_MODE", 1 },
    { C::Tencent, "RESCUE_MODE", "EXIT_RESCUE_MODE", 1 },
    { C::Tencent, "EXIT_RESCUE_MODE", "RUNNING", 1 },
    { C::Tencent, "ENTER_SERVICE_LIVE_MIGRATE", "SERVICE_LIVE_MIGRATE", 1 },
    { C::Tencent, "SERVICE_LIVE_MIGRATE", "EXIT_SERVICE_LIVE_MIGRATE", 1 },
    { C::Tencent, "EXIT_SERVICE_LIVE_MIGRATE", "RUNNING", 1 },
    { C::Tencent, "LAUNCH_FAILED", "TERMINATING", 1 },
    { C::Tencent, "TERMINATING", nullptr, 1 },
};

} // namespace

Lifecycle::Lifecycle(Cloud cloud)
    : m_cloud(cloud)
{
    for (const StateRow &row : stateRows) {
        if (row.cloud != cloud)
            continue;
        State state;
        state.raw = QString::fromLatin1(row.raw);
        state.transitional = row.transitional;
        state.durationFactor = row.factor;
        state.initialWeight = row.initial;
        m_states.append(state);
    }
    for (const EdgeRow &row : edgeRows) {
        if (row.cloud != cloud)
            continue;
        const int from = indexOf(QString::fromLatin1(row.from));
        const int to = row.to ? indexOf(QString::fromLatin1(row.to)) : gone;
        Q_ASSERT(from >= 0 && (to >= 0 || !row.to));
        m_states[from].edges.append({ to, row.weight });
    }
    for (int i = 0; i < m_states.size(); ++i)
        m_initial.append({ i, m_states.at(i).initialWeight });
}

const Lifecycle &Lifecycle::forCloud(Cloud cloud)
{
    static const std::array<Lifecycle, 4> lifecycles { Lifecycle(Cloud::JdCloud),
                                                       Lifecycle(Cloud::Zenlayer),
                                                       Lifecycle(Cloud::Aliyun),
                                                       Lifecycle(Cloud::Tencent) };
    return lifecycles[size_t(cloud)];
}

int Lifecycle::indexOf(QStringView raw) const
{
    for (int i = 0; i < m_states.size(); ++i) {
        if (m_states.at(i).raw == raw)
            return i;
    }
    return -1;
}

int Lifecycle::pick(const QList<Edge> &edges, quint64 draw)
{
    int total = 0;
    for (const Edge &edge : edges)
        total += edge.weight;
    if (total <= 0)
        return gone;
    quint64 ticket = draw % quint64(total);
    for (const Edge &edge : edges) {
        if (ticket < quint64(edge.weight))
            return edge.to;
        ticket -= quint64(edge.weight);
    }
    Q_UNREACHABLE();
    return gone;
}

int Lifecycle::initialState(quint64 draw) const
{
    return pick(m_initial, draw);
}

int Lifecycle::next(int state, quint64 draw) const
{
    return pick(m_states.at(state).edges, draw);
}

QStringList Lifecycle::rawStates() const
{
    QStringList raws;
    for (const State &state : m_states)
        raws.append(state.raw);
    return raws;
}
