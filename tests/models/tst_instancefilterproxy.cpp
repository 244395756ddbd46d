// InstanceFilterProxy: every filter dimension alone and combined, free text over id/name/IPs,
// sorting on every column by real values, precise signals (a re-sorted row is one move), and
// random sequences of snapshots, filter and sort changes checked against a brute-force
// filter-and-sort of the source, under QAbstractItemModelTester on the model and the proxy.
#include "fleetfixture.h"
#include "instancefilterproxy.h"
#include "naturalcompare.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStringListModel>
#include <QTest>

using namespace Qt::StringLiterals;
using Model = InstanceTableModel;
using S = InstanceState;

namespace {

constexpr qint64 t0 = 1'700'000'000'000;
constexpr auto fatal = QAbstractItemModelTester::FailureReportingMode::Fatal;

struct Criteria
{
    QList<Cloud> clouds;
    QList<S> states;
    QSet<QString> regions;
    QSet<QString> accounts;
    QString text;
};

QVariant roleAt(const Model &m, int row, int role, int column = 0)
{
    return m.data(m.index(row, column), role);
}

bool bruteAccepts(const Model &m, int row, const Criteria &c)
{
    if (!c.clouds.isEmpty() && !c.clouds.contains(Cloud(roleAt(m, row, Model::CloudRole).toInt())))
        return false;
    if (!c.states.isEmpty() && !c.states.contains(S(roleAt(m, row, Model::StateRole).toInt())))
        return false;
    if (!c.regions.isEmpty() && !c.regions.contains(roleAt(m, row, Model::RegionRole).toString()))
        return false;
    if (!c.accounts.isEmpty()
        && !c.accounts.contains(roleAt(m, row, Model::AccountIdRole).toString()))
        return false;
    const QString text = c.text.trimmed();
    if (text.isEmpty())
        return true;
    const QStringList fields { roleAt(m, row, Model::InstanceIdRole).toString(),
                               roleAt(m, row, Model::NameRole).toString(),
                               roleAt(m, row, Model::PrivateIpsRole).toStringList().join(u", "),
                               roleAt(m, row, Model::PublicIpsRole).toStringList().join(u", ") };
    return std::any_of(fields.begin(), fields.end(),
                       [&](const QString &f) { return f.contains(text, Qt::CaseInsensitive); });
}

int bruteCompare(const Model &m, int a, int b, int column)
{
    const QVariant x = roleAt(m, a, Model::SortRole, column);
    const QVariant y = roleAt(m, b, Model::SortRole, column);
    switch (column) {
    case Model::CloudColumn:
    case Model::StateColumn:
        return x.toInt() - y.toInt();
    case Model::SinceColumn:
    case Model::LastConfirmedColumn:
        return x.toLongLong() < y.toLongLong() ? -1 : (x.toLongLong() > y.toLongLong() ? 1 : 0);
    case Model::PrivateIpColumn:
    case Model::PublicIpColumn:
        return compareIpLists(m.data(m.index(a, column)).toString(),
                              m.data(m.index(b, column)).toString());
    default:
        return naturalCompare(x.toString(), y.toString());
    }
}

// The source rows the proxy must show, in order.
QList<int> expectedRows(const Model &m, const Criteria &c, int column, Qt::SortOrder order)
{
    QList<int> rows;
    for (int r = 0; r < m.rowCount(); ++r) {
        if (bruteAccepts(m, r, c))
            rows.append(r);
    }
    std::sort(rows.begin(), rows.end(), [&](int a, int b) {
        int cmp = column >= 0 ? bruteCompare(m, a, b, column) : 0;
        if (cmp == 0)
            cmp = a - b;
        return order == Qt::AscendingOrder ? cmp < 0 : cmp > 0;
    });
    return rows;
}

QList<int> shownRows(const InstanceFilterProxy &p)
{
    QList<int> rows;
    for (int r = 0; r < p.rowCount(); ++r)
        rows.append(p.mapToSource(p.index(r, 0)).row());
    return rows;
}

void apply(InstanceFilterProxy &p, const Criteria &c)
{
    p.setCloudFilter(c.clouds);
    p.setStateFilter(c.states);
    p.setRegionFilter(c.regions);
    p.setAccountFilter(c.accounts);
    p.setTextFilter(c.text);
}

Snapshot snap(const ScopeKey &scope, Cloud cloud, qint64 ms,
              const QList<std::pair<QString, QString>> &rows)
{
    Snapshot s;
    s.cloud = cloud;
    s.scope = scope;
    s.finishedAt = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
    for (const auto &[id, raw] : rows)
        s.instances.append({ id, raw, stateFromRaw(cloud, raw) });
    return s;
}

InstanceKey keyAt(const Model &m, const QModelIndex &proxyIndex, const InstanceFilterProxy &p)
{
    return m.statusAt(p.mapToSource(proxyIndex).row()).key;
}

// One Alibaba Cloud scope of running instances i-0, i-1, ... behind a proxy sorted by state.
struct SortedByState
{
    explicit SortedByState(int count)
    {
        for (int i = 0; i < count; ++i)
            rows.append({ QStringLiteral("i-%1").arg(i), u"Running"_s });
        apply();
        proxy.setSourceModel(&model);
        proxy.sort(Model::StateColumn);
    }
    void apply() { model.applySnapshot(snap(scope, Cloud::Aliyun, t0, rows)); }

    const ScopeKey scope { u"ali"_s, u"cn-hangzhou"_s };
    QList<std::pair<QString, QString>> rows; // id, raw state
    Model model;
    InstanceFilterProxy proxy;
    QAbstractItemModelTester tester { &proxy, fatal };
};

// A small fleet with names and addresses: ali (2 regions), tencent, zenlayer.
void loadSmallFleet(Model &model)
{
    const ScopeKey hz { u"ali"_s, u"cn-hangzhou"_s };
    const ScopeKey bj { u"ali"_s, u"cn-beijing"_s };
    const ScopeKey gz { u"tc"_s, u"ap-guangzhou"_s };
    const ScopeKey zen { u"zen"_s, QString() };
    model.applySnapshot(snap(
        hz, Cloud::Aliyun, t0,
        { { u"i-a1"_s, u"Running"_s }, { u"i-a2"_s, u"Stopped"_s }, { u"i-a3"_s, u"Pending"_s } }));
    model.applySnapshot(snap(bj, Cloud::Aliyun, t0 + 10, { { u"i-b1"_s, u"Running"_s } }));
    model.applySnapshot(snap(gz, Cloud::Tencent, t0 + 20,
                             { { u"ins-1"_s, u"RUNNING"_s }, { u"ins-2"_s, u"SHUTDOWN"_s } }));
    model.applySnapshot(snap(zen, Cloud::Zenlayer, t0 + 30,
                             { { u"z-1"_s, u"RUNNING"_s }, { u"z-2"_s, u"STOPPED"_s } }));
    const auto details = [&](const ScopeKey &scope, Cloud cloud, QList<InstanceDetails> items) {
        DetailsSnapshot d;
        d.cloud = cloud;
        d.scope = scope;
        d.instances = std::move(items);
        model.applyDetails(d);
    };
    details(hz, Cloud::Aliyun,
            { { u"i-a1"_s,
                u"web-10"_s,
                u"cn-hangzhou"_s,
                u"cn-hangzhou-h"_s,
                { u"10.0.0.10"_s },
                { u"47.1.1.1"_s },
                u"ecs.g7"_s },
              { u"i-a2"_s,
                u"web-2"_s,
                u"cn-hangzhou"_s,
                u"cn-hangzhou-b"_s,
                { u"10.0.0.9"_s },
                {},
                u"ecs.t6"_s },
              { u"i-a3"_s,
                u"DB-Primary"_s,
                u"cn-hangzhou"_s,
                u"cn-hangzhou-b"_s,
                { u"10.0.1.5"_s },
                {},
                u"ecs.r7"_s } });
    details(zen, Cloud::Zenlayer,
            { { u"z-1"_s,
                u"edge-sea"_s,
                u"SEA"_s,
                u"SEA-A"_s,
                { u"172.16.0.1"_s },
                { u"198.51.100.7"_s },
                u"c.small"_s } });
}

} // namespace

class tst_InstanceFilterProxy : public QObject
{
    Q_OBJECT

private slots:
    void showsEverythingUnfilteredInSourceOrder();
    void filtersEachDimension();
    void filtersCombine();
    void textMatchesIdNameAndAddresses();
    void sortsEveryColumnByRealValue_data();
    void sortsEveryColumnByRealValue();
    void stateChangeUnderStateSortIsOneMove();
    void stateChangeUnderNameSortIsOnlyDataChanged();
    void stateChangesOfARefreshAreOneLayoutChange();
    void singleRowsComeAndGoPrecisely();
    void scopeRefreshMovesItsRowsUnderConfirmedSort();
    void rowLeavesAndEntersTheFilter();
    void filterChangeKeepsSelection();
    void headerDataWithoutRows();
    void rejectsOtherSourceModels();
    void randomSequencesMatchBruteForce_data();
    void randomSequencesMatchBruteForce();
};

void tst_InstanceFilterProxy::showsEverythingUnfilteredInSourceOrder()
{
    Model model;
    InstanceFilterProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, fatal);
    loadSmallFleet(model);
    QCOMPARE(proxy.rowCount(), model.rowCount());
    QCOMPARE(shownRows(proxy), expectedRows(model, {}, -1, Qt::AscendingOrder));
    QVERIFY(!proxy.isFiltering());
    QCOMPARE(proxy.sortColumn(), -1);
    QCOMPARE(proxy.columnCount(), int(Model::ColumnCount));
}

void tst_InstanceFilterProxy::filtersEachDimension()
{
    Model model;
    loadSmallFleet(model);
    InstanceFilterProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, fatal);
    const auto ids = [&] {
        QStringList list;
        for (int r = 0; r < proxy.rowCount(); ++r)
            list.append(proxy.index(r, Model::InstanceIdColumn).data().toString());
        return list;
    };
    proxy.setCloudFilter({ Cloud::Tencent });
    QCOMPARE(ids(), (QStringList { u"ins-1"_s, u"ins-2"_s }));
    proxy.setCloudFilter({ Cloud::Tencent, Cloud::Zenlayer });
    QCOMPARE(ids(), (QStringList { u"ins-1"_s, u"ins-2"_s, u"z-1"_s, u"z-2"_s }));
    proxy.setCloudFilter({});
    QCOMPARE(proxy.rowCount(), 8);

    proxy.setStateFilter({ S::Stopped });
    QCOMPARE(ids(), (QStringList { u"i-a2"_s, u"ins-2"_s, u"z-2"_s }));
    proxy.setStateFilter({ S::Pending, S::Stopped });
    QCOMPARE(ids(), (QStringList { u"i-a2"_s, u"i-a3"_s, u"ins-2"_s, u"z-2"_s }));
    proxy.setStateFilter({});

    // The Zenlayer region comes from details; z-2 has none and matches the empty region.
    proxy.setRegionFilter({ u"SEA"_s, u"cn-beijing"_s });
    QCOMPARE(ids(), (QStringList { u"i-b1"_s, u"z-1"_s }));
    proxy.setRegionFilter({ QString() });
    QCOMPARE(ids(), (QStringList { u"z-2"_s }));
    proxy.setRegionFilter({});

    proxy.setAccountFilter({ u"ali"_s });
    QCOMPARE(ids(), (QStringList { u"i-a1"_s, u"i-a2"_s, u"i-a3"_s, u"i-b1"_s }));
    QCOMPARE(proxy.accountFilter(), (QSet<QString> { u"ali"_s }));
    proxy.clearFilters();
    QCOMPARE(proxy.rowCount(), 8);
    QVERIFY(!proxy.isFiltering());
}

void tst_InstanceFilterProxy::filtersCombine()
{
    Model model;
    loadSmallFleet(model);
    InstanceFilterProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, fatal);
    QSignalSpy changed(&proxy, &InstanceFilterProxy::filtersChanged);
    proxy.setStateFilter({ S::Running });
    proxy.setCloudFilter({ Cloud::Aliyun, Cloud::Zenlayer });
    proxy.setRegionFilter({ u"cn-hangzhou"_s, u"SEA"_s });
    QCOMPARE(changed.count(), 3);
    QStringList ids;
    for (int r = 0; r < proxy.rowCount(); ++r)
        ids.append(proxy.index(r, Model::InstanceIdColumn).data().toString());
    QCOMPARE(ids, (QStringList { u"i-a1"_s, u"z-1"_s }));
    proxy.setTextFilter(u"EDGE"_s);
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(proxy.index(0, Model::InstanceIdColumn).data().toString(), u"z-1"_s);
    QCOMPARE(proxy.stateFilter(), (QList<S> { S::Running }));
    QCOMPARE(proxy.cloudFilter(), (QList<Cloud> { Cloud::Zenlayer, Cloud::Aliyun }));
    // Setting the same filter again is no change.
    proxy.setTextFilter(u"  EDGE "_s);
    QCOMPARE(changed.count(), 4);
}

void tst_InstanceFilterProxy::textMatchesIdNameAndAddresses()
{
    Model model;
    loadSmallFleet(model);
    InstanceFilterProxy proxy;
    proxy.setSourceModel(&model);
    const auto idsFor = [&](const QString &text) {
        proxy.setTextFilter(text);
        QStringList list;
        for (int r = 0; r < proxy.rowCount(); ++r)
            list.append(proxy.index(r, Model::InstanceIdColumn).data().toString());
        return list;
    };
    QCOMPARE(idsFor(u"db-prim"_s), (QStringList { u"i-a3"_s })); // name, any case
    QCOMPARE(idsFor(u"10.0.0.1"_s), (QStringList { u"i-a1"_s })); // private IP
    QCOMPARE(idsFor(u"198.51"_s), (QStringList { u"z-1"_s })); // public IP
    QCOMPARE(idsFor(u"INS-"_s), (QStringList { u"ins-1"_s, u"ins-2"_s })); // id
    QCOMPARE(idsFor(u"nothing like it"_s), QStringList());
    QCOMPARE(idsFor(u"   "_s).size(), 8);
}

void tst_InstanceFilterProxy::sortsEveryColumnByRealValue_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<QStringList>("ascending"); // instance ids, ascending
    QTest::newRow("cloud") << int(Model::CloudColumn)
                           << QStringList { u"z-1"_s,  u"z-2"_s,  u"i-a1"_s,  u"i-a2"_s,
                                            u"i-a3"_s, u"i-b1"_s, u"ins-1"_s, u"ins-2"_s };
    // Lifecycle order: Pending, Running, Stopped; ties in source order.
    QTest::newRow("state") << int(Model::StateColumn)
                           << QStringList { u"i-a3"_s, u"i-a1"_s, u"i-b1"_s,  u"ins-1"_s,
                                            u"z-1"_s,  u"i-a2"_s, u"ins-2"_s, u"z-2"_s };
    // Times as times: the scopes were listed at t0, t0+10, t0+20, t0+30.
    QTest::newRow("last confirmed") << int(Model::LastConfirmedColumn)
                                    << QStringList { u"i-a1"_s,  u"i-a2"_s,  u"i-a3"_s, u"i-b1"_s,
                                                     u"ins-1"_s, u"ins-2"_s, u"z-1"_s,  u"z-2"_s };
    // Names naturally (web-2 before web-10), empty names first.
    QTest::newRow("name") << int(Model::NameColumn)
                          << QStringList { u"i-b1"_s, u"ins-1"_s, u"ins-2"_s, u"z-2"_s,
                                           u"i-a3"_s, u"z-1"_s,   u"i-a2"_s,  u"i-a1"_s };
    // IPs numerically: 10.0.0.9 < 10.0.0.10 < 10.0.1.5 < 172.16.0.1.
    QTest::newRow("private ip") << int(Model::PrivateIpColumn)
                                << QStringList { u"i-b1"_s, u"ins-1"_s, u"ins-2"_s, u"z-2"_s,
                                                 u"i-a2"_s, u"i-a1"_s,  u"i-a3"_s,  u"z-1"_s };
    // Natural and case-insensitive: "" < ap-guangzhou < cn-beijing < cn-hangzhou < SEA.
    QTest::newRow("region") << int(Model::RegionColumn)
                            << QStringList { u"z-2"_s,  u"ins-1"_s, u"ins-2"_s, u"i-b1"_s,
                                             u"i-a1"_s, u"i-a2"_s,  u"i-a3"_s,  u"z-1"_s };
}

void tst_InstanceFilterProxy::sortsEveryColumnByRealValue()
{
    QFETCH(int, column);
    QFETCH(QStringList, ascending);
    Model model;
    loadSmallFleet(model);
    InstanceFilterProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, fatal);
    const auto ids = [&] {
        QStringList list;
        for (int r = 0; r < proxy.rowCount(); ++r)
            list.append(proxy.index(r, Model::InstanceIdColumn).data().toString());
        return list;
    };
    proxy.sort(column, Qt::AscendingOrder);
    QCOMPARE(ids(), ascending);
    proxy.sort(column, Qt::DescendingOrder);
    QStringList descending = ascending;
    std::reverse(descending.begin(), descending.end());
    QCOMPARE(ids(), descending);
    QCOMPARE(proxy.sortOrder(), Qt::DescendingOrder);
    // And the brute force agrees, for every column.
    for (int c = 0; c < Model::ColumnCount; ++c) {
        proxy.sort(c, Qt::AscendingOrder);
        QCOMPARE(shownRows(proxy), expectedRows(model, {}, c, Qt::AscendingOrder));
    }
}

void tst_InstanceFilterProxy::stateChangeUnderStateSortIsOneMove()
{
    SortedByState f(6);
    auto &[scope, rows, model, proxy, tester] = f;
    const QPersistentModelIndex selected = proxy.index(2, 0); // i-2
    QSignalSpy moved(&proxy, &QAbstractItemModel::rowsMoved);
    QSignalSpy layout(&proxy, &QAbstractItemModel::layoutChanged);
    QSignalSpy removed(&proxy, &QAbstractItemModel::rowsRemoved);
    QSignalSpy inserted(&proxy, &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(&proxy, &QAbstractItemModel::modelReset);
    rows[2].second = u"Stopped"_s;
    model.applySnapshot(snap(scope, Cloud::Aliyun, t0, rows));
    QCOMPARE(moved.count(), 1);
    QCOMPARE(moved.first().at(1).toInt(), 2);
    QCOMPARE(moved.first().at(4).toInt(), 6); // to the end: before (pre-move) row 6
    QCOMPARE(layout.count() + removed.count() + inserted.count() + reset.count(), 0);
    QCOMPARE(proxy.index(5, Model::InstanceIdColumn).data().toString(), u"i-2"_s);
    QVERIFY(selected.isValid());
    QCOMPARE(selected.row(), 5); // the selection follows the row
    QCOMPARE(shownRows(proxy), expectedRows(model, {}, Model::StateColumn, Qt::AscendingOrder));
    // And back up, to before i-3.
    rows[2].second = u"Pending"_s;
    model.applySnapshot(snap(scope, Cloud::Aliyun, t0, rows));
    QCOMPARE(moved.count(), 2);
    QCOMPARE(selected.row(), 0);
}

void tst_InstanceFilterProxy::stateChangesOfARefreshAreOneLayoutChange()
{
    SortedByState f(10);
    auto &[scope, rows, model, proxy, tester] = f;
    // A view's selection of every row, on various columns: each must follow its instance.
    QList<std::pair<QPersistentModelIndex, QString>> selection;
    for (int r = 0; r < proxy.rowCount(); ++r)
        selection.append({ QPersistentModelIndex(proxy.index(r, r % Model::ColumnCount)),
                           proxy.index(r, Model::InstanceIdColumn).data().toString() });
    QStringList events;
    connect(&proxy, &QAbstractItemModel::layoutAboutToBeChanged, this,
            [&] { events.append(u"layout"_s); });
    connect(&proxy, &QAbstractItemModel::dataChanged, this,
            [&](const QModelIndex &tl, const QModelIndex &br) {
                if (tl.column() == Model::StateColumn && br.column() == Model::SinceColumn)
                    events.append(QStringLiteral("states %1-%2").arg(tl.row()).arg(br.row()));
            });
    QSignalSpy moved(&proxy, &QAbstractItemModel::rowsMoved);
    QSignalSpy removed(&proxy, &QAbstractItemModel::rowsRemoved);
    QSignalSpy inserted(&proxy, &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(&proxy, &QAbstractItemModel::modelReset);

    // Four rows change state in one refresh: placed again under one layout change, then the
    // views hear that their values changed (one range over their new places).
    rows[1].second = u"Stopped"_s;
    rows[4].second = u"Pending"_s;
    rows[6].second = u"Stopped"_s;
    rows[8].second = u"Starting"_s;
    model.applySnapshot(snap(scope, Cloud::Aliyun, t0, rows));
    QCOMPARE(moved.count() + removed.count() + inserted.count() + reset.count(), 0);
    QCOMPARE(shownRows(proxy), expectedRows(model, {}, Model::StateColumn, Qt::AscendingOrder));
    QCOMPARE(events.size(), 2);
    QCOMPARE(events.first(), u"layout"_s);
    int low = proxy.rowCount();
    int high = -1;
    for (int r = 0; r < proxy.rowCount(); ++r) {
        const QString id = proxy.index(r, Model::InstanceIdColumn).data().toString();
        if (id == u"i-1" || id == u"i-4" || id == u"i-6" || id == u"i-8") {
            low = std::min(low, r);
            high = std::max(high, r);
        }
    }
    QCOMPARE(events.last(), QStringLiteral("states %1-%2").arg(low).arg(high));
    for (const auto &[index, id] : std::as_const(selection)) {
        QVERIFY(index.isValid());
        QCOMPARE(proxy.index(index.row(), Model::InstanceIdColumn).data().toString(), id);
    }

    // Under a state filter, rows leave and enter in the same way: a selected row that leaves
    // loses its index, the others follow theirs.
    proxy.setStateFilter({ S::Running });
    const auto selectionOf = [&](const QString &id) {
        for (int r = 0; r < proxy.rowCount(); ++r) {
            if (proxy.index(r, Model::InstanceIdColumn).data().toString() == id)
                return QPersistentModelIndex(proxy.index(r, 1));
        }
        return QPersistentModelIndex();
    };
    const QPersistentModelIndex leaving = selectionOf(u"i-2"_s);
    const QPersistentModelIndex staying = selectionOf(u"i-9"_s);
    QVERIFY(leaving.isValid() && staying.isValid());
    events.clear();
    rows[2].second = u"Stopped"_s;
    rows[5].second = u"Stopped"_s;
    rows[1].second = u"Running"_s;
    model.applySnapshot(snap(scope, Cloud::Aliyun, t0, rows));
    QCOMPARE(events.first(), u"layout"_s);
    QCOMPARE(moved.count() + removed.count() + inserted.count() + reset.count(), 0);
    Criteria running;
    running.states = { S::Running };
    QCOMPARE(shownRows(proxy),
             expectedRows(model, running, Model::StateColumn, Qt::AscendingOrder));
    QVERIFY(!leaving.isValid());
    QVERIFY(staying.isValid());
    QCOMPARE(proxy.index(staying.row(), Model::InstanceIdColumn).data().toString(), u"i-9"_s);
}

void tst_InstanceFilterProxy::singleRowsComeAndGoPrecisely()
{
    SortedByState f(6);
    auto &[scope, rows, model, proxy, tester] = f;
    proxy.setStateFilter({ S::Running });
    Criteria running;
    running.states = { S::Running };
    QSignalSpy inserted(&proxy, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&proxy, &QAbstractItemModel::rowsRemoved);
    const auto rankOf = [&](const QString &id) {
        for (int r = 0; r < proxy.rowCount(); ++r) {
            if (proxy.index(r, Model::InstanceIdColumn).data().toString() == id)
                return r;
        }
        return -1;
    };
    // A row the filter hides comes and goes without a signal to the views.
    rows.append({ u"i-7"_s, u"Stopped"_s });
    f.apply();
    QCOMPARE(inserted.count(), 0);
    // A shown one is one inserted row, where it sorts (running rows, by source row).
    rows.insert(3, { u"i-2b"_s, u"Running"_s });
    f.apply();
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.first().at(1).toInt(), rankOf(u"i-2b"_s));
    QCOMPARE(inserted.first().at(2).toInt(), rankOf(u"i-2b"_s));
    QCOMPARE(shownRows(proxy),
             expectedRows(model, running, Model::StateColumn, Qt::AscendingOrder));
    rows.removeLast(); // i-7
    f.apply();
    QCOMPARE(removed.count(), 0);
    const int rankOf4 = rankOf(u"i-4"_s);
    rows.removeAt(5); // i-4
    f.apply();
    QCOMPARE(removed.count(), 1);
    QCOMPARE(removed.first().at(1).toInt(), rankOf4);
    QCOMPARE(removed.first().at(2).toInt(), rankOf4);
    QCOMPARE(shownRows(proxy),
             expectedRows(model, running, Model::StateColumn, Qt::AscendingOrder));
    QCOMPARE(proxy.rowCount(), 6);
}

void tst_InstanceFilterProxy::stateChangeUnderNameSortIsOnlyDataChanged()
{
    Model model;
    loadSmallFleet(model);
    InstanceFilterProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, fatal);
    proxy.sort(Model::NameColumn);
    QSignalSpy changed(&proxy, &QAbstractItemModel::dataChanged);
    QSignalSpy moved(&proxy, &QAbstractItemModel::rowsMoved);
    QSignalSpy layout(&proxy, &QAbstractItemModel::layoutChanged);
    model.applySnapshot(snap({ u"tc"_s, u"ap-guangzhou"_s }, Cloud::Tencent, t0 + 20,
                             { { u"ins-1"_s, u"STOPPED"_s }, { u"ins-2"_s, u"SHUTDOWN"_s } }));
    QCOMPARE(moved.count() + layout.count(), 0);
    QCOMPARE(changed.count(), 1);
    const QModelIndex tl = changed.first().at(0).value<QModelIndex>();
    const QModelIndex br = changed.first().at(1).value<QModelIndex>();
    QCOMPARE(tl, br.siblingAtColumn(Model::StateColumn));
    QCOMPARE(br.column(), int(Model::SinceColumn));
    QCOMPARE(keyAt(model, tl, proxy).instanceId, u"ins-1"_s);
}

void tst_InstanceFilterProxy::scopeRefreshMovesItsRowsUnderConfirmedSort()
{
    Model model;
    loadSmallFleet(model);
    InstanceFilterProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, fatal);
    proxy.sort(Model::LastConfirmedColumn);
    const QPersistentModelIndex first = proxy.index(0, 0); // i-a1
    QSignalSpy layout(&proxy, &QAbstractItemModel::layoutChanged);
    model.applySnapshot(snap(
        { u"ali"_s, u"cn-hangzhou"_s }, Cloud::Aliyun, t0 + 100,
        { { u"i-a1"_s, u"Running"_s }, { u"i-a2"_s, u"Stopped"_s }, { u"i-a3"_s, u"Pending"_s } }));
    QCOMPARE(layout.count(), 1);
    QCOMPARE(shownRows(proxy),
             expectedRows(model, {}, Model::LastConfirmedColumn, Qt::AscendingOrder));
    QCOMPARE(proxy.index(7, Model::InstanceIdColumn).data().toString(), u"i-a3"_s);
    QCOMPARE(first.row(), 5);
    // The same time again moves nothing.
    model.applySnapshot(snap(
        { u"ali"_s, u"cn-hangzhou"_s }, Cloud::Aliyun, t0 + 100,
        { { u"i-a1"_s, u"Running"_s }, { u"i-a2"_s, u"Stopped"_s }, { u"i-a3"_s, u"Pending"_s } }));
    QCOMPARE(layout.count(), 1);
}

void tst_InstanceFilterProxy::rowLeavesAndEntersTheFilter()
{
    Model model;
    loadSmallFleet(model);
    InstanceFilterProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, fatal);
    proxy.sort(Model::NameColumn, Qt::DescendingOrder);
    proxy.setStateFilter({ S::Running });
    QCOMPARE(proxy.rowCount(), 4);
    QSignalSpy removed(&proxy, &QAbstractItemModel::rowsRemoved);
    QSignalSpy inserted(&proxy, &QAbstractItemModel::rowsInserted);
    const ScopeKey gz { u"tc"_s, u"ap-guangzhou"_s };
    model.applySnapshot(snap(gz, Cloud::Tencent, t0 + 20,
                             { { u"ins-1"_s, u"STOPPED"_s }, { u"ins-2"_s, u"SHUTDOWN"_s } }));
    QCOMPARE(removed.count(), 1);
    QCOMPARE(proxy.rowCount(), 3);
    model.applySnapshot(snap(gz, Cloud::Tencent, t0 + 20,
                             { { u"ins-1"_s, u"STOPPED"_s }, { u"ins-2"_s, u"RUNNING"_s } }));
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(proxy.rowCount(), 4);
    Criteria c;
    c.states = { S::Running };
    QCOMPARE(shownRows(proxy), expectedRows(model, c, Model::NameColumn, Qt::DescendingOrder));
}

void tst_InstanceFilterProxy::filterChangeKeepsSelection()
{
    Model model;
    loadSmallFleet(model);
    InstanceFilterProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, fatal);
    proxy.sort(Model::InstanceIdColumn);
    const QPersistentModelIndex kept = proxy.index(proxy.rowCount() - 1, 3); // z-2
    const QPersistentModelIndex hidden = proxy.index(0, 1); // i-a1
    QCOMPARE(kept.data().toString(), u"z-2"_s);
    QSignalSpy reset(&proxy, &QAbstractItemModel::modelReset);
    proxy.setStateFilter({ S::Stopped });
    QCOMPARE(reset.count(), 0);
    QVERIFY(kept.isValid());
    QCOMPARE(kept.data().toString(), u"z-2"_s);
    QCOMPARE(kept.row(), 2);
    QCOMPARE(kept.column(), 3);
    QVERIFY(!hidden.isValid());
}

void tst_InstanceFilterProxy::headerDataWithoutRows()
{
    Model model;
    InstanceFilterProxy proxy;
    proxy.setSourceModel(&model);
    QCOMPARE(proxy.headerData(Model::StateColumn, Qt::Horizontal).toString(), u"State"_s);
    loadSmallFleet(model);
    proxy.setTextFilter(u"no such thing"_s);
    QCOMPARE(proxy.rowCount(), 0);
    QCOMPARE(proxy.headerData(Model::NameColumn, Qt::Horizontal).toString(), u"Name"_s);
}

void tst_InstanceFilterProxy::rejectsOtherSourceModels()
{
    InstanceFilterProxy proxy;
    QAbstractTableModel *other = nullptr;
    {
        QTest::ignoreMessage(QtWarningMsg,
                             "InstanceFilterProxy: the source must be an InstanceTableModel");
        QStringListModel list;
        proxy.setSourceModel(&list);
        QVERIFY(!proxy.sourceModel());
    }
    Q_UNUSED(other);
    auto *model = new Model;
    proxy.setSourceModel(model);
    loadSmallFleet(*model);
    QCOMPARE(proxy.rowCount(), 8);
    delete model; // the proxy empties itself
    QCOMPARE(proxy.rowCount(), 0);
}

void tst_InstanceFilterProxy::randomSequencesMatchBruteForce_data()
{
    QTest::addColumn<quint32>("seed");
    for (quint32 seed : { 7u, 8u, 31u, 404u, 9001u })
        QTest::addRow("seed %u", seed) << seed;
}

void tst_InstanceFilterProxy::randomSequencesMatchBruteForce()
{
    QFETCH(quint32, seed);
    Model model;
    InstanceFilterProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester modelTester(&model, fatal);
    QAbstractItemModelTester proxyTester(&proxy, fatal);
    fixture::Fleet fleet(seed, 30);
    auto &rng = fleet.rng;
    Criteria criteria;
    QList<std::pair<QPersistentModelIndex, InstanceKey>> selection;
    qint64 shownTotal = 0;
    const QStringList texts { QString(),  u"web-1"_s,   u"10.0.1"_s, u"I-ALI"_s,
                              u"203.0"_s, u"zz-none"_s, u"-0"_s };
    const QStringList regions { u"cn-hangzhou"_s, u"cn-beijing"_s, u"ap-guangzhou"_s,
                                u"cn-north-1"_s,  u"na-west"_s,    u"eu-central"_s,
                                QString() };

    for (int step = 0; step < 500; ++step) {
        const int roll = rng.bounded(100);
        if (roll < 55) {
            model.applySnapshot(fleet.nextSnapshot(10, 25));
        } else if (roll < 70) {
            model.applyDetails(fleet.nextDetails());
        } else if (roll < 72) {
            model.removeAccount(fleet.accounts.at(rng.bounded(4)).id);
        } else if (roll < 74) {
            model.setAccountNames({ { fleet.accounts.at(rng.bounded(4)).id,
                                      QStringLiteral("n%1").arg(rng.bounded(50)) } });
        } else if (roll < 88) {
            // Change one filter dimension at random; keep most rows shown most of the time.
            const bool clear = rng.bounded(2) == 0 || proxy.rowCount() < model.rowCount() / 4;
            switch (rng.bounded(5)) {
            case 0:
                criteria.clouds.clear();
                for (Cloud c : allClouds) {
                    if (!clear && rng.bounded(2) == 0)
                        criteria.clouds.append(c);
                }
                break;
            case 1:
                criteria.states.clear();
                for (S s : allInstanceStates) {
                    if (!clear && rng.bounded(3) != 0)
                        criteria.states.append(s);
                }
                break;
            case 2:
                criteria.regions.clear();
                for (const QString &r : regions) {
                    if (!clear && rng.bounded(2) == 0)
                        criteria.regions.insert(r);
                }
                break;
            case 3:
                criteria.accounts.clear();
                for (const fixture::FleetAccount &a : std::as_const(fleet.accounts)) {
                    if (!clear && rng.bounded(2) == 0)
                        criteria.accounts.insert(a.id);
                }
                break;
            default:
                criteria.text = clear ? QString() : texts.at(rng.bounded(int(texts.size())));
            }
            apply(proxy, criteria);
        } else if (roll < 95) {
            proxy.sort(int(rng.bounded(Model::ColumnCount + 1)) - 1,
                       rng.bounded(2) ? Qt::AscendingOrder : Qt::DescendingOrder);
        } else {
            // A view's selection: a few persistent indexes to follow.
            selection.clear();
            for (int i = 0; i < 4 && proxy.rowCount() > 0; ++i) {
                const QModelIndex idx = proxy.index(rng.bounded(proxy.rowCount()), i);
                selection.append({ QPersistentModelIndex(idx), keyAt(model, idx, proxy) });
            }
        }

        QCOMPARE(shownRows(proxy),
                 expectedRows(model, criteria, proxy.sortColumn(), proxy.sortOrder()));
        shownTotal += proxy.rowCount();
        for (int r = 0; r < model.rowCount(); ++r) {
            const QModelIndex mapped = proxy.mapFromSource(model.index(r, 2));
            QCOMPARE(mapped.isValid(), bruteAccepts(model, r, criteria));
            if (mapped.isValid())
                QCOMPARE(proxy.mapToSource(mapped).row(), r);
        }
        // A persistent index follows its row, and is invalidated only when the row leaves.
        for (qsizetype i = selection.size() - 1; i >= 0; --i) {
            const auto &[index, key] = selection.at(i);
            if (index.isValid()) {
                QCOMPARE(keyAt(model, index, proxy), key);
            } else {
                const int row = model.findRow(key);
                QVERIFY(row < 0 || !bruteAccepts(model, row, criteria));
                selection.removeAt(i);
            }
        }
    }
    // The sequence really exercised the proxy (it was not empty most of the time).
    QVERIFY2(shownTotal > 500 * 30, qPrintable(QString::number(shownTotal)));
}

QTEST_GUILESS_MAIN(tst_InstanceFilterProxy)
#include "tst_instancefilterproxy.moc"
