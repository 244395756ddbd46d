// InstanceTableModel: snapshots applied as diffs (contiguous inserts/removals, dataChanged for
// the changed cells only, no resets), stale marking and recovery, transitions, times, details,
// account/scope removal, and random sequences checked against a brute-force rebuild under
// QAbstractItemModelTester.
#include "fleetfixture.h"
#include "instancetablemodel.h"

#include <QAbstractItemModelTester>
#include <QFont>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using Model = InstanceTableModel;
using S = InstanceState;

namespace {

const ScopeKey aliScope { QStringLiteral("a1"), QStringLiteral("cn-hangzhou") };
const ScopeKey zenScope { QStringLiteral("z1"), QString() };
constexpr qint64 t0 = 1'700'000'000'000;

Snapshot snap(const ScopeKey &scope, qint64 ms, const QList<std::pair<QString, QString>> &rows,
              Cloud cloud = Cloud::Aliyun)
{
    Snapshot s;
    s.cloud = cloud;
    s.scope = scope;
    s.finishedAt = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
    for (const auto &[id, raw] : rows)
        s.instances.append({ id, raw, stateFromRaw(cloud, raw) });
    return s;
}

Snapshot failed(const ScopeKey &scope, qint64 ms, Cloud cloud = Cloud::Aliyun)
{
    Snapshot s;
    s.cloud = cloud;
    s.scope = scope;
    s.finishedAt = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
    s.error = FetchError { FetchError::Kind::Throttled,
                           QStringLiteral("Throttling.User"),
                           QStringLiteral("Request was denied due to user flow control."),
                           QStringLiteral("RID-42"),
                           400,
                           1000,
                           {} };
    return s;
}

QList<std::pair<QString, QString>> ids(const QStringList &list, const QString &raw = u"Running"_s)
{
    QList<std::pair<QString, QString>> rows;
    for (const QString &id : list)
        rows.append({ id, raw });
    return rows;
}

QDateTime at(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

struct Range
{
    int firstRow, firstColumn, lastRow, lastColumn;
    friend bool operator==(const Range &, const Range &) = default;
};

QList<Range> ranges(const QSignalSpy &spy)
{
    QList<Range> result;
    for (const QList<QVariant> &args : spy) {
        const auto tl = args.at(0).value<QModelIndex>();
        const auto br = args.at(1).value<QModelIndex>();
        result.append({ tl.row(), tl.column(), br.row(), br.column() });
    }
    return result;
}

QList<std::pair<int, int>> rowBlocks(const QSignalSpy &spy)
{
    QList<std::pair<int, int>> result;
    for (const QList<QVariant> &args : spy)
        result.append({ args.at(1).toInt(), args.at(2).toInt() });
    return result;
}

char *toString(const Range &r)
{
    return QTest::toString(QStringLiteral("(%1,%2)-(%3,%4)")
                               .arg(r.firstRow)
                               .arg(r.firstColumn)
                               .arg(r.lastRow)
                               .arg(r.lastColumn));
}

} // namespace

class tst_InstanceTableModel : public QObject
{
    Q_OBJECT

private slots:
    void firstSnapshotInsertsOneBlock();
    void oneStateChangeTouchesOnlyStateCells();
    void laterListingAlsoUpdatesLastConfirmedColumnOnly();
    void insertionsAndRemovalsAreContiguousBlocks();
    void timesFollowFinishedAt();
    void transitionsAndChangeSummary();
    void rawOnlyChangeIsNoTransition();
    void stateChangesAreBracketedAsOneBatch();
    void failedSnapshotMarksStaleAndKeepsRows();
    void failureOnUnknownScopeIsRemembered();
    void detailsFillColumnsAndWaitForTheirRow();
    void detailsAnnounceRunsOfAdjacentRows();
    void failedDetailsChangeNothing();
    void zenlayerRegionComesFromDetails();
    void serverTextIsOneBoundedLine();
    void duplicateAndEmptyIdsAreIgnored();
    void removeAccountAndScope();
    void accountNames();
    void cloudChangeReplacesScopeRows();
    void sortRoleHasRealValues();
    void loadSnapshotsResetsOnce();
    void randomSequencesMatchReference_data();
    void randomSequencesMatchReference();
};

void tst_InstanceTableModel::firstSnapshotInsertsOneBlock()
{
    Model model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy inserted(&model, &Model::rowsInserted);
    QSignalSpy reset(&model, &Model::modelReset);
    model.applySnapshot(snap(aliScope, t0, ids({ u"i-c"_s, u"i-a"_s, u"i-b"_s })));
    QCOMPARE(rowBlocks(inserted), (QList<std::pair<int, int>> { { 0, 2 } }));
    QCOMPARE(reset.count(), 0);
    QCOMPARE(model.rowCount(), 3);
    // Sorted by instance id within the scope.
    QCOMPARE(model.data(model.index(0, Model::InstanceIdColumn)).toString(), u"i-a"_s);
    QCOMPARE(model.data(model.index(2, Model::InstanceIdColumn)).toString(), u"i-c"_s);
    QCOMPARE(model.data(model.index(1, Model::StateColumn)).toString(), u"Running"_s);
    QCOMPARE(model.data(model.index(1, Model::RegionColumn)).toString(), u"cn-hangzhou"_s);
    QCOMPARE(model.data(model.index(1, Model::CloudColumn)).toString(), u"Alibaba Cloud"_s);
}

void tst_InstanceTableModel::oneStateChangeTouchesOnlyStateCells()
{
    Model model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.applySnapshot(snap(aliScope, t0, ids({ u"i-1"_s, u"i-2"_s, u"i-3"_s, u"i-4"_s })));
    QSignalSpy changed(&model, &Model::dataChanged);
    QSignalSpy inserted(&model, &Model::rowsInserted);
    QSignalSpy removed(&model, &Model::rowsRemoved);
    QSignalSpy reset(&model, &Model::modelReset);
    QSignalSpy layout(&model, &Model::layoutChanged);
    // Same finishedAt: the confirmation time does not change, so only the state cells do.
    auto rows = ids({ u"i-1"_s, u"i-2"_s, u"i-3"_s, u"i-4"_s });
    rows[2].second = u"Stopped"_s;
    model.applySnapshot(snap(aliScope, t0, rows));
    QCOMPARE(ranges(changed), (QList<Range> { { 2, Model::StateColumn, 2, Model::SinceColumn } }));
    const auto roles = changed.first().at(2).value<QList<int>>();
    QVERIFY(roles.contains(Model::StateRole));
    QVERIFY(roles.contains(Qt::DisplayRole));
    QVERIFY(!roles.contains(Model::NameRole));
    QCOMPARE(inserted.count() + removed.count() + reset.count() + layout.count(), 0);
    QCOMPARE(model.data(model.index(2, Model::StateColumn), Model::StateRole).toInt(),
             int(S::Stopped));
}

void tst_InstanceTableModel::laterListingAlsoUpdatesLastConfirmedColumnOnly()
{
    Model model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.applySnapshot(snap(zenScope, t0, ids({ u"z-1"_s }, u"RUNNING"_s), Cloud::Zenlayer));
    model.applySnapshot(snap(aliScope, t0, ids({ u"i-1"_s, u"i-2"_s, u"i-3"_s })));
    QSignalSpy changed(&model, &Model::dataChanged);
    auto rows = ids({ u"i-1"_s, u"i-2"_s, u"i-3"_s });
    rows[0].second = u"Stopping"_s;
    model.applySnapshot(snap(aliScope, t0 + 30'000, rows));
    // The state cells of the one row, and the "last confirmed" column of the scope's rows
    // (rows 1..3; row 0 is the Zenlayer scope's and stays untouched).
    QCOMPARE(ranges(changed),
             (QList<Range> { { 1, Model::StateColumn, 1, Model::SinceColumn },
                             { 1, Model::LastConfirmedColumn, 3, Model::LastConfirmedColumn } }));
    QCOMPARE(model.data(model.index(3, 0), Model::LastConfirmedRole).toDateTime(), at(t0 + 30'000));
    QCOMPARE(model.data(model.index(0, 0), Model::LastConfirmedRole).toDateTime(), at(t0));
}

void tst_InstanceTableModel::insertionsAndRemovalsAreContiguousBlocks()
{
    Model model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.applySnapshot(
        snap(zenScope, t0, ids({ u"z-1"_s, u"z-2"_s }, u"RUNNING"_s), Cloud::Zenlayer));
    QStringList before;
    for (int i = 1; i <= 10; ++i)
        before.append(QStringLiteral("i-%1").arg(i, 2, 10, QLatin1Char('0')));
    model.applySnapshot(snap(aliScope, t0, ids(before)));
    QCOMPARE(model.rowCount(), 12);

    QSignalSpy removed(&model, &Model::rowsRemoved);
    QSignalSpy inserted(&model, &Model::rowsInserted);
    QSignalSpy reset(&model, &Model::modelReset);
    // Gone: i-03, i-04 (adjacent) and i-08. New: i-05a, i-05b (adjacent) and i-11 (at the end).
    const QStringList after { u"i-01"_s, u"i-02"_s, u"i-05"_s, u"i-05a"_s, u"i-05b"_s,
                              u"i-06"_s, u"i-07"_s, u"i-09"_s, u"i-10"_s,  u"i-11"_s };
    model.applySnapshot(snap(aliScope, t0 + 1000, ids(after)));
    // The Aliyun scope starts at row 2. Removals last block first; then insertions.
    QCOMPARE(rowBlocks(removed), (QList<std::pair<int, int>> { { 9, 9 }, { 4, 5 } }));
    QCOMPARE(rowBlocks(inserted), (QList<std::pair<int, int>> { { 5, 6 }, { 11, 11 } }));
    QCOMPARE(reset.count(), 0);
    QStringList shown;
    for (int r = 2; r < model.rowCount(); ++r)
        shown.append(model.data(model.index(r, Model::InstanceIdColumn)).toString());
    QCOMPARE(shown, after);
}

void tst_InstanceTableModel::timesFollowFinishedAt()
{
    Model model;
    model.applySnapshot(snap(aliScope, t0, ids({ u"i-1"_s })));
    model.applySnapshot(snap(aliScope, t0 + 10'000, ids({ u"i-1"_s, u"i-2"_s })));
    model.applySnapshot(
        snap(aliScope, t0 + 20'000, { { u"i-1"_s, u"Stopped"_s }, { u"i-2"_s, u"Running"_s } }));
    model.applySnapshot(
        snap(aliScope, t0 + 30'000, { { u"i-1"_s, u"Stopped"_s }, { u"i-2"_s, u"Running"_s } }));
    const InstanceStatus one = model.statusAt(0);
    QCOMPARE(one.key, (InstanceKey { Cloud::Aliyun, u"a1"_s, u"cn-hangzhou"_s, u"i-1"_s }));
    QCOMPARE(one.firstSeen, at(t0));
    QCOMPARE(one.lastChange, at(t0 + 20'000));
    QCOMPARE(one.lastConfirmed, at(t0 + 30'000));
    QCOMPARE(one.state, S::Stopped);
    QCOMPARE(one.rawState, u"Stopped"_s);
    const InstanceStatus two = model.statusAt(1);
    QCOMPARE(two.firstSeen, at(t0 + 10'000));
    QCOMPARE(two.lastChange, at(t0 + 10'000));
    QCOMPARE(model.data(model.index(0, 0), Model::SinceMsRole).toLongLong(), t0 + 20'000);
    QCOMPARE(model.data(model.index(0, Model::SinceColumn), Model::SortRole).toLongLong(),
             t0 + 20'000);
    QVERIFY(!model.data(model.index(0, Model::SinceColumn)).toString().isEmpty());
}

void tst_InstanceTableModel::transitionsAndChangeSummary()
{
    Model model;
    QSignalSpy transitions(&model, &Model::stateTransition);
    QSignalSpy applied(&model, &Model::snapshotApplied);
    model.applySnapshot(snap(aliScope, t0, ids({ u"i-1"_s, u"i-2"_s, u"i-3"_s })));
    QCOMPARE(transitions.count(), 0); // appearing is not a transition
    QCOMPARE(applied.count(), 1);
    QCOMPARE(applied.last().at(0).value<SnapshotChanges>().appeared.size(), 3);

    model.applySnapshot(snap(
        aliScope, t0 + 5000,
        { { u"i-1"_s, u"Stopping"_s }, { u"i-2"_s, u"Running"_s }, { u"i-4"_s, u"Pending"_s } }));
    QCOMPARE(transitions.count(), 1);
    const QList<QVariant> args = transitions.first();
    QCOMPARE(args.at(0).value<InstanceKey>().instanceId, u"i-1"_s);
    QCOMPARE(args.at(1).value<InstanceState>(), S::Running);
    QCOMPARE(args.at(2).value<InstanceState>(), S::Stopping);
    QCOMPARE(args.at(3).toDateTime(), at(t0 + 5000));
    const auto changes = applied.last().at(0).value<SnapshotChanges>();
    QVERIFY(changes.isComplete());
    QCOMPARE(changes.transitions.size(), 1);
    QCOMPARE(changes.transitions.first().rawFrom, u"Running"_s);
    QCOMPARE(changes.transitions.first().rawTo, u"Stopping"_s);
    QCOMPARE(changes.appeared.size(), 1);
    QCOMPARE(changes.appeared.first().instanceId, u"i-4"_s);
    QCOMPARE(changes.disappeared.size(), 1);
    QCOMPARE(changes.disappeared.first().instanceId, u"i-3"_s);
    QVERIFY(!changes.becameStale && !changes.recovered);
}

void tst_InstanceTableModel::rawOnlyChangeIsNoTransition()
{
    Model model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy transitions(&model, &Model::stateTransition);
    model.applySnapshot(snap(zenScope, t0, { { u"z-1"_s, u"CREATING"_s } }, Cloud::Zenlayer));
    QSignalSpy changed(&model, &Model::dataChanged);
    model.applySnapshot(snap(zenScope, t0, { { u"z-1"_s, u"DEPLOYING"_s } }, Cloud::Zenlayer));
    QCOMPARE(transitions.count(), 0); // both are Pending
    QCOMPARE(ranges(changed), (QList<Range> { { 0, Model::StateColumn, 0, Model::StateColumn } }));
    QCOMPARE(model.data(model.index(0, 0), Model::RawStateRole).toString(), u"DEPLOYING"_s);
    QVERIFY(model.data(model.index(0, Model::StateColumn), Qt::ToolTipRole)
                .toString()
                .contains(u"DEPLOYING"));
    QCOMPARE(model.statusAt(0).lastChange, at(t0));
}

void tst_InstanceTableModel::stateChangesAreBracketedAsOneBatch()
{
    Model model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    auto rows = ids({ u"i-1"_s, u"i-2"_s, u"i-3"_s, u"i-4"_s, u"i-5"_s });
    model.applySnapshot(snap(aliScope, t0, rows));
    QStringList events;
    connect(&model, &Model::rowUpdatesStarted, this, [&] { events.append(u"started"_s); });
    connect(&model, &Model::rowUpdatesFinished, this, [&] { events.append(u"finished"_s); });
    connect(&model, &Model::dataChanged, this, [&](const QModelIndex &tl, const QModelIndex &br) {
        // Each row is announced once it has changed: its value is already the new one.
        events.append(QStringLiteral("changed %1-%2 %3-%4 %5")
                          .arg(tl.row())
                          .arg(br.row())
                          .arg(tl.column())
                          .arg(br.column())
                          .arg(tl.siblingAtColumn(Model::StateColumn).data().toString()));
    });
    connect(&model, &Model::rowsInserted, this, [&] { events.append(u"inserted"_s); });
    connect(&model, &Model::rowsRemoved, this, [&] { events.append(u"removed"_s); });
    // i-1 goes, i-2 and i-4 stop, i-6 appears; the confirmation time moves on.
    rows.removeFirst();
    rows[0].second = u"Stopped"_s;
    rows[2].second = u"Stopped"_s;
    rows.append({ u"i-6"_s, u"Running"_s });
    model.applySnapshot(snap(aliScope, t0 + 10, rows));
    const QString state = QString::number(Model::StateColumn);
    const QString since = QString::number(Model::SinceColumn);
    const QString confirmed = QString::number(Model::LastConfirmedColumn);
    QCOMPARE(events,
             (QStringList { u"removed"_s, u"started"_s,
                            u"changed 0-0 "_s + state + u'-' + since + u" Stopped"_s,
                            u"changed 2-2 "_s + state + u'-' + since + u" Stopped"_s, u"finished"_s,
                            u"changed 0-3 "_s + confirmed + u'-' + confirmed + u" Stopped"_s,
                            u"inserted"_s }));
    // Nothing changed: no batch. Under a reset: no batch either.
    events.clear();
    model.applySnapshot(snap(aliScope, t0 + 10, rows));
    QVERIFY(events.isEmpty());
    rows[1].second = u"Stopped"_s;
    model.loadSnapshots({ snap(aliScope, t0 + 10, rows) });
    QVERIFY(events.isEmpty());
    QCOMPARE(model.data(model.index(1, Model::StateColumn), Model::StateRole).toInt(),
             int(S::Stopped));
}

void tst_InstanceTableModel::failedSnapshotMarksStaleAndKeepsRows()
{
    Model model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.applySnapshot(snap(zenScope, t0, ids({ u"z-1"_s }, u"RUNNING"_s), Cloud::Zenlayer));
    model.applySnapshot(snap(aliScope, t0, ids({ u"i-1"_s, u"i-2"_s })));
    QSignalSpy changed(&model, &Model::dataChanged);
    QSignalSpy removed(&model, &Model::rowsRemoved);
    QSignalSpy applied(&model, &Model::snapshotApplied);

    model.applySnapshot(failed(aliScope, t0 + 1000));
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(removed.count(), 0);
    QCOMPARE(ranges(changed), (QList<Range> { { 1, 0, 2, Model::ColumnCount - 1 } }));
    QVERIFY(changed.first().at(2).value<QList<int>>().contains(Model::StaleRole));
    QVERIFY(model.isStale(1) && model.isStale(2) && !model.isStale(0));
    const QModelIndex idx = model.index(1, Model::InstanceIdColumn);
    QVERIFY(model.data(idx, Model::StaleRole).toBool());
    const QString reason = model.data(idx, Model::StaleReasonRole).toString();
    QVERIFY2(reason.contains(u"Throttling.User") && reason.contains(u"RID-42"), qPrintable(reason));
    QVERIFY(model.data(idx, Qt::ToolTipRole).toString().contains(u"Throttling.User"));
    QVERIFY(model.data(idx, Qt::FontRole).value<QFont>().italic());
    QCOMPARE(model.data(idx, Model::StaleErrorRole).value<FetchError>().requestId, u"RID-42"_s);
    QCOMPARE(model.scopeError(aliScope)->code, u"Throttling.User"_s);
    // Times stay those of the last complete listing.
    QCOMPARE(model.statusAt(1).lastConfirmed, at(t0));
    QVERIFY(applied.last().at(0).value<SnapshotChanges>().becameStale);

    // The same failure again: nothing visible changes.
    changed.clear();
    model.applySnapshot(failed(aliScope, t0 + 2000));
    QCOMPARE(changed.count(), 0);
    QVERIFY(!applied.last().at(0).value<SnapshotChanges>().becameStale);

    // The next complete snapshot clears it, and may remove rows.
    changed.clear();
    model.applySnapshot(snap(aliScope, t0 + 3000, ids({ u"i-2"_s })));
    QCOMPARE(model.rowCount(), 2);
    QVERIFY(!model.isStale(1));
    QVERIFY(!model.scopeError(aliScope));
    QVERIFY(!model.data(model.index(1, 0), Model::StaleRole).toBool());
    QVERIFY(!model.data(model.index(1, 0), Qt::FontRole).isValid());
    QVERIFY(applied.last().at(0).value<SnapshotChanges>().recovered);
    QVERIFY(ranges(changed).contains(Range { 1, 0, 1, Model::ColumnCount - 1 }));
}

void tst_InstanceTableModel::failureOnUnknownScopeIsRemembered()
{
    Model model;
    model.applySnapshot(failed(aliScope, t0));
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.scopes(), (QList<ScopeKey> { aliScope }));
    QVERIFY(model.scopeError(aliScope).has_value());
    QVERIFY(!model.scopeLastConfirmed(aliScope).isValid());
    model.applySnapshot(snap(aliScope, t0 + 1, ids({ u"i-1"_s })));
    QVERIFY(!model.scopeError(aliScope).has_value());
    QCOMPARE(model.scopeLastConfirmed(aliScope), at(t0 + 1));
}

void tst_InstanceTableModel::detailsFillColumnsAndWaitForTheirRow()
{
    Model model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.applySnapshot(snap(aliScope, t0, ids({ u"i-1"_s, u"i-2"_s })));
    DetailsSnapshot d;
    d.cloud = Cloud::Aliyun;
    d.scope = aliScope;
    d.instances = {
        { u"i-2"_s,
          u"web-prod-03"_s,
          u"cn-hangzhou"_s,
          u"cn-hangzhou-h"_s,
          { u"10.0.3.17"_s, u"10.0.3.18"_s },
          { u"47.96.1.2"_s },
          u"ecs.g7.large"_s },
        { u"i-9"_s,
          u"later"_s,
          u"cn-hangzhou"_s,
          u"cn-hangzhou-b"_s,
          { u"10.0.0.9"_s },
          {},
          u"ecs.t6"_s },
    };
    QSignalSpy changed(&model, &Model::dataChanged);
    model.applyDetails(d);
    QCOMPARE(ranges(changed), (QList<Range> { { 1, Model::NameColumn, 1, Model::TypeColumn } }));
    QCOMPARE(model.data(model.index(1, Model::NameColumn)).toString(), u"web-prod-03"_s);
    QCOMPARE(model.data(model.index(1, Model::ZoneColumn)).toString(), u"cn-hangzhou-h"_s);
    QCOMPARE(model.data(model.index(1, Model::PrivateIpColumn)).toString(),
             u"10.0.3.17, 10.0.3.18"_s);
    QCOMPARE(model.data(model.index(1, Model::PublicIpColumn)).toString(), u"47.96.1.2"_s);
    QCOMPARE(model.data(model.index(1, Model::TypeColumn)).toString(), u"ecs.g7.large"_s);
    QCOMPARE(model.data(model.index(1, 0), Model::PrivateIpsRole).toStringList(),
             (QStringList { u"10.0.3.17"_s, u"10.0.3.18"_s }));
    QCOMPARE(*model.detailsAt(1), d.instances.first());
    QVERIFY(!model.detailsAt(0).has_value());
    QVERIFY(!model.data(model.index(0, 0), Model::HasDetailsRole).toBool());

    // The same details again: nothing changes.
    changed.clear();
    model.applyDetails(d);
    QCOMPARE(changed.count(), 0);

    // i-9 had details before its row: they show when it appears.
    model.applySnapshot(snap(aliScope, t0 + 1, ids({ u"i-1"_s, u"i-2"_s, u"i-9"_s })));
    QCOMPARE(model.data(model.index(2, Model::NameColumn)).toString(), u"later"_s);
    QCOMPARE(*model.detailsAt(2), d.instances.last());
}

// A scope's details come in the cloud's order; the rows they change are announced as one
// dataChanged per run of adjacent rows, so a sorted proxy re-places a run in one layout change.
void tst_InstanceTableModel::detailsAnnounceRunsOfAdjacentRows()
{
    Model model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.applySnapshot(
        snap(aliScope, t0, ids({ u"i-1"_s, u"i-2"_s, u"i-3"_s, u"i-4"_s, u"i-5"_s, u"i-6"_s })));
    const auto item = [](const QString &id, const QString &name) {
        return InstanceDetails { id, name, {}, {}, {}, {}, {} };
    };
    DetailsSnapshot d;
    d.cloud = Cloud::Aliyun;
    d.scope = aliScope;
    d.instances = { item(u"i-5"_s, u"e"_s), item(u"i-2"_s, u"b"_s), item(u"i-1"_s, u"a"_s),
                    item(u"i-3"_s, u"c"_s), item(u"i-3"_s, u"c2"_s) };
    QSignalSpy changed(&model, &Model::dataChanged);
    model.applyDetails(d);
    QCOMPARE(ranges(changed),
             (QList<Range> { { 0, Model::NameColumn, 2, Model::TypeColumn },
                             { 4, Model::NameColumn, 4, Model::TypeColumn } }));
    for (int row : { 0, 1, 2, 4 })
        QVERIFY(model.detailsAt(row).has_value());
    QVERIFY(!model.detailsAt(3).has_value());
    QVERIFY(!model.detailsAt(5).has_value());

    // Only the rows whose details really changed: i-2 and i-4 (new), i-5 the same as before.
    changed.clear();
    d.instances = { item(u"i-5"_s, u"e"_s), item(u"i-4"_s, u"d"_s), item(u"i-2"_s, u"b2"_s) };
    model.applyDetails(d);
    QCOMPARE(ranges(changed),
             (QList<Range> { { 1, Model::NameColumn, 1, Model::TypeColumn },
                             { 3, Model::NameColumn, 3, Model::TypeColumn } }));
    QCOMPARE(model.data(model.index(1, Model::NameColumn)).toString(), u"b2"_s);
}

void tst_InstanceTableModel::failedDetailsChangeNothing()
{
    Model model;
    model.applySnapshot(snap(aliScope, t0, ids({ u"i-1"_s })));
    DetailsSnapshot d;
    d.cloud = Cloud::Aliyun;
    d.scope = aliScope;
    d.instances = { { u"i-1"_s, u"name"_s, {}, {}, {}, {}, {} } };
    model.applyDetails(d);
    QSignalSpy changed(&model, &Model::dataChanged);
    d.instances.first().name = u"other"_s;
    d.error = FetchError { FetchError::Kind::Auth, u"Forbidden"_s, u"no"_s, {}, 403, {}, {} };
    model.applyDetails(d);
    QCOMPARE(changed.count(), 0);
    QCOMPARE(model.data(model.index(0, Model::NameColumn)).toString(), u"name"_s);
    QVERIFY(!model.isStale(0));
}

void tst_InstanceTableModel::zenlayerRegionComesFromDetails()
{
    Model model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.applySnapshot(
        snap(zenScope, t0, ids({ u"z-1"_s, u"z-2"_s }, u"RUNNING"_s), Cloud::Zenlayer));
    QCOMPARE(model.data(model.index(0, Model::RegionColumn)).toString(), QString());
    QSignalSpy scopeChanged(&model, &Model::scopeChanged);
    QSignalSpy changed(&model, &Model::dataChanged);
    DetailsSnapshot d;
    d.cloud = Cloud::Zenlayer;
    d.scope = zenScope;
    d.instances = { { u"z-2"_s, u"edge"_s, u"SEA"_s, u"SEA-A"_s, {}, {}, u"c.small"_s } };
    model.applyDetails(d);
    QCOMPARE(model.data(model.index(1, Model::RegionColumn)).toString(), u"SEA"_s);
    QCOMPARE(model.data(model.index(1, 0), Model::RegionRole).toString(), u"SEA"_s);
    QCOMPARE(model.data(model.index(1, 0), Model::ScopeRegionRole).toString(), QString());
    QCOMPARE(model.regionAt(1), u"SEA"_s);
    QCOMPARE(model.statusAt(1).key.region, QString()); // the key keeps the scope's region
    QVERIFY(ranges(changed).contains(Range { 1, Model::RegionColumn, 1, Model::RegionColumn }));
    QCOMPARE(scopeChanged.count(), 1);

    // A region-ful scope keeps its own region whatever details say.
    model.applySnapshot(snap(aliScope, t0, ids({ u"i-1"_s })));
    d.cloud = Cloud::Aliyun;
    d.scope = aliScope;
    d.instances = { { u"i-1"_s, u"x"_s, u"elsewhere"_s, {}, {}, {}, {} } };
    model.applyDetails(d);
    QCOMPARE(model.regionAt(2), u"cn-hangzhou"_s);
}

void tst_InstanceTableModel::serverTextIsOneBoundedLine()
{
    Model model;
    model.applySnapshot(snap(aliScope, t0, { { u"i-1"_s, QString(200, u'X') } }));
    QCOMPARE(model.statusAt(0).state, S::Unknown);
    QCOMPARE(model.statusAt(0).rawState.size(), 64);
    DetailsSnapshot d;
    d.cloud = Cloud::Aliyun;
    d.scope = aliScope;
    d.instances = { { u"i-1"_s,
                      u"evil\nname\t<b>x</b>"_s + QString(1000, u'n'),
                      {},
                      {},
                      { u"10.0.0.1, 10.0.0.2"_s, u" 10.0.0.3 "_s },
                      {},
                      {} } };
    model.applyDetails(d);
    const QString name = model.data(model.index(0, Model::NameColumn)).toString();
    QVERIFY(!name.contains(u'\n') && !name.contains(u'\t'));
    QVERIFY(name.startsWith(u"evil name <b>x</b>"));
    QCOMPARE(name.size(), 256);
    QCOMPARE(model.detailsAt(0)->privateIps,
             (QStringList { u"10.0.0.110.0.0.2"_s, u"10.0.0.3"_s }));
}

void tst_InstanceTableModel::duplicateAndEmptyIdsAreIgnored()
{
    Model model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.applySnapshot(snap(
        aliScope, t0,
        { { u"i-1"_s, u"Running"_s }, { QString(), u"Running"_s }, { u"i-1"_s, u"Stopped"_s } }));
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.statusAt(0).state, S::Running);
}

void tst_InstanceTableModel::removeAccountAndScope()
{
    Model model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const ScopeKey second { u"a1"_s, u"cn-beijing"_s };
    const ScopeKey other { u"a2"_s, u"cn-beijing"_s };
    model.applySnapshot(snap(aliScope, t0, ids({ u"i-1"_s, u"i-2"_s })));
    model.applySnapshot(snap(other, t0, ids({ u"k-1"_s })));
    model.applySnapshot(snap(second, t0, ids({ u"j-1"_s, u"j-2"_s, u"j-3"_s })));
    QSignalSpy removed(&model, &Model::rowsRemoved);
    QSignalSpy scopeRemoved(&model, &Model::scopeRemoved);

    model.removeScope(other);
    QCOMPARE(rowBlocks(removed), (QList<std::pair<int, int>> { { 2, 2 } }));
    QCOMPARE(model.rowCount(), 5);
    model.removeAccount(u"a1"_s);
    QCOMPARE(rowBlocks(removed), (QList<std::pair<int, int>> { { 2, 2 }, { 0, 1 }, { 0, 2 } }));
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(scopeRemoved.count(), 3);
    QVERIFY(model.scopes().isEmpty());
    model.removeScope(other); // unknown: nothing
    QCOMPARE(scopeRemoved.count(), 3);
}

void tst_InstanceTableModel::accountNames()
{
    Model model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.applySnapshot(snap(zenScope, t0, ids({ u"z-1"_s }, u"RUNNING"_s), Cloud::Zenlayer));
    model.applySnapshot(snap(aliScope, t0, ids({ u"i-1"_s, u"i-2"_s })));
    QCOMPARE(model.data(model.index(1, Model::AccountColumn)).toString(), u"a1"_s);
    QSignalSpy changed(&model, &Model::dataChanged);
    model.setAccountNames({ { u"a1"_s, u"Production"_s } });
    QCOMPARE(ranges(changed),
             (QList<Range> { { 1, Model::AccountColumn, 2, Model::AccountColumn } }));
    QCOMPARE(model.data(model.index(2, Model::AccountColumn)).toString(), u"Production"_s);
    QCOMPARE(model.data(model.index(2, 0), Model::AccountIdRole).toString(), u"a1"_s);
    QCOMPARE(model.data(model.index(0, Model::AccountColumn)).toString(), u"z1"_s);
    // Names apply to scopes that appear later too.
    model.applySnapshot(snap({ u"a1"_s, u"cn-beijing"_s }, t0, ids({ u"j-1"_s })));
    QCOMPARE(model.data(model.index(3, Model::AccountColumn)).toString(), u"Production"_s);
}

void tst_InstanceTableModel::cloudChangeReplacesScopeRows()
{
    Model model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.applySnapshot(snap(aliScope, t0, ids({ u"i-1"_s })));
    model.applySnapshot(snap(aliScope, t0 + 1, ids({ u"i-1"_s }, u"RUNNING"_s), Cloud::Tencent));
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.statusAt(0).key.cloud, Cloud::Tencent);
    QCOMPARE(model.statusAt(0).firstSeen, at(t0 + 1));
}

void tst_InstanceTableModel::sortRoleHasRealValues()
{
    Model model;
    model.applySnapshot(snap(aliScope, t0, { { u"i-1"_s, u"Stopped"_s } }));
    const auto sortValue = [&](int column) {
        return model.data(model.index(0, column), Model::SortRole);
    };
    QCOMPARE(sortValue(Model::CloudColumn).toInt(), int(Cloud::Aliyun));
    QCOMPARE(sortValue(Model::StateColumn).toInt(), int(S::Stopped));
    QCOMPARE(sortValue(Model::SinceColumn).toLongLong(), t0);
    QCOMPARE(sortValue(Model::LastConfirmedColumn).toLongLong(), t0);
    QCOMPARE(sortValue(Model::InstanceIdColumn).toString(), u"i-1"_s);
    QCOMPARE(model.data(model.index(0, 0), Model::StateNameRole).toString(), u"stopped"_s);
    QCOMPARE(model.data(model.index(0, 0), Model::CloudIdRole).toString(), u"aliyun"_s);
    QCOMPARE(model.roleNames().value(Model::StaleReasonRole), QByteArray("staleReason"));
}

void tst_InstanceTableModel::loadSnapshotsResetsOnce()
{
    Model model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy reset(&model, &Model::modelReset);
    QSignalSpy inserted(&model, &Model::rowsInserted);
    model.loadSnapshots({ snap(aliScope, t0, ids({ u"i-1"_s, u"i-2"_s })),
                          snap(zenScope, t0, ids({ u"z-1"_s }, u"RUNNING"_s), Cloud::Zenlayer) });
    QCOMPARE(reset.count(), 1);
    QCOMPARE(inserted.count(), 0);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.statusAt(2).key.instanceId, u"z-1"_s);
}

void tst_InstanceTableModel::randomSequencesMatchReference_data()
{
    QTest::addColumn<quint32>("seed");
    for (quint32 seed : { 1u, 2u, 3u, 17u, 99u, 2024u })
        QTest::addRow("seed %u", seed) << seed;
}

void tst_InstanceTableModel::randomSequencesMatchReference()
{
    QFETCH(quint32, seed);
    Model model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    fixture::Fleet fleet(seed);
    fixture::Reference ref;
    QList<fixture::RefTransition> emitted;
    connect(&model, &Model::stateTransition, this,
            [&](const InstanceKey &key, S from, S to, const QDateTime &) {
                emitted.append({ key, from, to });
            });
    const auto byId = [](const fixture::RefTransition &a, const fixture::RefTransition &b) {
        return a.key.instanceId < b.key.instanceId;
    };

    for (int step = 0; step < 400; ++step) {
        const int roll = fleet.rng.bounded(100);
        emitted.clear();
        ref.lastTransitions.clear();
        if (roll < 70) {
            const Snapshot s = fleet.nextSnapshot();
            model.applySnapshot(s);
            ref.apply(s);
            if (s.isComplete()) {
                // The listing order kept for matching the next one points at the listed rows.
                const InstanceStore &store = model.store();
                const InstanceStore::Scope &scope = store.scope(store.findScope(s.scope));
                QStringList listed;
                for (const ObservedInstance &o : s.instances) {
                    if (!o.instanceId.isEmpty() && !listed.contains(o.instanceId))
                        listed.append(o.instanceId);
                }
                QCOMPARE(scope.lastListing.size(), listed.size());
                QCOMPARE(scope.lastListingIds.size(), listed.size());
                for (qsizetype k = 0; k < listed.size(); ++k) {
                    const QString &rowId =
                        store.row(scope.rows.at(scope.lastListing.at(k))).instanceId;
                    QCOMPARE(rowId, listed.at(k));
                    // The kept ids view the rows' own strings (nothing else keeps them alive).
                    QCOMPARE(scope.lastListingIds.at(k).constData(), rowId.constData());
                    QCOMPARE(scope.lastListingIds.at(k).size(), rowId.size());
                }
            }
        } else if (roll < 90) {
            const DetailsSnapshot d = fleet.nextDetails();
            model.applyDetails(d);
            ref.apply(d);
        } else if (roll < 93) {
            const QString id = fleet.accounts.at(fleet.rng.bounded(4)).id;
            model.removeAccount(id);
            ref.removeAccount(id);
        } else if (roll < 96) {
            const ScopeKey key = fleet.randomScope().first;
            model.removeScope(key);
            ref.scopes.remove(key);
        } else {
            model.setAccountNames({ { fleet.accounts.at(fleet.rng.bounded(4)).id,
                                      QStringLiteral("name %1").arg(step) } });
        }

        std::sort(emitted.begin(), emitted.end(), byId);
        std::sort(ref.lastTransitions.begin(), ref.lastTransitions.end(), byId);
        QCOMPARE(emitted.size(), ref.lastTransitions.size());
        for (qsizetype i = 0; i < emitted.size(); ++i) {
            QCOMPARE(emitted.at(i).key, ref.lastTransitions.at(i).key);
            QCOMPARE(emitted.at(i).from, ref.lastTransitions.at(i).from);
            QCOMPARE(emitted.at(i).to, ref.lastTransitions.at(i).to);
        }

        // Same rows (each reference row found once, and as many rows), same values.
        QCOMPARE(model.rowCount(), ref.rowCount());
        for (auto it = ref.scopes.cbegin(); it != ref.scopes.cend(); ++it) {
            QCOMPARE(model.scopeError(it.key()).has_value(), it->stale);
            for (auto r = it->rows.cbegin(); r != it->rows.cend(); ++r) {
                const InstanceKey key { it->cloud, it.key().accountId, it.key().region, r.key() };
                const int row = model.findRow(key);
                QVERIFY2(row >= 0, qPrintable(r.key()));
                const InstanceStatus status = model.statusAt(row);
                QCOMPARE(status.key, key);
                QCOMPARE(status.state, r->state);
                QCOMPARE(status.rawState, r->raw);
                QCOMPARE(status.firstSeen.toMSecsSinceEpoch(), r->firstSeen);
                QCOMPARE(status.lastChange.toMSecsSinceEpoch(), r->since);
                QCOMPARE(status.lastConfirmed.toMSecsSinceEpoch(), it->lastConfirmed);
                QCOMPARE(model.isStale(row), it->stale);
                QCOMPARE(model.detailsAt(row), r->details);
                QCOMPARE(model.regionAt(row), ref.regionOf(it.key(), *r));
            }
        }
        // A scope's rows are contiguous and sorted by id.
        for (int row = 1; row < model.rowCount(); ++row) {
            const InstanceKey a = model.statusAt(row - 1).key;
            const InstanceKey b = model.statusAt(row).key;
            if (a.scope() == b.scope())
                QVERIFY(a.instanceId < b.instanceId);
        }
    }
}

QTEST_GUILESS_MAIN(tst_InstanceTableModel)
#include "tst_instancetablemodel.moc"
