// SnapshotDiff: a listing in the cloud's usual order is matched in one pass against the
// previous one (no lookups), insertions and removals inside it resynchronise at once, and a
// reordered listing still gives the same diff.
#include "instancetablemodel.h"
#include "snapshotdiff.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const ScopeKey scopeKey { u"a1"_s, u"cn-hangzhou"_s };

QList<ObservedInstance> listing(const QStringList &ids, const QString &raw = u"Running"_s)
{
    QList<ObservedInstance> list;
    for (const QString &id : ids)
        list.append({ id, raw, stateFromRaw(Cloud::Aliyun, raw) });
    return list;
}

Snapshot snapshot(const QList<ObservedInstance> &instances)
{
    Snapshot s;
    s.cloud = Cloud::Aliyun;
    s.scope = scopeKey;
    s.finishedAt = QDateTime::fromMSecsSinceEpoch(1'700'000'000'000, Qt::UTC);
    s.instances = instances;
    return s;
}

} // namespace

class tst_SnapshotDiff : public QObject
{
    Q_OBJECT

private slots:
    void sameOrderMatchesInOnePass();
    void insertionAndRemovalResynchronise();
    void reorderedListingGivesTheSameDiff();
};

void tst_SnapshotDiff::sameOrderMatchesInOnePass()
{
    InstanceTableModel model;
    const QStringList ids { u"i-c"_s, u"i-a"_s, u"i-d"_s, u"i-b"_s };
    model.applySnapshot(snapshot(listing(ids)));
    const int slot = model.store().findScope(scopeKey);
    const QList<ObservedInstance> again = listing(ids, u"Stopped"_s);
    const SnapshotDiff diff = SnapshotDiff::compute(model.store(), slot, again);
    QCOMPARE(diff.matchedInOrder, 4);
    QCOMPARE(diff.lookups, 0);
    QVERIFY(diff.removed.isEmpty() && diff.inserted.isEmpty());
    QCOMPARE(diff.changed.size(), 4);
    QCOMPARE(diff.survivors, 4);
    // Rows are sorted by id: i-c is at position 2, i-a at 0, i-d at 3, i-b at 1.
    QCOMPARE(diff.listing, (QList<int> { 2, 0, 3, 1 }));
}

void tst_SnapshotDiff::insertionAndRemovalResynchronise()
{
    InstanceTableModel model;
    QStringList ids;
    for (int i = 0; i < 40; ++i)
        ids.append(QStringLiteral("i-%1").arg((i * 17) % 40, 2, 10, QLatin1Char('0')));
    model.applySnapshot(snapshot(listing(ids)));
    const int slot = model.store().findScope(scopeKey);
    QStringList next = ids;
    next.removeAt(10); // i-10 (17*10 % 40 = 10) goes
    next.insert(20, u"i-new"_s);
    next.removeAt(30);
    const QList<ObservedInstance> instances = listing(next);
    const SnapshotDiff diff = SnapshotDiff::compute(model.store(), slot, instances);
    QCOMPARE(diff.removed.size(), 2);
    QCOMPARE(diff.inserted.size(), 1);
    QCOMPARE(diff.inserted.first().observed->instanceId, u"i-new"_s);
    // Of the 38 listed rows, only the one right after each removal is not where the previous
    // listing had it; it is found a little further in that listing, which resynchronises
    // there, and the rest are found in order. Only the new id is looked up.
    QCOMPARE(diff.matchedInOrder, 36);
    QCOMPARE(diff.lookups, 1);
}

void tst_SnapshotDiff::reorderedListingGivesTheSameDiff()
{
    InstanceTableModel model;
    model.applySnapshot(snapshot(listing({ u"i-1"_s, u"i-2"_s, u"i-3"_s, u"i-4"_s })));
    const int slot = model.store().findScope(scopeKey);
    QList<ObservedInstance> reversed = listing({ u"i-5"_s, u"i-4"_s, u"i-2"_s, u"i-1"_s });
    reversed[1].rawState = u"Stopped"_s;
    reversed[1].state = InstanceState::Stopped;
    const SnapshotDiff diff = SnapshotDiff::compute(model.store(), slot, reversed);
    QCOMPARE(diff.removed, (QList<int> { 2 })); // i-3
    QCOMPARE(diff.inserted.size(), 1);
    QCOMPARE(diff.inserted.first().survivorsBefore, 3); // after i-1, i-2, i-4
    QCOMPARE(diff.changed.size(), 1);
    QCOMPARE(diff.changed.first().pos, 2); // i-4 among the survivors
    // Final positions: i-5 at 3, i-4 at 2, i-2 at 1, i-1 at 0.
    QCOMPARE(diff.listing, (QList<int> { 3, 2, 1, 0 }));
}

QTEST_GUILESS_MAIN(tst_SnapshotDiff)
#include "tst_snapshotdiff.moc"
