// bench_filtering: 100,000 instances with details in InstanceTableModel behind
// InstanceFilterProxy sorted by name (the order in which filtered rows are most scattered);
// the time to toggle a filter on and off: a state, a cloud, a region, a text. The same toggles
// on Qt's stock QSortFilterProxyModel (invalidateFilter(), same comparisons) for comparison.
// Prints one JSON object. Arguments: [rows] [scopes].
#include "benchfleet.h"
#include "fleetcounts.h"
#include "instancefilterproxy.h"
#include "stockproxy.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include <cstdio>
#include <functional>

using namespace Qt::StringLiterals;

namespace {

struct Toggle
{
    const char *name;
    std::function<void(InstanceRowFilter &)> set;
};

const Toggle toggles[] = {
    { "state_stopped",
      [](InstanceRowFilter &f) { f.stateMask = 1u << int(InstanceState::Stopped); } },
    { "cloud_aliyun", [](InstanceRowFilter &f) { f.cloudMask = 1u << int(Cloud::Aliyun); } },
    { "region_0", [](InstanceRowFilter &f) { f.regions = { u"region-0"_s }; } },
    { "text_web_prod_1", [](InstanceRowFilter &f) { f.setText(u"web-prod-1"_s); } },
};

template<typename SetFilter, typename RowCount>
QJsonObject measure(const SetFilter &setFilter, const RowCount &rowCount, int runs)
{
    QJsonObject result;
    for (const Toggle &toggle : toggles) {
        bench::Samples on;
        bench::Samples off;
        int shown = 0;
        for (int i = 0; i < runs; ++i) {
            InstanceRowFilter filter;
            toggle.set(filter);
            bench::Stopwatch watch;
            watch.start();
            setFilter(filter);
            shown = rowCount();
            on.add(watch);
            watch.start();
            setFilter(InstanceRowFilter());
            rowCount();
            off.add(watch);
        }
        const QJsonObject onStats = bench::stats(on);
        const QJsonObject offStats = bench::stats(off);
        result.insert(
            QLatin1StringView(toggle.name),
            QJsonObject { { u"on_ms"_s, onStats },
                          { u"off_ms"_s, offStats },
                          { u"rows_shown"_s, shown },
                          { u"under_50ms"_s,
                            std::max(onStats[u"median"].toDouble(), offStats[u"median"].toDouble())
                                < 50.0 } });
    }
    return result;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const double loadBefore = bench::loadAverage();
    const QStringList args = app.arguments();
    const int rows = args.size() > 1 ? args.at(1).toInt() : 100'000;
    const int scopes = args.size() > 2 ? args.at(2).toInt() : 96;
    bench::Fleet fleet(rows, scopes);
    InstanceTableModel model;
    model.applySnapshots(fleet.refresh(0));
    for (const DetailsSnapshot &d : fleet.details())
        model.applyDetails(d);

    QJsonObject ours;
    {
        InstanceFilterProxy proxy;
        proxy.setSourceModel(&model);
        FleetCounts counts;
        counts.setModel(&model);
        proxy.sort(InstanceTableModel::NameColumn);
        ours = measure([&](const InstanceRowFilter &f) { proxy.setFilter(f); },
                       [&] { return proxy.rowCount(); }, 15);
    }
    QJsonObject stock;
    {
        StockProxy proxy(&model);
        proxy.sort(InstanceTableModel::NameColumn);
        stock = measure([&](const InstanceRowFilter &f) { proxy.setRowFilter(f); },
                        [&] { return proxy.rowCount(); }, 3);
    }
    QJsonObject out {
        { u"benchmark"_s, u"filtering"_s },
        { u"rows"_s, rows },
        { u"scopes"_s, scopes },
        { u"what"_s, u"ms to turn one filter on, then off, with the view sorted by name"_s },
        { u"instance_filter_proxy"_s, ours },
        { u"stock_qsortfilterproxymodel"_s, stock },
    };
    bool met = true;
    for (const QJsonValue &toggle : ours)
        met = met && toggle.toObject()[u"under_50ms"].toBool();
    out.insert(u"target"_s, u"median < 50 ms, every toggle on and off"_s);
    out.insert(u"met"_s, met);
    out.insert(u"load_average_1min"_s, QJsonArray { loadBefore, bench::loadAverage() });
    std::fputs(QJsonDocument(out).toJson(QJsonDocument::Indented).constData(), stdout);
    return 0;
}
