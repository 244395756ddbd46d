// The simulated instances of every configured account, and how they change over fleet time.
// Each instance follows its cloud's Lifecycle; every draw is a pure function of the seed, so
// the fleet at a given time is the same for the same seed and configuration however it was
// queried. Recent history is kept so tests can ask what was true at an earlier moment.
// Thread-safe: the server thread lists while a test inspects.
#pragma once

#include "emulatorconfig.h"
#include "fleetquery.h"

#include <QDateTime>
#include <QList>
#include <QMutex>
#include <QSet>
#include <QString>

#include <functional>
#include <limits>
#include <queue>
#include <vector>

class Fleet
{
public:
    Fleet(quint64 seed, const QList<EmulatorAccount> &accounts, const FleetDynamics &dynamics,
          const QDateTime &epoch);

    QDateTime epoch() const { return m_epoch; }
    // Applies every change up to `time`. Time never runs backwards; earlier times are ignored.
    void advanceTo(const QDateTime &time);
    // The instances matching `query` as they were at `time` (advancing to it first). Times
    // older than the kept history answer with the oldest state still known.
    FleetPage list(const FleetQuery &query, const QDateTime &time);
    // Every instance of an account (one region, or all when empty) at `time`, with details.
    QList<FleetInstance> instances(const QString &accountId, const QString &region,
                                   const QDateTime &time);
    // State changes, creations and deletions applied so far.
    qint64 changeCount() const;
    // Instances held, the deleted ones still in the history window included (and their ids):
    // bounded however long the fleet runs.
    qsizetype storedInstances() const;

private:
    static constexpr qint64 never = std::numeric_limits<qint64>::max();

    struct Change
    {
        qint64 atMs;
        int state;
    };
    struct Slot
    {
        quint32 group = 0;
        quint32 serial = 0;
        QString id;
        qint64 createdMs = 0;
        qint64 removedMs = never;
        int state = 0;
        quint32 events = 0;
        QList<Change> history; // ascending; the first entry is the state it was created in
    };
    struct Group
    {
        Cloud cloud;
        QString accountId;
        QString region; // as configured (Zenlayer: the zone id)
        quint64 hash = 0;
        quint32 nextSerial = 0;
        QList<int> members; // listing order: creation order
    };
    using Event = std::pair<qint64, int>; // fleet ms, slot index

    quint64 draw(const Slot &slot, quint64 counter, int purpose) const;
    qint64 toFleetMs(const QDateTime &time) const;
    int newSlot(quint32 group, qint64 createdMs, int state);
    void schedule(int slotIndex, qint64 fromMs);
    void advanceLocked(qint64 toMs);
    void applyEvent(int slotIndex, qint64 atMs);
    void pruneLocked();
    int stateAt(const Slot &slot, qint64 atMs, qint64 *sinceMs) const;
    FleetInstance describe(const Slot &slot, int state, qint64 sinceMs, bool details) const;

    mutable QMutex m_mutex;
    const quint64 m_seed;
    const FleetDynamics m_dynamics;
    const QDateTime m_epoch;
    qint64 m_nowMs = 0;
    qint64 m_lastPruneMs = 0;
    qint64 m_changes = 0;
    QList<Group> m_groups;
    std::vector<Slot> m_slots;
    QList<int> m_freeSlots;
    QSet<QString> m_ids;
    std::priority_queue<Event, std::vector<Event>, std::greater<>> m_events;
};
