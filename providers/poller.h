// Keeps every (account, region) fresh: refreshes each scope on its account's interval
// (default 30 s, at least 5 s), staggered at start; caps requests in flight globally and per
// account (RequestSlots, over enough QNetworkAccessManager lanes that Qt's six connections per
// host never cap a cloud below the global limit); backs off with jitter on throttling and transient
// errors, honouring the server's hints (RetryPolicy); corrects its clock from the server's time
// after a ClockSkew and retries once; stops an account on Auth until its credentials change; never
// runs two refreshes of one scope at once. Emits one Snapshot per finished listing and the
// scope's ScopeHealth whenever it changes. Lives on the GUI thread and never blocks it.
#pragma once

#include "account.h"
#include "clientoptions.h"
#include "instancedetails.h"
#include "pollerscope.h"
#include "scopehealth.h"
#include "snapshot.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <array>
#include <functional>

class CredentialResolver;
class DetailsScheduler;
class ProviderClient;
class QNetworkAccessManager;
class RequestSlots;

class Poller : public QObject
{
    Q_OBJECT

public:
    static constexpr int defaultGlobalConcurrency = 16;
    static constexpr qint64 maximumStaggerMs = 10'000;

    // Status and details listings go through separate QNetworkAccessManagers, because Qt
    // queues requests per host inside one and a status request must never wait there behind a
    // details one. Either may be null: the poller then owns that one.
    explicit Poller(CredentialResolver *credentials, QNetworkAccessManager *network = nullptr,
                    QNetworkAccessManager *detailsNetwork = nullptr, QObject *parent = nullptr);
    ~Poller() override;

    // Adds, changes and removes accounts; a changed account's listings restart at once.
    void setAccounts(const QList<Account> &accounts);
    QList<Account> accounts() const;

    void setDefaultPollSeconds(int seconds); // clamped to Account::minimumPollSeconds
    int defaultPollSeconds() const { return m_defaultPollSeconds; }
    void setGlobalConcurrency(int limit);
    void setClientOptions(const ClientOptions &options);
    // Simulated milliseconds per real millisecond (tests and benchmarks run an hour in a
    // minute); every interval and backoff is divided by it. Set before start().
    void setTimeScale(double scale);
    // The clock signing times come from (tests pin it); the system clock by default.
    void setSigningClock(std::function<QDateTime()> clock);

    // Names, zones, IPs and types (issue "Names, zones and addresses"): on by default,
    // every 10 minutes per scope and at once for new instances.
    void setDetailsEnabled(bool enabled);
    void setDetailsIntervalSeconds(int seconds);
    DetailsScheduler *details() const { return m_details; }

    ProviderClient *client(Cloud cloud) const;
    RequestSlots *requestSlots() const { return m_slots; }

    void start(); // polling: the first refresh of every scope, spread over a few seconds
    void stop(); // cancels everything in flight
    // One round: every scope listed once (plus the clock-skew retry), then roundFinished().
    void runOnce();
    void setPaused(bool paused);
    bool isPaused() const { return m_paused; }
    void refreshAll();
    void refreshAccount(const QString &accountId);
    // The account's secret (or key) changed: forget the cached one, resume if stopped.
    void credentialsChanged(const QString &accountId);

    ScopeHealth health(const ScopeKey &scope) const;
    QList<ScopeHealth> allHealth() const;
    int scopesInFlight() const;

signals:
    void snapshotReady(const Snapshot &snapshot);
    void detailsReady(const DetailsSnapshot &details);
    void healthChanged(const ScopeHealth &health);
    void accountStopped(const QString &accountId, const FetchError &reason);
    void roundFinished();

private:
    qint64 nowMs() const;
    qint64 intervalMs(const PollerAccount &account) const;
    void addScopes(const Account &account, qint64 firstDueMs);
    void removeAccountScopes(const QString &accountId);
    void scheduleTimer();
    void onTimer();
    void startRefresh(PollerScope &scope);
    void resolveCredentials(PollerAccount &account);
    void onSnapshot(Cloud cloud, quint64 fetchId, const Snapshot &snapshot);
    void finishScope(PollerScope &scope);
    void stopAccount(PollerAccount &account, const FetchError &reason);
    void failScopeWithoutListing(PollerScope &scope, const FetchError &error);
    void updateHealth(PollerScope &scope);
    void checkRoundFinished();
    void ensureNetworkLanes();
    PollerScope *scopeFor(Cloud cloud, quint64 fetchId);

    QPointer<CredentialResolver> m_credentials;
    QNetworkAccessManager *m_network = nullptr;
    // m_network, then the managers the poller made for RequestSlots' further lanes.
    QList<QNetworkAccessManager *> m_laneNetworks;
    RequestSlots *m_slots = nullptr;
    DetailsScheduler *m_details = nullptr;
    std::array<ProviderClient *, 4> m_clients {};
    QHash<QString, PollerAccount> m_accounts;
    QHash<ScopeKey, PollerScope> m_scopes;
    QHash<quint64, ScopeKey> m_fetches[4]; // per cloud: fetch id -> scope
    QTimer m_timer;
    QElapsedTimer m_elapsed;
    double m_timeScale = 1.0;
    int m_defaultPollSeconds = Account::defaultPollSeconds;
    bool m_running = false;
    bool m_paused = false;
    bool m_once = false;
};
