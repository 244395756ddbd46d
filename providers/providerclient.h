// The asynchronous client of one cloud: lists the complete status set (or the details) of one
// (account, region) and reports it as one Snapshot (DetailsSnapshot) — the whole list, or a
// typed error, never a partial list. One per cloud (JdCloudClient, ZenlayerClient,
// AliyunClient, TencentClient), all sharing one RequestSlots and its lanes' managers.
// The cloud-specific part is a CloudProtocol of pure functions; this class is the engine
// (pagination, concurrency, limits, assembly). Lives on the GUI thread and never blocks it.
#pragma once

#include "clientoptions.h"
#include "cloudprotocol.h"
#include "fetchrequest.h"
#include "instancedetails.h"
#include "requestslots.h"
#include "snapshot.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

class ListingJob;
class QNetworkAccessManager;

class ProviderClient : public QObject
{
    Q_OBJECT

public:
    using Clock = std::function<QDateTime()>;
    using FetchId = quint64;

    // `requestSlots` is shared by every client (global cap); when null the client makes its own.
    ProviderClient(std::unique_ptr<CloudProtocol> protocol, QNetworkAccessManager *network,
                   RequestSlots *requestSlots = nullptr, QObject *parent = nullptr);
    ~ProviderClient() override;

    // The client for `cloud` (a JdCloudClient, ZenlayerClient, ...).
    static ProviderClient *create(Cloud cloud, QNetworkAccessManager *network,
                                  RequestSlots *requestSlots = nullptr, QObject *parent = nullptr);

    Cloud cloud() const;
    const CloudProtocol &protocol() const { return *m_protocol; }
    RequestSlots *requestSlots() const { return m_slots; }

    // The managers requests go through, one per RequestSlots lane (lane 0 first); by default
    // only the one given to the constructor.
    void setNetworks(const QList<QNetworkAccessManager *> &networks);

    void setOptions(const ClientOptions &options) { m_options = options; }
    const ClientOptions &options() const { return m_options; }
    // Where signing time comes from (default: the system clock, UTC). Tests pin it.
    void setClock(Clock clock);
    QDateTime now() const { return m_clock(); }

    // Start a listing; the result arrives as snapshotReady / detailsReady with the returned
    // id, always later from the event loop (even for a request refused before sending).
    FetchId fetchStatus(const FetchRequest &request);
    FetchId fetchDetails(const FetchRequest &request);
    // Stops a listing: its requests are aborted, its slots given back, and no signal follows.
    void cancel(FetchId id);
    void cancelAll();
    int activeFetches() const { return int(m_jobs.size()); }

    // The clock offset that makes this machine's time match the server's, from a ClockSkew
    // error: pass it as FetchRequest::clockOffsetMs for the one retry. 0 without serverTime.
    static qint64 clockOffsetFor(const FetchError &error, const QDateTime &localNow);

signals:
    void snapshotReady(quint64 fetchId, const Snapshot &snapshot);
    void detailsReady(quint64 fetchId, const DetailsSnapshot &details);

private:
    FetchId startJob(ListingKind kind, const FetchRequest &request);
    void onJobFinished(FetchId id);

    std::unique_ptr<CloudProtocol> m_protocol;
    QList<QPointer<QNetworkAccessManager>> m_networks;
    QPointer<RequestSlots> m_slots;
    ClientOptions m_options;
    Clock m_clock;
    FetchId m_nextId = 1;
    QHash<FetchId, ListingJob *> m_jobs;
};
