#include "fleetcounts.h"

#include "instancetablemodel.h"
#include "naturalcompare.h"

#include <algorithm>

namespace {

void addTo(QHash<QString, int> &into, const QHash<QString, int> &from, int sign)
{
    for (auto it = from.cbegin(); it != from.cend(); ++it) {
        int &n = into[it.key()];
        n += sign * it.value();
        if (n == 0)
            into.remove(it.key());
    }
}

QStringList sortedKeys(const QHash<QString, int> &hash)
{
    QStringList keys = hash.keys();
    std::sort(keys.begin(), keys.end(),
              [](const QString &a, const QString &b) { return naturalCompare(a, b) < 0; });
    return keys;
}

} // namespace

void FleetCounts::Tally::add(const Tally &other, int sign)
{
    total += sign * other.total;
    stale += sign * other.stale;
    for (size_t i = 0; i < clouds.size(); ++i)
        clouds[i] += sign * other.clouds[i];
    for (size_t i = 0; i < states.size(); ++i)
        states[i] += sign * other.states[i];
    addTo(regions, other.regions, sign);
    addTo(accounts, other.accounts, sign);
    addTo(staleAccounts, other.staleAccounts, sign);
}

FleetCounts::FleetCounts(QObject *parent)
    : QObject(parent)
{ }

void FleetCounts::setModel(InstanceTableModel *model)
{
    for (const QMetaObject::Connection &c : std::as_const(m_connections))
        disconnect(c);
    m_connections.clear();
    m_model = model;
    if (model) {
        m_connections = {
            connect(model, &InstanceTableModel::scopeChanged, this, &FleetCounts::scopeChanged),
            connect(model, &InstanceTableModel::scopeRemoved, this, &FleetCounts::scopeRemoved),
            connect(model, &QAbstractItemModel::modelReset, this, &FleetCounts::recountAll),
            connect(model, &QObject::destroyed, this, &FleetCounts::recountAll),
        };
    }
    recountAll();
}

QStringList FleetCounts::regions() const
{
    return sortedKeys(m_all.regions);
}

QStringList FleetCounts::accounts() const
{
    return sortedKeys(m_all.accounts);
}

FleetCounts::Tally FleetCounts::countScope(const ScopeKey &key) const
{
    Tally tally;
    const InstanceStore &store = m_model->store();
    const int slot = store.findScope(key);
    if (slot < 0)
        return tally;
    const InstanceStore::Scope &scope = store.scope(slot);
    const int n = scope.rowCount();
    if (n == 0)
        return tally;
    tally.total = n;
    tally.clouds[size_t(scope.cloud)] = n;
    tally.accounts.insert(key.accountId, n);
    if (scope.isStale()) {
        tally.stale = n;
        tally.staleAccounts.insert(key.accountId, n);
    }
    const bool regionPerRow = key.region.isEmpty(); // learnt from details (Zenlayer)
    if (!regionPerRow)
        tally.regions.insert(key.region, n);
    for (InstanceStore::Handle h : scope.rows) {
        const InstanceStore::Row &row = store.row(h);
        ++tally.states[size_t(row.state)];
        if (regionPerRow)
            ++tally.regions[store.regionOf(row)];
    }
    return tally;
}

void FleetCounts::scopeChanged(const ScopeKey &scope)
{
    if (!m_model)
        return;
    Tally fresh = countScope(scope);
    m_all.add(m_scopes.value(scope), -1);
    m_all.add(fresh, +1);
    if (fresh.total == 0)
        m_scopes.remove(scope);
    else
        m_scopes.insert(scope, std::move(fresh));
    emit countsChanged();
}

void FleetCounts::scopeRemoved(const ScopeKey &scope)
{
    const auto it = m_scopes.constFind(scope);
    if (it == m_scopes.constEnd())
        return;
    m_all.add(it.value(), -1);
    m_scopes.erase(it);
    emit countsChanged();
}

void FleetCounts::recountAll()
{
    m_scopes.clear();
    m_all = Tally();
    if (m_model) {
        for (const ScopeKey &scope : m_model->scopes()) {
            Tally tally = countScope(scope);
            if (tally.total == 0)
                continue;
            m_all.add(tally, +1);
            m_scopes.insert(scope, std::move(tally));
        }
    }
    emit countsChanged();
}
