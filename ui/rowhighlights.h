// RowHighlights: which instances changed state a moment ago, and how strongly to highlight
// them (1 just now, fading to 0 after fadeMs). One timer for all of them, running only while
// something is fading; its tick() tells the view to repaint the visible highlighted rows.
#pragma once

#include "instancekey.h"

#include <QHash>
#include <QObject>
#include <QTimer>

#include <functional>

class RowHighlights : public QObject
{
    Q_OBJECT

public:
    static constexpr int defaultFadeMs = 4000;
    static constexpr int tickMs = 100;

    explicit RowHighlights(QObject *parent = nullptr);

    void mark(const InstanceKey &key);
    qreal strength(const InstanceKey &key) const; // 0 when not highlighted
    bool isEmpty() const { return m_marked.isEmpty(); }
    int count() const { return int(m_marked.size()); }
    bool isTicking() const { return m_timer.isActive(); }
    void clear();

    void setFadeMs(int ms) { m_fadeMs = std::max(1, ms); }
    // A monotonic millisecond clock; tests pass their own.
    void setClock(std::function<qint64()> clock);
    // Drops what has faded and emits tick() (the timer calls this).
    void advance();

signals:
    void tick();

private:
    QHash<InstanceKey, qint64> m_marked; // when each was marked
    std::function<qint64()> m_clock;
    QTimer m_timer;
    int m_fadeMs = defaultFadeMs;
};
