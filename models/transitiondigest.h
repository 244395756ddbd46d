// TransitionDigest: turns a stream of instance state transitions into few, grouped desktop
// notifications ("7 instances in cn-hangzhou stopped"). Keeps only the transitions the user
// chose, waits a short settling time so a mass event lands as one notification, and never
// notifies more often than a minimum gap. No timers and no clock of its own: every call takes
// "now", so the tray drives it with one timer and the tests drive it with any clock they like.
#pragma once

#include "instancekey.h"
#include "instancestate.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFlags>
#include <QHash>
#include <QList>
#include <QString>

#include <chrono>
#include <optional>

class TransitionDigest
{
    Q_DECLARE_TR_FUNCTIONS(TransitionDigest)

public:
    enum class Trigger : quint16 {
        LeftRunning = 0x01, // any instance that was Running and is not any more
        EnteredError = 0x02,
        EnteredStopped = 0x04,
        EnteredRunning = 0x08,
        EnteredMaintenance = 0x10,
        EnteredDeleting = 0x20, // Deleting or Deleted
    };
    Q_DECLARE_FLAGS(Triggers, Trigger)
    static constexpr Triggers defaultTriggers { Trigger::LeftRunning, Trigger::EnteredError };
    static constexpr Triggers allTriggers = Triggers::fromInt(0x3f);

    struct Options
    {
        Triggers triggers = defaultTriggers;
        std::chrono::milliseconds settle { 5000 }; // gather this long after the first event
        std::chrono::milliseconds minimumGap { 60000 }; // between two notifications
        int maxLines = 5; // groups (or names) listed in a body before "and N more"
    };

    struct Event
    {
        InstanceKey key;
        QString where; // the region shown to the user ("cn-hangzhou"), may be empty
        QString label; // the instance's name when known, else its id
        InstanceState from = InstanceState::Unknown;
        InstanceState to = InstanceState::Unknown;
    };

    struct Notification
    {
        QString title; // plain text
        QString body; // plain text, lines separated by '\n'
        int instanceCount = 0;
        bool severe = false; // some instance entered Error
    };

    TransitionDigest() = default;
    explicit TransitionDigest(const Options &options)
        : m_options(options)
    { }

    const Options &options() const { return m_options; }
    void setOptions(const Options &options);

    bool matches(InstanceState from, InstanceState to) const;
    // Keeps the event when it matches the chosen triggers; an instance counts once per
    // notification, with its latest transition. Returns whether it was kept.
    bool add(const Event &event, const QDateTime &now);
    // When take() will next return a notification; nullopt when nothing is pending.
    std::optional<QDateTime> due() const;
    // The grouped notification, once due; nullopt before that or when nothing is pending.
    std::optional<Notification> take(const QDateTime &now);
    int pendingCount() const { return int(m_order.size()); }
    void clear();

    static QString triggerName(Trigger trigger); // stable, for settings
    static QString triggerDescription(Trigger trigger); // human, translated
    static const QList<Trigger> &triggers();

private:
    Notification compose() const;

    Options m_options;
    QHash<InstanceKey, Event> m_pending; // by instance, the latest matching event
    QList<InstanceKey> m_order; // arrival order of m_pending's keys
    QDateTime m_firstPending;
    QDateTime m_lastSent;
};

Q_DECLARE_OPERATORS_FOR_FLAGS(TransitionDigest::Triggers)
