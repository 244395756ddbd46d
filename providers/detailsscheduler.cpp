#include "detailsscheduler.h"

#include "providerclient.h"
#include "requestslots.h"
#include "retrypolicy.h"

#include <QNetworkAccessManager>
#include <QRandomGenerator>

#include <algorithm>
#include <cmath>

DetailsScheduler::DetailsScheduler(std::function<qint64()> now, QNetworkAccessManager *network,
                                   QObject *parent)
    : QObject(parent)
    , m_now(std::move(now))
    , m_slots(new RequestSlots(globalConcurrency, this))
{
    // Its own connections (see Poller's constructor).
    if (!network)
        network = new QNetworkAccessManager(this);
    for (Cloud cloud : allClouds) {
        ProviderClient *client = ProviderClient::create(cloud, network, m_slots, this);
        m_clients[size_t(cloud)] = client;
        connect(client, &ProviderClient::detailsReady, this,
                [this, cloud](quint64 id, const DetailsSnapshot &details) {
                    onDetails(cloud, id, details);
                });
    }
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &DetailsScheduler::onTimer);
}

DetailsScheduler::~DetailsScheduler()
{
    stop();
}

void DetailsScheduler::setIntervalMs(qint64 ms)
{
    m_intervalMs = std::max<qint64>(ms, 1000);
}

void DetailsScheduler::setEnabled(bool enabled)
{
    m_enabled = enabled;
    if (!enabled)
        stop();
}

void DetailsScheduler::setPaused(bool paused)
{
    m_paused = paused;
    scheduleTimer();
}

void DetailsScheduler::statusListed(const FetchRequest &request, const Snapshot &snapshot)
{
    if (!m_enabled || !snapshot.isComplete())
        return;
    Scope &scope = m_scopes[snapshot.scope];
    scope.cloud = snapshot.cloud;
    scope.request = request;
    scope.request.query = {};
    // One request at a time per account: details are extra requests, capped hard.
    scope.request.account.maxConcurrency = 1;
    QSet<QString> listed;
    listed.reserve(snapshot.instances.size());
    for (const ObservedInstance &instance : snapshot.instances)
        listed.insert(instance.instanceId);
    scope.known.intersect(listed); // forget instances that are gone
    scope.wanted = listed - scope.known - scope.unanswered;
    if (!scope.listedOnce && !scope.inFlight)
        scope.nextFullMs = std::min(scope.nextFullMs, m_now());
    scheduleTimer();
}

void DetailsScheduler::forgetAccount(const QString &accountId)
{
    for (auto it = m_scopes.begin(); it != m_scopes.end();) {
        if (it.key().accountId != accountId) {
            ++it;
            continue;
        }
        if (it->inFlight)
            client(it->cloud)->cancel(it->fetchId);
        it = m_scopes.erase(it);
    }
    m_busyAccounts.remove(accountId);
    scheduleTimer();
}

void DetailsScheduler::stop()
{
    m_timer.stop();
    for (Scope &scope : m_scopes) {
        if (scope.inFlight) {
            client(scope.cloud)->cancel(scope.fetchId);
            scope.inFlight = false;
        }
    }
    m_busyAccounts.clear();
}

bool DetailsScheduler::isDue(const Scope &scope, qint64 now) const
{
    if (scope.inFlight || m_busyAccounts.contains(scope.request.account.id))
        return false;
    return scope.nextFullMs <= now || (scope.listedOnce && !scope.wanted.isEmpty());
}

bool DetailsScheduler::isIdle() const
{
    if (!m_busyAccounts.isEmpty())
        return false;
    const qint64 now = m_now();
    return std::none_of(m_scopes.cbegin(), m_scopes.cend(),
                        [this, now](const Scope &scope) { return isDue(scope, now); });
}

void DetailsScheduler::scheduleTimer()
{
    if (!m_enabled || m_paused) {
        m_timer.stop();
        return;
    }
    const qint64 now = m_now();
    std::optional<qint64> earliest;
    for (const Scope &scope : std::as_const(m_scopes)) {
        if (scope.inFlight)
            continue;
        const qint64 due = scope.listedOnce && !scope.wanted.isEmpty() ? now : scope.nextFullMs;
        earliest = std::min(earliest.value_or(due), due);
    }
    if (!earliest) {
        m_timer.stop();
        return;
    }
    const double realMs = double(*earliest - now) / m_timeScale;
    m_timer.start(std::clamp(int(std::ceil(realMs)), 0, 24 * 3600 * 1000));
}

void DetailsScheduler::onTimer()
{
    const qint64 now = m_now();
    QList<ScopeKey> due;
    for (auto it = m_scopes.cbegin(); it != m_scopes.cend(); ++it) {
        if (isDue(*it, now))
            due.append(it.key());
    }
    // Most overdue first (then in key order): an account whose listings take longer than the
    // interval must still reach every one of its regions in turn, not keep relisting the
    // first ones in key order while the last waits forever.
    std::sort(due.begin(), due.end(), [this](const ScopeKey &a, const ScopeKey &b) {
        const qint64 dueA = m_scopes.constFind(a)->nextFullMs;
        const qint64 dueB = m_scopes.constFind(b)->nextFullMs;
        return dueA != dueB ? dueA < dueB : a < b;
    });
    for (const ScopeKey &key : std::as_const(due)) {
        auto it = m_scopes.find(key);
        if (it != m_scopes.end() && isDue(*it, now))
            start(*it);
    }
    // Scopes waiting for their account's listing to end are picked up when it does.
    if (isIdle())
        emit becameIdle();
    else
        scheduleTimer();
}

void DetailsScheduler::start(Scope &scope)
{
    FetchRequest request = scope.request;
    scope.fullListing =
        !scope.listedOnce || scope.nextFullMs <= m_now() || scope.wanted.size() > maxTargetedIds;
    scope.asked = scope.fullListing ? QSet<QString>() : scope.wanted;
    if (!scope.fullListing)
        request.query.instanceIds = QStringList(scope.asked.cbegin(), scope.asked.cend());
    scope.wanted.clear();
    scope.inFlight = true;
    scope.fetchId = client(scope.cloud)->fetchDetails(request);
    m_busyAccounts.insert(request.account.id);
}

void DetailsScheduler::onDetails(Cloud cloud, quint64 fetchId, const DetailsSnapshot &details)
{
    auto it = m_scopes.find(details.scope);
    if (it == m_scopes.end() || !it->inFlight || it->fetchId != fetchId || it->cloud != cloud)
        return;
    Scope &scope = *it;
    scope.inFlight = false;
    m_busyAccounts.remove(scope.request.account.id);
    const qint64 now = m_now();
    const bool hadError = scope.error.has_value();
    if (details.isComplete()) {
        if (scope.fullListing) {
            scope.known.clear();
            scope.unanswered.clear();
            scope.listedOnce = true;
            scope.nextFullMs = now + m_intervalMs;
        }
        QSet<QString> asked = scope.fullListing ? QSet<QString>() : scope.asked;
        for (const InstanceDetails &item : details.instances) {
            scope.known.insert(item.instanceId);
            asked.remove(item.instanceId);
        }
        scope.unanswered.unite(asked);
        scope.wanted.subtract(scope.known);
        scope.failures = 0;
        scope.error.reset();
    } else {
        // Retried with the whole scope at the next due time; the status rows keep working.
        ++scope.failures;
        scope.error = details.error;
        scope.wanted.clear();
        scope.listedOnce = true;
        scope.nextFullMs = now
            + RetryPolicy::delayAfterFailure(details.error->kind, scope.failures,
                                             details.error->retryAfterMs, m_intervalMs,
                                             QRandomGenerator::global()->generateDouble());
    }
    const ScopeKey key = details.scope;
    const std::optional<FetchError> error = scope.error;
    scheduleTimer();
    if (details.isComplete())
        emit detailsReady(details);
    if (hadError || error)
        emit detailsStatusChanged(key, error);
    if (isIdle())
        emit becameIdle();
}
