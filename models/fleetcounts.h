// FleetCounts: live counts of the instance table's rows per cloud, region, state and account,
// and of stale rows, for the filter panel — over all rows, not only the filtered ones. Kept
// per scope: when the model says a scope changed, only that scope is counted again.
#pragma once

#include "instancekey.h"
#include "instancestate.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <array>

class InstanceTableModel;

class FleetCounts : public QObject
{
    Q_OBJECT

public:
    explicit FleetCounts(QObject *parent = nullptr);

    void setModel(InstanceTableModel *model);

    int total() const { return m_all.total; }
    int staleCount() const { return m_all.stale; }
    int count(Cloud cloud) const { return m_all.clouds[size_t(cloud)]; }
    int count(InstanceState state) const { return m_all.states[size_t(state)]; }
    // By the region shown (RegionRole); "" counts rows whose region is unknown.
    int regionCount(const QString &region) const { return m_all.regions.value(region); }
    int accountCount(const QString &accountId) const { return m_all.accounts.value(accountId); }
    int staleCount(const QString &accountId) const { return m_all.staleAccounts.value(accountId); }
    // The regions and accounts that have rows, sorted.
    QStringList regions() const;
    QStringList accounts() const;
    const QHash<QString, int> &regionCounts() const { return m_all.regions; }
    const QHash<QString, int> &accountCounts() const { return m_all.accounts; }

signals:
    // After any change of the counts (at most once per scope update).
    void countsChanged();

private:
    struct Tally
    {
        int total = 0;
        int stale = 0;
        std::array<int, 4> clouds {};
        std::array<int, 11> states {};
        QHash<QString, int> regions;
        QHash<QString, int> accounts;
        QHash<QString, int> staleAccounts;

        void add(const Tally &other, int sign);
    };

    Tally countScope(const ScopeKey &scope) const;
    void scopeChanged(const ScopeKey &scope);
    void scopeRemoved(const ScopeKey &scope);
    void recountAll();

    QPointer<InstanceTableModel> m_model;
    QList<QMetaObject::Connection> m_connections;
    QHash<ScopeKey, Tally> m_scopes;
    Tally m_all;
};
