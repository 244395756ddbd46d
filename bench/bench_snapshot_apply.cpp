// bench_snapshot_apply: 100,000 instances over 96 scopes in InstanceTableModel, behind the
// sorted InstanceFilterProxy (with FleetCounts attached), receiving a full refresh (every
// scope's snapshot) in which 1% or 10% of the states changed, or 1,000 instances appeared and
// 1,000 disappeared. Each refresh is applied incrementally, or — the baseline, same run, same
// data — as a model reset (loadSnapshots). Also the same refreshes behind Qt's stock
// QSortFilterProxyModel (same comparisons), to show why the proxy is not one.
// Prints one JSON object. Arguments: [rows] [scopes].
#include "benchfleet.h"
#include "fleetcounts.h"
#include "instancefilterproxy.h"
#include "stockproxy.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include <cstdio>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

struct Scenario
{
    const char *name;
    int changed;
    int appear;
    int disappear;
};

QJsonObject run(int rows, int scopes, int sortColumn, bool stock, int incrementalRuns,
                int resetRuns)
{
    bench::Fleet fleet(rows, scopes);
    InstanceTableModel model;
    std::unique_ptr<QAbstractItemModel> proxy;
    if (stock) {
        auto *p = new StockProxy(&model);
        p->sort(sortColumn);
        proxy.reset(p);
    } else {
        auto *p = new InstanceFilterProxy;
        p->setSourceModel(&model);
        p->sort(sortColumn);
        proxy.reset(p);
    }
    FleetCounts counts;
    counts.setModel(&model);
    model.applySnapshots(fleet.refresh(0));
    for (const DetailsSnapshot &d : fleet.details())
        model.applyDetails(d);

    const int changed1 = rows / 100;
    const Scenario scenarios[] = {
        { "states_1pct", changed1, 0, 0 },
        { "states_10pct", rows / 10, 0, 0 },
        { "appear_1000_disappear_1000", 0, 1000, 1000 },
    };
    QJsonObject result;
    for (const Scenario &s : scenarios) {
        bench::Samples incremental;
        bench::Samples reset;
        for (int i = 0; i < std::max(incrementalRuns, resetRuns); ++i) {
            for (int asReset = 0; asReset < 2; ++asReset) {
                if (i >= (asReset ? resetRuns : incrementalRuns))
                    continue;
                const QList<Snapshot> refresh = fleet.refresh(s.changed, s.appear, s.disappear);
                bench::Stopwatch watch;
                watch.start();
                if (asReset)
                    model.loadSnapshots(refresh);
                else
                    model.applySnapshots(refresh);
                proxy->rowCount(); // whatever a proxy defers, it has done by now
                (asReset ? reset : incremental).add(watch);
            }
        }
        const QJsonObject inc = bench::stats(incremental);
        const QJsonObject res = bench::stats(reset);
        const double speedup = res[u"median"].toDouble() / inc[u"median"].toDouble();
        const double cpuSpeedup = res[u"cpu_median"].toDouble() / inc[u"cpu_median"].toDouble();
        result.insert(QLatin1StringView(s.name),
                      QJsonObject { { u"incremental_ms"_s, inc },
                                    { u"reset_ms"_s, res },
                                    { u"speedup_vs_reset"_s, speedup },
                                    { u"cpu_speedup_vs_reset"_s, cpuSpeedup },
                                    { u"under_20ms"_s, inc[u"median"].toDouble() < 20.0 },
                                    { u"at_least_20x"_s, speedup >= 20.0 } });
    }
    result.insert(u"rows_at_end"_s, model.rowCount());
    return result;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int rows = args.size() > 1 ? args.at(1).toInt() : 100'000;
    const int scopes = args.size() > 2 ? args.at(2).toInt() : 96;
    const double loadBefore = bench::loadAverage();
    QJsonObject out {
        { u"benchmark"_s, u"snapshot_apply"_s },
        { u"rows"_s, rows },
        { u"scopes"_s, scopes },
        { u"what"_s,
          u"ms to apply one full refresh (all scopes' snapshots) to model + proxy + counts; "
          "median and p90; baseline: the same refresh applied as a model reset"_s },
        { u"sorted_by_state"_s, run(rows, scopes, InstanceTableModel::StateColumn, false, 11, 5) },
        { u"sorted_by_name"_s, run(rows, scopes, InstanceTableModel::NameColumn, false, 11, 5) },
        { u"stock_qsortfilterproxymodel_sorted_by_name"_s,
          run(rows, scopes, InstanceTableModel::NameColumn, true, 3, 3) },
    };
    bool met = true;
    for (const char *sort : { "sorted_by_state", "sorted_by_name" }) {
        const QJsonObject scenarios = out.value(QLatin1StringView(sort)).toObject();
        for (auto it = scenarios.begin(); it != scenarios.end(); ++it) {
            if (it->isObject())
                met = met && it->toObject()[u"under_20ms"].toBool()
                    && it->toObject()[u"at_least_20x"].toBool();
        }
    }
    out.insert(u"target"_s, u"median < 20 ms and >= 20x cheaper than a reset, every scenario"_s);
    out.insert(u"met"_s, met);
    out.insert(u"load_average_1min"_s, QJsonArray { loadBefore, bench::loadAverage() });
    std::fputs(QJsonDocument(out).toJson(QJsonDocument::Indented).constData(), stdout);
    return 0;
}
