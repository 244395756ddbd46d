// bench_full_refresh: one full status refresh of 10,000 instances over the four clouds
// (8 accounts, 3 regions each) against the emulator with 50 ms of latency per request.
// Prints one JSON object: wall time vs the lower bound ceil(pages / concurrency) × latency,
// vs the same pages fetched one after another (what the clouds' CLIs do), the requests made
// vs the minimum the page limits allow, and the same refresh with the details calls on.
#include "credentialresolver.h"
#include "emulator.h"
#include "poller.h"
#include "sessionsecretstore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTimer>

#include <cmath>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

constexpr int instances = 10'000;
constexpr int latencyMs = 50;
constexpr int concurrency = 16; // Poller::defaultGlobalConcurrency

struct CloudShape
{
    Cloud cloud;
    QStringList regions;
    int statusPage;
    int detailsPage;
};

const CloudShape shapes[] = {
    { Cloud::JdCloud, { u"cn-north-1"_s, u"cn-east-2"_s, u"cn-south-1"_s }, 100, 100 },
    { Cloud::Zenlayer, { u"HKG-A"_s, u"SEL-A"_s, u"FRA-A"_s }, 1000, 1000 },
    { Cloud::Aliyun, { u"cn-hangzhou"_s, u"cn-shanghai"_s, u"cn-beijing"_s }, 50, 100 },
    { Cloud::Tencent, { u"ap-guangzhou"_s, u"ap-shanghai"_s, u"ap-beijing"_s }, 100, 100 },
};

struct Fleet
{
    EmulatorConfig config;
    int statusPages = 0;
    int detailsPages = 0;
};

int pages(int count, int pageSize)
{
    return std::max(1, (count + pageSize - 1) / pageSize);
}

Fleet makeFleet()
{
    Fleet fleet;
    fleet.config.seed = 2026;
    fleet.config.logRequests = false;
    fleet.config.dynamics.meanDwellMs = 0;
    FaultRule slow;
    slow.profile.latencyMs = latencyMs;
    fleet.config.faults = { slow };
    const int perAccount = instances / 8;
    int n = 0;
    for (const CloudShape &shape : shapes) {
        for (int k = 0; k < 2; ++k) {
            EmulatorAccount a;
            a.id = cloudId(shape.cloud) + QString::number(k + 1);
            a.name = a.id;
            a.cloud = shape.cloud;
            a.accessKeyId = EmulatorConfig::generateKeyId(shape.cloud);
            a.secret = EmulatorConfig::generateSecret(shape.cloud);
            a.regions = shape.regions;
            a.instancesPerRegion = 0;
            for (int r = 0; r < 3; ++r) {
                const int count = perAccount / 3 + (r < perAccount % 3 ? 1 : 0);
                a.instancesByRegion.insert(shape.regions.at(r), count);
                n += count;
                if (shape.cloud != Cloud::Zenlayer) {
                    fleet.statusPages += pages(count, shape.statusPage);
                    fleet.detailsPages += pages(count, shape.detailsPage);
                }
            }
            // Zenlayer's status API has no region: the account is one scope.
            if (shape.cloud == Cloud::Zenlayer) {
                fleet.statusPages += pages(perAccount, shape.statusPage);
                fleet.detailsPages += pages(perAccount, shape.detailsPage);
            }
            fleet.config.accounts.append(a);
        }
    }
    Q_ASSERT(n == instances);
    return fleet;
}

struct Run
{
    qint64 statusMs = 0; // runOnce() to the last status snapshot
    qint64 roundMs = 0; // runOnce() to the end of the round (details included when on)
    qint64 statusRequests = 0;
    qint64 detailsRequests = 0;
    int instancesListed = 0;
    bool ok = true;
};

Run refresh(Emulator &emulator, int globalConcurrency, bool details)
{
    SessionSecretStore session;
    CredentialResolver resolver(nullptr, &session);
    Poller poller(&resolver);
    QList<Account> accounts = emulator.accounts();
    for (Account &a : accounts) {
        session.set(a.id, emulator.credentials(a.id).secret);
        a.secretEnv.clear();
        a.maxConcurrency = globalConcurrency == 1 ? 1 : Account::defaultMaxConcurrency;
    }
    poller.setAccounts(accounts);
    poller.setGlobalConcurrency(globalConcurrency);
    poller.setDetailsEnabled(details);
    emulator.resetStats();

    Run run;
    int scopesLeft = 0;
    for (const Account &a : std::as_const(accounts))
        scopesLeft += int(a.scopes().size());
    QElapsedTimer timer;
    QObject::connect(&poller, &Poller::snapshotReady, [&](const Snapshot &s) {
        run.ok = run.ok && s.isComplete();
        run.instancesListed += int(s.instances.size());
        if (--scopesLeft == 0)
            run.statusMs = timer.elapsed();
    });
    QSignalSpy round(&poller, &Poller::roundFinished);
    timer.start();
    poller.runOnce();
    run.ok = round.wait(120'000) && run.ok;
    run.roundMs = timer.elapsed();
    for (const ScopeStats &s : emulator.allStats()) {
        run.statusRequests += s.statusRequests;
        run.detailsRequests += s.detailsRequests;
    }
    return run;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const Fleet fleet = makeFleet();
    Emulator emulator(fleet.config);
    if (!emulator.start()) {
        std::fprintf(stderr, "emulator: %s\n", qPrintable(emulator.errorString()));
        return 1;
    }
    refresh(emulator, concurrency, false); // warm-up: connections, caches

    const Run parallel = refresh(emulator, concurrency, false);
    const Run sequential = refresh(emulator, 1, false);
    const Run withDetails = refresh(emulator, concurrency, true);

    const qint64 lowerBound =
        qint64(std::ceil(double(fleet.statusPages) / concurrency)) * latencyMs;
    QJsonObject out {
        { u"benchmark"_s, u"full_refresh"_s },
        { u"instances"_s, instances },
        { u"accounts"_s, 8 },
        { u"scopes"_s, 8 * 3 - 2 * 2 }, // Zenlayer accounts are one scope each
        { u"latency_ms"_s, latencyMs },
        { u"allowed_concurrency"_s, concurrency },
        { u"status_pages_minimum"_s, fleet.statusPages },
        { u"status_requests_made"_s, parallel.statusRequests },
        { u"requests_equal_minimum"_s, parallel.statusRequests == fleet.statusPages },
        { u"lower_bound_ms"_s, lowerBound },
        { u"wall_ms"_s, parallel.statusMs },
        { u"ratio_to_lower_bound"_s, double(parallel.statusMs) / double(lowerBound) },
        { u"target_ratio_to_lower_bound"_s, 1.3 },
        { u"sequential_baseline_ms"_s, sequential.statusMs },
        { u"speedup_vs_sequential"_s, double(sequential.statusMs) / double(parallel.statusMs) },
        { u"target_speedup"_s, 8 },
        { u"instances_listed"_s, parallel.instancesListed },
        { u"with_details"_s,
          QJsonObject { { u"status_wall_ms"_s, withDetails.statusMs },
                        { u"status_ratio_to_lower_bound"_s,
                          double(withDetails.statusMs) / double(lowerBound) },
                        { u"details_pages_minimum"_s, fleet.detailsPages },
                        { u"details_requests_made"_s, withDetails.detailsRequests },
                        { u"status_and_details_wall_ms"_s, withDetails.roundMs } } },
        { u"all_listings_complete"_s, parallel.ok && sequential.ok && withDetails.ok },
    };
    std::printf("%s", QJsonDocument(out).toJson(QJsonDocument::Indented).constData());
    return out.value(u"all_listings_complete").toBool() ? 0 : 1;
}
