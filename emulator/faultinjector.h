// Decides, request by request, which faults strike: picks the profile of the last matching
// rule, rolls the dice for each share (from the configured seed), and keeps the per-scope
// request windows that "throttle above N requests per second" needs (counted on the
// emulator clock, so accelerated and manual time behave). Rules can change at run time.
#pragma once

#include "faultprofile.h"

#include <QHash>
#include <QList>
#include <QMutex>
#include <QQueue>
#include <QRandomGenerator>

#include <optional>

struct FaultDecision
{
    qint64 clockSkewMs = 0;
    bool authFailure = false;
    bool throttled = false;
    int retryAfterSeconds = 0;
    int serverErrorStatus = 0; // 0: none
    bool forbidden = false;
    std::optional<FaultProfile::Malformed> malformed; // never Any
    int delayMs = 0;
    int trickleChunkBytes = 0;
    int trickleIntervalMs = 0;
    std::optional<FaultProfile::Drop> drop; // never Any

    bool refuses() const { return authFailure || throttled || serverErrorStatus || forbidden; }
};

class FaultInjector
{
public:
    FaultInjector(quint64 seed, QList<FaultRule> rules);

    void setRules(QList<FaultRule> rules);
    void addRule(const FaultRule &rule);
    QList<FaultRule> rules() const;

    FaultProfile profileFor(Cloud cloud, const QString &accountId, const QString &region,
                            ApiCall call) const;
    FaultDecision decide(Cloud cloud, const QString &accountId, const QString &region, ApiCall call,
                         qint64 clockMs);

private:
    bool roll(double share);
    bool overQps(const QString &window, double qps, qint64 clockMs);

    mutable QMutex m_mutex;
    QList<FaultRule> m_rules;
    QRandomGenerator m_random;
    QHash<QString, QQueue<qint64>> m_windows; // accepted requests in the last second
};
