// bench_memory: resident memory taken by 100,000 instances with their details, in
// InstanceTableModel + InstanceFilterProxy (sorted by name) + FleetCounts: the growth of the
// process's resident set (/proc/self/statm) from before the model existed to after the load,
// with the generated input freed. Prints one JSON object. Arguments: [rows] [scopes].
#include "benchfleet.h"
#include "fleetcounts.h"
#include "instancefilterproxy.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>

#include <cstdio>
#include <memory>

#ifdef __GLIBC__
#include <malloc.h>
#endif
#ifdef Q_OS_LINUX
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace {

qint64 residentBytes()
{
#ifdef __GLIBC__
    malloc_trim(0); // hand freed memory back, so that only what is held counts
#endif
#ifdef Q_OS_LINUX
    QFile statm(u"/proc/self/statm"_s);
    if (!statm.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> fields = statm.readAll().split(' ');
    return fields.size() > 1 ? fields.at(1).toLongLong() * sysconf(_SC_PAGESIZE) : -1;
#else
    return -1; // measured on Linux only
#endif
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int rows = args.size() > 1 ? args.at(1).toInt() : 100'000;
    const int scopes = args.size() > 2 ? args.at(2).toInt() : 96;
    {
        // Warm up what any model touches once (translations, locale, state tables).
        InstanceTableModel warm;
        InstanceFilterProxy warmProxy;
        warmProxy.setSourceModel(&warm);
        bench::Fleet tiny(10, 2);
        warm.applySnapshots(tiny.refresh(0));
        warm.data(warm.index(0, InstanceTableModel::SinceColumn));
    }
    const qint64 before = residentBytes();

    auto model = std::make_unique<InstanceTableModel>();
    auto proxy = std::make_unique<InstanceFilterProxy>();
    proxy->setSourceModel(model.get());
    proxy->sort(InstanceTableModel::NameColumn);
    auto counts = std::make_unique<FleetCounts>();
    counts->setModel(model.get());
    {
        bench::Fleet fleet(rows, scopes);
        model->applySnapshots(fleet.refresh(0));
        for (const DetailsSnapshot &d : fleet.details())
            model->applyDetails(d);
        // One more refresh, so the figure is that of a model in use, not just loaded.
        model->applySnapshots(fleet.refresh(rows / 100, 100, 100));
    } // the generated fleet and snapshots are gone; the model owns its strings alone
    const qint64 loaded = residentBytes();
    const qint64 delta = loaded - before;
    const int shown = proxy->rowCount();

    const QJsonObject out {
        { u"benchmark"_s, u"memory"_s },
        { u"rows"_s, model->rowCount() },
        { u"rows_shown"_s, shown },
        { u"scopes"_s, scopes },
        { u"what"_s, u"resident set growth for model + sorted proxy + counts, details loaded"_s },
        { u"resident_before_bytes"_s, before },
        { u"resident_loaded_bytes"_s, loaded },
        { u"delta_bytes"_s, delta },
        { u"delta_mb"_s, double(delta) / (1024.0 * 1024.0) },
        { u"bytes_per_row"_s, double(delta) / double(model->rowCount()) },
        { u"target_mb"_s, 60 },
        { u"under_target"_s, delta <= 60LL * 1024 * 1024 },
        { u"target"_s, u"<= 60 MB above an empty model"_s },
        { u"met"_s, delta <= 60LL * 1024 * 1024 },
        { u"load_average_1min"_s, bench::loadAverage() },
    };
    std::fputs(QJsonDocument(out).toJson(QJsonDocument::Indented).constData(), stdout);
    return 0;
}
