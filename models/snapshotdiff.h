// SnapshotDiff: what a complete snapshot changes in one scope. The scope's rows are sorted by
// instance id; the snapshot comes in the cloud's own order, which is nearly always the order
// of its previous listing. So each listed instance is first matched against the next one of
// the previous listing (one string comparison), and only when that fails is it looked up by
// binary search; only the new instances are sorted. Pure: it reads the store and the snapshot
// and changes neither.
#pragma once

#include "instancestore.h"
#include "snapshot.h"

#include <QList>

struct SnapshotDiff
{
    struct Change
    {
        int pos; // index among the surviving rows
        InstanceStore::Handle handle;
        const ObservedInstance *observed;
    };
    struct Insertion
    {
        int survivorsBefore; // surviving rows that sort before it
        const ObservedInstance *observed;
        int listingIndex = -1; // its index in listing
    };

    QList<int> removed; // positions in the scope, ascending
    QList<Change> changed; // surviving rows whose normalized or raw state differs, ascending
    QList<Insertion> inserted; // ascending by instance id
    // The snapshot's order, as the positions the rows will have once the diff is applied:
    // what the next snapshot is matched against first.
    QList<int> listing;
    // listing's ids: views of the surviving rows' ids; empty for the inserted ones, whose rows
    // do not exist yet (the applier fills them in).
    QList<QStringView> listingIds;
    int survivors = 0;
    int matchedInOrder = 0; // listed instances found where the previous listing had them
    int lookups = 0; // listed instances looked up by binary search (new ones, moved ones)

    // The observed instances with an empty id are ignored, and of two with the same id the
    // first is kept. The pointers refer into instances, which must outlive the diff.
    static SnapshotDiff compute(const InstanceStore &store, int slot,
                                const QList<ObservedInstance> &instances);
    // The raw state as the model keeps it (bounded: it comes from a server).
    static QString storedRawState(const QString &raw) { return raw.left(maxRawStateLength); }

    static constexpr qsizetype maxRawStateLength = 64;
};
