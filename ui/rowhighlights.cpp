#include "rowhighlights.h"

#include <QElapsedTimer>

RowHighlights::RowHighlights(QObject *parent)
    : QObject(parent)
    , m_timer(this)
{
    setClock({});
    m_timer.setInterval(tickMs);
    connect(&m_timer, &QTimer::timeout, this, &RowHighlights::advance);
}

void RowHighlights::setClock(std::function<qint64()> clock)
{
    if (clock) {
        m_clock = std::move(clock);
        return;
    }
    auto elapsed = std::make_shared<QElapsedTimer>();
    elapsed->start();
    m_clock = [elapsed] { return elapsed->elapsed(); };
}

void RowHighlights::mark(const InstanceKey &key)
{
    m_marked.insert(key, m_clock());
    if (!m_timer.isActive())
        m_timer.start();
}

qreal RowHighlights::strength(const InstanceKey &key) const
{
    const auto it = m_marked.constFind(key);
    if (it == m_marked.cend())
        return 0;
    const qint64 age = m_clock() - *it;
    if (age >= m_fadeMs)
        return 0;
    return 1.0 - qreal(std::max<qint64>(0, age)) / m_fadeMs;
}

void RowHighlights::clear()
{
    m_marked.clear();
    m_timer.stop();
}

void RowHighlights::advance()
{
    const qint64 now = m_clock();
    m_marked.removeIf([&](const auto &it) { return now - it.value() >= m_fadeMs; });
    emit tick();
    if (m_marked.isEmpty())
        m_timer.stop();
}
