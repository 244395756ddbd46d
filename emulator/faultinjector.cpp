#include "faultinjector.h"

#include <cmath>

FaultInjector::FaultInjector(quint64 seed, QList<FaultRule> rules)
    : m_rules(std::move(rules))
    , m_random(quint32(seed ^ (seed >> 32) ^ 0x5eed))
{ }

void FaultInjector::setRules(QList<FaultRule> rules)
{
    QMutexLocker lock(&m_mutex);
    m_rules = std::move(rules);
}

void FaultInjector::addRule(const FaultRule &rule)
{
    QMutexLocker lock(&m_mutex);
    m_rules.append(rule);
}

QList<FaultRule> FaultInjector::rules() const
{
    QMutexLocker lock(&m_mutex);
    return m_rules;
}

FaultProfile FaultInjector::profileFor(Cloud cloud, const QString &accountId, const QString &region,
                                       ApiCall call) const
{
    QMutexLocker lock(&m_mutex);
    for (qsizetype i = m_rules.size() - 1; i >= 0; --i) {
        if (m_rules.at(i).matches(cloud, accountId, region, call))
            return m_rules.at(i).profile;
    }
    return {};
}

bool FaultInjector::roll(double share)
{
    if (share <= 0)
        return false;
    return share >= 1 || m_random.generateDouble() < share;
}

bool FaultInjector::overQps(const QString &window, double qps, qint64 clockMs)
{
    QQueue<qint64> &times = m_windows[window];
    while (!times.isEmpty() && times.head() <= clockMs - 1000)
        times.dequeue();
    if (double(times.size()) >= std::floor(qps))
        return true;
    times.enqueue(clockMs);
    return false;
}

FaultDecision FaultInjector::decide(Cloud cloud, const QString &accountId, const QString &region,
                                    ApiCall call, qint64 clockMs)
{
    const FaultProfile p = profileFor(cloud, accountId, region, call);
    QMutexLocker lock(&m_mutex);
    FaultDecision d;
    if (p.isNull())
        return d;
    d.clockSkewMs = p.clockSkewMs;
    d.delayMs = p.latencyMs + (p.jitterMs > 0 ? int(m_random.bounded(p.jitterMs + 1)) : 0);
    d.authFailure = roll(p.authFailureShare);
    d.throttled = roll(p.throttleShare);
    if (!d.throttled && p.throttleAboveQps > 0) {
        const QString window = cloudId(cloud) + u'/' + accountId + u'/' + region;
        d.throttled = overQps(window, p.throttleAboveQps, clockMs);
    }
    d.retryAfterSeconds = p.retryAfterSeconds;
    if (roll(p.serverErrorShare))
        d.serverErrorStatus =
            p.serverErrorStatus ? p.serverErrorStatus : (m_random.bounded(2) ? 503 : 500);
    d.forbidden = roll(p.forbiddenShare);
    if (roll(p.malformedShare)) {
        using M = FaultProfile::Malformed;
        d.malformed = p.malformed != M::Any ? p.malformed : M(1 + m_random.bounded(4));
    }
    if (roll(p.slowBodyShare)) {
        d.trickleChunkBytes = p.slowBodyChunkBytes;
        d.trickleIntervalMs = p.slowBodyIntervalMs;
    }
    if (roll(p.dropShare)) {
        using D = FaultProfile::Drop;
        d.drop = p.drop != D::Any ? p.drop : D(1 + m_random.bounded(2));
    }
    return d;
}
