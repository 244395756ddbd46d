// What the four API front-ends share while serving: the configuration, the accounts by key,
// the clock, the fleet, the fault rules, the request counters and the nonces already used.
// Owned by Emulator, used from the server thread and inspected from the caller's thread;
// every member is thread-safe on its own.
#pragma once

#include "emulatorclock.h"
#include "emulatorconfig.h"
#include "faultinjector.h"
#include "fleet.h"
#include "requeststats.h"

#include <QHash>
#include <QMutex>

class EmulatorState
{
public:
    explicit EmulatorState(EmulatorConfig config);

    const EmulatorConfig &config() const { return m_config; }
    const EmulatorAccount *accountByKey(Cloud cloud, const QString &keyId) const;
    EmulatorClock &clock() { return m_clock; }
    Fleet &fleet() { return m_fleet; }
    FaultInjector &faults() { return m_faults; }
    RequestStats &stats() { return m_stats; }

    // Records a nonce for `windowMs`; false if the same key already used it in that time.
    bool useNonce(const QString &key, qint64 clockMs, qint64 windowMs);

private:
    const EmulatorConfig m_config;
    EmulatorClock m_clock;
    Fleet m_fleet;
    FaultInjector m_faults;
    RequestStats m_stats;
    QHash<QString, const EmulatorAccount *> m_accountsByKey;
    QMutex m_nonceMutex;
    QHash<QString, qint64> m_nonces; // key + nonce -> expiry on the emulator clock
    qint64 m_nextNoncePrune = 0;
};
