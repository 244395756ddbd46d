// Configuring the emulator: the JSON format round-trips (secrets only as secretEnv names),
// bad files are refused with a reason, the demo preset covers the four clouds with hundreds
// of instances, the app-facing accounts point at the listeners, and the clock can be paused,
// stepped and sped up.
#include "accountsdocument.h"
#include "emulator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTest>
#include <QThread>

using namespace Qt::StringLiterals;

class tst_EmulatorConfig : public QObject
{
    Q_OBJECT

private slots:
    void jsonRoundTrips();
    void readsSecretsFromTheEnvironment();
    void refusesBadConfigurations_data();
    void refusesBadConfigurations();
    void demoCoversEveryCloud();
    void accountsForTheAppPointAtTheListeners();
    void clockCanBePausedSteppedAndSpedUp();
    void faultRulesRoundTrip();
};

static EmulatorConfig sample()
{
    EmulatorConfig config = EmulatorConfig::demo();
    config.seed = 123456789012345ULL;
    config.port = 18000;
    config.timeScale = 60;
    config.startTime = QDateTime(QDate(2024, 3, 15), QTime(8, 30), Qt::UTC);
    config.accounts[0].instancesByRegion.insert(u"cn-north-1"_s, 500);
    FaultRule rule;
    rule.cloud = Cloud::Tencent;
    rule.region = u"ap-guangzhou"_s;
    rule.call = ApiCall::Details;
    rule.profile.latencyMs = 50;
    rule.profile.throttleAboveQps = 20;
    rule.profile.clockSkewMs = -90000;
    rule.profile.malformed = FaultProfile::Malformed::Truncated;
    rule.profile.malformedShare = 0.25;
    config.faults = { rule };
    return config;
}

void tst_EmulatorConfig::jsonRoundTrips()
{
    const EmulatorConfig config = sample();
    const QByteArray text = QJsonDocument(config.toJson()).toJson();
    for (const EmulatorAccount &account : config.accounts)
        QVERIFY(!text.contains(account.secret));
    QString error;
    const auto read = EmulatorConfig::fromJson(QJsonDocument::fromJson(text).object(), &error);
    QVERIFY2(read, qPrintable(error));
    QCOMPARE(read->seed, config.seed);
    QCOMPARE(read->port, config.port);
    QCOMPARE(read->timeScale, config.timeScale);
    QCOMPARE(read->startTime, config.startTime);
    QVERIFY(read->dynamics == config.dynamics);
    QVERIFY(read->faults == config.faults);
    QCOMPARE(read->accounts.size(), config.accounts.size());
    for (qsizetype i = 0; i < config.accounts.size(); ++i) {
        EmulatorAccount expected = config.accounts.at(i);
        expected.secret = read->accounts.at(i).secret; // not written: a new one was made
        QVERIFY(read->accounts.at(i) == expected);
        QVERIFY(!read->accounts.at(i).secret.isEmpty());
    }
    QCOMPARE(read->totalInstances(), config.totalInstances());
}

void tst_EmulatorConfig::readsSecretsFromTheEnvironment()
{
    qputenv("TST_EMULATOR_SECRET", "from-the-environment");
    const QJsonObject json {
        { "accounts",
          QJsonArray { QJsonObject { { "id", "a" },
                                     { "cloud", "aliyun" },
                                     { "accessKeyId", "LTAIxx" },
                                     { "secretEnv", "TST_EMULATOR_SECRET" },
                                     { "regions", QJsonArray { "cn-hangzhou" } } } } }
    };
    const auto config = EmulatorConfig::fromJson(json, nullptr);
    QVERIFY(config);
    QCOMPARE(config->accounts.first().secret, QByteArray("from-the-environment"));
}

void tst_EmulatorConfig::refusesBadConfigurations_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("reason");
    QTest::newRow("unknown field") << QByteArray(R"({"sede": 1})") << u"unknown field"_s;
    QTest::newRow("unknown cloud")
        << QByteArray(R"({"accounts": [{"id": "a", "cloud": "azure", "regions": ["x"]}]})")
        << u"known \"cloud\""_s;
    QTest::newRow("no regions") << QByteArray(R"({"accounts": [{"id": "a", "cloud": "aliyun"}]})")
                                << u"no regions"_s;
    QTest::newRow("duplicate ids")
        << QByteArray(R"({"accounts": [{"id": "a", "cloud": "aliyun", "regions": ["cn-hangzhou"]},
                                           {"id": "a", "cloud": "tencent", "regions": ["ap-guangzhou"]}]})")
        << u"unique"_s;
    QTest::newRow("zenlayer region") << QByteArray(
        R"({"accounts": [{"id": "z", "cloud": "zenlayer", "regions": ["cn-hangzhou"]}]})")
                                     << u"Zenlayer zone"_s;
    QTest::newRow("fault share above one")
        << QByteArray(R"({"faults": [{"dropShare": 2}]})") << u"dropShare"_s;
    QTest::newRow("fault unknown field")
        << QByteArray(R"({"faults": [{"latency": 5}]})") << u"unknown field"_s;
    QTest::newRow("bad start time")
        << QByteArray(R"({"startTime": "yesterday"})") << u"startTime"_s;
}

void tst_EmulatorConfig::refusesBadConfigurations()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, reason);
    QString error;
    QVERIFY(!EmulatorConfig::fromJson(QJsonDocument::fromJson(json).object(), &error));
    QVERIFY2(error.contains(reason), qPrintable(error));
}

void tst_EmulatorConfig::demoCoversEveryCloud()
{
    const EmulatorConfig demo = EmulatorConfig::demo();
    QVERIFY(demo.validate().isEmpty());
    QVERIFY(demo.totalInstances() >= 300 && demo.totalInstances() <= 1000);
    QSet<Cloud> clouds;
    QSet<QString> keys;
    for (const EmulatorAccount &account : demo.accounts) {
        clouds.insert(account.cloud);
        keys.insert(QString::fromLatin1(account.secret));
        if (account.id != u"aliyun-staging" && account.id != u"tencent-legacy")
            QVERIFY(account.regions.size() >= 3);
    }
    QCOMPARE(clouds.size(), 4);
    QCOMPARE(keys.size(), demo.accounts.size());
    // States change every few seconds across the fleet: mean dwell / instances well below 1 s.
    QVERIFY(double(demo.dynamics.meanDwellMs) / demo.totalInstances() < 1000);
    // Fresh secrets each time: nothing is stored anywhere.
    QVERIFY(EmulatorConfig::demo().accounts.first().secret != demo.accounts.first().secret);
    QVERIFY(EmulatorConfig::generateKeyId(Cloud::Aliyun).startsWith(u"LTAI"));
    QVERIFY(EmulatorConfig::generateKeyId(Cloud::Tencent).startsWith(u"AKID"));
}

void tst_EmulatorConfig::accountsForTheAppPointAtTheListeners()
{
    EmulatorConfig config = EmulatorConfig::demo();
    config.logRequests = false;
    Emulator emulator(config);
    QVERIFY(emulator.accounts().first().endpoint.isEmpty()); // not running yet
    QVERIFY(emulator.start());
    const QList<Account> accounts = emulator.accounts();
    QCOMPARE(accounts.size(), config.accounts.size());
    for (const Account &account : accounts) {
        QCOMPARE(account.endpoint, emulator.baseUrl(account.cloud));
        QCOMPARE(account.endpoint.host(), u"127.0.0.1"_s);
        QCOMPARE(account.scopes().size(),
                 account.cloud == Cloud::Zenlayer ? 1 : account.regions.size());
        const Credentials key = emulator.credentials(account.id);
        QCOMPARE(key.accessKeyId, account.accessKeyId);
        QVERIFY(key.isValid());
    }
    const AccountsParseResult parsed = AccountsDocument::parse(emulator.accountsFile(), {});
    QVERIFY(parsed.ok());
    QVERIFY(parsed.accounts == accounts);
    QCOMPARE(emulator.secretExports().size(), accounts.size());
    QVERIFY(emulator.secretExports().first().startsWith(u"export FLEETWATCH_DEMO_"));
    emulator.stop();
    QVERIFY(emulator.baseUrl(Cloud::Aliyun).isEmpty());
}

void tst_EmulatorConfig::clockCanBePausedSteppedAndSpedUp()
{
    const QDateTime start(QDate(2024, 3, 15), QTime(8, 30), Qt::UTC);
    EmulatorClock clock(start, 1.0, true);
    QThread::msleep(20);
    QCOMPARE(clock.now(), start);
    clock.advance(90 * 1000);
    QCOMPARE(clock.now(), start.addSecs(90));
    clock.setNow(start); // never backwards
    QCOMPARE(clock.now(), start.addSecs(90));
    clock.setTimeScale(3600); // an hour per second
    clock.setManual(false);
    QThread::msleep(50);
    QVERIFY(clock.now() >= start.addSecs(90 + 180)); // a lower bound: it ran at least this fast
    clock.setManual(true);
    const QDateTime paused = clock.now();
    QThread::msleep(20);
    QCOMPARE(clock.now(), paused);
}

void tst_EmulatorConfig::faultRulesRoundTrip()
{
    const FaultRule rule = sample().faults.first();
    QString error;
    const auto read = FaultRule::fromJson(rule.toJson(), &error);
    QVERIFY2(read, qPrintable(error));
    QVERIFY(*read == rule);
    QCOMPARE(rule.toJson().value(u"clockSkewSeconds").toDouble(), -90.0);
    QVERIFY(rule.matches(Cloud::Tencent, u"any"_s, u"ap-guangzhou"_s, ApiCall::Details));
    QVERIFY(!rule.matches(Cloud::Tencent, u"any"_s, u"ap-guangzhou"_s, ApiCall::Status));
    QVERIFY(!rule.matches(Cloud::Tencent, u"any"_s, u"ap-beijing"_s, ApiCall::Details));
    QVERIFY(!rule.matches(Cloud::Aliyun, u"any"_s, u"ap-guangzhou"_s, ApiCall::Details));
}

QTEST_GUILESS_MAIN(tst_EmulatorConfig)
#include "tst_emulatorconfig.moc"
