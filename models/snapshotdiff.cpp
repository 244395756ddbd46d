#include "snapshotdiff.h"

#include <algorithm>
#include <vector>

namespace {

constexpr int resyncWindow = 16; // how far ahead the previous listing is searched after a miss
constexpr qsizetype prefetchDistance = 16;

// Asks for a listed instance's strings some instances ahead of the one being compared, so
// that their cache misses overlap instead of coming one after another.
inline void prefetch(const void *p)
{
#if defined(__GNUC__) || defined(__clang__)
    __builtin_prefetch(p);
#else
    Q_UNUSED(p);
#endif
}

} // namespace

SnapshotDiff SnapshotDiff::compute(const InstanceStore &store, int slot,
                                   const QList<ObservedInstance> &instances)
{
    const InstanceStore::Scope &scope = store.scope(slot);
    const QList<InstanceStore::Handle> &rows = scope.rows;
    const QList<int> &previous = scope.lastListing;
    const QList<QStringView> &previousIds = scope.lastListingIds;
    Q_ASSERT(previousIds.size() == previous.size());
    const StringPool &pool = store.pool();
    SnapshotDiff diff;

    // Match each listed instance to an existing row (by position in the scope), or note it new.
    std::vector<const ObservedInstance *> matched(size_t(rows.size()), nullptr);
    // Plain vectors: their appends inline, QList's did not (5 % of a refresh's apply).
    std::vector<const ObservedInstance *> fresh;
    std::vector<const ObservedInstance *> order; // the listing, new instances as null
    std::vector<int> listedPos; // old positions of the matched ones, in listing order
    std::vector<QStringView> listedIds; // their ids, as the rows hold them
    order.reserve(size_t(instances.size()));
    listedPos.reserve(size_t(instances.size()));
    listedIds.reserve(size_t(instances.size()));
    qsizetype cursor = 0;
    for (qsizetype i = 0; i < instances.size(); ++i) {
        const ObservedInstance &observed = instances.at(i);
        if (i + prefetchDistance < instances.size()) {
            const ObservedInstance &ahead = instances.at(i + prefetchDistance);
            prefetch(ahead.instanceId.constData());
            prefetch(ahead.rawState.constData());
        }
        if (cursor + prefetchDistance < previousIds.size())
            prefetch(previousIds.at(cursor + prefetchDistance).data());
        if (observed.instanceId.isEmpty())
            continue;
        int pos = -1;
        QStringView id;
        if (cursor < previous.size() && previousIds.at(cursor) == observed.instanceId
            && previous.at(cursor) < rows.size()) {
            // The previous listing's id, not the row's: read in order, no cache miss.
            pos = previous.at(cursor);
            id = previousIds.at(cursor);
            ++cursor;
            ++diff.matchedInOrder;
        } else {
            // Rows that disappeared were skipped: look a little further in the previous
            // listing (ids already prefetched) before a binary search over the rows, whose
            // every step reads a row out of order.
            for (qsizetype k = cursor + 1; k < previous.size() && k < cursor + resyncWindow; ++k) {
                if (previousIds.at(k) == observed.instanceId && previous.at(k) < rows.size()) {
                    pos = previous.at(k);
                    id = previousIds.at(k);
                    cursor = k + 1;
                    break;
                }
            }
        }
        if (pos < 0) {
            ++diff.lookups;
            pos = store.findRow(slot, observed.instanceId);
            if (pos >= 0)
                id = store.row(rows.at(pos)).instanceId;
            // Resynchronise with the previous listing just after this row, if it is near.
            for (qsizetype k = cursor; pos >= 0 && k < previous.size() && k < cursor + resyncWindow;
                 ++k) {
                if (previous.at(k) == pos) {
                    cursor = k + 1;
                    break;
                }
            }
        }
        if (pos < 0) {
            fresh.push_back(&observed);
            order.push_back(nullptr);
        } else if (!matched[size_t(pos)]) {
            matched[size_t(pos)] = &observed;
            order.push_back(&observed);
            listedPos.push_back(pos);
            listedIds.push_back(id);
        }
    }

    // Survivors before each old position; the removed positions; the changed survivors.
    std::vector<int> survivorsBefore(size_t(rows.size()) + 1, 0);
    for (qsizetype p = 0; p < rows.size(); ++p) {
        if (p + prefetchDistance < rows.size()) {
            // Rows are by handle, and handles are reused: not in order in memory.
            prefetch(&store.row(rows.at(p + prefetchDistance)).state);
            prefetch(matched[size_t(p + prefetchDistance)]);
        }
        const ObservedInstance *observed = matched[size_t(p)];
        survivorsBefore[size_t(p) + 1] = survivorsBefore[size_t(p)] + (observed ? 1 : 0);
        if (!observed) {
            diff.removed.append(int(p));
            continue;
        }
        const InstanceStore::Row &row = store.row(rows.at(p));
        if (row.state != observed->state
            || pool.text(row.rawState) != QStringView(observed->rawState).left(maxRawStateLength))
            diff.changed.append({ survivorsBefore[size_t(p)], rows.at(p), observed });
    }
    diff.survivors = survivorsBefore.back();

    // New instances: sorted, de-duplicated (the first listed wins), placed among survivors.
    std::vector<const ObservedInstance *> sorted = fresh;
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const ObservedInstance *a, const ObservedInstance *b) {
                         return a->instanceId < b->instanceId;
                     });
    QHash<const ObservedInstance *, int> insertedIndex;
    for (const ObservedInstance *observed : std::as_const(sorted)) {
        if (!diff.inserted.isEmpty()
            && diff.inserted.last().observed->instanceId == observed->instanceId)
            continue;
        const auto at = std::lower_bound(rows.cbegin(), rows.cend(), observed->instanceId,
                                         [&store](InstanceStore::Handle h, const QString &id) {
                                             return store.row(h).instanceId < id;
                                         });
        insertedIndex.insert(observed, int(diff.inserted.size()));
        diff.inserted.append({ survivorsBefore[size_t(at - rows.cbegin())], observed });
    }

    // The listing as final positions: survivor s moves down by the insertions placed before it
    // (those with survivorsBefore <= s); insertion i lands at its survivorsBefore + i.
    std::vector<int> insertedUpTo(size_t(diff.survivors) + 1, 0);
    for (const Insertion &insertion : std::as_const(diff.inserted))
        ++insertedUpTo[size_t(insertion.survivorsBefore)];
    for (size_t k = 1; k < insertedUpTo.size(); ++k)
        insertedUpTo[k] += insertedUpTo[k - 1];
    diff.listing.reserve(order.size());
    diff.listingIds.reserve(order.size());
    qsizetype nextListed = 0;
    qsizetype nextFresh = 0;
    for (const ObservedInstance *observed : std::as_const(order)) {
        if (observed) {
            const int s = survivorsBefore[size_t(listedPos[size_t(nextListed)])];
            diff.listing.append(s + insertedUpTo[size_t(s)]);
            diff.listingIds.append(listedIds[size_t(nextListed++)]);
            continue;
        }
        const auto it = insertedIndex.constFind(fresh[size_t(nextFresh++)]);
        if (it != insertedIndex.constEnd()) {
            diff.inserted[it.value()].listingIndex = int(diff.listing.size());
            diff.listing.append(diff.inserted.at(it.value()).survivorsBefore + it.value());
            diff.listingIds.append(QStringView());
        }
    }
    return diff;
}
