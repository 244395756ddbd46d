// The emulator's notion of "now", shared by the fleet, the signature windows and the Date
// header. It runs from a start time at `timeScale` fleet seconds per real second, and can be
// paused and moved by hand (tests), or sped up (a simulated hour in a minute). Thread-safe.
#pragma once

#include <QDateTime>
#include <QElapsedTimer>
#include <QMutex>

class EmulatorClock
{
public:
    explicit EmulatorClock(const QDateTime &start = {}, double timeScale = 1.0,
                           bool manual = false);

    QDateTime now() const;
    qint64 nowMs() const; // ms since the epoch (UTC)

    // Manual: time moves only through advance()/setNow(). Switching keeps the current time.
    void setManual(bool manual);
    bool isManual() const;
    void setTimeScale(double scale);
    double timeScale() const;
    void advance(qint64 ms);
    void setNow(const QDateTime &time); // never moves backwards

private:
    qint64 nowMsLocked() const;
    void rebaseLocked();

    mutable QMutex m_mutex;
    qint64 m_baseMs = 0; // clock time when m_elapsed restarted
    QElapsedTimer m_elapsed;
    double m_scale = 1.0;
    bool m_manual = false;
};
