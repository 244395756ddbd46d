#include "instancerowordering.h"

#include "instancetablemodel.h"
#include "naturalcompare.h"

using Row = InstanceStore::Row;
using Scope = InstanceStore::Scope;
using Model = InstanceTableModel;

namespace {

template<typename T>
int threeWay(T a, T b)
{
    return a < b ? -1 : (b < a ? 1 : 0);
}

} // namespace

bool InstanceRowOrdering::less(const InstanceStore &store, InstanceStore::Handle a,
                               InstanceStore::Handle b) const
{
    const Row &ra = store.row(a);
    const Row &rb = store.row(b);
    int c = column >= 0 ? compareColumn(store, ra, rb) : 0;
    if (c == 0) // the source row: scopes in model order, ids in order within a scope
        c = threeWay(store.rowOf(a), store.rowOf(b));
    return order == Qt::AscendingOrder ? c < 0 : c > 0;
}

int InstanceRowOrdering::compareColumn(const InstanceStore &store, const Row &a, const Row &b) const
{
    const Scope &sa = store.scopeOf(a);
    const Scope &sb = store.scopeOf(b);
    const StringPool &pool = store.pool();
    switch (column) {
    case Model::CloudColumn:
        return threeWay(int(sa.cloud), int(sb.cloud));
    case Model::AccountColumn:
        return &sa == &sb ? 0 : naturalCompare(sa.accountName, sb.accountName);
    case Model::RegionColumn:
        return naturalCompare(store.regionOf(a), store.regionOf(b));
    case Model::InstanceIdColumn:
        return naturalCompare(a.instanceId, b.instanceId);
    case Model::StateColumn:
        return threeWay(int(a.state), int(b.state));
    case Model::SinceColumn:
        return threeWay(a.sinceMs, b.sinceMs);
    case Model::LastConfirmedColumn:
        return threeWay(sa.lastConfirmedMs, sb.lastConfirmedMs);
    case Model::NameColumn:
        return naturalCompare(a.name(), b.name());
    case Model::ZoneColumn:
        return a.zone == b.zone ? 0 : naturalCompare(pool.text(a.zone), pool.text(b.zone));
    case Model::PrivateIpColumn:
        return compareIpLists(a.privateIps(), b.privateIps());
    case Model::PublicIpColumn:
        return compareIpLists(a.publicIps(), b.publicIps());
    case Model::TypeColumn:
        return a.instanceType == b.instanceType
            ? 0
            : naturalCompare(pool.text(a.instanceType), pool.text(b.instanceType));
    }
    return 0;
}
