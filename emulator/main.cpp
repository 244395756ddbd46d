// fleetwatch-emulator: the cloud emulator as a program. Listens on 127.0.0.1 (one port per
// cloud), prints each cloud's base URL and the throw-away demo secrets as export lines, can
// write a ready accounts file for the app, and logs one line per request.
#include "emulator.h"
#include "fleetwatch_version.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>
#include <QTextStream>

#include <cstdio>

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

// Request lines go to stdout, everything else to stderr, each line flushed at once so a
// script (or a test) reading the output sees it as it happens.
void logMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type == QtInfoMsg && qstrcmp(context.category, "fleetwatch.emulator.requests") == 0) {
        out() << QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs) << ' ' << message
              << Qt::endl;
        return;
    }
    std::fprintf(stderr, "%s\n", qPrintable(message));
}

bool readNumber(const QCommandLineParser &parser, const QCommandLineOption &option, double low,
                double high, double &value)
{
    if (!parser.isSet(option))
        return true;
    bool ok = false;
    const double number = parser.value(option).toDouble(&ok);
    if (!ok || number < low || number > high) {
        std::fprintf(stderr, "--%s must be a number in [%g, %g]\n",
                     qPrintable(option.names().constLast()), low, high);
        return false;
    }
    value = number;
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("fleetwatch-emulator"));
    QCoreApplication::setApplicationVersion(QStringLiteral(FLEETWATCH_VERSION_STRING));
    qInstallMessageHandler(logMessage);

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Emulates the JD Cloud, Zenlayer, Alibaba Cloud and Tencent Cloud VM status and "
        "details APIs on 127.0.0.1, with signature checks, simulated fleets and fault "
        "injection. Without --config it serves the demo fleet."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption port(
        { "p", "port" },
        "Listen on <port> (JD Cloud), <port>+1 (Zenlayer), <port>+2 "
        "(Alibaba Cloud) and <port>+3 (Tencent Cloud); 0 or absent: free ports.",
        "port");
    const QCommandLineOption config(
        { "c", "config" }, "Read accounts, fleet settings and faults from a JSON file.", "file");
    const QCommandLineOption writeAccounts(
        "write-accounts",
        "Write an accounts file for fleetwatch pointing at this "
        "emulator (secrets are named by secretEnv, never written).",
        "file");
    const QCommandLineOption printConfig("print-config",
                                         "Print the effective configuration as JSON and exit.");
    const QCommandLineOption seed("seed", "Random seed of the fleets.", "n");
    const QCommandLineOption instances("instances", "Instances per region, for every account.",
                                       "n");
    const QCommandLineOption timeScale("time-scale", "Fleet seconds per real second (e.g. 60).",
                                       "x");
    const QCommandLineOption dwell("mean-dwell",
                                   "Mean seconds an instance stays running or stopped.", "seconds");
    const QCommandLineOption latency("latency", "Add this latency to every answer.", "ms");
    const QCommandLineOption jitter("jitter", "Add up to this much random latency.", "ms");
    const QCommandLineOption throttleShare("throttle-share", "Share of requests throttled (0-1).",
                                           "share");
    const QCommandLineOption throttleQps("throttle-qps",
                                         "Throttle requests beyond this rate per scope.", "qps");
    const QCommandLineOption errorShare("error-share",
                                        "Share of requests answered with a 5xx error.", "share");
    const QCommandLineOption authShare("auth-failure-share",
                                       "Share of requests refused as badly signed.", "share");
    const QCommandLineOption malformedShare("malformed-share",
                                            "Share of answers with a malformed body.", "share");
    const QCommandLineOption slowShare("slow-share", "Share of answers trickled slowly.", "share");
    const QCommandLineOption dropShare("drop-share", "Share of connections dropped.", "share");
    const QCommandLineOption skew("clock-skew", "Offset of the server clock.", "seconds");
    const QCommandLineOption quiet({ "q", "quiet" }, "Do not log each request.");
    parser.addOptions({ port, config, writeAccounts, printConfig, seed, instances, timeScale, dwell,
                        latency, jitter, throttleShare, throttleQps, errorShare, authShare,
                        malformedShare, slowShare, dropShare, skew, quiet });
    parser.process(app);

    EmulatorConfig settings = EmulatorConfig::demo();
    if (parser.isSet(config)) {
        QFile file(parser.value(config));
        if (!file.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "cannot read %s: %s\n", qPrintable(file.fileName()),
                         qPrintable(file.errorString()));
            return 2;
        }
        QJsonParseError jsonError;
        const QJsonDocument document = QJsonDocument::fromJson(file.read(4 << 20), &jsonError);
        QString problem = jsonError.error ? jsonError.errorString() : QString();
        const auto parsed = problem.isEmpty()
            ? EmulatorConfig::fromJson(document.object(), &problem)
            : std::nullopt;
        if (!parsed) {
            std::fprintf(stderr, "%s: %s\n", qPrintable(file.fileName()), qPrintable(problem));
            return 2;
        }
        settings = *parsed;
    }

    double number = 0;
    FaultProfile faults;
    bool ok = true;
    if (parser.isSet(port)) {
        ok &= readNumber(parser, port, 0, 65532, number);
        settings.port = quint16(number);
    }
    if (parser.isSet(seed))
        settings.seed = parser.value(seed).toULongLong(&ok);
    if (parser.isSet(instances)) {
        ok &= readNumber(parser, instances, 0, 1000000, number);
        for (EmulatorAccount &account : settings.accounts) {
            account.instancesPerRegion = int(number);
            account.instancesByRegion.clear();
        }
    }
    ok &= readNumber(parser, timeScale, 0.001, 1e6, settings.timeScale);
    if (parser.isSet(dwell)) {
        ok &= readNumber(parser, dwell, 0, 1e7, number);
        settings.dynamics.meanDwellMs = qint64(number * 1000);
    }
    double value = 0;
    auto share = [&](const QCommandLineOption &option, double &field) {
        ok &= readNumber(parser, option, 0, 1, field);
    };
    if (parser.isSet(latency) && (ok &= readNumber(parser, latency, 0, 600000, value)))
        faults.latencyMs = int(value);
    if (parser.isSet(jitter) && (ok &= readNumber(parser, jitter, 0, 600000, value)))
        faults.jitterMs = int(value);
    share(throttleShare, faults.throttleShare);
    ok &= readNumber(parser, throttleQps, 0, 1e6, faults.throttleAboveQps);
    share(errorShare, faults.serverErrorShare);
    share(authShare, faults.authFailureShare);
    share(malformedShare, faults.malformedShare);
    share(slowShare, faults.slowBodyShare);
    share(dropShare, faults.dropShare);
    if (parser.isSet(skew) && (ok &= readNumber(parser, skew, -86400, 86400, value)))
        faults.clockSkewMs = qint64(value * 1000);
    if (!ok)
        return 2;
    if (!faults.isNull()) {
        FaultRule rule;
        rule.profile = faults;
        settings.faults.append(rule); // last: it wins over the file's rules
    }
    settings.logRequests = !parser.isSet(quiet);

    if (parser.isSet(printConfig)) {
        out() << QJsonDocument(settings.toJson()).toJson() << Qt::flush;
        return 0;
    }

    Emulator emulator(settings);
    if (!emulator.start()) {
        std::fprintf(stderr, "fleetwatch-emulator: %s\n", qPrintable(emulator.errorString()));
        return 1;
    }
    out() << "fleetwatch-emulator " << QCoreApplication::applicationVersion() << ": "
          << settings.totalInstances() << " instances in " << settings.accounts.size()
          << " accounts, seed " << settings.seed << Qt::endl;
    for (Cloud cloud : allClouds)
        out() << qSetFieldWidth(10) << Qt::left << cloudId(cloud) << qSetFieldWidth(0)
              << emulator.baseUrl(cloud).toString() << Qt::endl;
    if (parser.isSet(writeAccounts)) {
        QSaveFile file(parser.value(writeAccounts));
        if (!file.open(QIODevice::WriteOnly) || file.write(emulator.accountsFile()) < 0
            || !file.commit()) {
            std::fprintf(stderr, "cannot write %s: %s\n", qPrintable(file.fileName()),
                         qPrintable(file.errorString()));
            return 1;
        }
        out() << "accounts file: " << file.fileName() << Qt::endl;
    }
    out() << "# Throw-away demo secrets for the accounts file:" << Qt::endl;
    for (const QString &line : emulator.secretExports())
        out() << line << Qt::endl;
    out() << "ready" << Qt::endl;
    return app.exec();
}
