// FleetCounts: counts per cloud, region, state and account, and stale rows, kept up to date
// from the model's signals, checked against a brute-force count after every step of random
// sequences (snapshots, failures, details, removals, bulk loads).
#include "fleetcounts.h"
#include "fleetfixture.h"
#include "instancetablemodel.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using Model = InstanceTableModel;
using S = InstanceState;

namespace {

void compareWithBruteForce(const FleetCounts &counts, const Model &model)
{
    std::array<int, 4> clouds {};
    std::array<int, 11> states {};
    QHash<QString, int> regions;
    QHash<QString, int> accounts;
    QHash<QString, int> staleAccounts;
    int stale = 0;
    for (int r = 0; r < model.rowCount(); ++r) {
        const QModelIndex idx = model.index(r, 0);
        ++clouds[size_t(idx.data(Model::CloudRole).toInt())];
        ++states[size_t(idx.data(Model::StateRole).toInt())];
        ++regions[idx.data(Model::RegionRole).toString()];
        const QString account = idx.data(Model::AccountIdRole).toString();
        ++accounts[account];
        if (idx.data(Model::StaleRole).toBool()) {
            ++stale;
            ++staleAccounts[account];
        }
    }
    QCOMPARE(counts.total(), model.rowCount());
    QCOMPARE(counts.staleCount(), stale);
    for (Cloud c : allClouds)
        QCOMPARE(counts.count(c), clouds[size_t(c)]);
    for (S s : allInstanceStates)
        QCOMPARE(counts.count(s), states[size_t(s)]);
    QCOMPARE(counts.regionCounts(), regions);
    QCOMPARE(counts.accountCounts(), accounts);
    for (auto it = accounts.cbegin(); it != accounts.cend(); ++it)
        QCOMPARE(counts.staleCount(it.key()), staleAccounts.value(it.key()));
    QStringList expectedRegions = regions.keys();
    QStringList shownRegions = counts.regions();
    std::sort(expectedRegions.begin(), expectedRegions.end());
    std::sort(shownRegions.begin(), shownRegions.end());
    QCOMPARE(shownRegions, expectedRegions);
}

Snapshot snap(const ScopeKey &scope, Cloud cloud, const QList<std::pair<QString, QString>> &rows)
{
    Snapshot s;
    s.cloud = cloud;
    s.scope = scope;
    s.finishedAt = QDateTime::fromMSecsSinceEpoch(1'700'000'000'000, Qt::UTC);
    for (const auto &[id, raw] : rows)
        s.instances.append({ id, raw, stateFromRaw(cloud, raw) });
    return s;
}

} // namespace

class tst_FleetCounts : public QObject
{
    Q_OBJECT

private slots:
    void countsEachDimension();
    void randomSequencesMatchBruteForce_data();
    void randomSequencesMatchBruteForce();
};

void tst_FleetCounts::countsEachDimension()
{
    Model model;
    FleetCounts counts;
    counts.setModel(&model);
    QSignalSpy changed(&counts, &FleetCounts::countsChanged);
    const ScopeKey hz { u"ali"_s, u"cn-hangzhou"_s };
    const ScopeKey zen { u"zen"_s, QString() };
    model.applySnapshot(snap(
        hz, Cloud::Aliyun,
        { { u"i-1"_s, u"Running"_s }, { u"i-2"_s, u"Stopped"_s }, { u"i-3"_s, u"Running"_s } }));
    model.applySnapshot(
        snap(zen, Cloud::Zenlayer, { { u"z-1"_s, u"RUNNING"_s }, { u"z-2"_s, u"RECYCLED"_s } }));
    QCOMPARE(changed.count(), 2);
    QCOMPARE(counts.total(), 5);
    QCOMPARE(counts.count(Cloud::Aliyun), 3);
    QCOMPARE(counts.count(Cloud::Zenlayer), 2);
    QCOMPARE(counts.count(Cloud::Tencent), 0);
    QCOMPARE(counts.count(S::Running), 3);
    QCOMPARE(counts.count(S::Deleted), 1);
    QCOMPARE(counts.regionCount(u"cn-hangzhou"_s), 3);
    QCOMPARE(counts.regionCount(QString()), 2); // Zenlayer, region not known yet
    QCOMPARE(counts.accounts(), (QStringList { u"ali"_s, u"zen"_s }));

    DetailsSnapshot d;
    d.cloud = Cloud::Zenlayer;
    d.scope = zen;
    d.instances = { { u"z-1"_s, u"edge"_s, u"SEA"_s, u"SEA-A"_s, {}, {}, {} } };
    model.applyDetails(d);
    QCOMPARE(counts.regionCount(u"SEA"_s), 1);
    QCOMPARE(counts.regionCount(QString()), 1);
    QCOMPARE(counts.regions(), (QStringList { QString(), u"cn-hangzhou"_s, u"SEA"_s }));

    Snapshot failed = snap(hz, Cloud::Aliyun, {});
    failed.error = FetchError { FetchError::Kind::Timeout, {}, {}, {}, 0, {}, {} };
    model.applySnapshot(failed);
    QCOMPARE(counts.staleCount(), 3);
    QCOMPARE(counts.staleCount(u"ali"_s), 3);
    QCOMPARE(counts.total(), 5);

    model.removeAccount(u"ali"_s);
    QCOMPARE(counts.total(), 2);
    QCOMPARE(counts.staleCount(), 0);
    QCOMPARE(counts.regionCount(u"cn-hangzhou"_s), 0);
    QVERIFY(!counts.regions().contains(u"cn-hangzhou"_s));
    compareWithBruteForce(counts, model);
}

void tst_FleetCounts::randomSequencesMatchBruteForce_data()
{
    QTest::addColumn<quint32>("seed");
    for (quint32 seed : { 3u, 4u, 77u, 512u })
        QTest::addRow("seed %u", seed) << seed;
}

void tst_FleetCounts::randomSequencesMatchBruteForce()
{
    QFETCH(quint32, seed);
    Model model;
    fixture::Fleet fleet(seed, 40);
    FleetCounts counts;
    // Attached to a model that already has rows: it counts them at once.
    model.applySnapshot(fleet.nextSnapshot(0));
    counts.setModel(&model);
    compareWithBruteForce(counts, model);
    for (int step = 0; step < 400; ++step) {
        const int roll = fleet.rng.bounded(100);
        if (roll < 65) {
            model.applySnapshot(fleet.nextSnapshot(20, 20));
        } else if (roll < 85) {
            model.applyDetails(fleet.nextDetails());
        } else if (roll < 90) {
            model.removeAccount(fleet.accounts.at(fleet.rng.bounded(4)).id);
        } else if (roll < 95) {
            model.removeScope(fleet.randomScope().first);
        } else {
            QList<Snapshot> load;
            for (int i = 0; i < 4; ++i)
                load.append(fleet.nextSnapshot(10));
            model.loadSnapshots(load);
        }
        compareWithBruteForce(counts, model);
        if (QTest::currentTestFailed())
            return;
    }
}

QTEST_GUILESS_MAIN(tst_FleetCounts)
#include "tst_fleetcounts.moc"
