// bench_startup: from process start to the first painted window with the accounts loaded, for
// the real fleetwatch executable with 32 accounts (8 per cloud, 3 regions each) in its accounts
// file. Each run starts fleetwatch (offscreen, a throw-away configuration home, the secrets in
// the environment through secretEnv, so no keychain is asked) with FLEETWATCH_STARTUP_PROBE set:
// the app prints the time since its main() once the window's first frame is painted, and quits.
// Two figures per run: the wall time from QProcess::start() to that line (exec, dynamic
// loading, static initialisation and start-up), and the app's own since-main() figure.
// The accounts point at an in-process emulator, so the first listings the app sends are
// answered as a cloud would. Prints one JSON object. Arguments: [fleetwatch path] [runs].
#include "benchfleet.h"
#include "emulator.h"
#include "refreshfleet.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSaveFile>
#include <QTemporaryDir>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

constexpr int accountsPerCloud = 8;
constexpr double targetMs = 400.0;

EmulatorConfig thirtyTwoAccounts()
{
    EmulatorConfig config;
    config.seed = 2027;
    config.logRequests = false;
    for (const bench::CloudShape &shape : bench::shapes) {
        for (int k = 0; k < accountsPerCloud; ++k) {
            EmulatorAccount a;
            a.id = cloudId(shape.cloud) + u"-"_s + QString::number(k + 1);
            a.name = cloudId(shape.cloud) + u" account "_s + QString::number(k + 1);
            a.cloud = shape.cloud;
            a.accessKeyId = EmulatorConfig::generateKeyId(shape.cloud);
            a.secret = EmulatorConfig::generateSecret(shape.cloud);
            a.secretEnv =
                u"FLEETWATCH_BENCH_"_s + QString::number(config.accounts.size()) + u"_SECRET"_s;
            a.regions = shape.regions;
            a.instancesPerRegion = 100;
            config.accounts.append(a);
        }
    }
    return config;
}

struct Run
{
    double wallMs = -1; // QProcess::start() to the probe's line
    double inProcessMs = -1; // the app's own figure: main() to the first painted frame
    int accounts = -1;
};

Run startOnce(const QString &program, const QProcessEnvironment &env)
{
    QProcess process;
    process.setProcessEnvironment(env);
    process.setProcessChannelMode(QProcess::SeparateChannels);
    Run run;
    QElapsedTimer wall;
    wall.start();
    process.start(program, {});
    QByteArray out;
    while (!out.contains('\n') && wall.elapsed() < 20'000
           && process.state() != QProcess::NotRunning) {
        process.waitForReadyRead(100);
        out += process.readAllStandardOutput();
    }
    const double elapsed = double(wall.nsecsElapsed()) / 1e6;
    // "startup-probe: <ms> ms since main(), <n> accounts"
    const QList<QByteArray> words = out.simplified().split(' ');
    if (words.size() >= 6 && words.at(0) == "startup-probe:") {
        run.wallMs = elapsed;
        run.inProcessMs = words.at(1).toDouble();
        run.accounts = words.at(5).toInt();
    } else {
        std::fprintf(stderr, "bench_startup: no probe line (%s)\n",
                     qPrintable(process.readAllStandardError().left(2000)));
    }
    if (!process.waitForFinished(10'000)) {
        process.kill();
        process.waitForFinished(2000);
    }
    return run;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const QString program = args.size() > 1 ? args.at(1) : QStringLiteral(FLEETWATCH_BINARY_PATH);
    const int runs = args.size() > 2 ? args.at(2).toInt() : 10;
    const double loadBefore = bench::loadAverage();

    Emulator emulator(thirtyTwoAccounts());
    if (!emulator.start()) {
        std::fprintf(stderr, "emulator: %s\n", qPrintable(emulator.errorString()));
        return 1;
    }
    // The accounts file where a user's is: <config home>/Fleetwatch/fleetwatch/accounts.json.
    QTemporaryDir home;
    const QString configHome = home.filePath(u"config"_s);
    QSaveFile file(configHome + u"/Fleetwatch/fleetwatch/accounts.json"_s);
    if (!QDir().mkpath(configHome + u"/Fleetwatch/fleetwatch"_s) || !file.open(QIODevice::WriteOnly)
        || file.write(emulator.accountsFile()) < 0 || !file.commit()) {
        std::fprintf(stderr, "bench_startup: cannot write the accounts file\n");
        return 1;
    }
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    env.insert(u"XDG_CONFIG_HOME"_s, configHome);
    env.insert(u"XDG_DATA_HOME"_s, home.filePath(u"data"_s));
    env.insert(u"FLEETWATCH_STARTUP_PROBE"_s, u"1"_s);
    for (const EmulatorAccount &a : emulator.config().accounts)
        env.insert(a.secretEnv, QString::fromLatin1(a.secret));

    startOnce(program, env); // warm-up: the page cache holds the libraries afterwards
    bench::Samples wall;
    std::vector<double> inProcess;
    int accountsSeen = -1;
    bool allReported = true;
    for (int i = 0; i < runs; ++i) {
        const Run run = startOnce(program, env);
        if (run.wallMs < 0) {
            allReported = false;
            continue;
        }
        wall.wall.push_back(run.wallMs);
        inProcess.push_back(run.inProcessMs);
        accountsSeen = run.accounts;
    }
    const double median = bench::quantile(wall.wall, 0.5);
    QJsonObject out {
        { u"benchmark"_s, u"startup"_s },
        { u"what"_s,
          u"process start to the first painted window with the accounts loaded (fleetwatch, "
          "offscreen, FLEETWATCH_STARTUP_PROBE); wall from QProcess::start(), and the app's own "
          "figure from main()"_s },
        { u"accounts_in_file"_s, int(emulator.config().accounts.size()) },
        { u"accounts_loaded"_s, accountsSeen },
        { u"runs"_s, int(wall.wall.size()) },
        { u"wall_ms"_s,
          QJsonObject { { u"median"_s, median },
                        { u"p90"_s, bench::quantile(wall.wall, 0.9) },
                        { u"min"_s, bench::quantile(wall.wall, 0.0) } } },
        { u"since_main_ms"_s,
          QJsonObject { { u"median"_s, bench::quantile(inProcess, 0.5) },
                        { u"p90"_s, bench::quantile(inProcess, 0.9) },
                        { u"min"_s, bench::quantile(inProcess, 0.0) } } },
        { u"target"_s, u"wall median < 400 ms"_s },
        { u"met"_s, allReported && median < targetMs },
        { u"load_average_1min"_s, QJsonArray { loadBefore, bench::loadAverage() } },
    };
    std::printf("%s", QJsonDocument(out).toJson(QJsonDocument::Indented).constData());
    return allReported && accountsSeen == int(emulator.config().accounts.size()) ? 0 : 1;
}
