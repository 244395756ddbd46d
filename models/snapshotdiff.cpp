#include "snapshotdiff.h"

#include <algorithm>

SnapshotDiff SnapshotDiff::compute(const InstanceStore &store, int slot,
                                   const QList<ObservedInstance> &instances)
{
    QList<const ObservedInstance *> incoming;
    incoming.reserve(instances.size());
    for (const ObservedInstance &observed : instances) {
        if (!observed.instanceId.isEmpty())
            incoming.append(&observed);
    }
    std::stable_sort(incoming.begin(), incoming.end(),
                     [](const ObservedInstance *a, const ObservedInstance *b) {
                         return a->instanceId < b->instanceId;
                     });
    incoming.erase(std::unique(incoming.begin(), incoming.end(),
                               [](const ObservedInstance *a, const ObservedInstance *b) {
                                   return a->instanceId == b->instanceId;
                               }),
                   incoming.end());

    SnapshotDiff diff;
    const QList<InstanceStore::Handle> &rows = store.scope(slot).rows;
    const StringPool &pool = store.pool();
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < rows.size() || j < incoming.size()) {
        if (j == incoming.size()
            || (i < rows.size() && store.row(rows.at(i)).instanceId < incoming.at(j)->instanceId)) {
            diff.removed.append(int(i++));
            continue;
        }
        const ObservedInstance *observed = incoming.at(j);
        if (i == rows.size() || observed->instanceId < store.row(rows.at(i)).instanceId) {
            diff.inserted.append({ diff.survivors, observed });
            ++j;
            continue;
        }
        const InstanceStore::Row &row = store.row(rows.at(i));
        if (row.state != observed->state
            || pool.text(row.rawState) != QStringView(observed->rawState).left(maxRawStateLength))
            diff.changed.append({ diff.survivors, rows.at(i), observed });
        ++diff.survivors;
        ++i;
        ++j;
    }
    return diff;
}
