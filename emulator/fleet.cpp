#include "fleet.h"

#include "fleetnaming.h"
#include "fleetrandom.h"
#include "lifecycle.h"

#include <algorithm>

using R = FleetRandom;

Fleet::Fleet(quint64 seed, const QList<EmulatorAccount> &accounts, const FleetDynamics &dynamics,
             const QDateTime &epoch)
    : m_seed(seed)
    , m_dynamics(dynamics)
    , m_epoch(epoch.toUTC())
{
    for (const EmulatorAccount &account : accounts) {
        for (const QString &region : account.regions) {
            Group group { account.cloud,
                          account.id,
                          region,
                          R::hash(QString(account.id + u'/' + region)),
                          0,
                          {} };
            m_groups.append(group);
            const auto groupIndex = quint32(m_groups.size() - 1);
            const Lifecycle &lifecycle = Lifecycle::forCloud(account.cloud);
            for (int i = 0; i < account.instanceCount(region); ++i) {
                // Instances that existed before the epoch: an age, and a state drawn from the
                // weights of a fleet at rest (mostly running, some stopped, a few changing).
                const Slot probe { groupIndex, m_groups[groupIndex].nextSerial, {}, 0, never, 0, 0,
                                   {} };
                const qint64 age =
                    R::uniform(draw(probe, 0, R::InitialAge), 3600'000LL, 400LL * 24 * 3600'000);
                const int state = lifecycle.initialState(draw(probe, 0, R::InitialState));
                const int index = newSlot(groupIndex, -age, state);
                schedule(index, 0);
            }
        }
    }
}

quint64 Fleet::draw(const Slot &slot, quint64 counter, int purpose) const
{
    return R::draw(m_seed, m_groups.at(slot.group).hash, slot.serial, counter, R::Purpose(purpose));
}

qint64 Fleet::toFleetMs(const QDateTime &time) const
{
    return std::max<qint64>(0, m_epoch.msecsTo(time));
}

int Fleet::newSlot(quint32 groupIndex, qint64 createdMs, int state)
{
    Group &group = m_groups[groupIndex];
    Slot slot;
    slot.group = groupIndex;
    slot.serial = group.nextSerial++;
    slot.createdMs = createdMs;
    slot.state = state;
    slot.history.append({ createdMs, state });
    // Ids are drawn until unique: a collision is rare, and redrawing keeps it deterministic.
    for (quint64 attempt = 0;; ++attempt) {
        slot.id =
            FleetNaming::instanceId(group.cloud, group.region, draw(slot, attempt, R::InstanceId));
        if (!m_ids.contains(slot.id))
            break;
    }
    m_ids.insert(slot.id);
    int index;
    if (!m_freeSlots.isEmpty()) {
        index = m_freeSlots.takeLast();
        m_slots[size_t(index)] = std::move(slot);
    } else {
        index = int(m_slots.size());
        m_slots.push_back(std::move(slot));
    }
    group.members.append(index);
    return index;
}

void Fleet::schedule(int slotIndex, qint64 fromMs)
{
    if (m_dynamics.isFrozen())
        return;
    const Slot &slot = m_slots[size_t(slotIndex)];
    const Lifecycle &lifecycle = Lifecycle::forCloud(m_groups.at(slot.group).cloud);
    const quint64 value = draw(slot, slot.events, R::Duration);
    const qint64 duration = lifecycle.isTransitional(slot.state)
        ? R::uniform(value, m_dynamics.transitionMinMs, m_dynamics.transitionMaxMs)
            * lifecycle.durationFactor(slot.state)
        : R::exponential(value, m_dynamics.meanDwellMs);
    m_events.push({ std::max(fromMs, slot.createdMs) + std::max<qint64>(duration, 1), slotIndex });
}

void Fleet::applyEvent(int slotIndex, qint64 atMs)
{
    Slot &slot = m_slots[size_t(slotIndex)];
    const Lifecycle &lifecycle = Lifecycle::forCloud(m_groups.at(slot.group).cloud);
    const int next = lifecycle.next(slot.state, draw(slot, slot.events, R::NextState));
    ++slot.events;
    ++m_changes;
    if (next == Lifecycle::gone) {
        slot.removedMs = atMs;
        // A replacement appears later in the same region, so the fleet keeps its size.
        const quint32 group = slot.group;
        const qint64 delay = R::uniform(draw(slot, slot.events, R::Respawn),
                                        m_dynamics.respawnMinMs, m_dynamics.respawnMaxMs);
        const int index = newSlot(group, atMs + delay, lifecycle.creationState());
        schedule(index, atMs + delay);
        return;
    }
    slot.state = next;
    slot.history.append({ atMs, next });
    schedule(slotIndex, atMs);
}

void Fleet::advanceLocked(qint64 toMs)
{
    if (toMs <= m_nowMs)
        return;
    while (!m_events.empty() && m_events.top().first <= toMs) {
        const Event event = m_events.top();
        m_events.pop();
        applyEvent(event.second, event.first);
    }
    m_nowMs = toMs;
    if (m_nowMs - m_lastPruneMs >= std::max<qint64>(m_dynamics.historyMs / 4, 1000))
        pruneLocked();
}

void Fleet::pruneLocked()
{
    m_lastPruneMs = m_nowMs;
    const qint64 horizon = m_nowMs - m_dynamics.historyMs;
    for (Group &group : m_groups) {
        group.members.removeIf([&](int index) {
            Slot &slot = m_slots[size_t(index)];
            if (slot.removedMs < horizon) {
                // Long gone: forget it, id included, so a long run does not grow.
                m_ids.remove(slot.id);
                slot = Slot();
                m_freeSlots.append(index);
                return true;
            }
            // Keep the last change before the horizon: it is the state at the horizon.
            qsizetype keepFrom = 0;
            while (keepFrom + 1 < slot.history.size()
                   && slot.history.at(keepFrom + 1).atMs <= horizon)
                ++keepFrom;
            if (keepFrom > 0)
                slot.history.remove(0, keepFrom);
            return false;
        });
    }
}

void Fleet::advanceTo(const QDateTime &time)
{
    QMutexLocker lock(&m_mutex);
    advanceLocked(toFleetMs(time));
}

int Fleet::stateAt(const Slot &slot, qint64 atMs, qint64 *sinceMs) const
{
    for (qsizetype i = slot.history.size() - 1; i >= 0; --i) {
        if (slot.history.at(i).atMs <= atMs || i == 0) {
            *sinceMs = slot.history.at(i).atMs;
            return slot.history.at(i).state;
        }
    }
    Q_UNREACHABLE();
    return slot.state;
}

FleetInstance Fleet::describe(const Slot &slot, int state, qint64 sinceMs, bool details) const
{
    const Group &group = m_groups.at(slot.group);
    FleetInstance instance;
    instance.cloud = group.cloud;
    instance.accountId = group.accountId;
    instance.region = group.cloud == Cloud::Zenlayer ? QString() : group.region;
    instance.instanceId = slot.id;
    instance.rawState = Lifecycle::forCloud(group.cloud).rawState(state);
    instance.createdAt = m_epoch.addMSecs(slot.createdMs);
    instance.stateSince = m_epoch.addMSecs(sinceMs);
    if (details) {
        instance.name = FleetNaming::name(draw(slot, 0, R::Name), slot.serial);
        instance.zone = FleetNaming::zone(group.cloud, group.region, draw(slot, 0, R::Zone));
        instance.instanceType = FleetNaming::instanceType(group.cloud, draw(slot, 0, R::Type));
        instance.privateIps = { FleetNaming::privateIp(group.cloud, slot.group, slot.serial) };
        if (FleetNaming::hasPublicIp(draw(slot, 0, R::PublicAddress)))
            instance.publicIps = { FleetNaming::publicIp(slot.group, slot.serial) };
    }
    return instance;
}

FleetPage Fleet::list(const FleetQuery &query, const QDateTime &time)
{
    QMutexLocker lock(&m_mutex);
    const qint64 atMs = toFleetMs(time);
    advanceLocked(atMs);
    const bool current = atMs >= m_nowMs;
    const QSet<QString> ids(query.instanceIds.begin(), query.instanceIds.end());
    const bool needsDetails = !query.zone.isEmpty() || !query.nameContains.isEmpty()
        || !query.privateIpContains.isEmpty();

    FleetPage page;
    for (const Group &group : std::as_const(m_groups)) {
        if (group.accountId != query.accountId
            || (!query.region.isEmpty() && group.region != query.region))
            continue;
        const Lifecycle &lifecycle = Lifecycle::forCloud(group.cloud);
        for (int index : group.members) {
            const Slot &slot = m_slots[size_t(index)];
            if (slot.createdMs > atMs || slot.removedMs <= atMs)
                continue;
            if (!ids.isEmpty() && !ids.contains(slot.id))
                continue;
            qint64 since = 0;
            const int state = current ? slot.state : stateAt(slot, atMs, &since);
            if (current)
                since = slot.history.constLast().atMs;
            if (!query.rawStates.isEmpty() && !query.rawStates.contains(lifecycle.rawState(state)))
                continue;
            const bool inPage = page.total >= query.offset
                && (query.limit < 0 || page.total < query.offset + query.limit);
            if (needsDetails || inPage) {
                FleetInstance instance =
                    describe(slot, state, since, needsDetails || query.details);
                if (needsDetails
                    && ((!query.zone.isEmpty() && instance.zone != query.zone)
                        || !instance.name.contains(query.nameContains)
                        || !instance.privateIps.join(u' ').contains(query.privateIpContains)))
                    continue;
                const bool stillInPage = page.total >= query.offset
                    && (query.limit < 0 || page.total < query.offset + query.limit);
                if (stillInPage)
                    page.instances.append(instance);
            }
            ++page.total;
        }
    }
    return page;
}

QList<FleetInstance> Fleet::instances(const QString &accountId, const QString &region,
                                      const QDateTime &time)
{
    FleetQuery query;
    query.accountId = accountId;
    query.region = region;
    query.details = true;
    return list(query, time).instances;
}

qint64 Fleet::changeCount() const
{
    QMutexLocker lock(&m_mutex);
    return m_changes;
}

qsizetype Fleet::storedInstances() const
{
    QMutexLocker lock(&m_mutex);
    Q_ASSERT(m_ids.size() == qsizetype(m_slots.size()) - m_freeSlots.size());
    return m_ids.size();
}
