// TrayNotifier: the system-tray icon (counts in its tooltip, a badge on its icon when instances
// are in Error) and the desktop notifications for state transitions, grouped and rate limited
// by a TransitionDigest. One single-shot timer wakes it when the digest is next due.
#pragma once

#include "transitiondigest.h"

#include <QDateTime>
#include <QIcon>
#include <QObject>
#include <QSystemTrayIcon>
#include <QTimer>

#include <functional>

class QMenu;

class TrayNotifier : public QObject
{
    Q_OBJECT

public:
    struct Counts
    {
        int running = 0;
        int stopped = 0;
        int error = 0;
        int total = 0;
        int staleAccounts = 0;

        friend bool operator==(const Counts &, const Counts &) = default;
    };

    explicit TrayNotifier(QObject *parent = nullptr);

    // The tray is optional: when the desktop has none, notifications still go to
    // notificationShown() (the window shows them in its status bar).
    bool isTrayAvailable() const { return m_tray != nullptr; }
    QSystemTrayIcon *trayIcon() const { return m_tray; }
    void setContextMenu(QMenu *menu);
    void setVisible(bool visible);

    void setOptions(const TransitionDigest::Options &options);
    const TransitionDigest &digest() const { return m_digest; }
    void setEnabled(bool enabled); // notifications on or off; counts always update
    bool isEnabled() const { return m_enabled; }
    void setClock(std::function<QDateTime()> clock);

    void setCounts(const Counts &counts);
    QString toolTip() const { return m_toolTip; }
    QIcon icon() const { return m_icon; }

public slots:
    void addTransition(const TransitionDigest::Event &event);
    // Shows the digest's notification if it is due (the timer calls this; tests call it after
    // moving their clock).
    void flush();

signals:
    // Title and body exactly as handed to the notification server (markup-safe plain text).
    void notificationShown(const QString &title, const QString &body, bool severe);
    void activated(); // the tray icon was clicked
    void messageClicked();

private:
    void schedule();
    QDateTime now() const { return m_clock(); }
    static QIcon badgeIcon(const Counts &counts);

    TransitionDigest m_digest;
    QSystemTrayIcon *m_tray = nullptr;
    QTimer m_timer;
    std::function<QDateTime()> m_clock;
    Counts m_counts;
    QString m_toolTip;
    QIcon m_icon;
    bool m_enabled = true;
};
