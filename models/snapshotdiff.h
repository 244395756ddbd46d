// SnapshotDiff: what a complete snapshot changes in one scope, computed as a merge of the
// scope's rows (sorted by instance id) with the snapshot's instances sorted the same way.
// Pure: it reads the store and the snapshot and changes neither.
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
    };

    QList<int> removed; // positions in the scope, ascending
    QList<Change> changed; // surviving rows whose normalized or raw state differs
    QList<Insertion> inserted; // ascending by instance id
    int survivors = 0;

    // The observed instances with an empty id are ignored, and of two with the same id the
    // first is kept. The pointers refer into instances, which must outlive the diff.
    static SnapshotDiff compute(const InstanceStore &store, int slot,
                                const QList<ObservedInstance> &instances);
    // The raw state as the model keeps it (bounded: it comes from a server).
    static QString storedRawState(const QString &raw) { return raw.left(maxRawStateLength); }

    static constexpr qsizetype maxRawStateLength = 64;
};
