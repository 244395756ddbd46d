#include "instancestate.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QMutex>
#include <QSet>

Q_LOGGING_CATEGORY(lcStates, "fleetwatch.states")

namespace {

using S = InstanceState;
using C = Cloud;

// specs/API.md, "Normalized states". One row per documented raw value.
constexpr RawStateMapping mappingTable[] = {
    // JD Cloud VM
    { C::JdCloud, "pending", S::Pending },
    { C::JdCloud, "starting", S::Starting },
    { C::JdCloud, "running", S::Running },
    { C::JdCloud, "stopping", S::Stopping },
    { C::JdCloud, "stopped", S::Stopped },
    { C::JdCloud, "reboot", S::Rebooting },
    { C::JdCloud, "rebuilding", S::Maintenance },
    { C::JdCloud, "resizing", S::Maintenance },
    { C::JdCloud, "error", S::Error },
    { C::JdCloud, "deleting", S::Deleting },
    // Zenlayer VM
    { C::Zenlayer, "PENDING", S::Pending },
    { C::Zenlayer, "CREATING", S::Pending },
    { C::Zenlayer, "DEPLOYING", S::Pending },
    { C::Zenlayer, "BOOTING", S::Starting },
    { C::Zenlayer, "RUNNING", S::Running },
    { C::Zenlayer, "STOPPING", S::Stopping },
    { C::Zenlayer, "STOPPED", S::Stopped },
    { C::Zenlayer, "REBOOTING", S::Rebooting },
    { C::Zenlayer, "CREATE_FAILED", S::Error },
    { C::Zenlayer, "DELETING", S::Deleting },
    { C::Zenlayer, "RECYCLING", S::Deleting },
    { C::Zenlayer, "RELEASING", S::Deleting },
    { C::Zenlayer, "RECYCLED", S::Deleted },
    // Alibaba Cloud ECS
    { C::Aliyun, "Pending", S::Pending },
    { C::Aliyun, "Starting", S::Starting },
    { C::Aliyun, "Running", S::Running },
    { C::Aliyun, "Stopping", S::Stopping },
    { C::Aliyun, "Stopped", S::Stopped },
    // Tencent Cloud CVM
    { C::Tencent, "PENDING", S::Pending },
    { C::Tencent, "STARTING", S::Starting },
    { C::Tencent, "RUNNING", S::Running },
    { C::Tencent, "STOPPING", S::Stopping },
    { C::Tencent, "STOPPED", S::Stopped },
    { C::Tencent, "SHUTDOWN", S::Stopped },
    { C::Tencent, "REBOOTING", S::Rebooting },
    { C::Tencent, "ENTER_RESCUE_MODE", S::Maintenance },
    { C::Tencent, "RESCUE_MODE", S::Maintenance },
    { C::Tencent, "EXIT_RESCUE_MODE", S::Maintenance },
    { C::Tencent, "ENTER_SERVICE_LIVE_MIGRATE", S::Maintenance },
    { C::Tencent, "SERVICE_LIVE_MIGRATE", S::Maintenance },
    { C::Tencent, "EXIT_SERVICE_LIVE_MIGRATE", S::Maintenance },
    { C::Tencent, "LAUNCH_FAILED", S::Error },
    { C::Tencent, "TERMINATING", S::Deleting },
};

// An unmapped raw value is worth one log line per process, not one per refresh.
void noteUnknownOnce(Cloud cloud, QStringView raw)
{
    static QMutex mutex;
    static QSet<QString> seen;
    const QString key = cloudId(cloud) + u'/' + raw;
    QMutexLocker lock(&mutex);
    if (seen.size() < 1000 && !seen.contains(key)) {
        seen.insert(key);
        qCWarning(lcStates).noquote() << "unmapped raw state" << raw.left(64) << "from"
                                      << cloudId(cloud) << "- shown as Unknown";
    }
}

} // namespace

InstanceState stateFromRaw(Cloud cloud, QStringView raw)
{
    for (const RawStateMapping &row : mappingTable) {
        if (row.cloud == cloud && raw == QLatin1StringView(row.raw))
            return row.state;
    }
    noteUnknownOnce(cloud, raw);
    return InstanceState::Unknown;
}

QList<RawStateMapping> documentedRawStates(Cloud cloud)
{
    QList<RawStateMapping> rows;
    for (const RawStateMapping &row : mappingTable) {
        if (row.cloud == cloud)
            rows.append(row);
    }
    return rows;
}

QString stateName(InstanceState state)
{
    switch (state) {
    case S::Pending:
        return QStringLiteral("pending");
    case S::Starting:
        return QStringLiteral("starting");
    case S::Running:
        return QStringLiteral("running");
    case S::Stopping:
        return QStringLiteral("stopping");
    case S::Stopped:
        return QStringLiteral("stopped");
    case S::Rebooting:
        return QStringLiteral("rebooting");
    case S::Maintenance:
        return QStringLiteral("maintenance");
    case S::Error:
        return QStringLiteral("error");
    case S::Deleting:
        return QStringLiteral("deleting");
    case S::Deleted:
        return QStringLiteral("deleted");
    case S::Unknown:
        return QStringLiteral("unknown");
    }
    Q_UNREACHABLE();
    return {};
}

std::optional<InstanceState> stateFromName(QStringView name)
{
    for (InstanceState state : allInstanceStates) {
        if (name == stateName(state))
            return state;
    }
    return std::nullopt;
}

QString stateDisplayName(InstanceState state)
{
    switch (state) {
    case S::Pending:
        return QCoreApplication::translate("InstanceState", "Pending");
    case S::Starting:
        return QCoreApplication::translate("InstanceState", "Starting");
    case S::Running:
        return QCoreApplication::translate("InstanceState", "Running");
    case S::Stopping:
        return QCoreApplication::translate("InstanceState", "Stopping");
    case S::Stopped:
        return QCoreApplication::translate("InstanceState", "Stopped");
    case S::Rebooting:
        return QCoreApplication::translate("InstanceState", "Rebooting");
    case S::Maintenance:
        return QCoreApplication::translate("InstanceState", "Maintenance");
    case S::Error:
        return QCoreApplication::translate("InstanceState", "Error");
    case S::Deleting:
        return QCoreApplication::translate("InstanceState", "Deleting");
    case S::Deleted:
        return QCoreApplication::translate("InstanceState", "Deleted");
    case S::Unknown:
        return QCoreApplication::translate("InstanceState", "Unknown");
    }
    Q_UNREACHABLE();
    return {};
}
