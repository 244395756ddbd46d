// `fleetwatch --once` end to end: the real binary, run as a process against the emulator, with
// the accounts file the emulator writes and the secrets in the environment (secretEnv). The
// output must match the emulator's truth; failures are listed and give exit code 2; a bad
// accounts file gives exit code 1 and names the line.
#include "emulator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

EmulatorAccount account(const char *id, Cloud cloud, QStringList regions, int perRegion)
{
    EmulatorAccount a;
    a.id = QString::fromLatin1(id);
    a.name = a.id;
    a.cloud = cloud;
    a.accessKeyId = EmulatorConfig::generateKeyId(cloud);
    a.secret = EmulatorConfig::generateSecret(cloud);
    a.secretEnv = u"FW_TEST_SECRET_"_s + a.id.toUpper();
    a.regions = regions;
    a.instancesPerRegion = perRegion;
    return a;
}

EmulatorConfig fleet()
{
    EmulatorConfig c;
    c.seed = 11;
    c.logRequests = false;
    c.dynamics.meanDwellMs = 0;
    c.accounts = { account("ali", Cloud::Aliyun, { u"cn-hangzhou"_s, u"cn-beijing"_s }, 120),
                   account("tc", Cloud::Tencent, { u"ap-guangzhou"_s }, 130),
                   account("jd", Cloud::JdCloud, { u"cn-north-1"_s }, 40),
                   account("zl", Cloud::Zenlayer, { u"HKG-A"_s, u"SEL-A"_s }, 25) };
    return c;
}

struct Result
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

} // namespace

class tst_Headless : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void listsEveryInstanceAsTheCloudHasIt();
    void csvHasTheSameRows();
    void failingScopeIsListedWithExitCode2();
    void detailsFailureKeepsStatusAndSaysSo();
    void malformedAccountsFileIsExitCode1();
    void missingSecretIsAnErrorNotACrash();

private:
    Result run(const QStringList &args, const QProcessEnvironment &env) const;
    QString writeAccounts(const QByteArray &content) const;
    QProcessEnvironment secrets() const;

    QTemporaryDir m_dir;
    std::unique_ptr<Emulator> m_emulator;
};

void tst_Headless::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_emulator = std::make_unique<Emulator>(fleet());
    QVERIFY2(m_emulator->start(), qPrintable(m_emulator->errorString()));
}

Result tst_Headless::run(const QStringList &args, const QProcessEnvironment &env) const
{
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(FLEETWATCH_BINARY), args);
    Result r;
    if (!process.waitForFinished(60000))
        return r;
    r.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    r.out = process.readAllStandardOutput();
    r.err = process.readAllStandardError();
    return r;
}

QString tst_Headless::writeAccounts(const QByteArray &content) const
{
    static int n = 0;
    const QString path = m_dir.filePath(u"accounts-%1.json"_s.arg(++n));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

QProcessEnvironment tst_Headless::secrets() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"XDG_CONFIG_HOME"_s, m_dir.filePath(u"config"_s));
    for (const EmulatorAccount &a : m_emulator->config().accounts)
        env.insert(a.secretEnv, QString::fromUtf8(a.secret));
    return env;
}

void tst_Headless::listsEveryInstanceAsTheCloudHasIt()
{
    const QString accounts = writeAccounts(m_emulator->accountsFile());
    const Result r = run({ u"--once"_s, u"--json"_s, u"--accounts"_s, accounts }, secrets());
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonObject doc = QJsonDocument::fromJson(r.out).object();
    QVERIFY(doc.value(u"errors").toArray().isEmpty());

    QHash<QString, FleetInstance> byId;
    for (const EmulatorAccount &a : m_emulator->config().accounts) {
        for (const FleetInstance &i : m_emulator->fleet(a.id))
            byId.insert(i.instanceId, i);
    }
    QSet<QString> listed;
    const QJsonArray instances = doc.value(u"instances").toArray();
    for (const QJsonValue &v : instances) {
        const QJsonObject o = v.toObject();
        QVERIFY(!o.value(u"state").toString().isEmpty());
        // Details: name, zone and addresses as the cloud's describe-instances call has them.
        const FleetInstance t = byId.value(o.value(u"instanceId").toString());
        QCOMPARE(o.value(u"name").toString(), t.name);
        QCOMPARE(o.value(u"zone").toString(), t.zone);
        QCOMPARE(o.value(u"privateIps").toVariant().toStringList(), t.privateIps);
        QCOMPARE(o.value(u"publicIps").toVariant().toStringList(), t.publicIps);
        if (t.cloud == Cloud::Zenlayer) // learnt from the zone: its status API has no region
            QVERIFY(!o.value(u"region").toString().isEmpty());
        listed.insert(o.value(u"cloud").toString() + u'/' + o.value(u"account").toString() + u'/'
                      + o.value(u"instanceId").toString() + u'=' + o.value(u"rawState").toString());
    }
    QSet<QString> truth;
    for (const EmulatorAccount &a : m_emulator->config().accounts) {
        for (const FleetInstance &i : m_emulator->fleet(a.id))
            truth.insert(cloudId(a.cloud) + u'/' + a.id + u'/' + i.instanceId + u'=' + i.rawState);
    }
    QCOMPARE(listed.size(), 120 * 2 + 130 + 40 + 25 * 2);
    QCOMPARE(listed, truth);

    // Stable output: a second run over the frozen fleet prints the same rows in the same order.
    const Result again = run({ u"--once"_s, u"--accounts"_s, accounts }, secrets());
    const QJsonArray second = QJsonDocument::fromJson(again.out).object()[u"instances"].toArray();
    QCOMPARE(second.size(), instances.size());
    for (qsizetype i = 0; i < second.size(); ++i)
        QCOMPARE(second[i][u"instanceId"], instances[i][u"instanceId"]);
}

void tst_Headless::csvHasTheSameRows()
{
    const QString accounts = writeAccounts(m_emulator->accountsFile());
    const Result r =
        run({ u"--once"_s, u"--format"_s, u"csv"_s, u"--accounts"_s, accounts }, secrets());
    QCOMPARE(r.exitCode, 0);
    const QList<QByteArray> lines = r.out.trimmed().split('\n');
    QVERIFY(lines.first().startsWith("cloud,account,region,instanceId,state,rawState"));
    QCOMPARE(lines.size() - 1, 120 * 2 + 130 + 40 + 25 * 2);
}

void tst_Headless::failingScopeIsListedWithExitCode2()
{
    FaultProfile down;
    down.serverErrorShare = 1.0;
    down.serverErrorStatus = 503;
    FaultRule rule;
    rule.accountId = u"ali"_s;
    rule.region = u"cn-beijing"_s;
    rule.profile = down;
    m_emulator->setFaults({ rule });
    const Result r =
        run({ u"--once"_s, u"--accounts"_s, writeAccounts(m_emulator->accountsFile()) }, secrets());
    m_emulator->setFaults({});
    QCOMPARE(r.exitCode, 2);
    const QJsonObject doc = QJsonDocument::fromJson(r.out).object();
    const QJsonArray errors = doc.value(u"errors").toArray();
    QCOMPARE(errors.size(), 1);
    const QJsonObject e = errors.first().toObject();
    QCOMPARE(e.value(u"account").toString(), u"ali"_s);
    QCOMPARE(e.value(u"region").toString(), u"cn-beijing"_s);
    QCOMPARE(e.value(u"kind").toString(), u"server"_s);
    QCOMPARE(e.value(u"code").toString(), u"ServiceUnavailable"_s);
    QVERIFY(!e.value(u"requestId").toString().isEmpty());
    QVERIFY(!e.value(u"message").toString().isEmpty());
    // What did list is still printed.
    QCOMPARE(doc.value(u"instances").toArray().size(), 120 + 130 + 40 + 25 * 2);
}

void tst_Headless::detailsFailureKeepsStatusAndSaysSo()
{
    FaultProfile forbidden;
    forbidden.forbiddenShare = 1.0;
    FaultRule rule;
    rule.accountId = u"tc"_s;
    rule.call = ApiCall::Details;
    rule.profile = forbidden;
    m_emulator->setFaults({ rule });
    const Result r =
        run({ u"--once"_s, u"--accounts"_s, writeAccounts(m_emulator->accountsFile()) }, secrets());
    m_emulator->setFaults({});
    QCOMPARE(r.exitCode, 0); // every status listing succeeded
    QVERIFY2(r.err.contains("Names and addresses unavailable"), r.err.constData());
    const QJsonArray instances = QJsonDocument::fromJson(r.out).object()[u"instances"].toArray();
    int tencent = 0;
    for (const QJsonValue &v : instances) {
        if (v[u"account"].toString() == u"tc") {
            ++tencent;
            QVERIFY(!v.toObject().contains(u"name"));
        } else {
            QVERIFY(v.toObject().contains(u"name"));
        }
    }
    QCOMPARE(tencent, 130);
}

void tst_Headless::malformedAccountsFileIsExitCode1()
{
    const QByteArray corrupt = "{\n  \"version\": 1,\n  \"accounts\": [\n    {\"id\": \"a\", "
                               "\"name\": \"A\", \"cloud\": \"aws\", \"accessKeyId\": "
                               "\"x\", \"regions\": []}\n  ]\n}\n";
    const QString path = writeAccounts(corrupt);
    const Result r = run({ u"--once"_s, u"--accounts"_s, path }, secrets());
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.out.isEmpty());
    QVERIFY2(r.err.contains(":4:") && r.err.contains("cloud"), r.err.constData());
    QFile file(path); // the file is left exactly as it was
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), corrupt);
    QCOMPARE(
        run({ u"--once"_s, u"--accounts"_s, m_dir.filePath(u"none.json"_s) }, secrets()).exitCode,
        1);
}

void tst_Headless::missingSecretIsAnErrorNotACrash()
{
    QProcessEnvironment env = secrets();
    env.remove(u"FW_TEST_SECRET_JD"_s);
    const Result r =
        run({ u"--once"_s, u"--accounts"_s, writeAccounts(m_emulator->accountsFile()) }, env);
    QCOMPARE(r.exitCode, 2);
    const QJsonArray errors = QJsonDocument::fromJson(r.out).object()[u"errors"].toArray();
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors[0][u"account"].toString(), u"jd"_s);
    QCOMPARE(errors[0][u"kind"].toString(), u"auth"_s);
    QVERIFY(errors[0][u"message"].toString().contains(u"FW_TEST_SECRET_JD"));
}

QTEST_GUILESS_MAIN(tst_Headless)
#include "tst_headless.moc"
