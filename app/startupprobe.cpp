#include "startupprobe.h"

#include <QCoreApplication>
#include <QEvent>
#include <QTimer>
#include <QWidget>

#include <cstdio>

bool StartupProbe::isRequested()
{
    return qEnvironmentVariableIsSet("FLEETWATCH_STARTUP_PROBE");
}

StartupProbe::StartupProbe(const QElapsedTimer &sinceMain, QWidget *window, qsizetype accounts,
                           QObject *parent)
    : QObject(parent)
    , m_sinceMain(sinceMain)
    , m_window(window)
    , m_accounts(accounts)
{
    // Application-wide: the first paint may go to any of the window's widgets. Removed again
    // as soon as it is seen.
    QCoreApplication::instance()->installEventFilter(this);
}

bool StartupProbe::eventFilter(QObject *watched, QEvent *event)
{
    if (!m_painted && event->type() == QEvent::Paint && m_window && watched->isWidgetType()
        && static_cast<QWidget *>(watched)->window() == m_window) {
        m_painted = true;
        QCoreApplication::instance()->removeEventFilter(this);
        // Reported once the whole frame is painted and flushed, back in the event loop.
        QTimer::singleShot(0, this, &StartupProbe::report);
    }
    return false;
}

void StartupProbe::report()
{
    std::printf("startup-probe: %.1f ms since main(), %lld accounts\n",
                double(m_sinceMain.nsecsElapsed()) / 1e6, qlonglong(m_accounts));
    std::fflush(stdout);
    QCoreApplication::quit();
}
