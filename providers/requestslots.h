// The caps on HTTP requests in flight: one global cap shared by every client (the poller owns
// one RequestSlots for the whole application) and one cap per account. A request waits for a
// slot in FIFO order, except that a waiter whose account is at its cap does not hold up the
// others. Grants are always delivered from the event loop, never from inside acquire() or
// release(), so callers never re-enter themselves.
//
// Lanes: Qt opens at most six HTTP/1.1 connections to a host per QNetworkAccessManager, so
// with one manager every account of a cloud whose API has one host (JD Cloud, Tencent Cloud,
// Zenlayer) would share six requests in flight, whatever the global cap. The caller may
// send through several managers ("lanes"); the per-host cap then holds per lane, and each
// grant says which lane to use (lane()). Lower lanes are filled first, so a light load keeps
// reusing the connections of the first manager. (Qt 6.5's QHttp1Configuration can raise the
// six; Debian 12 has Qt 6.4.)
#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QString>

#include <deque>
#include <functional>
#include <utility>

class RequestSlots : public QObject
{
    Q_OBJECT

public:
    static constexpr int defaultGlobalLimit = 16;

    explicit RequestSlots(int globalLimit = defaultGlobalLimit, QObject *parent = nullptr);
    ~RequestSlots() override;

    void setGlobalLimit(int limit);
    int globalLimit() const { return m_globalLimit; }
    // How many network lanes requests may be spread over (at least 1, the default).
    void setLanes(int lanes);
    int lanes() const { return m_lanes; }
    // The lanes needed for `globalLimit` requests to one host to be in flight at once.
    static int lanesFor(int globalLimit);

    using Ticket = quint64;
    // Asks for one slot for `accountId`, of which at most `accountLimit` may be in flight.
    // `granted` runs later from the event loop, once, unless the ticket was released first or
    // `context` was destroyed (the slot then returns to the pool).
    Ticket acquire(const QString &accountId, int accountLimit, QObject *context,
                   std::function<void()> granted);
    // The same, also capped at perHostLimit in flight to `host` ("scheme://host:port"). Qt
    // opens at most that many HTTP/1.1 connections per host and queues the rest inside the
    // QNetworkAccessManager, where a request would hold a slot that another host could use.
    Ticket acquire(const QString &accountId, int accountLimit, const QString &host,
                   QObject *context, std::function<void()> granted);
    static constexpr int perHostLimit = 6; // per lane
    // The lane a granted ticket was given (0 for an unknown ticket).
    int lane(Ticket ticket) const;
    // Gives a granted slot back, or withdraws a waiting request. Unknown tickets are ignored,
    // so releasing twice is harmless.
    void release(Ticket ticket);

    int inFlight() const { return m_inFlight; }
    int inFlight(const QString &accountId) const { return m_perAccount.value(accountId); }
    int inFlightToHost(const QString &host) const; // over every lane
    int waiting() const { return int(m_waiting.size()); }
    // The most requests that were in flight at once, since construction (tests, bench).
    int peakInFlight() const { return m_peak; }
    int peakInFlight(const QString &accountId) const { return m_peakPerAccount.value(accountId); }

signals:
    // A slot was granted or given back (the poller's status display listens).
    void usageChanged();

private:
    struct Waiter
    {
        Ticket ticket;
        QString accountId;
        int accountLimit;
        QString host;
        QPointer<QObject> context;
        std::function<void()> granted;
    };

    struct Grant
    {
        QString accountId;
        QString host;
        int lane = 0;
    };

    void grantWaiters();
    // The lowest lane with room for one more request to `host`, or -1.
    int freeLane(const QString &host) const;
    void deliver(Ticket ticket, QPointer<QObject> context, std::function<void()> granted);

    int m_globalLimit;
    int m_lanes = 1;
    int m_inFlight = 0;
    int m_peak = 0;
    Ticket m_nextTicket = 1;
    std::deque<Waiter> m_waiting;
    QHash<Ticket, Grant> m_granted;
    QHash<QString, int> m_perAccount;
    QHash<std::pair<QString, int>, int> m_perHost; // (host, lane) -> in flight
    QHash<QString, int> m_peakPerAccount;
};
