// RankedSequence against a plain vector: random insertions at sorted places, removals,
// visibility flips and compactions; every rank query checked after each step.
#include "rankedsequence.h"

#include <QRandomGenerator>
#include <QTest>

#include <algorithm>

using Handle = RankedSequence::Handle;

class tst_RankedSequence : public QObject
{
    Q_OBJECT

private slots:
    void emptySequence();
    void assignAndQuery();
    void randomOperationsMatchVector_data();
    void randomOperationsMatchVector();
};

namespace {

// Reference: items in order; keys decide the order (key[h]).
struct Reference
{
    std::vector<std::pair<Handle, bool>> items;

    int visibleCount() const
    {
        return int(std::count_if(items.begin(), items.end(), [](auto &i) { return i.second; }));
    }
};

void check(const RankedSequence &seq, const Reference &ref)
{
    QCOMPARE(seq.size(), int(ref.items.size()));
    QCOMPARE(seq.visibleCount(), ref.visibleCount());
    QVERIFY(seq.items() == ref.items);
    int rank = 0;
    for (const auto &[h, visible] : ref.items) {
        QVERIFY(seq.contains(h));
        QCOMPARE(seq.isVisible(h), visible);
        QCOMPARE(seq.visibleRank(h), rank);
        if (visible) {
            QCOMPARE(seq.visibleAt(rank), h);
            ++rank;
        }
    }
}

} // namespace

void tst_RankedSequence::emptySequence()
{
    RankedSequence seq;
    QCOMPARE(seq.size(), 0);
    QCOMPARE(seq.visibleCount(), 0);
    QVERIFY(!seq.contains(0));
    QVERIFY(!seq.isVisible(7));
    const auto loc = seq.lowerBound(3, [](Handle a, Handle b) { return a < b; });
    seq.insert(loc, 3, true);
    QCOMPARE(seq.visibleAt(0), Handle(3));
}

void tst_RankedSequence::assignAndQuery()
{
    Reference ref;
    for (Handle h = 0; h < 2000; ++h)
        ref.items.emplace_back(h * 2, h % 3 != 0);
    RankedSequence seq;
    seq.assign(ref.items);
    check(seq, ref);
    Handle prev;
    QVERIFY(!seq.previous(seq.locate(0), &prev));
    QVERIFY(seq.previous(seq.locate(2), &prev));
    QCOMPARE(prev, Handle(0));
    Handle next;
    QVERIFY(seq.next(seq.locate(510), &next)); // across a chunk boundary
    QCOMPARE(next, Handle(512));
    QVERIFY(!seq.next(seq.locate(3998), &next));
    const int visible = seq.revise([](Handle h) { return h % 4 == 0; });
    QCOMPARE(visible, 1000);
    for (auto &item : ref.items)
        item.second = item.first % 4 == 0;
    check(seq, ref);
}

void tst_RankedSequence::randomOperationsMatchVector_data()
{
    QTest::addColumn<quint32>("seed");
    for (quint32 seed : { 1u, 5u, 42u, 1234u })
        QTest::addRow("seed %u", seed) << seed;
}

void tst_RankedSequence::randomOperationsMatchVector()
{
    QFETCH(quint32, seed);
    QRandomGenerator rng(seed);
    std::vector<int> key(6000);
    for (int &k : key)
        k = int(rng.bounded(100000));
    // A total order: key, then handle.
    const auto less = [&key](Handle a, Handle b) {
        return key[a] != key[b] ? key[a] < key[b] : a < b;
    };
    RankedSequence seq;
    Reference ref;
    std::vector<Handle> absent;
    for (Handle h = 0; h < Handle(key.size()); ++h)
        absent.push_back(h);

    for (int step = 0; step < 6000; ++step) {
        const int roll = rng.bounded(100);
        if (roll < 55 && !absent.empty()) {
            const size_t pick = rng.bounded(int(absent.size()));
            const Handle h = absent[pick];
            absent.erase(absent.begin() + ptrdiff_t(pick));
            const bool visible = rng.bounded(3) != 0;
            seq.insert(seq.lowerBound(h, less), h, visible);
            const auto it =
                std::lower_bound(ref.items.begin(), ref.items.end(), h,
                                 [&](auto &item, Handle x) { return less(item.first, x); });
            ref.items.insert(it, { h, visible });
        } else if (roll < 85 && !ref.items.empty()) {
            const size_t pick = rng.bounded(int(ref.items.size()));
            const Handle h = ref.items[pick].first;
            seq.erase(seq.locate(h));
            ref.items.erase(ref.items.begin() + ptrdiff_t(pick));
            absent.push_back(h);
            if (rng.bounded(4) == 0)
                seq.compact();
        } else if (!ref.items.empty()) {
            const size_t pick = rng.bounded(int(ref.items.size()));
            ref.items[pick].second = !ref.items[pick].second;
            seq.setVisible(seq.locate(ref.items[pick].first), ref.items[pick].second);
        }
        if (step % 97 == 0 || step > 5900)
            check(seq, ref);
        if (QTest::currentTestFailed())
            return;
    }
    seq.compact();
    check(seq, ref);
}

QTEST_GUILESS_MAIN(tst_RankedSequence)
#include "tst_rankedsequence.moc"
