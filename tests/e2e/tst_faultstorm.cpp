// The fault storm: the real Poller and InstanceTableModel against the emulator for a simulated
// hour (100 times faster than real time, fleets changing), while every few simulated minutes
// each scope gets a different fault the emulator knows — throttling, 5xx, refused keys,
// clock skew, malformed, slow and cut answers, timeouts — or none. StormChecker checks the
// model after every snapshot; this test deals the faults, lets stopped accounts resume as a
// user fixing the key would, and at the end checks what can only be seen over the whole hour:
// every error kind came up, throttling slowed the requests down, and no scope was ever listed
// twice at once. It prints the request rates per fault.
#include "credentialresolver.h"
#include "emulator.h"
#include "emulatortestconfig.h"
#include "faultplan.h"
#include "instancetablemodel.h"
#include "poller.h"
#include "requestcensus.h"
#include "sessionsecretstore.h"
#include "stormchecker.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {

using EmulatorTestConfig::account;

constexpr double timeScale = 100;
constexpr int requestTimeoutMs = 400; // real: 40 simulated seconds
constexpr int pollSeconds = 10;
constexpr qint64 hourMs = 60 * 60'000;
constexpr qint64 windowMs = 4 * 60'000;

QDateTime startTime()
{
    return QDateTime(QDate(2024, 3, 15), QTime(8, 0), Qt::UTC);
}

// Every scope fits one page of its status call (JD/Tencent 100, Aliyun 50, Zenlayer 1000), so
// a listing is one request and "one listing at a time" is "one request at a time".
EmulatorConfig stormConfig()
{
    EmulatorConfig c;
    c.seed = 20240315;
    c.logRequests = false;
    c.manualClock = true; // moved by the test, in whole seconds
    c.startTime = startTime();
    c.dynamics.meanDwellMs = 8 * 60'000;
    c.dynamics.historyMs = 3 * hourMs;
    c.accounts = {
        account(u"jd"_s, Cloud::JdCloud, { u"cn-north-1"_s, u"cn-east-2"_s }, 30),
        account(u"zl"_s, Cloud::Zenlayer, { u"HKG-A"_s, u"SEL-A"_s }, 15),
        account(u"ali"_s, Cloud::Aliyun, { u"cn-hangzhou"_s, u"cn-beijing"_s }, 40),
        account(u"ali2"_s, Cloud::Aliyun, { u"cn-shanghai"_s }, 25),
        account(u"tc"_s, Cloud::Tencent, { u"ap-guangzhou"_s, u"ap-beijing"_s }, 35),
        account(u"tcl"_s, Cloud::Tencent, { u"ap-shanghai"_s }, 20),
    };
    c.accounts.last().apiStyle = Account::ApiStyle::Legacy; // "tcl": the v2 endpoint
    return c;
}

struct Window
{
    StormMode mode = StormMode::Healthy;
    bool accountStopped = false;
    qint64 requests = 0; // status requests the emulator received for the scope
};

} // namespace

class tst_FaultStorm : public QObject
{
    Q_OBJECT

private slots:
    void anHourOfEveryFault();
};

void tst_FaultStorm::anHourOfEveryFault()
{
    Emulator emulator(stormConfig());
    QVERIFY2(emulator.start(), qPrintable(emulator.errorString()));
    SessionSecretStore session;
    for (const Account &a : emulator.accounts())
        session.set(a.id, emulator.credentials(a.id).secret);
    CredentialResolver resolver(nullptr, &session);
    RequestCensus network; // status listings
    network.setAccounts(emulator.accounts());
    RequestCensus detailsNetwork; // details listings, on connections of their own as in the app
    detailsNetwork.setAccounts(emulator.accounts());

    Poller poller(&resolver, &network, &detailsNetwork);
    ClientOptions options;
    options.requestTimeoutMs = requestTimeoutMs;
    poller.setClientOptions(options);
    poller.setSigningClock([&emulator] { return emulator.clock().now(); });
    poller.setTimeScale(timeScale);
    poller.setDefaultPollSeconds(pollSeconds);
    poller.setAccounts(emulator.accounts());

    InstanceTableModel model;
    QAbstractItemModelTester tester(&model);
    StormChecker checker(emulator, poller, model);
    connect(&poller, &Poller::snapshotReady, &checker, &StormChecker::apply);
    connect(&poller, &Poller::detailsReady, &model, &InstanceTableModel::applyDetails);

    // The emulator's clock follows simulated time in whole seconds, so that a listing's Date
    // header names the exact moment its fleet was read.
    QElapsedTimer elapsed;
    elapsed.start();
    const auto simulatedMs = [&elapsed] { return qint64(double(elapsed.elapsed()) * timeScale); };
    QTimer tick;
    tick.setTimerType(Qt::PreciseTimer);
    connect(&tick, &QTimer::timeout, &tick,
            [&] { emulator.clock().setNow(startTime().addMSecs(simulatedMs() / 1000 * 1000)); });
    tick.start(2);

    QList<StormScope> scopes;
    for (const Account &a : emulator.accounts()) {
        for (const ScopeKey &key : a.scopes())
            scopes.append({ a.cloud, key });
    }
    QHash<QString, qint64> stoppedAt; // account -> its status requests when it stopped
    const auto accountRequests = [&](const QString &id) {
        qint64 n = 0;
        for (const StormScope &s : std::as_const(scopes))
            n += s.key.accountId == id ? network.status(s.key).total : 0;
        return n;
    };
    QSet<QString> stoppedInWindow;
    connect(&poller, &Poller::accountStopped, this, [&](const QString &id) {
        stoppedAt.insert(id, accountRequests(id));
        stoppedInWindow.insert(id);
    });

    FaultPlan plan(20240315, requestTimeoutMs);
    QHash<StormMode, QList<Window>> windows;
    QStringList failures;
    poller.start();
    for (qint64 windowStart = 0; windowStart < hourMs && failures.isEmpty();
         windowStart += windowMs) {
        emulator.setFaults(plan.deal(scopes));
        // A stopped account whose key is no longer refused: the user re-enters the key.
        const QStringList stopped = stoppedAt.keys();
        for (const QString &id : stopped) {
            bool stillRefused = false;
            int scopeCount = 0;
            for (const StormScope &s : std::as_const(scopes)) {
                if (s.key.accountId == id) {
                    stillRefused = stillRefused || FaultPlan::stopsAccount(plan.mode(s.key));
                    ++scopeCount;
                }
            }
            if (stillRefused)
                continue;
            // Stopped means stopped: no more than the listings already in flight.
            const qint64 whileStopped = accountRequests(id) - stoppedAt.take(id);
            if (whileStopped > scopeCount)
                failures.append(
                    u"%1 made %2 status requests while stopped"_s.arg(id).arg(whileStopped));
            poller.credentialsChanged(id);
        }
        stoppedInWindow = QSet<QString>(stoppedAt.keyBegin(), stoppedAt.keyEnd());
        QHash<ScopeKey, qint64> before;
        for (const StormScope &s : std::as_const(scopes))
            before.insert(s.key, emulator.stats(s.key).statusRequests);

        if (!QTest::qWaitFor([&] { return simulatedMs() >= windowStart + windowMs; },
                             int(2 * windowMs / timeScale) + 10'000))
            failures.append(
                u"the window starting at minute %1 did not end"_s.arg(windowStart / 60'000));
        for (const StormScope &s : std::as_const(scopes)) {
            Window w;
            w.mode = plan.mode(s.key);
            w.accountStopped = stoppedInWindow.contains(s.key.accountId);
            w.requests = emulator.stats(s.key).statusRequests - before.value(s.key);
            windows[w.mode].append(w);
        }
        checker.checkAll();
        failures.append(checker.problems());
    }
    poller.stop();
    tick.stop();
    const double realSeconds = double(elapsed.elapsed()) / 1000;

    // The figures.
    const StormChecker::Figures &f = checker.figures();
    qInfo().noquote() << u"fault storm: %1 simulated min in %2 s real, %3 scopes, %4 complete "
                         "listings (%5 through a skewed server clock), %6 failed; %7 rows "
                         "compared with the emulator, %8 inserted, %9 removed"_s
                             .arg(simulatedMs() / 60'000)
                             .arg(realSeconds, 0, 'f', 1)
                             .arg(scopes.size())
                             .arg(f.complete)
                             .arg(f.listingsUnderSkew)
                             .arg(f.failed)
                             .arg(f.rowsCompared)
                             .arg(f.rowsInserted)
                             .arg(f.rowsRemoved);
    qInfo().noquote() << u"%1 %2 %3 %4"_s.arg(u"fault"_s, -20)
                             .arg(u"windows"_s, 8)
                             .arg(u"requests"_s, 9)
                             .arg(u"per scope and minute"_s, 21);
    const auto rate = [&windows](StormMode mode, bool stoppedToo) {
        qint64 requests = 0;
        int count = 0;
        for (const Window &w : windows.value(mode)) {
            if (w.accountStopped && !stoppedToo)
                continue;
            requests += w.requests;
            ++count;
        }
        return std::make_tuple(count, requests,
                               count ? double(requests) / (count * windowMs / 60'000.0) : 0.0);
    };
    for (int m = 0; m < FaultPlan::modeCount; ++m) {
        const auto [count, requests, perMinute] = rate(StormMode(m), true);
        qInfo().noquote() << u"%1 %2 %3 %4"_s.arg(FaultPlan::name(StormMode(m)), -20)
                                 .arg(count, 8)
                                 .arg(requests, 9)
                                 .arg(perMinute, 21, 'f', 2);
    }
    QStringList seen;
    for (auto it = f.errors.cbegin(); it != f.errors.cend(); ++it)
        seen.append(it.key() + u" ×" + QString::number(it.value()));
    seen.sort();
    qInfo().noquote() << "errors shown:" << seen.join(u", ");
    int emulatorMax = 0;
    int clientMax = 0;
    int detailsMax = 0;
    for (const StormScope &s : std::as_const(scopes)) {
        emulatorMax = std::max(emulatorMax, emulator.stats(s.key).maxStatusInFlight);
        clientMax = std::max(clientMax, network.status(s.key).maxInFlight);
        detailsMax = std::max(detailsMax, detailsNetwork.details(s.key.accountId).maxInFlight);
    }
    qInfo().noquote() << u"most status requests of one scope in flight: %1 as the client had "
                         "them open, %2 as the emulator saw them; details per account: %3"_s
                             .arg(clientMax)
                             .arg(emulatorMax)
                             .arg(detailsMax);

    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(u'\n')));
    QVERIFY2(simulatedMs() >= hourMs, "the hour did not pass");
    QCOMPARE(network.unattributed(), 0);
    QCOMPARE(detailsNetwork.unattributed(), 0);
    QCOMPARE(network.details(emulator.accounts().first().id).total, 0); // details kept apart
    // Never two listings of one scope at once (and one details listing per account).
    QCOMPARE(clientMax, 1);
    QCOMPARE(detailsMax, 1);
    // Every fault was dealt, and every kind of error reached the model.
    for (int m = 0; m < FaultPlan::modeCount; ++m)
        QVERIFY2(!windows.value(StormMode(m)).isEmpty(), qPrintable(FaultPlan::name(StormMode(m))));
    using K = FetchError::Kind;
    for (K kind : { K::Auth, K::Throttled, K::Server, K::Network, K::Timeout, K::Malformed })
        QVERIFY2(f.kinds.value(kind) > 0, qPrintable(FetchError::kindName(kind)));
    QVERIFY(f.listingsUnderSkew > 0); // skew corrected, then listed through the skewed clock
    QVERIFY(f.rowsRemoved > 0 && f.rowsInserted > 0);
    // Throttling leads to fewer requests, not more.
    const double healthy = std::get<2>(rate(StormMode::Healthy, false));
    const double throttled = (std::get<1>(rate(StormMode::Throttled, false))
                              + std::get<1>(rate(StormMode::ThrottledWithHint, false)))
        / ((std::get<0>(rate(StormMode::Throttled, false))
            + std::get<0>(rate(StormMode::ThrottledWithHint, false)))
           * (windowMs / 60'000.0));
    qInfo().noquote() << u"status requests per scope and minute: healthy %1, throttled %2"_s
                             .arg(healthy, 0, 'f', 2)
                             .arg(throttled, 0, 'f', 2);
    QVERIFY2(throttled < healthy / 2, qPrintable(u"%1 vs %2"_s.arg(throttled).arg(healthy)));
}

QTEST_GUILESS_MAIN(tst_FaultStorm)
#include "tst_faultstorm.moc"
