// The accounts file: round trip through disk, every malformed case reported with its line and
// field, a malformed or newer file never overwritten, unwritable places, secrets refused.
#include "accountsfile.h"

#include <QFile>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

QList<Account> sampleAccounts()
{
    Account aliyun;
    aliyun.id = u"prod"_s;
    aliyun.name = u"Production \"east\" – 生产"_s;
    aliyun.cloud = Cloud::Aliyun;
    aliyun.accessKeyId = u"LTAI5tFakeKeyId000001"_s;
    aliyun.regions = { u"cn-hangzhou"_s, u"cn-shanghai"_s };
    aliyun.pollSeconds = 60;
    aliyun.maxConcurrency = 8;

    Account tencent;
    tencent.id = u"tc.legacy-1"_s;
    tencent.name = u"Tencent legacy"_s;
    tencent.cloud = Cloud::Tencent;
    tencent.accessKeyId = u"AKIDfakeSecretIdForTests01"_s;
    tencent.regions = { u"ap-guangzhou"_s };
    tencent.apiStyle = Account::ApiStyle::Legacy;
    tencent.secretEnv = u"TC_SECRET"_s;
    tencent.endpoint = QUrl(u"http://127.0.0.1:8443/tencent"_s);

    Account zenlayer;
    zenlayer.id = u"zen"_s;
    zenlayer.name = u"Zenlayer"_s;
    zenlayer.cloud = Cloud::Zenlayer;
    zenlayer.accessKeyId = u"zenFakeKeyId"_s;

    Account jd;
    jd.id = u"jd_1"_s;
    jd.name = u"JD"_s;
    jd.cloud = Cloud::JdCloud;
    jd.accessKeyId = u"JDFAKEKEYID"_s;
    jd.regions = { u"cn-north-1"_s };
    jd.endpoint = QUrl(u"https://vm.jdcloud-api.com"_s);
    return { aliyun, tencent, zenlayer, jd };
}

// The 1-based line of the `occurrence`-th line containing `marker`: expectations come from
// the fixture's own layout, so editing a fixture cannot leave a stale number behind.
int lineOf(const QByteArray &text, const QByteArray &marker, int occurrence = 1)
{
    const QList<QByteArray> lines = text.split('\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (lines.at(i).contains(marker) && --occurrence == 0)
            return int(i + 1);
    }
    return -1;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeAll(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

// One account with the given extra lines spliced in after "cloud".
QByteArray oneAccount(const QByteArray &cloud, const QByteArray &extra)
{
    return "{\n"
           "  \"version\": 1,\n"
           "  \"accounts\": [\n"
           "    {\n"
           "      \"id\": \"prod\",\n"
           "      \"name\": \"Production\",\n"
           "      \"cloud\": \""
        + cloud + "\",\n" + extra
        + "      \"accessKeyId\": \"LTAIfake\",\n"
          "      \"regions\": [\"cn-hangzhou\"]\n"
          "    }\n"
          "  ]\n"
          "}\n";
}

} // namespace

class tst_AccountsFile : public QObject
{
    Q_OBJECT

private slots:
    void roundTripThroughDisk();
    void fileHoldsNoSecretAndIsPrivate();
    void missingFileIsEmptyAndOk();
    void bareArrayAndByteOrderMarkAreRead();
    void malformedNamesLineAndField_data();
    void malformedNamesLineAndField();
    void exactMessageForUnknownCloud();
    void secretFieldIsRefusedWithoutEchoingIt();
    void collectsEveryErrorInFileOrder();
    void malformedFileIsNeverOverwritten();
    void newerVersionIsReadButNeverDowngraded();
    void invalidAccountsAreNotSaved();
    void folderThatCannotBeCreatedLosesNothing();
    void readOnlyFolderLosesNothing();
    void pathThatIsAFolder();
    void tooLargeFileIsRejected();
    void defaultPathIsInAppConfigLocation();
    void survivesMutatedFiles();
};

void tst_AccountsFile::roundTripThroughDisk()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const AccountsFile file(dir.filePath(u"sub/folder/accounts.json"_s)); // folders created
    const QList<Account> accounts = sampleAccounts();
    const AccountsSaveResult saved = file.save(accounts);
    QVERIFY2(saved.ok(), qPrintable(saved.errorString()));

    const AccountsLoadResult loaded = file.load();
    QCOMPARE(loaded.status, AccountsLoadResult::Status::Loaded);
    QVERIFY2(loaded.errors.isEmpty(), qPrintable(loaded.errorString()));
    QVERIFY(loaded.warnings.isEmpty());
    QCOMPARE(loaded.formatVersion, 1);
    QCOMPARE(loaded.accounts, accounts);

    // Saving what was loaded changes nothing: the writer is stable.
    const QByteArray first = readAll(file.path());
    QVERIFY(file.save(loaded.accounts).ok());
    QCOMPARE(readAll(file.path()), first);
    QVERIFY(first.startsWith("{\n    \"version\": 1,\n"));
}

void tst_AccountsFile::fileHoldsNoSecretAndIsPrivate()
{
    QTemporaryDir dir;
    const AccountsFile file(dir.filePath(u"accounts.json"_s));
    QVERIFY(file.save(sampleAccounts()).ok());
    const QByteArray text = readAll(file.path());
    QVERIFY(!text.contains("secret\""));
    QVERIFY(text.contains("\"secretEnv\": \"TC_SECRET\"")); // a variable's name, not a secret
    QCOMPARE(QFile::permissions(file.path()) & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
             QFileDevice::Permissions());
}

void tst_AccountsFile::missingFileIsEmptyAndOk()
{
    QTemporaryDir dir;
    const AccountsLoadResult loaded = AccountsFile(dir.filePath(u"none.json"_s)).load();
    QCOMPARE(loaded.status, AccountsLoadResult::Status::Missing);
    QVERIFY(loaded.ok());
    QVERIFY(loaded.accounts.isEmpty());
    QVERIFY(!QFile::exists(dir.filePath(u"none.json"_s))); // loading never creates it
}

void tst_AccountsFile::bareArrayAndByteOrderMarkAreRead()
{
    const QByteArray bare = "\xEF\xBB\xBF[{\"id\":\"a\",\"name\":\"A\",\"cloud\":\"zenlayer\","
                            "\"accessKeyId\":\"k\"}]";
    const AccountsParseResult parsed = AccountsDocument::parse(bare, u"accounts.json"_s);
    QVERIFY2(parsed.ok(), qPrintable(AccountsFileIssue::join(parsed.errors)));
    QCOMPARE(parsed.formatVersion, 1);
    QCOMPARE(parsed.accounts.size(), 1);
    QCOMPARE(parsed.accounts.constFirst().cloud, Cloud::Zenlayer);
    QVERIFY(parsed.accounts.constFirst().regions.isEmpty());
}

void tst_AccountsFile::malformedNamesLineAndField_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QByteArray>("marker"); // the expected line contains this
    QTest::addColumn<int>("occurrence");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("problem"); // a fragment of the problem text

    const auto row = [](const char *name, const QByteArray &text, const QByteArray &marker,
                        const QString &field, const QString &problem, int occurrence = 1) {
        QTest::newRow(name) << text << marker << occurrence << field << problem;
    };
    row("syntax: missing comma", oneAccount("aliyun", "      \"pollSeconds\": 30\n"),
        "\"accessKeyId\"", QString(), u"JSON syntax error"_s);
    row("syntax: empty file", QByteArray(), QByteArray(), QString(), u"JSON syntax error"_s);
    row("unknown cloud", oneAccount("aws", ""), "\"cloud\"", u"cloud"_s, u"must be one of"_s);
    row("cloud wrong type", oneAccount("aliyun", "").replace("\"aliyun\"", "7"), "\"cloud\"",
        u"cloud"_s, u"must be a string"_s);
    row("missing accessKeyId", oneAccount("aliyun", "").replace("\"accessKeyId\"", "\"x\""),
        "    {", u"accessKeyId"_s, u"is missing"_s);
    row("unknown field (typo)", oneAccount("aliyun", "      \"pollSecond\": 30,\n"), "pollSecond",
        u"pollSecond"_s, u"not a known field"_s);
    row("pollSeconds below 5", oneAccount("aliyun", "      \"pollSeconds\": 3,\n"), "pollSeconds",
        u"pollSeconds"_s, u"between 5 and"_s);
    row("pollSeconds not whole", oneAccount("aliyun", "      \"pollSeconds\": 7.5,\n"),
        "pollSeconds", u"pollSeconds"_s, u"whole number"_s);
    row("pollSeconds as text", oneAccount("aliyun", "      \"pollSeconds\": \"30\",\n"),
        "pollSeconds", u"pollSeconds"_s, u"whole number"_s);
    row("maxConcurrency zero", oneAccount("aliyun", "      \"maxConcurrency\": 0,\n"),
        "maxConcurrency", u"maxConcurrency"_s, u"between 1 and"_s);
    row("endpoint not a URL", oneAccount("aliyun", "      \"endpoint\": \"not a url\",\n"),
        "endpoint", u"endpoint"_s, u"must be a URL"_s);
    row("endpoint ftp", oneAccount("aliyun", "      \"endpoint\": \"ftp://example.com\",\n"),
        "endpoint", u"endpoint"_s, u"must be a URL"_s);
    row("endpoint http not loopback",
        oneAccount("aliyun", "      \"endpoint\": \"http://ecs.aliyuncs.com\",\n"), "endpoint",
        u"endpoint"_s, u"https://"_s);
    row("endpoint with password",
        oneAccount("aliyun", "      \"endpoint\": \"https://u:p@example.com\",\n"), "endpoint",
        u"endpoint"_s, u"user name or password"_s);
    row("apiStyle on aliyun", oneAccount("aliyun", "      \"apiStyle\": \"legacy\",\n"), "apiStyle",
        u"apiStyle"_s, u"only to Tencent"_s);
    row("apiStyle unknown", oneAccount("tencent", "      \"apiStyle\": \"v4\",\n"), "apiStyle",
        u"apiStyle"_s, u"\"v3\" or \"legacy\""_s);
    row("secretEnv not a name", oneAccount("aliyun", "      \"secretEnv\": \"abc def\",\n"),
        "secretEnv", u"secretEnv"_s, u"environment variable"_s);
    row("regions empty", oneAccount("aliyun", "").replace("[\"cn-hangzhou\"]", "[]"), "regions",
        u"regions"_s, u"at least one region"_s);
    row("regions not a list", oneAccount("aliyun", "").replace("[\"cn-hangzhou\"]", "\"cn\""),
        "regions", u"regions"_s, u"list of region ids"_s);
    row("region repeated",
        oneAccount("aliyun", "")
            .replace("[\"cn-hangzhou\"]", "[\"cn-hangzhou\",\n  \"cn-hangzhou\"]"),
        "  \"cn-hangzhou\"]", u"regions/1"_s, u"repeats a region"_s);
    row("id with spaces", oneAccount("aliyun", "").replace("\"prod\"", "\"my prod\""), "\"id\"",
        u"id"_s, u"letters, digits"_s);
    row("name wrong type", oneAccount("aliyun", "").replace("\"Production\"", "12"), "\"name\"",
        u"name"_s, u"must be a string"_s);
    row("key given twice", oneAccount("aliyun", "      \"cloud\": \"aliyun\",\n"), "\"cloud\"",
        u"cloud"_s, u"appears twice"_s, 2);
    row("version not a number", oneAccount("aliyun", "").replace("1,", "\"one\","), "version",
        u"version"_s, u"whole number"_s);
    row("accounts not a list", "{\n  \"version\": 1,\n  \"accounts\": {}\n}\n", "accounts",
        u"accounts"_s, u"list of accounts"_s);
    row("unknown top-level key", "{\n  \"version\": 1,\n  \"acounts\": []\n}\n", "acounts",
        u"acounts"_s, u"not a known field"_s);
    row("account not an object", "{\n  \"accounts\": [\n    \"prod\"\n  ]\n}\n", "\"prod\"",
        QString(), u"must be an object"_s);
    const QByteArray twice =
        "{\"accounts\": [\n"
        "{\"id\": \"a\", \"name\": \"A\", \"cloud\": \"zenlayer\", \"accessKeyId\": \"k\"},\n"
        "{\"id\": \"a\", \"name\": \"B\", \"cloud\": \"zenlayer\", \"accessKeyId\": \"k\"}\n"
        "]}\n";
    row("duplicate id", twice, "\"B\"", u"id"_s, u"repeats the id of the account at line 2"_s);
}

void tst_AccountsFile::malformedNamesLineAndField()
{
    QFETCH(QByteArray, text);
    QFETCH(QByteArray, marker);
    QFETCH(int, occurrence);
    QFETCH(QString, field);
    QFETCH(QString, problem);

    const AccountsParseResult parsed = AccountsDocument::parse(text, u"accounts.json"_s);
    QVERIFY(!parsed.ok());
    const AccountsFileIssue &issue = parsed.errors.constFirst();
    const int expectedLine = marker.isEmpty() ? 1 : lineOf(text, marker, occurrence);
    QVERIFY(expectedLine > 0);
    QCOMPARE(issue.line, expectedLine);
    QCOMPARE(issue.field, field);
    QVERIFY2(issue.problem.contains(problem), qPrintable(issue.message()));
    // The message leads with file and line, the way compilers do, so editors can jump there.
    QVERIFY2(issue.message().startsWith(u"accounts.json:"_s + QString::number(expectedLine) + u':'),
             qPrintable(issue.message()));
    if (!field.isEmpty())
        QVERIFY(issue.message().contains(u"field \""_s + field + u'"'));
}

void tst_AccountsFile::exactMessageForUnknownCloud()
{
    const QByteArray text = oneAccount("awss", "");
    const AccountsParseResult parsed = AccountsDocument::parse(text, u"accounts.json"_s);
    QCOMPARE(parsed.errors.size(), 1);
    QCOMPARE(parsed.errors.constFirst().message(),
             u"accounts.json:%1: account \"prod\": field \"cloud\" must be one of jdcloud, "
             "zenlayer, aliyun, tencent"_s.arg(lineOf(text, "\"cloud\"")));
    QVERIFY(parsed.accounts.isEmpty());
}

void tst_AccountsFile::secretFieldIsRefusedWithoutEchoingIt()
{
    const QByteArray secret = "sEcReT-VaLuE-0123456789";
    for (const QByteArray &name : { QByteArray("secret"), QByteArray("accessKeySecret"),
                                    QByteArray("access_key_secret"), QByteArray("Password") }) {
        const QByteArray text =
            oneAccount("aliyun", "      \"" + name + "\": \"" + secret + "\",\n");
        const AccountsParseResult parsed = AccountsDocument::parse(text, u"accounts.json"_s);
        QCOMPARE(parsed.errors.size(), 1);
        const AccountsFileIssue &issue = parsed.errors.constFirst();
        QCOMPARE(issue.kind, AccountsFileIssue::Kind::SecretField);
        QCOMPARE(issue.line, lineOf(text, secret));
        QCOMPARE(issue.field, QString::fromUtf8(name));
        QVERIFY(issue.message().contains(u"keychain"_s));
        QVERIFY(issue.message().contains(u"secretEnv"_s));
        QVERIFY(!issue.message().contains(QString::fromUtf8(secret)));
    }
    // The value typed into secretEnv may be the secret itself: never repeated either.
    const QByteArray text = oneAccount("aliyun", "      \"secretEnv\": \"" + secret + "+/=\",\n");
    const AccountsParseResult parsed = AccountsDocument::parse(text, u"accounts.json"_s);
    QVERIFY(!parsed.ok());
    QVERIFY(!AccountsFileIssue::join(parsed.errors).contains(QString::fromUtf8(secret)));
}

void tst_AccountsFile::collectsEveryErrorInFileOrder()
{
    const QByteArray text =
        "{\"version\": 1, \"accounts\": [\n"
        "{\"id\": \"a\", \"name\": \"A\", \"cloud\": \"x\", \"accessKeyId\": \"k\", \"regions\": "
        "[\"r\"]},\n"
        "{\"id\": \"b\", \"name\": \"B\", \"cloud\": \"zenlayer\", \"accessKeyId\": \"k\"},\n"
        "{\"id\": \"c\", \"name\": \"C\", \"cloud\": \"aliyun\", \"accessKeyId\": \"k\", "
        "\"regions\": [\"r\"], \"pollSeconds\": 1}\n"
        "]}\n";
    const AccountsParseResult parsed = AccountsDocument::parse(text, u"a.json"_s);
    QCOMPARE(parsed.errors.size(), 2);
    QCOMPARE(parsed.errors.at(0).line, 2);
    QCOMPARE(parsed.errors.at(0).account, u"a"_s);
    QCOMPARE(parsed.errors.at(1).line, 4);
    QCOMPARE(parsed.errors.at(1).account, u"c"_s);
    // The valid account is still available (for display); the file as a whole is not ok.
    QCOMPARE(parsed.accounts.size(), 1);
    QCOMPARE(parsed.accounts.constFirst().id, u"b"_s);
}

void tst_AccountsFile::malformedFileIsNeverOverwritten()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"accounts.json"_s);
    const QByteArray broken = oneAccount("aliyun", "      \"pollSeconds\": 3,\n");
    QVERIFY(writeAll(path, broken));
    const AccountsFile file(path);

    const AccountsLoadResult loaded = file.load();
    QCOMPARE(loaded.status, AccountsLoadResult::Status::Malformed);
    QVERIFY(!loaded.ok());

    const AccountsSaveResult saved = file.save(sampleAccounts());
    QCOMPARE(saved.status, AccountsSaveResult::Status::Refused);
    QCOMPARE(readAll(path), broken);
    // The refusal says why, and passes on the file's own errors so they can be fixed.
    QVERIFY(saved.errorString().contains(u"not overwritten"_s));
    QVERIFY(saved.errorString().contains(u"field \"pollSeconds\""_s));

    const QByteArray notJson = "{ this is not json";
    QVERIFY(writeAll(path, notJson));
    QCOMPARE(file.save(sampleAccounts()).status, AccountsSaveResult::Status::Refused);
    QCOMPARE(readAll(path), notJson);
}

void tst_AccountsFile::newerVersionIsReadButNeverDowngraded()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"accounts.json"_s);
    const QByteArray future = "{\n  \"version\": 3,\n  \"theme\": \"dark\",\n  \"accounts\": [\n"
                              "    {\"id\": \"a\", \"name\": \"A\", \"cloud\": \"aliyun\", "
                              "\"accessKeyId\": \"k\", \"regions\": [\"cn-hangzhou\"], "
                              "\"colour\": \"red\"}\n  ]\n}\n";
    QVERIFY(writeAll(path, future));
    const AccountsFile file(path);
    const AccountsLoadResult loaded = file.load();
    QCOMPARE(loaded.status, AccountsLoadResult::Status::Loaded);
    QVERIFY(loaded.isNewerVersion());
    QCOMPARE(loaded.formatVersion, 3);
    QCOMPARE(loaded.accounts.size(), 1); // unknown fields ignored, the rest read
    QCOMPARE(loaded.warnings.size(), 1);
    QCOMPARE(loaded.warnings.constFirst().kind, AccountsFileIssue::Kind::NewerVersion);
    QCOMPARE(loaded.warnings.constFirst().line, 2);

    const AccountsSaveResult saved = file.save(loaded.accounts);
    QCOMPARE(saved.status, AccountsSaveResult::Status::Refused);
    QVERIFY(saved.errorString().contains(u"newer"_s));
    QCOMPARE(readAll(path), future);

    // Even a newer file may not smuggle a secret in.
    QVERIFY(!AccountsDocument::parse(QByteArray(future).replace("\"colour\"", "\"secret\""),
                                     u"a.json"_s)
                 .ok());
}

void tst_AccountsFile::invalidAccountsAreNotSaved()
{
    QTemporaryDir dir;
    const AccountsFile file(dir.filePath(u"accounts.json"_s));
    QList<Account> accounts = sampleAccounts();
    accounts[0].pollSeconds = 3;
    accounts[1].id = accounts[3].id; // duplicate
    const AccountsSaveResult saved = file.save(accounts);
    QCOMPARE(saved.status, AccountsSaveResult::Status::Invalid);
    QVERIFY(!QFile::exists(file.path()));
    QVERIFY(saved.errorString().contains(
        u"account \"prod\": field \"pollSeconds\" must be between 5 and 86400"_s));
    QVERIFY(saved.errorString().contains(u"account \"jd_1\": field \"id\""_s));
    for (const AccountsFileIssue &issue : saved.errors)
        QCOMPARE(issue.line, 0); // no line in a file that does not exist
}

void tst_AccountsFile::folderThatCannotBeCreatedLosesNothing()
{
    QTemporaryDir dir;
    const QString blocker = dir.filePath(u"config"_s);
    QVERIFY(writeAll(blocker, "a file where the folder should be"));
    const AccountsFile file(blocker + u"/fleetwatch/accounts.json"_s);
    const AccountsSaveResult saved = file.save(sampleAccounts());
    QCOMPARE(saved.status, AccountsSaveResult::Status::Unwritable);
    QVERIFY2(saved.errorString().contains(blocker), qPrintable(saved.errorString()));
    QCOMPARE(readAll(blocker), QByteArray("a file where the folder should be"));
}

void tst_AccountsFile::readOnlyFolderLosesNothing()
{
    if (::geteuid() == 0)
        QSKIP("running as root: a read-only folder does not stop root from writing");
    QTemporaryDir dir;
    const QString path = dir.filePath(u"accounts.json"_s);
    const AccountsFile file(path);
    QVERIFY(file.save(sampleAccounts().mid(0, 1)).ok());
    const QByteArray before = readAll(path);
    QVERIFY(QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::ExeOwner));
    const AccountsSaveResult saved = file.save(sampleAccounts());
    QFile::setPermissions(dir.path(),
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    QCOMPARE(saved.status, AccountsSaveResult::Status::Unwritable);
    QVERIFY(saved.errorString().contains(u"previous file is unchanged"_s));
    QCOMPARE(readAll(path), before);
}

void tst_AccountsFile::pathThatIsAFolder()
{
    QTemporaryDir dir;
    const AccountsFile file(dir.path());
    const AccountsLoadResult loaded = file.load();
    QCOMPARE(loaded.status, AccountsLoadResult::Status::Unreadable);
    QVERIFY(loaded.errorString().contains(u"folder"_s));
    QCOMPARE(file.save(sampleAccounts()).status, AccountsSaveResult::Status::Refused);
}

void tst_AccountsFile::tooLargeFileIsRejected()
{
    QByteArray huge = "[" + QByteArray(AccountsDocument::maximumSize, ' ') + "]";
    const AccountsParseResult parsed = AccountsDocument::parse(huge, u"accounts.json"_s);
    QVERIFY(!parsed.ok());
    QVERIFY(parsed.errors.constFirst().problem.contains(u"too large"_s));
}

void tst_AccountsFile::defaultPathIsInAppConfigLocation()
{
    const QString path = AccountsFile::defaultPath();
    QCOMPARE(path,
             QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation)
                 + u"/accounts.json"_s);
    QVERIFY(path.contains(u"tst_accountsfile"_s)); // the application name is part of it
}

void tst_AccountsFile::survivesMutatedFiles()
{
    // A cheap stand-in for the fuzzer: random edits of a valid file never crash the parser,
    // and every problem found points at a line that exists.
    const QByteArray valid = AccountsDocument::serialize(sampleAccounts());
    QRandomGenerator random(4242); // fixed: a failure can be replayed
    const QByteArray alphabet = "{}[]\":,\\ \n0123456789.-eE\"abcdefghijklmnopqrstuvwxyz";
    for (int round = 0; round < 3000; ++round) {
        QByteArray text = valid;
        for (int edits = random.bounded(1, 6); edits > 0 && !text.isEmpty(); --edits) {
            const qsizetype at = random.bounded(int(text.size()));
            const char c = alphabet.at(random.bounded(int(alphabet.size())));
            switch (random.bounded(3)) {
            case 0:
                text[at] = c;
                break;
            case 1:
                text.insert(at, c);
                break;
            default:
                text.remove(at, random.bounded(1, 8));
                break;
            }
        }
        const AccountsParseResult parsed = AccountsDocument::parse(text, u"accounts.json"_s);
        const int lines = int(text.count('\n')) + 1;
        for (const AccountsFileIssue &issue : parsed.errors)
            QVERIFY2(issue.line >= 0 && issue.line <= lines, qPrintable(issue.message()));
        for (const Account &account : parsed.accounts)
            QVERIFY(AccountsDocument::validate({ account }).isEmpty());
    }
}

QTEST_GUILESS_MAIN(tst_AccountsFile)
#include "tst_accountsfile.moc"
