// One listing of one scope, from the first request to the assembled result: splits long
// instance-id filters into several requests, reads the first page, then asks for the remaining
// pages at once (each waits for a RequestSlots slot), signs each request at the moment it is
// sent, reads replies under the client's limits, and stops everything at the first error.
// Internal to ProviderClient.
#pragma once

#include "clientoptions.h"
#include "cloudprotocol.h"
#include "fetchrequest.h"
#include "pageassembler.h"
#include "requestslots.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

class QNetworkAccessManager;
class ReplyReader;

class ListingJob : public QObject
{
    Q_OBJECT

public:
    struct Setup
    {
        const CloudProtocol *protocol = nullptr;
        // One per RequestSlots lane (the lane a slot was granted on picks the manager); a
        // lane beyond the list uses the first.
        QList<QPointer<QNetworkAccessManager>> networks;
        QPointer<RequestSlots> requestSlots;
        ClientOptions options;
        std::function<QDateTime()> clock;
    };

    ListingJob(Setup setup, ListingKind kind, FetchRequest request, QObject *parent = nullptr);
    ~ListingJob() override;

    // Begins; finished() always comes later from the event loop.
    void start();
    // Stops without emitting finished(); every slot is given back.
    void cancel();

    const FetchRequest &request() const { return m_request; }
    ListingKind kind() const { return m_kind; }
    int requestCount() const { return m_requestCount; }
    // The Date header of the first page's answer (null until it came, or without one).
    const QDateTime &serverTime() const { return m_serverTime; }
    const std::optional<FetchError> &error() const { return m_error; }
    QList<ObservedInstance> takeStatuses();
    QList<InstanceDetails> takeDetails();

signals:
    void finished();

private:
    struct Chunk
    {
        QStringList ids;
        PageAssembler assembler;
    };
    struct Pending
    {
        int chunk = 0;
        int page = 0;
        RequestSlots::Ticket ticket = 0;
        QPointer<ReplyReader> reader;
        QDateTime signedAt;
    };

    void queuePage(int chunk, int page);
    void send(quint64 key);
    void onReply(quint64 key, const std::optional<RawReply> &reply,
                 const std::optional<FetchError> &error);
    void fail(FetchError error);
    void stopAll();
    void finishIfComplete();

    Setup m_setup;
    ListingKind m_kind;
    FetchRequest m_request;
    RequestContext m_baseContext;
    QString m_hostKey; // "scheme://host:port" of every page, for RequestSlots' per-host cap
    int m_pageSize = 0;
    QList<Chunk> m_chunks;
    QHash<quint64, Pending> m_pending;
    quint64 m_nextKey = 1;
    int m_requestCount = 0;
    QDateTime m_serverTime;
    bool m_done = false;
    std::optional<FetchError> m_error;
    QList<ObservedInstance> m_statuses;
    QList<InstanceDetails> m_details;
};
