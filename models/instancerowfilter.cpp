#include "instancerowfilter.h"

#include "instancetablemodel.h"

bool InstanceRowFilter::accepts(const InstanceStore &store, const InstanceStore::Row &row) const
{
    const InstanceStore::Scope &scope = store.scopeOf(row);
    if (cloudMask && !(cloudMask & (1u << int(scope.cloud))))
        return false;
    if (stateMask && !(stateMask & (1u << int(row.state))))
        return false;
    if (!accountIds.isEmpty() && !accountIds.contains(scope.key.accountId))
        return false;
    if (!regions.isEmpty() && !regions.contains(store.regionOf(row)))
        return false;
    if (!text.isEmpty()) {
        const auto has = [this](QStringView field) {
            return field.contains(text, Qt::CaseInsensitive);
        };
        if (!has(row.instanceId) && !has(row.name()) && !has(row.privateIps())
            && !has(row.publicIps()))
            return false;
    }
    return true;
}

bool InstanceRowFilter::dependsOn(const QList<int> &roles) const
{
    if (!isActive())
        return false;
    if (roles.isEmpty())
        return true;
    using M = InstanceTableModel;
    for (int role : roles) {
        switch (role) {
        case M::StateRole:
            if (stateMask)
                return true;
            break;
        case M::RegionRole:
            if (!regions.isEmpty())
                return true;
            break;
        case M::NameRole:
        case M::PrivateIpsRole:
        case M::PublicIpsRole:
        case M::InstanceIdRole:
            if (!text.isEmpty())
                return true;
            break;
        case M::CloudRole:
        case M::AccountIdRole:
            return true;
        default:
            break;
        }
    }
    return false;
}
