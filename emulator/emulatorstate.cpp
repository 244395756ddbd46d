#include "emulatorstate.h"

EmulatorState::EmulatorState(EmulatorConfig config)
    : m_config(std::move(config))
    , m_clock(m_config.startTime, m_config.timeScale, m_config.manualClock)
    , m_fleet(m_config.seed, m_config.accounts, m_config.dynamics, m_clock.now())
    , m_faults(m_config.seed, m_config.faults)
{
    for (const EmulatorAccount &account : m_config.accounts)
        m_accountsByKey.insert(cloudId(account.cloud) + u'/' + account.accessKeyId, &account);
}

const EmulatorAccount *EmulatorState::accountByKey(Cloud cloud, const QString &keyId) const
{
    return m_accountsByKey.value(cloudId(cloud) + u'/' + keyId);
}

bool EmulatorState::useNonce(const QString &key, qint64 clockMs, qint64 windowMs)
{
    QMutexLocker lock(&m_nonceMutex);
    if (clockMs >= m_nextNoncePrune) {
        m_nonces.removeIf(
            [clockMs](QHash<QString, qint64>::iterator it) { return it.value() < clockMs; });
        m_nextNoncePrune = clockMs + 60 * 1000;
    }
    const auto it = m_nonces.constFind(key);
    if (it != m_nonces.constEnd() && it.value() >= clockMs)
        return false;
    m_nonces.insert(key, clockMs + windowMs);
    return true;
}
