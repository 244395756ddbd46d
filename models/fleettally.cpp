#include "fleettally.h"

#include "instancetablemodel.h"

FleetTally FleetTally::of(const InstanceTableModel &model)
{
    FleetTally tally;
    const InstanceStore &store = model.store();
    for (int order = 0; order < store.scopeCount(); ++order) {
        const InstanceStore::Scope &scope = store.scope(store.scopeSlotAt(order));
        const int rows = scope.rowCount();
        tally.accountNames.insert(scope.key.accountId, scope.accountName);
        tally.accountClouds.insert(scope.key.accountId, scope.cloud);
        tally.byAccount[scope.key.accountId] += rows;
        tally.byCloud[scope.cloud] += rows;
        tally.total += rows;
        if (scope.isStale())
            tally.staleRows += rows;
        for (InstanceStore::Handle h : scope.rows) {
            const InstanceStore::Row &row = store.row(h);
            ++tally.byState[row.state];
            ++tally.byRegion[{ int(scope.cloud), store.regionOf(row) }];
        }
    }
    return tally;
}
