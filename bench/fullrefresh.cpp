// bench_full_refresh: one full status refresh of 10,000 instances over the four clouds
// (8 accounts, 3 regions each) against the emulator with 50 ms of latency per request.
// Prints one JSON object: wall time vs the lower bound ceil(pages / concurrency) × latency,
// vs the same pages fetched one after another (what the clouds' CLIs do), the requests made
// vs the minimum the page limits allow, and the same refresh with the details calls on.
#include "credentialresolver.h"
#include "emulator.h"
#include "poller.h"
#include "refreshfleet.h"
#include "requestslots.h"
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

using bench::concurrency;
using bench::instances;
using bench::latencyMs;

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
    const bench::RefreshFleet fleet = bench::makeRefreshFleet();
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
        { u"per_account_concurrency"_s, Account::defaultMaxConcurrency },
        { u"network_lanes"_s, RequestSlots::lanesFor(concurrency) }, // six per host on each
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
        { u"target"_s,
          u"wall <= 1.3x lower bound, >= 8x faster than sequential, requests = minimum"_s },
        { u"met"_s,
          double(parallel.statusMs) <= 1.3 * double(lowerBound)
              && sequential.statusMs >= 8 * parallel.statusMs
              && parallel.statusRequests == fleet.statusPages },
    };
    std::printf("%s", QJsonDocument(out).toJson(QJsonDocument::Indented).constData());
    return out.value(u"all_listings_complete").toBool() ? 0 : 1;
}
