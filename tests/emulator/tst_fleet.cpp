// The simulated fleet: deterministic for a seed and a clock however it is advanced, states
// that change at the configured rate through each cloud's own raw states, creations and
// deletions that keep its size, history for looking back, realistic ids, stable details.
#include "fleet.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;

class tst_Fleet : public QObject
{
    Q_OBJECT

private slots:
    void sameSeedAndTimeGiveTheSameFleet();
    void differentSeedsGiveDifferentFleets();
    void statesChangeAtTheConfiguredRate();
    void deletionsAreReplacedByNewInstances();
    void looksBackIntoHistory();
    void idsHaveEachCloudsFormat_data();
    void idsHaveEachCloudsFormat();
    void detailsStayTheSameOverTime();
    void frozenFleetNeverChanges();
    void longRunsStayBounded();
    void pagesAndFilters();

private:
    static QList<EmulatorAccount> accounts(int perRegion = 40);
    static const QDateTime epoch;
};

const QDateTime tst_Fleet::epoch(QDate(2024, 3, 15), QTime(8, 30), Qt::UTC);

QList<EmulatorAccount> tst_Fleet::accounts(int perRegion)
{
    QList<EmulatorAccount> list;
    const struct
    {
        const char *id;
        Cloud cloud;
        QStringList regions;
    } rows[] = {
        { "jd", Cloud::JdCloud, { u"cn-north-1"_s, u"cn-east-2"_s } },
        { "zl", Cloud::Zenlayer, { u"HKG-A"_s, u"SEL-A"_s } },
        { "ali", Cloud::Aliyun, { u"cn-hangzhou"_s, u"cn-shanghai"_s } },
        { "tc", Cloud::Tencent, { u"ap-guangzhou"_s } },
    };
    for (const auto &row : rows) {
        EmulatorAccount account;
        account.id = QString::fromLatin1(row.id);
        account.cloud = row.cloud;
        account.regions = row.regions;
        account.instancesPerRegion = perRegion;
        list.append(account);
    }
    return list;
}

static FleetDynamics fastDynamics()
{
    FleetDynamics dynamics;
    dynamics.meanDwellMs = 60 * 1000;
    dynamics.transitionMinMs = 2000;
    dynamics.transitionMaxMs = 10000;
    dynamics.respawnMinMs = 10000;
    dynamics.respawnMaxMs = 60000;
    dynamics.historyMs = 2 * 3600 * 1000;
    return dynamics;
}

void tst_Fleet::sameSeedAndTimeGiveTheSameFleet()
{
    Fleet stepped(42, accounts(), fastDynamics(), epoch);
    Fleet jumped(42, accounts(), fastDynamics(), epoch);
    const QDateTime later = epoch.addSecs(3600);
    for (QDateTime t = epoch; t < later; t = t.addMSecs(7919))
        stepped.advanceTo(t);
    for (const QString &account : { u"jd"_s, u"zl"_s, u"ali"_s, u"tc"_s }) {
        const QList<FleetInstance> a = stepped.instances(account, {}, later);
        const QList<FleetInstance> b = jumped.instances(account, {}, later);
        QCOMPARE(a.size(), b.size());
        QVERIFY(a == b);
    }
    QCOMPARE(stepped.changeCount(), jumped.changeCount());
    QVERIFY(stepped.changeCount() > 0);
}

void tst_Fleet::differentSeedsGiveDifferentFleets()
{
    Fleet one(1, accounts(), fastDynamics(), epoch);
    Fleet two(2, accounts(), fastDynamics(), epoch);
    QVERIFY(one.instances(u"ali"_s, {}, epoch) != two.instances(u"ali"_s, {}, epoch));
}

void tst_Fleet::statesChangeAtTheConfiguredRate()
{
    // 280 instances, a mean of one minute in a stable state: an hour brings thousands of
    // changes; ten times the dwell brings about a tenth.
    Fleet fast(5, accounts(), fastDynamics(), epoch);
    FleetDynamics slowDynamics = fastDynamics();
    slowDynamics.meanDwellMs *= 10;
    Fleet slow(5, accounts(), slowDynamics, epoch);
    fast.advanceTo(epoch.addSecs(3600));
    slow.advanceTo(epoch.addSecs(3600));
    QVERIFY2(fast.changeCount() > 280 * 60, qPrintable(QString::number(fast.changeCount())));
    QVERIFY(slow.changeCount() * 4 < fast.changeCount());

    QSet<QString> seen;
    for (QDateTime t = epoch; t < epoch.addSecs(3600); t = t.addSecs(5)) {
        for (const FleetInstance &instance : fast.instances(u"tc"_s, {}, t))
            seen.insert(instance.rawState);
    }
    for (const char *raw :
         { "PENDING", "RUNNING", "STOPPING", "STOPPED", "STARTING", "REBOOTING", "TERMINATING" })
        QVERIFY2(seen.contains(QString::fromLatin1(raw)), raw);
}

void tst_Fleet::deletionsAreReplacedByNewInstances()
{
    Fleet fleet(9, accounts(), fastDynamics(), epoch);
    const QList<FleetInstance> before = fleet.instances(u"ali"_s, u"cn-hangzhou"_s, epoch);
    const QList<FleetInstance> after =
        fleet.instances(u"ali"_s, u"cn-hangzhou"_s, epoch.addSecs(6 * 3600));
    QSet<QString> beforeIds;
    for (const FleetInstance &instance : before)
        beforeIds.insert(instance.instanceId);
    int created = 0;
    for (const FleetInstance &instance : after) {
        if (!beforeIds.contains(instance.instanceId)) {
            ++created;
            QVERIFY(instance.createdAt > epoch);
        }
    }
    QVERIFY2(created > 5, qPrintable(QString::number(created)));
    QVERIFY2(after.size() >= 30 && after.size() <= 42, qPrintable(QString::number(after.size())));
}

void tst_Fleet::looksBackIntoHistory()
{
    Fleet fleet(3, accounts(), fastDynamics(), epoch);
    const QDateTime then = epoch.addSecs(1800);
    const QList<FleetInstance> atThen = fleet.instances(u"jd"_s, {}, then);
    const QList<FleetInstance> now = fleet.instances(u"jd"_s, {}, epoch.addSecs(3600));
    QVERIFY(atThen != now);
    QVERIFY(fleet.instances(u"jd"_s, {}, then) == atThen);
}

void tst_Fleet::idsHaveEachCloudsFormat_data()
{
    QTest::addColumn<QString>("account");
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("pattern");
    QTest::newRow("jd") << u"jd"_s << QString() << u"^i-[a-z0-9]{10}$"_s;
    QTest::newRow("zenlayer") << u"zl"_s << QString() << u"^[1-9][0-9]{17}$"_s;
    QTest::newRow("aliyun hangzhou") << u"ali"_s << u"cn-hangzhou"_s << u"^i-bp1[a-z0-9]{15}$"_s;
    QTest::newRow("aliyun shanghai") << u"ali"_s << u"cn-shanghai"_s << u"^i-uf6[a-z0-9]{15}$"_s;
    QTest::newRow("tencent") << u"tc"_s << QString() << u"^ins-[a-z0-9]{8}$"_s;
}

void tst_Fleet::idsHaveEachCloudsFormat()
{
    QFETCH(QString, account);
    QFETCH(QString, region);
    QFETCH(QString, pattern);
    Fleet fleet(11, accounts(), fastDynamics(), epoch);
    const QRegularExpression expression(pattern);
    QSet<QString> ids;
    for (const FleetInstance &instance : fleet.instances(account, region, epoch)) {
        QVERIFY2(expression.match(instance.instanceId).hasMatch(), qPrintable(instance.instanceId));
        ids.insert(instance.instanceId);
    }
    QVERIFY(ids.size() >= 40);
}

void tst_Fleet::detailsStayTheSameOverTime()
{
    Fleet fleet(4, accounts(), fastDynamics(), epoch);
    const QList<FleetInstance> first = fleet.instances(u"zl"_s, {}, epoch);
    const QList<FleetInstance> later = fleet.instances(u"zl"_s, {}, epoch.addSecs(120));
    QHash<QString, FleetInstance> byId;
    for (const FleetInstance &instance : later)
        byId.insert(instance.instanceId, instance);
    int compared = 0;
    for (const FleetInstance &instance : first) {
        if (!byId.contains(instance.instanceId))
            continue;
        const FleetInstance &again = byId.value(instance.instanceId);
        QCOMPARE(again.name, instance.name);
        QCOMPARE(again.zone, instance.zone);
        QCOMPARE(again.privateIps, instance.privateIps);
        QCOMPARE(again.publicIps, instance.publicIps);
        QCOMPARE(again.instanceType, instance.instanceType);
        QVERIFY(instance.zone == u"HKG-A" || instance.zone == u"SEL-A");
        QVERIFY(instance.region.isEmpty()); // Zenlayer: the scope has no region
        ++compared;
    }
    QVERIFY(compared > 60);
}

void tst_Fleet::frozenFleetNeverChanges()
{
    FleetDynamics frozen = fastDynamics();
    frozen.meanDwellMs = 0;
    Fleet fleet(8, accounts(), frozen, epoch);
    const QList<FleetInstance> start = fleet.instances(u"ali"_s, {}, epoch);
    QVERIFY(fleet.instances(u"ali"_s, {}, epoch.addSecs(24 * 3600)) == start);
    QCOMPARE(fleet.changeCount(), 0);
}

void tst_Fleet::longRunsStayBounded()
{
    // A simulated day of heavy churn: deleted instances are forgotten once they leave the
    // history window, so once that window is full what the fleet holds stops growing.
    Fleet fleet(12, accounts(), fastDynamics(), epoch);
    QCOMPARE(fleet.storedInstances(), 40 * 7);
    fleet.advanceTo(epoch.addSecs(4 * 3600));
    const qsizetype settled = fleet.storedInstances();
    qsizetype most = 0;
    for (int hour = 5; hour <= 24; ++hour) {
        fleet.advanceTo(epoch.addSecs(hour * 3600));
        most = std::max(most, fleet.storedInstances());
        QCOMPARE(fleet.instances(u"ali"_s, {}, epoch.addSecs(hour * 3600)).size() > 60, true);
    }
    QVERIFY2(fleet.changeCount() > 100000, qPrintable(QString::number(fleet.changeCount())));
    QVERIFY2(most < settled * 13 / 10, qPrintable(u"%1 then %2"_s.arg(settled).arg(most)));
}

void tst_Fleet::pagesAndFilters()
{
    Fleet fleet(6, accounts(), fastDynamics(), epoch);
    const QList<FleetInstance> all = fleet.instances(u"ali"_s, u"cn-hangzhou"_s, epoch);
    FleetQuery query;
    query.accountId = u"ali"_s;
    query.region = u"cn-hangzhou"_s;
    query.offset = 30;
    query.limit = 20;
    FleetPage page = fleet.list(query, epoch);
    QCOMPARE(page.total, 40);
    QCOMPARE(page.instances.size(), 10);
    QCOMPARE(page.instances.first().instanceId, all.at(30).instanceId);

    query = FleetQuery();
    query.accountId = u"ali"_s;
    query.region = u"cn-hangzhou"_s;
    query.instanceIds = { all.at(1).instanceId, all.at(5).instanceId, u"i-unknown"_s };
    page = fleet.list(query, epoch);
    QCOMPARE(page.total, 2);

    query.instanceIds.clear();
    query.zone = all.at(0).zone;
    page = fleet.list(query, epoch);
    QVERIFY(page.total > 0 && page.total < 40);
    for (const FleetInstance &instance : page.instances)
        QCOMPARE(instance.zone, all.at(0).zone);
}

QTEST_GUILESS_MAIN(tst_Fleet)
#include "tst_fleet.moc"
