#include "emulatorclock.h"

#include <algorithm>
#include <cmath>

EmulatorClock::EmulatorClock(const QDateTime &start, double timeScale, bool manual)
    : m_baseMs(start.isValid() ? start.toMSecsSinceEpoch() : QDateTime::currentMSecsSinceEpoch())
    , m_scale(timeScale > 0 ? timeScale : 1.0)
    , m_manual(manual)
{
    m_elapsed.start();
}

qint64 EmulatorClock::nowMsLocked() const
{
    if (m_manual)
        return m_baseMs;
    return m_baseMs + qint64(std::llround(double(m_elapsed.elapsed()) * m_scale));
}

void EmulatorClock::rebaseLocked()
{
    m_baseMs = nowMsLocked();
    m_elapsed.restart();
}

QDateTime EmulatorClock::now() const
{
    return QDateTime::fromMSecsSinceEpoch(nowMs(), Qt::UTC);
}

qint64 EmulatorClock::nowMs() const
{
    QMutexLocker lock(&m_mutex);
    return nowMsLocked();
}

void EmulatorClock::setManual(bool manual)
{
    QMutexLocker lock(&m_mutex);
    rebaseLocked();
    m_manual = manual;
}

bool EmulatorClock::isManual() const
{
    QMutexLocker lock(&m_mutex);
    return m_manual;
}

void EmulatorClock::setTimeScale(double scale)
{
    QMutexLocker lock(&m_mutex);
    rebaseLocked();
    m_scale = scale > 0 ? scale : 1.0;
}

double EmulatorClock::timeScale() const
{
    QMutexLocker lock(&m_mutex);
    return m_scale;
}

void EmulatorClock::advance(qint64 ms)
{
    QMutexLocker lock(&m_mutex);
    rebaseLocked();
    m_baseMs += std::max<qint64>(ms, 0);
}

void EmulatorClock::setNow(const QDateTime &time)
{
    QMutexLocker lock(&m_mutex);
    rebaseLocked();
    m_baseMs = std::max(m_baseMs, time.toMSecsSinceEpoch());
}
