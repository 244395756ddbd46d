// StartupProbe: how long the window mode takes to start, for bench_startup. With
// FLEETWATCH_STARTUP_PROBE set in the environment, once the main window has painted its first
// frame (the accounts are loaded before the window is shown), it prints one line on stdout,
// "startup-probe: <ms> ms since main(), <n> accounts", and quits. Unset, nothing is created.
#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

class QWidget;

class StartupProbe : public QObject
{
public:
    static bool isRequested();

    // `sinceMain` was started on entering main(); `accounts`: how many the session loaded.
    StartupProbe(const QElapsedTimer &sinceMain, QWidget *window, qsizetype accounts,
                 QObject *parent = nullptr);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void report();

    QElapsedTimer m_sinceMain;
    QPointer<QWidget> m_window;
    qsizetype m_accounts = 0;
    bool m_painted = false;
};
