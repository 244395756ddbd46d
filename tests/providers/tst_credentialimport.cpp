// Imports from the Alibaba Cloud CLI, the Tencent Cloud CLI and the environment, against the
// fixture homes in tests/data/imports (fake keys): what is imported, what is reported and why,
// broken files reported per file, and nothing read from the real home or environment.
#include "aliyuncliimport.h"
#include "credentialimport.h"
#include "environmentimport.h"
#include "tencentcliimport.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QString fixtureHome(const char *name)
{
    return QStringLiteral(FLEETWATCH_TEST_DATA_DIR "/imports/") + QLatin1StringView(name);
}

const ImportCandidate *findProfile(const ImportResult &result, const QString &profile)
{
    for (const ImportCandidate &candidate : result.candidates) {
        if (candidate.profile == profile)
            return &candidate;
    }
    return nullptr;
}

// The problem whose message mentions `text`, or null.
const ImportProblem *findProblem(const ImportResult &result, const QString &text)
{
    for (const ImportProblem &problem : result.problems) {
        if (problem.message.contains(text))
            return &problem;
    }
    return nullptr;
}

} // namespace

class tst_CredentialImport : public QObject
{
    Q_OBJECT

private slots:
    void aliyunProfiles();
    void aliyunBrokenFiles();
    void tencentProfiles();
    void tencentBrokenFiles();
    void environmentPairs();
    void environmentHalfPairsAndTokens();
    void readAllCombinesAndRemovesRepeats();
    void emptyHomeFindsNothing();
    void suggestedAndUniqueIds();
    void problemsNeverContainSecrets();
};

void tst_CredentialImport::aliyunProfiles()
{
    const ImportResult result = AliyunCliImport::read(fixtureHome("home-full"));
    QCOMPARE(result.candidates.size(), 2);

    const ImportCandidate *def = findProfile(result, u"default"_s);
    QVERIFY(def);
    QCOMPARE(def->origin, ImportCandidate::Origin::AliyunCli);
    QVERIFY(def->source.endsWith(u"home-full/.aliyun/config.json"_s));
    QCOMPARE(def->account.cloud, Cloud::Aliyun);
    QCOMPARE(def->account.id, u"aliyun-default"_s);
    QCOMPARE(def->account.accessKeyId, u"LTAI5tFAKEdefault0000001"_s);
    QCOMPARE(def->account.regions, QStringList { u"cn-hangzhou"_s });
    QCOMPARE(def->credentials.accessKeyId, u"LTAI5tFAKEdefault0000001"_s);
    QVERIFY(def->credentials.secret == "FAKEsecretForAliyunDefault0000001");
    QVERIFY(def->label.contains(u"\"default\""_s));
    QVERIFY(def->label.contains(u"cn-hangzhou"_s));

    const ImportCandidate *intl = findProfile(result, u"intl ops"_s); // mode "ak": any case
    QVERIFY(intl);
    QCOMPARE(intl->account.id, u"aliyun-intl-ops"_s);
    QCOMPARE(intl->account.regions, QStringList { u"ap-southeast-1"_s });

    // Reported, each with its reason; the unconfigured default-like profile silently skipped.
    QCOMPARE(result.problems.size(), 3);
    QVERIFY(findProblem(result, u"\"sts\" uses StsToken"_s));
    QVERIFY(findProblem(result, u"\"ecs\" uses EcsRamRole"_s));
    QVERIFY(findProblem(result, u"\"half\" has no complete AccessKey"_s));
    QVERIFY(!findProblem(result, u"unconfigured"_s));
}

void tst_CredentialImport::aliyunBrokenFiles()
{
    const ImportResult broken = AliyunCliImport::read(fixtureHome("home-broken"));
    QVERIFY(broken.candidates.isEmpty());
    QCOMPARE(broken.problems.size(), 1);
    QVERIFY(broken.problems.constFirst().source.endsWith(u".aliyun/config.json"_s));
    QVERIFY2(broken.problems.constFirst().message.contains(u"not valid JSON (line 5"_s),
             qPrintable(broken.problems.constFirst().message));

    const ImportResult shape = AliyunCliImport::read(fixtureHome("home-wrongshape"));
    QVERIFY(shape.candidates.isEmpty());
    QCOMPARE(shape.problems.size(), 1);
    QVERIFY(shape.problems.constFirst().message.contains(u"\"profiles\""_s));

    // Arbitrary JSON values in the right places do not crash or produce candidates.
    const ImportResult odd = AliyunCliImport::parse(
        R"({"profiles": [1, null, [], {"mode": 5}, {"name": {}, "mode": "AK"}]})", u"x"_s);
    QVERIFY(odd.candidates.isEmpty());
}

void tst_CredentialImport::tencentProfiles()
{
    const ImportResult result = TencentCliImport::read(fixtureHome("home-full"));
    QCOMPARE(result.candidates.size(), 3);

    const ImportCandidate *def = findProfile(result, u"default"_s);
    QVERIFY(def);
    QCOMPARE(def->origin, ImportCandidate::Origin::TencentCli);
    QVERIFY(def->source.endsWith(u".tccli/default.credential"_s));
    QCOMPARE(def->account.cloud, Cloud::Tencent);
    QCOMPARE(def->account.id, u"tencent-default"_s);
    QCOMPARE(def->account.accessKeyId, u"AKIDFAKEtencentDefault00000000001"_s);
    QCOMPARE(def->account.regions, QStringList { u"ap-guangzhou"_s }); // from _sys_param
    QVERIFY(def->credentials.secret == "FAKEtencentDefaultSecretKey0001");

    const ImportCandidate *old = findProfile(result, u"old"_s);
    QVERIFY(old);
    QCOMPARE(old->account.regions, QStringList { u"ap-shanghai"_s }); // top-level region
    const ImportCandidate *noRegion = findProfile(result, u"noregion"_s);
    QVERIFY(noRegion);
    QVERIFY(noRegion->account.regions.isEmpty());

    QCOMPARE(result.problems.size(), 3);
    QVERIFY(findProblem(result, u"\"temp\" holds temporary credentials"_s));
    QVERIFY(findProblem(result, u"\"blank\" has no complete key"_s)); // tccli's "None"
    QVERIFY(findProblem(result, u"\"role\" uses cvm-role"_s));
    QVERIFY(!findProfile(result, u"orphan"_s)); // a .configure alone is nothing
}

void tst_CredentialImport::tencentBrokenFiles()
{
    const ImportResult result = TencentCliImport::read(fixtureHome("home-broken"));
    // The key with a broken .configure is still imported, without a region, and both
    // broken credential files are reported by name.
    QCOMPARE(result.candidates.size(), 1);
    QCOMPARE(result.candidates.constFirst().profile, u"goodkey"_s);
    QVERIFY(result.candidates.constFirst().account.regions.isEmpty());
    QCOMPARE(result.problems.size(), 3);
    const ImportProblem *broken = findProblem(result, u"profile \"broken\" was not imported"_s);
    QVERIFY(broken);
    QVERIFY(broken->source.endsWith(u"broken.credential"_s));
    QVERIFY(broken->message.contains(u"not valid JSON"_s));
    QVERIFY(findProblem(result, u"not a JSON object; profile \"list\""_s));
    const ImportProblem *configure = findProblem(result, u"imported without a region"_s);
    QVERIFY(configure);
    QVERIFY(configure->source.endsWith(u"goodkey.configure"_s));
}

void tst_CredentialImport::environmentPairs()
{
    QProcessEnvironment environment;
    environment.insert(u"ALIBABA_CLOUD_ACCESS_KEY_ID"_s, u"LTAI5tFAKEenv"_s);
    environment.insert(u"ALIBABA_CLOUD_ACCESS_KEY_SECRET"_s, u"FAKEaliyunEnvSecret"_s);
    environment.insert(u"ALIBABA_CLOUD_REGION_ID"_s, u"cn-shenzhen"_s);
    environment.insert(u"TENCENTCLOUD_SECRET_ID"_s, u"AKIDFAKEenv"_s);
    environment.insert(u"TENCENTCLOUD_SECRET_KEY"_s, u"FAKEtencentEnvKey"_s);
    environment.insert(u"TENCENTCLOUD_REGION"_s, u"ap-beijing"_s);
    environment.insert(u"JDCLOUD_ACCESS_KEY"_s, u"JDFAKEenv"_s);
    environment.insert(u"JDCLOUD_SECRET_KEY"_s, u"FAKEjdEnvSecret"_s);
    environment.insert(u"ZENLAYERCLOUD_ACCESS_KEY_ID"_s, u"zenFAKEenv"_s);
    environment.insert(u"ZENLAYERCLOUD_ACCESS_KEY_PASSWORD"_s, u"FAKEzenEnvPassword"_s);

    const ImportResult result = EnvironmentImport::read(environment);
    QVERIFY(result.problems.isEmpty());
    QCOMPARE(result.candidates.size(), 4);
    QHash<Cloud, ImportCandidate> byCloud;
    for (const ImportCandidate &candidate : result.candidates) {
        QCOMPARE(candidate.origin, ImportCandidate::Origin::Environment);
        QVERIFY(candidate.profile.isEmpty());
        byCloud.insert(candidate.account.cloud, candidate);
    }
    const ImportCandidate aliyun = byCloud.value(Cloud::Aliyun);
    QCOMPARE(aliyun.account.id, u"aliyun-env"_s);
    QCOMPARE(aliyun.account.accessKeyId, u"LTAI5tFAKEenv"_s);
    QCOMPARE(aliyun.account.regions, QStringList { u"cn-shenzhen"_s });
    QVERIFY(aliyun.credentials.secret == "FAKEaliyunEnvSecret");
    QCOMPARE(aliyun.secretVariable, u"ALIBABA_CLOUD_ACCESS_KEY_SECRET"_s);
    QCOMPARE(aliyun.source, u"ALIBABA_CLOUD_ACCESS_KEY_ID, ALIBABA_CLOUD_ACCESS_KEY_SECRET"_s);
    QCOMPARE(byCloud.value(Cloud::Tencent).account.regions, QStringList { u"ap-beijing"_s });
    QCOMPARE(byCloud.value(Cloud::Tencent).secretVariable, u"TENCENTCLOUD_SECRET_KEY"_s);
    QVERIFY(byCloud.value(Cloud::JdCloud).account.regions.isEmpty()); // JDCLOUD_REGION unset
    QVERIFY(byCloud.value(Cloud::JdCloud).credentials.secret == "FAKEjdEnvSecret");
    QVERIFY(byCloud.value(Cloud::Zenlayer).account.regions.isEmpty());
    QCOMPARE(byCloud.value(Cloud::Zenlayer).secretVariable, u"ZENLAYERCLOUD_ACCESS_KEY_PASSWORD"_s);

    // The aliyun CLI's other spellings are read when the main ones are absent.
    QProcessEnvironment alternative;
    alternative.insert(u"ALICLOUD_ACCESS_KEY_ID"_s, u"LTAIalt"_s);
    alternative.insert(u"ALICLOUD_ACCESS_KEY_SECRET"_s, u"FAKEalt"_s);
    const ImportResult alt = EnvironmentImport::read(alternative);
    QCOMPARE(alt.candidates.size(), 1);
    QCOMPARE(alt.candidates.constFirst().secretVariable, u"ALICLOUD_ACCESS_KEY_SECRET"_s);
}

void tst_CredentialImport::environmentHalfPairsAndTokens()
{
    QProcessEnvironment environment;
    environment.insert(u"ALIBABA_CLOUD_ACCESS_KEY_ID"_s, u"LTAI5tFAKEhalf"_s);
    environment.insert(u"TENCENTCLOUD_SECRET_ID"_s, u"AKIDFAKEtemp"_s);
    environment.insert(u"TENCENTCLOUD_SECRET_KEY"_s, u"FAKEtempKey"_s);
    environment.insert(u"TENCENTCLOUD_TOKEN"_s, u"FAKEtoken"_s);
    environment.insert(u"JDCLOUD_SECRET_KEY"_s, u"   "_s); // blank counts as unset
    const ImportResult result = EnvironmentImport::read(environment);
    QVERIFY(result.candidates.isEmpty());
    QCOMPARE(result.problems.size(), 2);
    const ImportProblem *half = findProblem(result, u"ALIBABA_CLOUD_ACCESS_KEY_SECRET is not"_s);
    QVERIFY(half);
    QCOMPARE(half->source, u"ALIBABA_CLOUD_ACCESS_KEY_ID"_s);
    QVERIFY(findProblem(result, u"TENCENTCLOUD_TOKEN is set"_s));
}

void tst_CredentialImport::readAllCombinesAndRemovesRepeats()
{
    QProcessEnvironment environment;
    // The same Tencent key as the CLI's default profile: offered once, from the CLI.
    environment.insert(u"TENCENTCLOUD_SECRET_ID"_s, u"AKIDFAKEtencentDefault00000000001"_s);
    environment.insert(u"TENCENTCLOUD_SECRET_KEY"_s, u"FAKEtencentDefaultSecretKey0001"_s);
    environment.insert(u"JDCLOUD_ACCESS_KEY"_s, u"JDFAKEenv"_s);
    environment.insert(u"JDCLOUD_SECRET_KEY"_s, u"FAKEjdEnvSecret"_s);
    const ImportResult result = CredentialImport::readAll(fixtureHome("home-full"), environment);
    QCOMPARE(result.candidates.size(), 2 + 3 + 1);
    int tencentDefault = 0;
    for (const ImportCandidate &candidate : result.candidates) {
        if (candidate.account.accessKeyId == u"AKIDFAKEtencentDefault00000000001")
            ++tencentDefault;
    }
    QCOMPARE(tencentDefault, 1);
    QCOMPARE(result.candidates.constFirst().origin, ImportCandidate::Origin::AliyunCli);
    QCOMPARE(result.candidates.constLast().origin, ImportCandidate::Origin::Environment);
    QCOMPARE(result.problems.size(), 3 + 3);
}

void tst_CredentialImport::emptyHomeFindsNothing()
{
    QTemporaryDir home;
    const ImportResult result = CredentialImport::readAll(home.path(), QProcessEnvironment());
    QVERIFY(result.candidates.isEmpty());
    QVERIFY(result.problems.isEmpty());
}

void tst_CredentialImport::suggestedAndUniqueIds()
{
    QCOMPARE(CredentialImport::suggestedId(u"aliyun-My Profile!"_s), u"aliyun-my-profile"_s);
    QCOMPARE(CredentialImport::suggestedId(u"tencent-生产"_s), u"tencent"_s);
    QCOMPARE(CredentialImport::suggestedId(u"--"_s), u"imported"_s);
    QCOMPARE(CredentialImport::suggestedId(QString(200, u'a')).size(), 60);
    QCOMPARE(CredentialImport::uniqueId(u"a"_s, {}), u"a"_s);
    QCOMPARE(CredentialImport::uniqueId(u"a"_s, { u"a"_s, u"a-2"_s }), u"a-3"_s);
}

void tst_CredentialImport::problemsNeverContainSecrets()
{
    QProcessEnvironment environment;
    environment.insert(u"TENCENTCLOUD_SECRET_ID"_s, u"AKIDFAKEtemp"_s);
    environment.insert(u"TENCENTCLOUD_SECRET_KEY"_s, u"FAKEtempKeyValue"_s);
    environment.insert(u"TENCENTCLOUD_TOKEN"_s, u"FAKEtokenValue"_s);
    environment.insert(u"ALIBABA_CLOUD_ACCESS_KEY_SECRET"_s, u"FAKEhalfSecretValue"_s);
    ImportResult result = CredentialImport::readAll(fixtureHome("home-full"), environment);
    result.append(CredentialImport::readAll(fixtureHome("home-broken"), QProcessEnvironment()));
    for (const ImportProblem &problem : std::as_const(result.problems)) {
        for (const char *secret :
             { "FAKEtempKeyValue", "FAKEtokenValue", "FAKEhalfSecretValue",
               "FAKEsecretTemporary0003", "FAKEtencentTempSecret0004", "FAKEsessionToken" })
            QVERIFY2(!problem.message.contains(QLatin1StringView(secret)), secret);
    }
}

QTEST_GUILESS_MAIN(tst_CredentialImport)
#include "tst_credentialimport.moc"
