// How instances of each cloud move between that cloud's own raw states over time: which
// states are transitional (left after seconds) or stable (left after minutes), and with what
// odds each state leads to the next. Built once per cloud from a table in lifecycle.cpp.
#pragma once

#include "cloud.h"

#include <QList>
#include <QString>

class Lifecycle
{
public:
    // next() answers this when the instance has left the listing (deleted, released).
    static constexpr int gone = -1;

    static const Lifecycle &forCloud(Cloud cloud);

    Cloud cloud() const { return m_cloud; }
    int stateCount() const { return int(m_states.size()); }
    const QString &rawState(int state) const { return m_states.at(state).raw; }
    int indexOf(QStringView raw) const;
    // Transitional states last seconds (times the factor); stable ones last the fleet's dwell.
    bool isTransitional(int state) const { return m_states.at(state).transitional; }
    int durationFactor(int state) const { return m_states.at(state).durationFactor; }
    // Where a newly created instance starts.
    int creationState() const { return m_creationState; }
    // The state of an instance that already existed when the fleet began, from a uniform draw.
    int initialState(quint64 draw) const;
    // The state an instance moves to when it leaves `state`, from a uniform draw; or gone.
    int next(int state, quint64 draw) const;
    QStringList rawStates() const;

private:
    struct Edge
    {
        int to;
        int weight;
    };
    struct State
    {
        QString raw;
        bool transitional = false;
        int durationFactor = 1;
        QList<Edge> edges;
        int initialWeight = 0;
    };

    explicit Lifecycle(Cloud cloud);
    static int pick(const QList<Edge> &edges, quint64 draw);

    Cloud m_cloud;
    QList<State> m_states;
    int m_creationState = 0;
    QList<Edge> m_initial;
};
