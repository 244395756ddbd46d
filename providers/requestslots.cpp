#include "requestslots.h"

#include <QTimer>

RequestSlots::RequestSlots(int globalLimit, QObject *parent)
    : QObject(parent)
    , m_globalLimit(std::max(1, globalLimit))
{ }

RequestSlots::~RequestSlots() = default;

void RequestSlots::setGlobalLimit(int limit)
{
    m_globalLimit = std::max(1, limit);
    grantWaiters();
}

void RequestSlots::setLanes(int lanes)
{
    m_lanes = std::max(1, lanes);
    grantWaiters();
}

int RequestSlots::lanesFor(int globalLimit)
{
    return std::max(1, (globalLimit + perHostLimit - 1) / perHostLimit);
}

int RequestSlots::lane(Ticket ticket) const
{
    const auto it = m_granted.constFind(ticket);
    return it != m_granted.cend() ? it->lane : 0;
}

int RequestSlots::inFlightToHost(const QString &host) const
{
    int total = 0;
    for (auto it = m_perHost.cbegin(); it != m_perHost.cend(); ++it) {
        if (it.key().first == host)
            total += it.value();
    }
    return total;
}

int RequestSlots::freeLane(const QString &host) const
{
    if (host.isEmpty())
        return 0;
    for (int lane = 0; lane < m_lanes; ++lane) {
        if (m_perHost.value({ host, lane }) < perHostLimit)
            return lane;
    }
    return -1;
}

RequestSlots::Ticket RequestSlots::acquire(const QString &accountId, int accountLimit,
                                           QObject *context, std::function<void()> granted)
{
    return acquire(accountId, accountLimit, QString(), context, std::move(granted));
}

RequestSlots::Ticket RequestSlots::acquire(const QString &accountId, int accountLimit,
                                           const QString &host, QObject *context,
                                           std::function<void()> granted)
{
    const Ticket ticket = m_nextTicket++;
    m_waiting.push_back(
        { ticket, accountId, std::max(1, accountLimit), host, context, std::move(granted) });
    grantWaiters();
    return ticket;
}

void RequestSlots::release(Ticket ticket)
{
    const auto it = m_granted.find(ticket);
    if (it != m_granted.end()) {
        const Grant grant = it.value();
        m_granted.erase(it);
        --m_inFlight;
        if (--m_perAccount[grant.accountId] <= 0)
            m_perAccount.remove(grant.accountId);
        const std::pair<QString, int> hostLane { grant.host, grant.lane };
        if (!grant.host.isEmpty() && --m_perHost[hostLane] <= 0)
            m_perHost.remove(hostLane);
        emit usageChanged();
        grantWaiters();
        return;
    }
    for (auto w = m_waiting.begin(); w != m_waiting.end(); ++w) {
        if (w->ticket == ticket) {
            m_waiting.erase(w);
            return;
        }
    }
}

void RequestSlots::grantWaiters()
{
    bool changed = false;
    for (auto w = m_waiting.begin(); w != m_waiting.end() && m_inFlight < m_globalLimit;) {
        if (!w->context) { // its owner is gone: nobody to give the slot to
            w = m_waiting.erase(w);
            continue;
        }
        const int lane =
            m_perAccount.value(w->accountId) < w->accountLimit ? freeLane(w->host) : -1;
        if (lane < 0) {
            ++w;
            continue;
        }
        Waiter waiter = std::move(*w);
        w = m_waiting.erase(w);
        ++m_inFlight;
        const int accountNow = ++m_perAccount[waiter.accountId];
        m_peak = std::max(m_peak, m_inFlight);
        int &accountPeak = m_peakPerAccount[waiter.accountId];
        accountPeak = std::max(accountPeak, accountNow);
        if (!waiter.host.isEmpty())
            ++m_perHost[{ waiter.host, lane }];
        m_granted.insert(waiter.ticket, { waiter.accountId, waiter.host, lane });
        deliver(waiter.ticket, waiter.context, std::move(waiter.granted));
        changed = true;
    }
    if (changed)
        emit usageChanged();
}

void RequestSlots::deliver(Ticket ticket, QPointer<QObject> context, std::function<void()> granted)
{
    // Queued, so that whoever called acquire()/release() finishes before the grant runs.
    QTimer::singleShot(0, this, [this, ticket, context, granted = std::move(granted)] {
        const auto it = m_granted.find(ticket);
        if (it == m_granted.end())
            return; // released before delivery
        if (!context) {
            release(ticket);
            return;
        }
        granted();
    });
}
