// The soak: 100,000 instances over 16 accounts and 40 scopes, polled for a simulated day (480
// times faster than real time) through the real Poller, InstanceTableModel, filter proxy
// (sorted) and FleetCounts, against the emulator running as its own process, so that what is
// measured here is the application's side alone. The day starts once the fleet is loaded
// (every scope listed, names and addresses in), and every simulated minute it samples:
//   - resident memory (/proc/self/statm): at rest (polling paused until no reply is open, free
//     pages handed back by the allocator) after the first hour and after the last, it must
//     differ by less than 5 %; the medians over the busy 10 minutes after each are printed too;
//   - heap in use (mallinfo2): never twice what it is at the end of the day (a leak climbs
//     there steadily; a spike is memory taken for a moment that fragments the heap);
//   - open file descriptors (/proc/self/fd): once the poller and its network access manager
//     are gone, exactly as many as before they were made;
//   - live QNetworkReply objects, counted by RequestCensus from creation to destruction: never
//     more than the request caps allow in flight, and none once polling stopped.
// The figures are printed as one JSON object on stdout. FLEETWATCH_SOAK_HOURS shortens the day.
#include "accountsfile.h"
#include "credentialresolver.h"
#include "detailsscheduler.h"
#include "fleetcounts.h"
#include "instancefilterproxy.h"
#include "instancetablemodel.h"
#include "poller.h"
#include "requestcensus.h"
#include "requestslots.h"

#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <malloc.h>
#include <sys/prctl.h>
#include <unistd.h>

#include <csignal>

#include <cmath>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

constexpr double timeScale = 480; // a day in three minutes (plus the loading, under one)
constexpr int accountsPerCloud = 4;
constexpr int regionInstances = 2083; // x 48 scopes, plus 16 on one: 100,000

qint64 residentBytes()
{
    QFile statm(u"/proc/self/statm"_s);
    if (!statm.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> fields = statm.readAll().split(' ');
    return fields.value(1).toLongLong() * sysconf(_SC_PAGESIZE);
}

// What the allocator has handed out and not had back: unlike resident memory, blind to
// fragmentation and to pages the allocator keeps, so a leak shows here as a steady climb.
qint64 heapInUseBytes()
{
    const struct mallinfo2 info = mallinfo2();
    return qint64(info.uordblks + info.hblkhd);
}

int openFiles()
{
    return int(QDir(u"/proc/self/fd"_s).entryList(QDir::AllEntries | QDir::NoDotAndDotDot).size());
}

QJsonObject emulatorConfig()
{
    const struct
    {
        const char *cloud;
        QStringList regions;
    } clouds[] = {
        { "jdcloud", { u"cn-north-1"_s, u"cn-east-2"_s, u"cn-south-1"_s } },
        { "zenlayer", { u"HKG-A"_s, u"SEL-A"_s, u"TYO-A"_s } },
        { "aliyun", { u"cn-hangzhou"_s, u"cn-shanghai"_s, u"cn-beijing"_s } },
        { "tencent", { u"ap-guangzhou"_s, u"ap-shanghai"_s, u"ap-beijing"_s } },
    };
    QJsonArray accounts;
    for (const auto &c : clouds) {
        for (int n = 1; n <= accountsPerCloud; ++n) {
            const QString id = QString::fromLatin1(c.cloud) + QString::number(n);
            QJsonObject a { { u"id"_s, id },
                            { u"name"_s, id },
                            { u"cloud"_s, QString::fromLatin1(c.cloud) },
                            { u"accessKeyId"_s, QString(u"SOAKKEY" + id.toUpper()) },
                            { u"secret"_s, QString(u"soak-secret-" + id) },
                            { u"secretEnv"_s, QString(u"SOAK_SECRET_" + id.toUpper()) },
                            { u"regions"_s, QJsonArray::fromStringList(c.regions) },
                            { u"instancesPerRegion"_s, regionInstances } };
            if (accounts.isEmpty())
                a.insert(u"instancesByRegion"_s,
                         QJsonObject { { c.regions.first(), regionInstances + 16 } });
            accounts.append(a);
        }
    }
    return QJsonObject {
        { u"seed"_s, 99 },
        { u"port"_s, 0 },
        { u"startTime"_s, u"2024-03-15T00:00:00Z"_s },
        { u"timeScale"_s, timeScale },
        { u"logRequests"_s, false },
        // A state change per instance every 60 simulated days on average: about 1,700 in the
        // day, a few hundred of them deletions and creations. Busier fleets change their
        // totals while a 2,000-instance scope is listed (a real second is eight simulated
        // minutes here; its details take twenty requests one after another), and such a
        // listing is refused as inconsistent: failing, not soaking.
        { u"fleet"_s, QJsonObject { { u"meanDwellSeconds"_s, 60 * 86400 } } },
        { u"accounts"_s, accounts },
    };
}

qint64 median(QList<qint64> values)
{
    if (values.isEmpty())
        return -1;
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

struct Sample
{
    qint64 minute = 0; // of the day (after loading)
    qint64 rss = 0;
    qint64 heap = 0;
    int files = 0;
    int replies = 0;
};

// The emulator as its own process, with the accounts file it writes for the app.
struct EmulatorProcess
{
    bool start()
    {
        QFile config(dir.filePath(u"emulator.json"_s));
        if (!dir.isValid() || !config.open(QIODevice::WriteOnly))
            return false;
        config.write(QJsonDocument(emulatorConfig()).toJson());
        config.close();
        process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        // Should this test die, the emulator goes with it.
        process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
        sinceLaunch.start();
        process.start(QStringLiteral(FLEETWATCH_EMULATOR_EXECUTABLE),
                      { u"--config"_s, config.fileName(), u"--write-accounts"_s,
                        dir.filePath(u"accounts.json"_s), u"--quiet"_s });
        QByteArray banner;
        const bool ready = QTest::qWaitFor(
            [&] {
                banner += process.readAllStandardOutput();
                return banner.contains("\nready") || process.state() == QProcess::NotRunning;
            },
            60'000);
        return ready && banner.contains("\nready");
    }
    // The emulator's clock started with its process; this follows it (within the fraction of
    // a second the process took to start, times the scale: well inside every signature window).
    QDateTime now() const
    {
        return QDateTime(QDate(2024, 3, 15), QTime(0, 0), Qt::UTC)
            .addMSecs(qint64(double(sinceLaunch.elapsed()) * timeScale));
    }
    ~EmulatorProcess()
    {
        process.terminate();
        process.waitForFinished(10'000);
    }

    QTemporaryDir dir;
    QProcess process;
    QElapsedTimer sinceLaunch;
};

} // namespace

class tst_Soak : public QObject
{
    Q_OBJECT

private slots:
    void aDayOfPolling();
};

void tst_Soak::aDayOfPolling()
{
    const int hours = std::max(2, qEnvironmentVariableIntValue("FLEETWATCH_SOAK_HOURS"));
    const int day = qEnvironmentVariableIsSet("FLEETWATCH_SOAK_HOURS") ? hours : 24;
    EmulatorProcess emulator;
    QVERIFY(emulator.start());
    const AccountsLoadResult loaded =
        AccountsFile(emulator.dir.filePath(u"accounts.json"_s)).load();
    QVERIFY2(loaded.ok(), qPrintable(loaded.errorString()));
    QCOMPARE(loaded.accounts.size(), 4 * accountsPerCloud);
    QProcessEnvironment secrets;
    for (const Account &a : loaded.accounts)
        secrets.insert(a.secretEnv, u"soak-secret-"_s + a.id);
    CredentialResolver resolver(nullptr, nullptr);
    resolver.setEnvironment(secrets);

    InstanceTableModel model;
    InstanceFilterProxy proxy;
    proxy.setSourceModel(&model);
    proxy.sort(InstanceTableModel::StateColumn);
    FleetCounts counts;
    counts.setModel(&model);

    const int filesBefore = openFiles();
    auto network = std::make_unique<RequestCensus>(); // status listings
    network->setAccounts(loaded.accounts);
    auto detailsNetwork = std::make_unique<RequestCensus>(); // details, on their own connections
    detailsNetwork->setAccounts(loaded.accounts);
    auto poller = std::make_unique<Poller>(&resolver, network.get(), detailsNetwork.get());
    const auto liveReplies = [&] { return network->liveReplies() + detailsNetwork->liveReplies(); };
    poller->setSigningClock([&emulator] { return emulator.now(); });
    poller->setTimeScale(timeScale);
    poller->setAccounts(loaded.accounts);
    qint64 complete = 0;
    qint64 failed = 0;
    QHash<QString, int> failures; // code -> count
    QSet<ScopeKey> listed;
    connect(poller.get(), &Poller::snapshotReady, &model, [&](const Snapshot &s) {
        model.applySnapshot(s);
        if (s.isComplete()) {
            ++complete;
            listed.insert(s.scope);
        } else {
            ++failed;
            ++failures[s.error->code];
        }
    });
    connect(poller.get(), &Poller::detailsReady, &model, &InstanceTableModel::applyDetails);

    const auto rowsWithDetails = [&model] {
        int n = 0;
        for (int row = 0; row < model.rowCount(); ++row)
            n += model.detailsAt(row) ? 1 : 0;
        return n;
    };

    // Loading: every scope listed and (nearly) every row with its details.
    QElapsedTimer elapsed;
    elapsed.start();
    poller->start();
    QElapsedTimer progress;
    progress.start();
    QVERIFY2(QTest::qWaitFor(
                 [&] {
                     if (progress.elapsed() < 1000)
                         return false;
                     progress.restart();
                     const int detailed = rowsWithDetails();

                     qInfo("loading: %d scopes listed, %d rows, %d with details",
                           int(listed.size()), model.rowCount(), detailed);
                     return listed.size() == 10 * accountsPerCloud
                         && detailed >= model.rowCount() * 99 / 100;
                 },
                 600'000),
             "the fleet did not load");
    const double loadSeconds = double(elapsed.elapsed()) / 1000;

    // The day.
    QList<Sample> samples;
    QList<qint64> rssByHour;
    QList<qint64> heapByHour;
    QElapsedTimer dayTimer;
    dayTimer.start();
    const auto minute = [&dayTimer] {
        return qint64(double(dayTimer.elapsed()) * timeScale / 60'000);
    };
    QTimer sampler;
    connect(&sampler, &QTimer::timeout, &sampler, [&] {
        samples.append({ minute(), residentBytes(), heapInUseBytes(), openFiles(), liveReplies() });
        if (samples.last().minute >= 60 * rssByHour.size()) {
            rssByHour.append(samples.last().rss);
            heapByHour.append(samples.last().heap);
        }
    });
    sampler.start(int(60'000 / timeScale));
    const qint64 completeBefore = complete;
    // Resident memory at rest: polling paused until no reply is left, and the allocator asked
    // to hand back the pages it keeps free (malloc_trim). What is left is what the fleet and
    // the application hold, which a leak grows; sampled while busy, it also holds whatever
    // peak of listings in flight the allocator kept pages for, which steps up at random by a
    // few percent over a day without anything leaking.
    const auto atRest = [&](qint64 &rssBytes, qint64 &heapBytes) {
        poller->setPaused(true);
        QElapsedTimer quiet;
        quiet.start();
        const bool settled = QTest::qWaitFor(
            [&] {
                if (liveReplies() != 0)
                    quiet.restart();
                return quiet.elapsed() >= 300;
            },
            60'000);
        ::malloc_trim(0);
        rssBytes = residentBytes();
        heapBytes = heapInUseBytes();
        poller->setPaused(false);
        return settled;
    };
    qint64 restRssFirst = -1;
    qint64 restHeapFirst = -1;
    qint64 restRssLast = -1;
    qint64 restHeapLast = -1;
    QVERIFY(QTest::qWaitFor([&] { return minute() >= 60; }, int(3600'000 / timeScale) + 60'000));
    QVERIFY2(atRest(restRssFirst, restHeapFirst), "replies still open after a minute paused");
    QVERIFY(QTest::qWaitFor([&] { return minute() >= day * 60; },
                            int(day * 3600'000 / timeScale) + 120'000));
    QVERIFY2(atRest(restRssLast, restHeapLast), "replies still open after a minute paused");
    sampler.stop();
    const double daySeconds = double(dayTimer.elapsed()) / 1000;
    const int detailed = rowsWithDetails();
    poller->stop();
    QTest::qWait(200); // cancelled replies are deleted from the event loop
    const int repliesAfterStop = liveReplies();
    const qint64 requests = network->repliesCreated();
    const qint64 detailsRequests = detailsNetwork->repliesCreated();
    poller.reset();
    network.reset();
    detailsNetwork.reset();
    QTest::qWait(200);
    const int filesAfter = openFiles();

    const auto window = [&samples](qint64 from, qint64 to, auto field) {
        QList<qint64> values;
        for (const Sample &s : std::as_const(samples)) {
            if (s.minute >= from && s.minute < to)
                values.append(field(s));
        }
        return values;
    };
    const auto highest = [](const QList<qint64> &values) {
        return values.isEmpty() ? -1 : *std::max_element(values.cbegin(), values.cend());
    };
    const auto rss = [](const Sample &s) { return s.rss; };
    const auto heap = [](const Sample &s) { return s.heap; };
    const auto files = [](const Sample &s) { return qint64(s.files); };
    const auto replies = [](const Sample &s) { return qint64(s.replies); };
    const qint64 end = day * 60;
    const qint64 rssFirst = median(window(60, 70, rss));
    const qint64 rssLast = median(window(end - 10, end + 1, rss));
    const double sampledChange = 100.0 * double(rssLast - rssFirst) / double(rssFirst);
    const double change = 100.0 * double(restRssLast - restRssFirst) / double(restRssFirst);
    const qint64 heapFirst = median(window(60, 70, heap));
    const qint64 heapLast = median(window(end - 10, end + 1, heap));
    const qint64 heapMax = highest(window(0, end + 1, heap));
    const qint64 repliesMax = highest(window(0, end + 1, replies));
    // The caps: the poller's global slots, and the details scheduler's own.
    const int replyCap = Poller::defaultGlobalConcurrency + DetailsScheduler::globalConcurrency;
    QJsonObject failureCodes;
    for (auto it = failures.cbegin(); it != failures.cend(); ++it)
        failureCodes.insert(it.key(), it.value());
    QJsonArray hourly;
    for (qint64 bytes : std::as_const(rssByHour))
        hourly.append(bytes);
    QJsonArray heapHourly;
    for (qint64 bytes : std::as_const(heapByHour))
        heapHourly.append(bytes);

    const QJsonObject figures {
        { u"instances"_s, 12 * accountsPerCloud * regionInstances + 16 },
        { u"accounts"_s, 4 * accountsPerCloud },
        { u"scopes"_s, 10 * accountsPerCloud },
        { u"timeScale"_s, timeScale },
        { u"loadWallSeconds"_s, std::round(loadSeconds * 10) / 10 },
        { u"simulatedHours"_s, day },
        { u"dayWallSeconds"_s, std::round(daySeconds * 10) / 10 },
        { u"modelRowsAtEnd"_s, model.rowCount() },
        { u"rowsWithDetailsAtEnd"_s, detailed },
        { u"listingsCompleteInDay"_s, complete - completeBefore },
        { u"listingsFailed"_s, failed },
        { u"failures"_s, failureCodes },
        { u"httpRequests"_s, requests },
        { u"httpDetailsRequests"_s, detailsRequests },
        { u"rssAtRestAfterFirstHourBytes"_s, restRssFirst },
        { u"rssAtRestAfterLastHourBytes"_s, restRssLast },
        { u"rssAtRestChangePercent"_s, std::round(change * 100) / 100 },
        { u"heapInUseAtRestAfterFirstHourBytes"_s, restHeapFirst },
        { u"heapInUseAtRestAfterLastHourBytes"_s, restHeapLast },
        { u"rssSampledAfterFirstHourBytes"_s, rssFirst },
        { u"rssSampledAfterLastHourBytes"_s, rssLast },
        { u"rssSampledChangePercent"_s, std::round(sampledChange * 100) / 100 },
        { u"rssByHourBytes"_s, hourly },
        { u"heapInUseAfterFirstHourBytes"_s, heapFirst },
        { u"heapInUseAfterLastHourBytes"_s, heapLast },
        { u"heapInUseByHourBytes"_s, heapHourly },
        { u"heapInUseMaxBytes"_s, heapMax },
        { u"openFilesBeforePoller"_s, filesBefore },
        { u"openFilesFirstHourMax"_s, highest(window(0, 60, files)) },
        { u"openFilesLastHourMax"_s, highest(window(end - 60, end + 1, files)) },
        { u"openFilesAfterPoller"_s, filesAfter },
        { u"liveRepliesMax"_s, repliesMax },
        { u"liveRepliesCap"_s, replyCap },
        { u"liveRepliesAfterStop"_s, repliesAfterStop },
    };
    std::printf("%s\n", QJsonDocument(figures).toJson(QJsonDocument::Compact).constData());
    std::fflush(stdout);

    QVERIFY2(complete - completeBefore > 10 * accountsPerCloud * day / 2,
             "too few complete listings to call it a soak");
    QVERIFY2(rssFirst > 0 && rssLast > 0 && restRssFirst > 0 && restRssLast > 0,
             "no memory samples");
    QVERIFY2(std::abs(change) < 5.0, qPrintable(u"resident memory changed by %1 %"_s.arg(change)));
    // No moment of the day needs far more memory than the day's end: reading every network
    // chunk into a buffer the size of the body cap once made it 300-400 MB.
    QVERIFY2(heapMax < 2 * heapLast, qPrintable(u"heap in use peaked at %1 bytes"_s.arg(heapMax)));
    QCOMPARE(filesAfter, filesBefore);
    QVERIFY2(repliesMax <= replyCap, "more live replies than requests in flight");
    QCOMPARE(repliesAfterStop, 0);
}

int main(int argc, char **argv)
{
    // A day takes minutes: more than QtTest's five-minute watchdog allows by default.
    if (!qEnvironmentVariableIsSet("QTEST_FUNCTION_TIMEOUT"))
        qputenv("QTEST_FUNCTION_TIMEOUT", "1800000");
    QCoreApplication app(argc, argv);
    tst_Soak test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_soak.moc"
