#include "poller.h"

#include "credentialresolver.h"
#include "detailsscheduler.h"
#include "providerclient.h"
#include "requestslots.h"
#include "retrypolicy.h"

#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QRandomGenerator>

#include <algorithm>
#include <cmath>

Q_LOGGING_CATEGORY(lcPoller, "fleetwatch.poller")

Poller::Poller(CredentialResolver *credentials, QNetworkAccessManager *network,
               QNetworkAccessManager *detailsNetwork, QObject *parent)
    : QObject(parent)
    , m_credentials(credentials)
    , m_network(network ? network : new QNetworkAccessManager(this))
    , m_slots(new RequestSlots(defaultGlobalConcurrency, this))
{
    for (Cloud cloud : allClouds) {
        ProviderClient *client = ProviderClient::create(cloud, m_network, m_slots, this);
        m_clients[size_t(cloud)] = client;
        connect(client, &ProviderClient::snapshotReady, this,
                [this, cloud](quint64 id, const Snapshot &snapshot) {
                    onSnapshot(cloud, id, snapshot);
                });
    }
    ensureNetworkLanes();
    m_details = new DetailsScheduler([this] { return nowMs(); }, detailsNetwork, this);
    connect(m_details, &DetailsScheduler::detailsReady, this, &Poller::detailsReady);
    connect(m_details, &DetailsScheduler::detailsStatusChanged, this,
            [this](const ScopeKey &key, const std::optional<FetchError> &error) {
                auto it = m_scopes.find(key);
                if (it == m_scopes.end())
                    return;
                it->health.detailsError = error;
                updateHealth(*it);
            });
    connect(m_details, &DetailsScheduler::becameIdle, this, &Poller::checkRoundFinished);
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &Poller::onTimer);
    m_elapsed.start();
}

Poller::~Poller()
{
    stop();
}

qint64 Poller::nowMs() const
{
    return qint64(double(m_elapsed.nsecsElapsed()) / 1e6 * m_timeScale);
}

qint64 Poller::intervalMs(const PollerAccount &account) const
{
    return qint64(account.account.effectivePollSeconds(m_defaultPollSeconds)) * 1000;
}

ProviderClient *Poller::client(Cloud cloud) const
{
    return m_clients[size_t(cloud)];
}

void Poller::setDefaultPollSeconds(int seconds)
{
    m_defaultPollSeconds = std::max(seconds, Account::minimumPollSeconds);
}

void Poller::setGlobalConcurrency(int limit)
{
    m_slots->setGlobalLimit(std::max(limit, 1));
    ensureNetworkLanes();
}

void Poller::ensureNetworkLanes()
{
    if (m_laneNetworks.isEmpty())
        m_laneNetworks.append(m_network);
    const int lanes = RequestSlots::lanesFor(m_slots->globalLimit());
    while (m_laneNetworks.size() < lanes) {
        // Each manager opens its own connections; they go the way the first one does.
        auto *network = new QNetworkAccessManager(this);
        network->setProxy(m_network->proxy());
        network->setRedirectPolicy(m_network->redirectPolicy());
        network->setStrictTransportSecurityEnabled(m_network->isStrictTransportSecurityEnabled());
        network->setTransferTimeout(m_network->transferTimeout());
        m_laneNetworks.append(network);
    }
    // Never fewer lanes than before: requests in flight may be on any of them.
    m_slots->setLanes(std::max(lanes, m_slots->lanes()));
    for (Cloud cloud : allClouds)
        client(cloud)->setNetworks(m_laneNetworks);
}

void Poller::setClientOptions(const ClientOptions &options)
{
    for (Cloud cloud : allClouds) {
        client(cloud)->setOptions(options);
        m_details->client(cloud)->setOptions(options);
    }
}

void Poller::setDetailsEnabled(bool enabled)
{
    m_details->setEnabled(enabled);
}

void Poller::setDetailsIntervalSeconds(int seconds)
{
    m_details->setIntervalMs(qint64(std::max(seconds, Account::minimumPollSeconds)) * 1000);
}

void Poller::setTimeScale(double scale)
{
    m_timeScale = scale > 0 ? scale : 1.0;
    m_elapsed.restart();
    m_details->setTimeScale(m_timeScale);
    for (PollerScope &scope : m_scopes)
        scope.dueMs = 0;
}

void Poller::setSigningClock(std::function<QDateTime()> clock)
{
    for (Cloud cloud : allClouds) {
        client(cloud)->setClock(clock);
        m_details->client(cloud)->setClock(clock);
    }
}

QList<Account> Poller::accounts() const
{
    QList<Account> result;
    for (const PollerAccount &account : m_accounts)
        result.append(account.account);
    return result;
}

void Poller::setAccounts(const QList<Account> &accounts)
{
    QSet<QString> wanted;
    for (const Account &account : accounts) {
        wanted.insert(account.id);
        const auto existing = m_accounts.constFind(account.id);
        if (existing != m_accounts.cend() && existing->account == account)
            continue;
        // Any change (key, regions, endpoint...) starts the account afresh.
        removeAccountScopes(account.id);
        const quint64 generation = existing != m_accounts.cend() ? existing->generation + 1 : 1;
        PollerAccount state;
        state.account = account;
        state.generation = generation;
        m_accounts.insert(account.id, state);
        addScopes(account, nowMs());
    }
    const QStringList known = m_accounts.keys();
    for (const QString &id : known) {
        if (!wanted.contains(id)) {
            removeAccountScopes(id);
            m_accounts.remove(id);
        }
    }
    scheduleTimer();
}

void Poller::addScopes(const Account &account, qint64 firstDueMs)
{
    for (const ScopeKey &key : account.scopes()) {
        PollerScope scope;
        scope.cloud = account.cloud;
        scope.key = key;
        scope.dueMs = firstDueMs;
        scope.health.cloud = account.cloud;
        scope.health.scope = key;
        m_scopes.insert(key, scope);
        emit healthChanged(scope.health);
    }
}

void Poller::removeAccountScopes(const QString &accountId)
{
    m_details->forgetAccount(accountId);
    for (auto it = m_scopes.begin(); it != m_scopes.end();) {
        if (it->key.accountId != accountId) {
            ++it;
            continue;
        }
        if (it->inFlight) {
            client(it->cloud)->cancel(it->fetchId);
            m_fetches[size_t(it->cloud)].remove(it->fetchId);
        }
        it = m_scopes.erase(it);
    }
}

void Poller::start()
{
    m_running = true;
    m_once = false;
    // Spread the first refreshes over a few seconds (at most one interval), so that a large
    // fleet's listings do not all fall on the same second forever after.
    QList<ScopeKey> keys = m_scopes.keys();
    std::sort(keys.begin(), keys.end());
    qint64 window = maximumStaggerMs;
    for (const PollerAccount &account : std::as_const(m_accounts))
        window = std::min(window, intervalMs(account));
    const qint64 now = nowMs();
    for (qsizetype i = 0; i < keys.size(); ++i)
        m_scopes[keys.at(i)].dueMs = now + window * i / std::max<qsizetype>(keys.size(), 1);
    scheduleTimer();
}

void Poller::runOnce()
{
    m_running = true;
    m_once = true;
    const qint64 now = nowMs();
    for (PollerScope &scope : m_scopes) {
        scope.dueMs = now;
        scope.doneThisRound = false;
    }
    if (m_scopes.isEmpty())
        QTimer::singleShot(0, this, &Poller::roundFinished);
    scheduleTimer();
}

void Poller::stop()
{
    m_running = false;
    m_timer.stop();
    m_details->stop();
    for (PollerScope &scope : m_scopes) {
        if (scope.inFlight) {
            client(scope.cloud)->cancel(scope.fetchId);
            scope.inFlight = false;
        }
    }
    for (auto &fetches : m_fetches)
        fetches.clear();
}

void Poller::setPaused(bool paused)
{
    if (m_paused == paused)
        return;
    m_paused = paused;
    m_details->setPaused(paused);
    const QList<ScopeKey> keys = m_scopes.keys();
    for (const ScopeKey &key : keys) {
        auto it = m_scopes.find(key);
        if (it != m_scopes.end())
            updateHealth(*it);
    }
    scheduleTimer();
}

void Poller::refreshAll()
{
    const QStringList ids = m_accounts.keys();
    for (const QString &id : ids)
        refreshAccount(id);
}

void Poller::refreshAccount(const QString &accountId)
{
    auto account = m_accounts.find(accountId);
    if (account == m_accounts.end())
        return;
    // Polling stops on Auth, but a refresh the user asks for tries again (the key's rights
    // may have been fixed in the cloud's console), with the secret read afresh.
    if (account->stoppedBy) {
        account->stoppedBy.reset();
        account->credentials.reset();
        ++account->generation;
        account->resolving = false;
    }
    const qint64 now = nowMs();
    for (PollerScope &scope : m_scopes) {
        if (scope.key.accountId != accountId)
            continue;
        if (scope.inFlight)
            scope.again = true;
        else
            scope.dueMs = now;
        scope.failures = 0;
    }
    scheduleTimer();
}

void Poller::credentialsChanged(const QString &accountId)
{
    auto account = m_accounts.find(accountId);
    if (account == m_accounts.end())
        return;
    account->credentials.reset();
    account->stoppedBy.reset();
    account->resolving = false;
    ++account->generation;
    refreshAccount(accountId);
}

ScopeHealth Poller::health(const ScopeKey &scope) const
{
    return m_scopes.value(scope).health;
}

QList<ScopeHealth> Poller::allHealth() const
{
    QList<ScopeHealth> result;
    result.reserve(m_scopes.size());
    for (const PollerScope &scope : m_scopes)
        result.append(scope.health);
    return result;
}

int Poller::scopesInFlight() const
{
    return int(std::count_if(m_scopes.cbegin(), m_scopes.cend(),
                             [](const PollerScope &scope) { return scope.inFlight; }));
}

void Poller::scheduleTimer()
{
    if (!m_running || m_paused) {
        m_timer.stop();
        return;
    }
    std::optional<qint64> earliest;
    for (const PollerScope &scope : std::as_const(m_scopes)) {
        const PollerAccount &account = m_accounts[scope.key.accountId];
        if (scope.inFlight || account.stoppedBy || account.resolving
            || (m_once && scope.doneThisRound))
            continue;
        earliest = std::min(earliest.value_or(scope.dueMs), scope.dueMs);
    }
    if (!earliest) {
        m_timer.stop();
        return;
    }
    const double realMs = double(*earliest - nowMs()) / m_timeScale;
    m_timer.start(std::clamp(int(std::ceil(realMs)), 0, 24 * 3600 * 1000));
}

void Poller::onTimer()
{
    const qint64 now = nowMs();
    QList<ScopeKey> due;
    for (const PollerScope &scope : std::as_const(m_scopes)) {
        if (!scope.inFlight && scope.dueMs <= now && !(m_once && scope.doneThisRound))
            due.append(scope.key);
    }
    // Oldest due first, so a backlog drains in order.
    std::sort(due.begin(), due.end(), [this](const ScopeKey &a, const ScopeKey &b) {
        return m_scopes[a].dueMs < m_scopes[b].dueMs;
    });
    for (const ScopeKey &key : std::as_const(due)) {
        auto it = m_scopes.find(key);
        if (it != m_scopes.end() && m_running && !m_paused)
            startRefresh(*it);
    }
    scheduleTimer();
}

void Poller::startRefresh(PollerScope &scope)
{
    auto account = m_accounts.find(scope.key.accountId);
    if (scope.inFlight || account == m_accounts.end() || account->stoppedBy)
        return;
    if (!account->credentials) {
        resolveCredentials(*account); // the scope starts once the secret is known
        return;
    }
    FetchRequest request;
    request.account = account->account;
    request.credentials = *account->credentials;
    request.region = scope.key.region;
    request.clockOffsetMs = account->clockOffsetMs;
    scope.inFlight = true;
    scope.again = false;
    scope.startedMs = nowMs();
    scope.fetchId = client(scope.cloud)->fetchStatus(request);
    m_fetches[size_t(scope.cloud)].insert(scope.fetchId, scope.key);
    updateHealth(scope);
}

void Poller::resolveCredentials(PollerAccount &account)
{
    if (account.resolving)
        return;
    account.resolving = true;
    const QString id = account.account.id;
    const quint64 generation = account.generation;
    const auto done = [this, id, generation](const CredentialResolution &resolution) {
        auto it = m_accounts.find(id);
        if (it == m_accounts.end() || it->generation != generation)
            return; // the account changed meanwhile; its new state asks again
        it->resolving = false;
        if (resolution.ok()) {
            it->credentials = resolution.credentials;
        } else {
            FetchError error;
            error.kind = FetchError::Kind::Auth;
            error.code = QString::fromLatin1(FetchError::noCredentialsCode);
            error.message = resolution.message();
            stopAccount(*it, error);
        }
        scheduleTimer();
    };
    if (m_credentials) {
        m_credentials->resolve(account.account, this, done);
    } else {
        QTimer::singleShot(0, this, [done, id] {
            CredentialResolution none;
            none.accountId = id;
            done(none);
        });
    }
}

PollerScope *Poller::scopeFor(Cloud cloud, quint64 fetchId)
{
    const auto key = m_fetches[size_t(cloud)].take(fetchId);
    auto it = m_scopes.find(key);
    return it != m_scopes.end() && it->inFlight && it->fetchId == fetchId ? &*it : nullptr;
}

void Poller::onSnapshot(Cloud cloud, quint64 fetchId, const Snapshot &snapshot)
{
    PollerScope *scope = scopeFor(cloud, fetchId);
    if (!scope)
        return;
    scope->inFlight = false;
    scope->fetchId = 0;
    PollerAccount &account = m_accounts[scope->key.accountId];
    const qint64 now = nowMs();

    if (snapshot.isComplete()) {
        scope->failures = 0;
        scope->skewRetry = false;
        scope->health.lastSuccess = snapshot.finishedAt;
        scope->health.lastAttempt = snapshot.finishedAt;
        scope->health.lastError.reset();
        scope->health.stale = false;
        scope->dueMs = std::max(now, scope->startedMs + intervalMs(account));
        FetchRequest request;
        request.account = account.account;
        request.credentials = account.credentials.value_or(Credentials());
        request.region = scope->key.region;
        request.clockOffsetMs = account.clockOffsetMs;
        m_details->statusListed(request, snapshot);
    } else {
        const FetchError &error = *snapshot.error;
        if (error.kind == FetchError::Kind::ClockSkew && !scope->skewRetry
            && error.serverTime.isValid()) {
            // Our clock is off: sign with the server's time from now on, and retry once.
            account.clockOffsetMs = ProviderClient::clockOffsetFor(error, client(cloud)->now());
            qCInfo(lcPoller).noquote() << "clock off for account" << account.account.id << "by"
                                       << account.clockOffsetMs << "ms; retrying once";
            scope->skewRetry = true;
            startRefresh(*scope);
            return;
        }
        scope->skewRetry = false;
        scope->health.lastAttempt = snapshot.finishedAt;
        scope->health.lastError = error;
        scope->health.stale = true;
        if (error.kind == FetchError::Kind::Auth) {
            const ScopeKey key = scope->key;
            finishScope(*scope);
            emit snapshotReady(snapshot);
            auto again = m_accounts.find(key.accountId);
            if (again != m_accounts.end() && !again->stoppedBy)
                stopAccount(*again, error);
            checkRoundFinished();
            return;
        }
        ++scope->failures;
        scope->dueMs = now
            + qint64(double(RetryPolicy::delayAfterFailure(
                error.kind, scope->failures, error.retryAfterMs, intervalMs(account),
                QRandomGenerator::global()->generateDouble())));
    }
    finishScope(*scope);
    // Emitted last: a receiver may change the accounts, and `scope` with them.
    emit snapshotReady(snapshot);
    checkRoundFinished();
}

void Poller::finishScope(PollerScope &scope)
{
    if (m_once)
        scope.doneThisRound = true;
    if (scope.again && !m_once) {
        scope.again = false;
        scope.dueMs = nowMs();
    }
    updateHealth(scope);
    scheduleTimer();
}

void Poller::stopAccount(PollerAccount &account, const FetchError &reason)
{
    account.stoppedBy = reason;
    const QString id = account.account.id;
    m_details->forgetAccount(id);
    qCWarning(lcPoller).noquote() << "polling stopped for account" << id << "until its"
                                  << "credentials change:" << reason.code;
    // Scopes that are not listing now get the same error: their rows turn stale, and a
    // one-round run reports each of them.
    QList<ScopeKey> keys;
    for (const PollerScope &scope : std::as_const(m_scopes)) {
        if (scope.key.accountId == id)
            keys.append(scope.key);
    }
    for (const ScopeKey &key : std::as_const(keys)) {
        auto it = m_scopes.find(key);
        if (it == m_scopes.end())
            continue;
        if (!it->inFlight && !(m_once && it->doneThisRound))
            failScopeWithoutListing(*it, reason);
        else
            updateHealth(*it);
    }
    emit accountStopped(id, reason);
}

void Poller::failScopeWithoutListing(PollerScope &scope, const FetchError &error)
{
    Snapshot snapshot;
    snapshot.cloud = scope.cloud;
    snapshot.scope = scope.key;
    snapshot.finishedAt = client(scope.cloud)->now();
    snapshot.error = error;
    scope.health.lastAttempt = snapshot.finishedAt;
    scope.health.lastError = error;
    scope.health.stale = true;
    if (m_once)
        scope.doneThisRound = true;
    updateHealth(scope);
    emit snapshotReady(snapshot);
    checkRoundFinished();
}

void Poller::updateHealth(PollerScope &scope)
{
    const PollerAccount &account = m_accounts[scope.key.accountId];
    const bool scheduled = m_running && !m_paused && !account.stoppedBy && !scope.inFlight
        && !(m_once && scope.doneThisRound);
    const QDateTime next = scheduled ? QDateTime::currentDateTimeUtc().addMSecs(
                               qint64(double(scope.dueMs - nowMs()) / m_timeScale))
                                     : QDateTime();
    const ScopeHealth health = scope.derivedHealth(account, m_paused, next);
    if (PollerScope::sameHealth(health, scope.health))
        return;
    scope.health = health;
    emit healthChanged(health);
}

void Poller::checkRoundFinished()
{
    if (!m_once || !m_running || !m_details->isIdle())
        return;
    for (const PollerScope &scope : std::as_const(m_scopes)) {
        if (!scope.doneThisRound)
            return;
    }
    m_running = false;
    m_once = false;
    m_timer.stop();
    emit roundFinished();
}
