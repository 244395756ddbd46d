// Fetches the richer "describe instances" listings (name, zone, IPs, type) beside the status
// polling, without ever slowing it: its own clients, request slots and connections (a status
// request never waits behind a details one), at most one details listing per account at a time with
// one request in flight, a slow cadence (every 10 minutes per scope by default), and at once for
// the ids a status listing shows with no details yet. Fed by the Poller after each complete
// status listing; a failed details call leaves the status rows untouched and is reported per
// scope so the health strip can say "details unavailable" and why.
#pragma once

#include "fetchrequest.h"
#include "instancedetails.h"
#include "snapshot.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <array>
#include <functional>
#include <optional>

class ProviderClient;
class RequestSlots;

class QNetworkAccessManager;

class DetailsScheduler : public QObject
{
    Q_OBJECT

public:
    static constexpr qint64 defaultIntervalMs = 10 * 60'000;
    static constexpr int globalConcurrency = 4;
    // More unknown ids than this in one scope: list the whole scope rather than by id.
    static constexpr int maxTargetedIds = 300;

    // `now` is the poller's monotonic clock in simulated milliseconds; `timeScale` converts it
    // to timer milliseconds. `network` may be null: the scheduler then owns one.
    explicit DetailsScheduler(std::function<qint64()> now, QNetworkAccessManager *network = nullptr,
                              QObject *parent = nullptr);
    ~DetailsScheduler() override;

    void setIntervalMs(qint64 ms);
    void setTimeScale(double scale) { m_timeScale = scale > 0 ? scale : 1.0; }
    void setEnabled(bool enabled);
    bool isEnabled() const { return m_enabled; }
    void setPaused(bool paused);
    ProviderClient *client(Cloud cloud) const { return m_clients[size_t(cloud)]; }
    RequestSlots *requestSlots() const { return m_slots; }

    // After a complete status listing of a scope, with the request that listing used.
    void statusListed(const FetchRequest &request, const Snapshot &snapshot);
    void forgetAccount(const QString &accountId);
    void stop();
    // Nothing in flight and nothing due now.
    bool isIdle() const;
    int listingsInFlight() const { return int(m_busyAccounts.size()); }

signals:
    void detailsReady(const DetailsSnapshot &details);
    // The scope's details call failed (error set) or works again (no error).
    void detailsStatusChanged(const ScopeKey &scope, const std::optional<FetchError> &error);
    void becameIdle();

private:
    struct Scope
    {
        Cloud cloud = Cloud::JdCloud;
        FetchRequest request; // from the last complete status listing
        qint64 nextFullMs = 0; // when the whole scope is listed again
        bool listedOnce = false; // a complete full listing has arrived
        QSet<QString> known; // ids with details
        QSet<QString> wanted; // ids seen by the status listing with no details yet
        QSet<QString> asked; // the ids of the running by-id listing
        QSet<QString> unanswered; // asked for by id and not returned: wait for a full listing
        bool inFlight = false;
        quint64 fetchId = 0;
        bool fullListing = false; // the running listing covers the whole scope
        int failures = 0;
        std::optional<FetchError> error;
    };

    bool isDue(const Scope &scope, qint64 now) const;
    void scheduleTimer();
    void onTimer();
    void start(Scope &scope);
    void onDetails(Cloud cloud, quint64 fetchId, const DetailsSnapshot &details);

    std::function<qint64()> m_now;
    RequestSlots *m_slots = nullptr;
    std::array<ProviderClient *, 4> m_clients {};
    QHash<ScopeKey, Scope> m_scopes;
    QSet<QString> m_busyAccounts;
    QTimer m_timer;
    qint64 m_intervalMs = defaultIntervalMs;
    double m_timeScale = 1.0;
    bool m_enabled = true;
    bool m_paused = false;
};
