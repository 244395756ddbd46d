// bench_responsiveness: how long the GUI thread's event loop is kept busy while the real window
// (DesktopSession: poller → model → proxy → MainWindow, offscreen and shown) refreshes the
// 10,000-instance fleet of bench_full_refresh. The emulator runs as a separate process
// (fleetwatch-emulator, 50 ms per request), so its work never counts as GUI-thread time.
// A 1 ms precise timer on the GUI thread records the gaps between its ticks: a gap is as long as
// the longest piece of work the loop did in between. Phases: idle (the timer alone, the noise
// floor of the machine), the first refresh (start-up's staggered listings, then the details),
// and refreshes asked for with F5 (all scopes at once). Prints one JSON object.
// Arguments: [path of fleetwatch-emulator] [F5 refreshes, default 5].
#include "benchfleet.h"
#include "desktopsession.h"
#include "instancetablemodel.h"
#include "mainwindow.h"
#include "poller.h"
#include "refreshfleet.h"

#include <QApplication>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <numeric>

using namespace Qt::StringLiterals;

namespace {

constexpr int tickMs = 1;
constexpr double targetMs = 50.0;

// The gaps between the ticks of a 1 ms timer, per phase.
class GapRecorder : public QObject
{
public:
    GapRecorder()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(tickMs);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            m_gaps.push_back(double(now - m_last) / 1e6);
            m_ends.push_back(double(now) / 1e6);
            m_last = now;
        });
    }

    void begin()
    {
        m_gaps.clear();
        m_ends.clear();
        m_clock.start();
        m_last = 0;
        m_timer.start();
    }

    QJsonObject end()
    {
        m_timer.stop();
        const double wall = double(m_clock.nsecsElapsed()) / 1e6;
        const double longest =
            m_gaps.empty() ? 0.0 : *std::max_element(m_gaps.begin(), m_gaps.end());
        int over16 = 0;
        int over50 = 0;
        for (double g : m_gaps) {
            over16 += g > 16.0;
            over50 += g > targetMs;
        }
        // The three longest, with the moment each ended: enough to tell start-up's first paint
        // from a snapshot's apply.
        std::vector<size_t> order(m_gaps.size());
        std::iota(order.begin(), order.end(), size_t(0));
        const size_t top = std::min<size_t>(3, order.size());
        std::partial_sort(order.begin(), order.begin() + qsizetype(top), order.end(),
                          [this](size_t a, size_t b) { return m_gaps[a] > m_gaps[b]; });
        QJsonArray longestGaps;
        for (size_t i = 0; i < top; ++i)
            longestGaps.append(QJsonObject { { u"gap_ms"_s, m_gaps[order[i]] },
                                             { u"ended_at_ms"_s, m_ends[order[i]] } });
        return { { u"wall_ms"_s, wall },
                 { u"longest_gaps"_s, longestGaps },
                 { u"ticks"_s, int(m_gaps.size()) },
                 { u"longest_gap_ms"_s, longest },
                 { u"p99_gap_ms"_s, bench::quantile(m_gaps, 0.99) },
                 { u"p999_gap_ms"_s, bench::quantile(m_gaps, 0.999) },
                 { u"median_gap_ms"_s, bench::quantile(m_gaps, 0.5) },
                 { u"gaps_over_16ms"_s, over16 },
                 { u"gaps_over_50ms"_s, over50 },
                 { u"gui_thread_cpu_ms"_s, bench::threadCpuMs() - m_cpuAtBegin } };
    }

    void markCpu() { m_cpuAtBegin = bench::threadCpuMs(); }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    std::vector<double> m_gaps;
    std::vector<double> m_ends; // when each gap ended, ms into the phase
    double m_cpuAtBegin = 0;
};

// Runs the event loop until `done` (checked every 5 ms; the check is a few comparisons), or
// the timeout. Not QTest::qWaitFor: it sleeps between its checks, which would be gaps.
bool waitUntil(const std::function<bool()> &done, int timeoutMs)
{
    QEventLoop loop;
    QTimer check;
    check.setInterval(5);
    QObject::connect(&check, &QTimer::timeout, &loop, [&] {
        if (done())
            loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    check.start();
    if (!done())
        loop.exec();
    return done();
}

QString secretEnvName(const QString &accountId)
{
    return u"FLEETWATCH_BENCH_"_s + accountId.toUpper() + u"_SECRET"_s;
}

// Starts fleetwatch-emulator with the fleet, its accounts file written to `accountsPath`; the
// secrets go through the environment (to the emulator and to this process, where the accounts'
// secretEnv finds them), never through a file or the output.
bool startEmulator(QProcess &process, const QString &program, const QDir &dir,
                   const QString &accountsPath)
{
    bench::RefreshFleet fleet = bench::makeRefreshFleet();
    fleet.config.dynamics.meanDwellMs = 600'000; // ~17 changes a second across the fleet
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (EmulatorAccount &a : fleet.config.accounts) {
        a.secretEnv = secretEnvName(a.id);
        env.insert(a.secretEnv, QString::fromLatin1(a.secret));
        qputenv(qPrintable(a.secretEnv), a.secret);
    }
    QFile config(dir.filePath(u"emulator.json"_s));
    if (!config.open(QIODevice::WriteOnly)
        || config.write(QJsonDocument(fleet.config.toJson()).toJson()) < 0)
        return false;
    config.close();
    process.setProcessEnvironment(env);
    process.setProcessChannelMode(QProcess::SeparateChannels);
    process.start(
        program,
        { u"--config"_s, config.fileName(), u"--write-accounts"_s, accountsPath, u"--quiet"_s });
    // Its output names the secrets' variables with their values: read, never echoed.
    QByteArray output;
    QElapsedTimer timer;
    timer.start();
    while (!output.contains("\nready\n") && timer.elapsed() < 30'000
           && process.state() != QProcess::NotRunning) {
        process.waitForReadyRead(1000);
        output += process.readAllStandardOutput();
    }
    return output.contains("\nready\n");
}

} // namespace

int main(int argc, char *argv[])
{
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // The window's settings and the accounts file live in a throw-away home.
    QTemporaryDir home;
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(home.filePath(u"config"_s)));
    qputenv("XDG_DATA_HOME", QFile::encodeName(home.filePath(u"data"_s)));
    qputenv("XDG_CACHE_HOME", QFile::encodeName(home.filePath(u"cache"_s)));
    QCoreApplication::setApplicationName(u"fleetwatch"_s);
    QCoreApplication::setOrganizationName(u"Fleetwatch"_s);
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    const QString emulatorProgram =
        args.size() > 1 ? args.at(1) : QStringLiteral(FLEETWATCH_EMULATOR_PATH);
    const int refreshes = args.size() > 2 ? args.at(2).toInt() : 5;
    const double loadBefore = bench::loadAverage();

    QProcess emulator;
    const QString accountsPath = QDir(home.path()).filePath(u"accounts.json"_s);
    if (!startEmulator(emulator, emulatorProgram, QDir(home.path()), accountsPath)) {
        std::fprintf(stderr, "bench_responsiveness: %s did not start\n",
                     qPrintable(emulatorProgram));
        return 1;
    }

    GapRecorder recorder;
    QJsonObject out { { u"benchmark"_s, u"responsiveness"_s },
                      { u"instances"_s, bench::instances },
                      { u"latency_ms"_s, bench::latencyMs },
                      { u"timer_interval_ms"_s, tickMs },
                      { u"what"_s,
                        u"gaps between the ticks of a 1 ms timer on the GUI thread while the "
                        "real window refreshes the fleet (emulator in another process); "
                        "baseline: the same timer with nothing else to do"_s } };

    // Baseline: the timer alone, on this machine at this load.
    recorder.markCpu();
    recorder.begin();
    waitUntil([] { return false; }, 1000);
    out.insert(u"idle_baseline"_s, recorder.end());

    CommandLine options;
    options.accountsFile = accountsPath;
    DesktopSession session(options);
    // The first refresh: session start (accounts file, window), the staggered first listings
    // of every scope and the details of every instance.
    recorder.markCpu();
    QElapsedTimer firstTimer;
    firstTimer.start();
    if (!session.start()) {
        std::fprintf(stderr, "bench_responsiveness: %s\n", qPrintable(session.errorString()));
        return 1;
    }
    session.show();
    // Connected after start(): the poller exists from there, and its first listings go out
    // from the event loop.
    Poller *poller = session.poller();
    QSet<ScopeKey> listed;
    QSet<ScopeKey> detailed;
    int snapshots = 0;
    int failedListings = 0;
    QObject::connect(poller, &Poller::snapshotReady, [&](const Snapshot &s) {
        listed.insert(s.scope);
        ++snapshots;
        if (!s.isComplete()) {
            ++failedListings;
            std::fprintf(stderr, "listing failed: %s/%s: %s %s\n", qPrintable(s.scope.accountId),
                         qPrintable(s.scope.region), qPrintable(s.error->kindName()),
                         qPrintable(s.error->code));
        }
    });
    QObject::connect(poller, &Poller::detailsReady,
                     [&](const DetailsSnapshot &d) { detailed.insert(d.scope); });

    const qint64 startMs = firstTimer.elapsed();
    recorder.begin();
    int scopeCount = 0;
    for (const Account &a : poller->accounts())
        scopeCount += int(a.scopes().size());
    const bool firstDone = waitUntil(
        [&] {
            return scopeCount > 0 && listed.size() == scopeCount && detailed.size() == scopeCount;
        },
        120'000);
    QJsonObject first = recorder.end();
    first.insert(u"session_start_and_show_ms"_s, startMs);
    first.insert(u"snapshots"_s, snapshots);
    first.insert(u"scopes_with_details"_s, int(detailed.size()));
    first.insert(u"finished"_s, firstDone);
    out.insert(u"scopes"_s, scopeCount);
    out.insert(u"first_refresh"_s, first);

    // F5: every scope at once, the heaviest burst the user can ask for.
    recorder.markCpu();
    recorder.begin();
    bool laterDone = firstDone;
    for (int i = 0; i < refreshes && laterDone; ++i) {
        listed.clear();
        emit session.window()->refreshRequested();
        laterDone = waitUntil([&] { return listed.size() == scopeCount; }, 60'000);
    }
    QJsonObject later = recorder.end();
    later.insert(u"refreshes"_s, refreshes);
    later.insert(u"finished"_s, laterDone);
    out.insert(u"f5_refreshes"_s, later);

    const double longest =
        std::max(first[u"longest_gap_ms"_s].toDouble(), later[u"longest_gap_ms"_s].toDouble());
    out.insert(u"rows_in_model"_s, session.model()->rowCount());
    // A fleet that changes between the pages of one listing makes the client refuse the listing
    // (InconsistentPages) now and then: the rows keep their states, marked stale, as in the app.
    out.insert(u"failed_listings"_s, failedListings);
    out.insert(u"longest_gap_ms"_s, longest);
    out.insert(u"target"_s, u"longest gap < 50 ms"_s);
    out.insert(u"met"_s, longest < targetMs);
    out.insert(u"load_average_1min"_s, QJsonArray { loadBefore, bench::loadAverage() });
    std::printf("%s", QJsonDocument(out).toJson(QJsonDocument::Indented).constData());

    emulator.terminate();
    emulator.waitForFinished(5000);
    return firstDone && laterDone ? 0 : 1;
}
