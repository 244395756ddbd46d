// AccountRegistry against a real Secret Service (label "keychain"; entries under a service of
// their own, so a real Fleetwatch's are never touched): ids made once from the name, validation
// naming account and field, atomic saves that change nothing when they fail, read-only files,
// and the secret's life with its account (stored first, removed with it, copied by duplicate).
#include "accountregistry.h"
#include "credentialstore.h"
#include "keychainprobe.h"
#include "secretscan.h"
#include "sessionsecretstore.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <sys/resource.h>

#include <csignal>
#include <optional>

using namespace Qt::StringLiterals;

namespace {

const QString service = u"fleetwatch-tst-registry"_s;
constexpr int answerTimeoutMs = 30000;

Account draft(const QString &name, Cloud cloud = Cloud::Aliyun)
{
    Account a;
    a.name = name;
    a.cloud = cloud;
    a.accessKeyId = u"LTAI5tExampleKeyId"_s;
    if (cloud != Cloud::Zenlayer)
        a.regions = { u"cn-hangzhou"_s };
    return a;
}

template<typename Outcome, typename Start>
std::optional<Outcome> waitFor(Start start)
{
    std::optional<Outcome> result;
    QObject context;
    start(&context, [&result](const Outcome &outcome) { result = outcome; });
    if (!QTest::qWaitFor([&result] { return result.has_value(); }, answerTimeoutMs))
        return std::nullopt;
    return result;
}

std::optional<AccountRegistry::SaveOutcome>
save(AccountRegistry &registry, const Account &account, const QByteArray &secret,
     AccountRegistry::SecretPlacement placement = AccountRegistry::SecretPlacement::Keychain)
{
    return waitFor<AccountRegistry::SaveOutcome>([&](QObject *context, auto done) {
        registry.save(account, secret, placement, context, done);
    });
}

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QStringList fieldsOf(const QList<AccountsFileIssue> &issues)
{
    QStringList fields;
    for (const AccountsFileIssue &issue : issues)
        fields.append(issue.field);
    return fields;
}

} // namespace

class tst_AccountRegistry : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void missingFileIsEmptyAndWritable();
    void addSavesAtomicallyAndAnnounces();
    void idsComeFromTheNameAndNeverChange();
    void validationNamesTheField();
    void validationIgnoresOtherAccounts();
    void addRefusesATakenId();
    void malformedFileIsReadOnly();
    void newerFileIsReadOnly();
    void failedSaveChangesNothing();
    void refusedWriteKeepsTheFileAndTheList();
    void secretIsStoredBeforeTheFileAndOnlyInTheKeychain();
    void invalidAccountStoresNoSecret();
    void sessionOnlySecret();
    void keychainSecretReplacesSessionCopy();
    void removeDeletesTheSecret();
    void duplicateCopiesTheSecret();
    void duplicateWithoutStoredSecret();
    void duplicateOfEnvironmentAccount();
    void callerGoneStillFinishes();
    void cleanupTestCase();

private:
    QString path() const { return m_dir->filePath(u"accounts.json"_s); }

    std::optional<QTemporaryDir> m_dir;
    CredentialStore m_keychain { service };
    SessionSecretStore m_session;
    QDateTime m_start;
    QStringList m_ids; // keychain entries this test may have made
};

void tst_AccountRegistry::initTestCase()
{
    m_start = QDateTime::currentDateTime().addSecs(-2);
    QVERIFY2(KeychainProbe::available(), "secret-tool (libsecret-tools) is needed");
    std::optional<KeychainError> probe;
    m_keychain.write(u"probe"_s, "probe", this, [&probe](const KeychainError &e) { probe = e; });
    QVERIFY(QTest::qWaitFor([&probe] { return probe.has_value(); }, answerTimeoutMs));
    QVERIFY2(probe->ok(),
             qPrintable(u"These tests need a real keychain (./dev.sh test, or dbus-run-session "
                        "with an unlocked gnome-keyring-daemon; see CONTRIBUTING.md): "_s
                        + probe->message()));
    m_ids.append(u"probe"_s);
}

void tst_AccountRegistry::init()
{
    m_dir.emplace();
    QVERIFY(m_dir->isValid());
    m_session.clear();
}

void tst_AccountRegistry::missingFileIsEmptyAndWritable()
{
    AccountRegistry registry(path(), &m_keychain, &m_session);
    QCOMPARE(registry.loadResult().status, AccountsLoadResult::Status::Missing);
    QVERIFY(registry.accounts().isEmpty());
    QVERIFY(!registry.isReadOnly());
    QVERIFY(registry.readOnlyReason().isEmpty());
}

void tst_AccountRegistry::addSavesAtomicallyAndAnnounces()
{
    AccountRegistry registry(path(), &m_keychain, &m_session);
    QSignalSpy added(&registry, &AccountRegistry::accountAdded);
    Account a = draft(u"Production"_s);
    a.id = registry.newId(a.name, a.cloud);
    QVERIFY(registry.add(a).ok());
    QCOMPARE(added.size(), 1);
    QCOMPARE(added.constFirst().constFirst().toString(), u"production"_s);
    QCOMPARE(registry.accounts().size(), 1);

    // A second registry (the next start) reads the same account back.
    AccountRegistry again(path(), &m_keychain, &m_session);
    QCOMPARE(again.loadResult().status, AccountsLoadResult::Status::Loaded);
    QCOMPARE(again.accounts(), registry.accounts());

    QSignalSpy changed(&registry, &AccountRegistry::accountChanged);
    a.pollSeconds = 60;
    QVERIFY(registry.update(a).ok());
    QCOMPARE(changed.size(), 1);
    QVERIFY(registry.update(a).ok()); // nothing changed: no signal
    QCOMPARE(changed.size(), 1);
    QCOMPARE(AccountRegistry(path(), nullptr, nullptr).account(a.id)->pollSeconds, 60);
}

void tst_AccountRegistry::idsComeFromTheNameAndNeverChange()
{
    AccountRegistry registry(path(), &m_keychain, &m_session);
    QCOMPARE(registry.newId(u"Prod EU (Frankfurt)"_s, Cloud::Aliyun), u"prod-eu-frankfurt"_s);
    QCOMPARE(registry.newId(u"生产"_s, Cloud::Tencent), u"tencent"_s);
    Account a = draft(u"Prod EU"_s);
    a.id = registry.newId(a.name, a.cloud);
    QVERIFY(registry.add(a).ok());
    QCOMPARE(registry.newId(u"Prod EU"_s, Cloud::Aliyun), u"prod-eu-2"_s);

    a.name = u"Renamed"_s;
    QVERIFY(registry.update(a).ok());
    QCOMPARE(registry.ids(), QStringList { u"prod-eu"_s });
    QCOMPARE(registry.account(u"prod-eu"_s)->name, u"Renamed"_s);
}

void tst_AccountRegistry::validationNamesTheField()
{
    AccountRegistry registry(path(), &m_keychain, &m_session);
    Account a = draft(u"Bad"_s);
    a.id = u"bad"_s;
    a.name = QString();
    a.regions.clear();
    a.endpoint = QUrl(u"http://ecs.example.com"_s);
    a.pollSeconds = 2;
    const QStringList fields = fieldsOf(registry.validate(a));
    QVERIFY2(fields.contains(u"name"_s), qPrintable(fields.join(u',')));
    QVERIFY(fields.contains(u"regions"_s));
    QVERIFY(fields.contains(u"endpoint"_s));
    QVERIFY(fields.contains(u"pollSeconds"_s));

    const AccountsSaveResult result = registry.add(a);
    QCOMPARE(result.status, AccountsSaveResult::Status::Invalid);
    QVERIFY(registry.accounts().isEmpty());
    QVERIFY(!QFile::exists(path()));

    // Zenlayer needs no region; apiStyle is Tencent's only.
    Account z = draft(u"Zen"_s, Cloud::Zenlayer);
    z.id = u"zen"_s;
    QVERIFY(registry.validate(z).isEmpty());
    z.apiStyle = Account::ApiStyle::Legacy;
    QCOMPARE(fieldsOf(registry.validate(z)), QStringList { u"apiStyle"_s });
}

void tst_AccountRegistry::validationIgnoresOtherAccounts()
{
    AccountRegistry registry(path(), &m_keychain, &m_session);
    Account good = draft(u"Good"_s);
    good.id = u"good"_s;
    QVERIFY(registry.add(good).ok());
    Account bad = draft(u"Bad"_s);
    bad.id = u"bad"_s;
    bad.accessKeyId = u"has space"_s;
    const QList<AccountsFileIssue> issues = registry.validate(bad);
    QCOMPARE(issues.size(), 1);
    QCOMPARE(issues.constFirst().account, u"bad"_s);
    QCOMPARE(issues.constFirst().field, u"accessKeyId"_s);
    // An edit of an existing account is checked in its place, not as a second copy.
    good.name = u"Still good"_s;
    QVERIFY(registry.validate(good).isEmpty());
}

void tst_AccountRegistry::addRefusesATakenId()
{
    AccountRegistry registry(path(), &m_keychain, &m_session);
    Account a = draft(u"One"_s);
    a.id = u"one"_s;
    QVERIFY(registry.add(a).ok());
    const AccountsSaveResult again = registry.add(a);
    QCOMPARE(again.status, AccountsSaveResult::Status::Invalid);
    QVERIFY(again.errorString().contains(u"\"one\""_s));
    QCOMPARE(registry.accounts().size(), 1);
    Account ghost = draft(u"Ghost"_s);
    ghost.id = u"ghost"_s;
    QCOMPARE(registry.update(ghost).status, AccountsSaveResult::Status::Invalid);
}

void tst_AccountRegistry::malformedFileIsReadOnly()
{
    const QByteArray text = R"({ "version": 1, "accounts": [
        { "id": "ok", "name": "OK", "cloud": "aliyun", "accessKeyId": "LTAI1", "regions": ["cn-hangzhou"] },
        { "id": "broken", "name": "Broken", "cloud": "aws", "accessKeyId": "x", "regions": ["a"] } ] })";
    QFile file(path());
    QVERIFY(file.open(QIODevice::WriteOnly) && file.write(text) == text.size());
    file.close();

    AccountRegistry registry(path(), &m_keychain, &m_session);
    QVERIFY(registry.isReadOnly());
    QVERIFY(registry.readOnlyReason().contains(path()));
    QVERIFY2(registry.readOnlyReason().contains(u"\"cloud\""_s),
             qPrintable(registry.readOnlyReason()));
    QCOMPARE(registry.ids(), QStringList { u"ok"_s }); // what could be read is shown

    Account a = draft(u"New"_s);
    a.id = u"new"_s;
    QCOMPARE(registry.add(a).status, AccountsSaveResult::Status::Refused);
    const auto removed = waitFor<AccountRegistry::RemoveOutcome>(
        [&](QObject *c, auto done) { registry.remove(u"ok"_s, c, done); });
    QVERIFY(removed && !removed->ok());
    QCOMPARE(removed->file.status, AccountsSaveResult::Status::Refused);
    const auto saved = save(registry, a, "never-stored");
    QCOMPARE(saved->file.status, AccountsSaveResult::Status::Refused);
    QVERIFY(KeychainProbe::lookup(service, u"new"_s).isEmpty());
    QCOMPARE(fileBytes(path()), text);
    QCOMPARE(registry.ids(), QStringList { u"ok"_s });
}

void tst_AccountRegistry::newerFileIsReadOnly()
{
    const QByteArray text = R"({ "version": 2, "accounts": [
        { "id": "ok", "name": "OK", "cloud": "aliyun", "accessKeyId": "LTAI1",
          "regions": ["cn-hangzhou"], "futureField": true } ] })";
    QFile file(path());
    QVERIFY(file.open(QIODevice::WriteOnly) && file.write(text) == text.size());
    file.close();
    AccountRegistry registry(path(), &m_keychain, &m_session);
    QVERIFY(registry.isReadOnly());
    QVERIFY(registry.readOnlyReason().contains(u"newer version"_s));
    QCOMPARE(registry.ids(), QStringList { u"ok"_s });
    Account ok = *registry.account(u"ok"_s);
    ok.name = u"Changed"_s;
    QCOMPARE(registry.update(ok).status, AccountsSaveResult::Status::Refused);
    QCOMPARE(fileBytes(path()), text);
}

void tst_AccountRegistry::failedSaveChangesNothing()
{
    // The file's folder is a file: nothing can be written there.
    const QString blocker = m_dir->filePath(u"blocker"_s);
    QFile block(blocker);
    QVERIFY(block.open(QIODevice::WriteOnly));
    block.close();
    AccountRegistry registry(blocker + u"/accounts.json"_s, &m_keychain, &m_session);
    QSignalSpy added(&registry, &AccountRegistry::accountAdded);
    Account a = draft(u"Unsaved"_s);
    a.id = u"tst-registry-unsaved"_s;
    m_ids.append(a.id);
    const QByteArray secret = KeychainProbe::randomSecret("fw-unsaved-");
    const auto outcome = save(registry, a, secret);
    QVERIFY(outcome);
    QVERIFY(outcome->keychainError.ok());
    QCOMPARE(outcome->file.status, AccountsSaveResult::Status::Unwritable);
    QVERIFY(registry.accounts().isEmpty());
    QCOMPARE(added.size(), 0);
    // The secret stored first was taken back: no entry names an account that does not exist.
    QVERIFY(QTest::qWaitFor([&] { return KeychainProbe::lookup(service, a.id).isEmpty(); },
                            answerTimeoutMs));
}

void tst_AccountRegistry::refusedWriteKeepsTheFileAndTheList()
{
    // An accounts file with one account, then a folder that refuses every write. File
    // permissions do not stop root, so the refusal is the file size limit (RLIMIT_FSIZE), which
    // binds root too: a write past it fails (EFBIG) as on a full disk or an exhausted quota.
    AccountRegistry registry(path(), &m_keychain, &m_session);
    Account first = draft(u"Tst Registry Kept"_s);
    first.id = registry.newId(first.name, first.cloud);
    QVERIFY(registry.add(first).ok());
    const QByteArray before = fileBytes(path());
    QVERIFY(!before.isEmpty());

    QSignalSpy changed(&registry, &AccountRegistry::accountChanged);
    QSignalSpy added(&registry, &AccountRegistry::accountAdded);
    Account renamed = first;
    renamed.name = u"A much longer name than before, so the file must grow past the limit"_s;
    Account second = draft(u"Tst Registry Refused"_s);
    second.id = registry.newId(second.name, second.cloud);

    rlimit old {};
    QCOMPARE(::getrlimit(RLIMIT_FSIZE, &old), 0);
    rlimit tight = old;
    tight.rlim_cur = rlim_t(before.size());
    const auto previousHandler = std::signal(SIGXFSZ, SIG_IGN); // EFBIG instead of the signal
    QCOMPARE(::setrlimit(RLIMIT_FSIZE, &tight), 0);
    const AccountsSaveResult update = registry.update(renamed);
    const AccountsSaveResult add = registry.add(second);
    ::setrlimit(RLIMIT_FSIZE, &old);
    std::signal(SIGXFSZ, previousHandler);

    for (const AccountsSaveResult &result : { update, add }) {
        QCOMPARE(result.status, AccountsSaveResult::Status::Unwritable);
        // Plain words: which file, why, that nothing was lost, what to do.
        const QString message = result.errorString();
        QVERIFY2(message.startsWith(u"accounts.json: cannot be saved in "_s), qPrintable(message));
        QVERIFY2(message.contains(u"The previous file is unchanged."_s), qPrintable(message));
        QVERIFY2(message.contains(u"then save again"_s), qPrintable(message));
    }
    // The list in memory and the file are as they were; nobody was told of a change.
    QCOMPARE(registry.ids(), QStringList { first.id });
    QCOMPARE(registry.account(first.id)->name, first.name);
    QCOMPARE(changed.size(), 0);
    QCOMPARE(added.size(), 0);
    QCOMPARE(fileBytes(path()), before);
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files), QStringList { u"accounts.json"_s });
    // And once writes work again, the same change saves.
    QVERIFY(registry.update(renamed).ok());
    QCOMPARE(registry.account(first.id)->name, renamed.name);
}

void tst_AccountRegistry::secretIsStoredBeforeTheFileAndOnlyInTheKeychain()
{
    AccountRegistry registry(path(), &m_keychain, &m_session);
    Account a = draft(u"Tst Registry Keychain"_s);
    a.id = registry.newId(a.name, a.cloud);
    m_ids.append(a.id);
    const QByteArray secret = KeychainProbe::randomSecret("fw-registry-");

    // When the file is saved, the keychain must already hold the secret.
    bool secretThereWhenAdded = false;
    connect(&registry, &AccountRegistry::accountAdded, this, [&](const QString &id) {
        secretThereWhenAdded = KeychainProbe::lookup(service, id) == secret;
    });
    const auto outcome = save(registry, a, secret);
    QVERIFY(outcome && outcome->ok());
    QVERIFY(outcome->added);
    QVERIFY(secretThereWhenAdded);
    QVERIFY(KeychainProbe::lookup(service, a.id) == secret);
    QVERIFY(fileBytes(path()).contains(a.id.toUtf8()));
    QVERIFY(!m_session.contains(a.id));
    const QStringList hits =
        filesContaining(secret, { m_dir->path(), QDir::homePath(), QDir::tempPath() }, m_start);
    QVERIFY2(hits.isEmpty(), qPrintable(hits.join(u", "_s)));

    // Editing without a new secret leaves the stored one alone.
    a.name = u"Renamed"_s;
    const auto edited = save(registry, a, QByteArray());
    QVERIFY(edited && edited->ok());
    QVERIFY(!edited->added);
    QVERIFY(KeychainProbe::lookup(service, a.id) == secret);
}

void tst_AccountRegistry::invalidAccountStoresNoSecret()
{
    AccountRegistry registry(path(), &m_keychain, &m_session);
    Account a = draft(u"Tst Registry Invalid"_s);
    a.id = registry.newId(a.name, a.cloud);
    a.regions.clear();
    m_ids.append(a.id);
    const auto outcome = save(registry, a, "never-stored");
    QVERIFY(outcome);
    QCOMPARE(outcome->file.status, AccountsSaveResult::Status::Invalid);
    QCOMPARE(fieldsOf(outcome->file.errors), QStringList { u"regions"_s });
    QVERIFY(KeychainProbe::lookup(service, a.id).isEmpty());
}

void tst_AccountRegistry::sessionOnlySecret()
{
    AccountRegistry registry(path(), &m_keychain, &m_session);
    Account a = draft(u"Tst Registry Session"_s);
    a.id = registry.newId(a.name, a.cloud);
    m_ids.append(a.id);
    const QByteArray secret = KeychainProbe::randomSecret("fw-session-");
    const auto outcome = save(registry, a, secret, AccountRegistry::SecretPlacement::SessionOnly);
    QVERIFY(outcome && outcome->ok());
    QVERIFY(m_session.secret(a.id) == secret);
    QVERIFY(KeychainProbe::lookup(service, a.id).isEmpty());
    QVERIFY(!fileBytes(path()).contains(secret));
}

void tst_AccountRegistry::keychainSecretReplacesSessionCopy()
{
    AccountRegistry registry(path(), &m_keychain, &m_session);
    Account a = draft(u"Tst Registry Replace"_s);
    a.id = registry.newId(a.name, a.cloud);
    m_ids.append(a.id);
    QVERIFY(save(registry, a, "old-session-secret", AccountRegistry::SecretPlacement::SessionOnly)
                ->ok());
    const QByteArray secret = KeychainProbe::randomSecret("fw-replace-");
    QVERIFY(save(registry, a, secret)->ok());
    // The resolver asks the session store first: an old copy there would win.
    QVERIFY(!m_session.contains(a.id));
    QVERIFY(KeychainProbe::lookup(service, a.id) == secret);
}

void tst_AccountRegistry::removeDeletesTheSecret()
{
    AccountRegistry registry(path(), &m_keychain, &m_session);
    Account a = draft(u"Tst Registry Remove"_s);
    a.id = registry.newId(a.name, a.cloud);
    m_ids.append(a.id);
    const QByteArray secret = KeychainProbe::randomSecret("fw-remove-");
    QVERIFY(save(registry, a, secret)->ok());
    m_session.set(a.id, "also-in-memory");
    QVERIFY(KeychainProbe::lookup(service, a.id) == secret);

    QSignalSpy removedSignal(&registry, &AccountRegistry::accountRemoved);
    const auto removed = waitFor<AccountRegistry::RemoveOutcome>(
        [&](QObject *c, auto done) { registry.remove(a.id, c, done); });
    QVERIFY(removed);
    QVERIFY2(removed->ok(), qPrintable(removed->keychainError.message()));
    QCOMPARE(removedSignal.size(), 1);
    QVERIFY(!registry.contains(a.id));
    QVERIFY(KeychainProbe::lookup(service, a.id).isEmpty());
    QVERIFY(!m_session.contains(a.id));
    QVERIFY(!AccountRegistry(path(), nullptr, nullptr).contains(a.id));
}

void tst_AccountRegistry::duplicateCopiesTheSecret()
{
    AccountRegistry registry(path(), &m_keychain, &m_session);
    Account a = draft(u"Tst Registry Original"_s);
    a.id = registry.newId(a.name, a.cloud);
    a.regions = { u"cn-hangzhou"_s, u"cn-beijing"_s };
    a.pollSeconds = 45;
    const QByteArray secret = KeychainProbe::randomSecret("fw-dup-");
    QVERIFY(save(registry, a, secret)->ok());

    const auto copy = waitFor<AccountRegistry::DuplicateOutcome>(
        [&](QObject *c, auto done) { registry.duplicate(a.id, u"Tst Registry Copy"_s, c, done); });
    QVERIFY(copy && copy->ok());
    m_ids << a.id << copy->accountId;
    QCOMPARE(copy->accountId, u"tst-registry-copy"_s);
    QVERIFY(copy->secretCopied);
    const Account made = *registry.account(copy->accountId);
    QCOMPARE(made.name, u"Tst Registry Copy"_s);
    QCOMPARE(made.regions, a.regions);
    QCOMPARE(made.pollSeconds, 45);
    QVERIFY(KeychainProbe::lookup(service, copy->accountId) == secret);
    QVERIFY(KeychainProbe::lookup(service, a.id) == secret);
}

void tst_AccountRegistry::duplicateWithoutStoredSecret()
{
    AccountRegistry registry(path(), &m_keychain, &m_session);
    Account a = draft(u"Tst Registry No Secret"_s);
    a.id = registry.newId(a.name, a.cloud);
    QVERIFY(registry.add(a).ok());
    const auto copy = waitFor<AccountRegistry::DuplicateOutcome>([&](QObject *c, auto done) {
        registry.duplicate(a.id, u"Tst Registry No Secret copy"_s, c, done);
    });
    QVERIFY(copy && copy->ok());
    QVERIFY(!copy->secretCopied);
    QCOMPARE(copy->secretError.kind, KeychainError::Kind::NotFound);
    QVERIFY(registry.contains(copy->accountId));
}

void tst_AccountRegistry::duplicateOfEnvironmentAccount()
{
    AccountRegistry registry(path(), &m_keychain, &m_session);
    Account a = draft(u"Env"_s);
    a.id = u"env"_s;
    a.secretEnv = u"FW_TEST_SECRET"_s;
    QVERIFY(registry.add(a).ok());
    const auto copy = waitFor<AccountRegistry::DuplicateOutcome>(
        [&](QObject *c, auto done) { registry.duplicate(a.id, u"Env 2"_s, c, done); });
    QVERIFY(copy && copy->ok());
    QVERIFY(copy->secretError.ok());
    QCOMPARE(registry.account(copy->accountId)->secretEnv, u"FW_TEST_SECRET"_s);
}

void tst_AccountRegistry::callerGoneStillFinishes()
{
    AccountRegistry registry(path(), &m_keychain, &m_session);
    Account a = draft(u"Tst Registry Orphan"_s);
    a.id = registry.newId(a.name, a.cloud);
    m_ids.append(a.id);
    bool called = false;
    {
        QObject caller;
        registry.save(a, "orphan-secret", AccountRegistry::SecretPlacement::Keychain, &caller,
                      [&called](const AccountRegistry::SaveOutcome &) { called = true; });
    } // the dialog closed while the keychain was writing
    QVERIFY(QTest::qWaitFor([&] { return registry.contains(a.id); }, answerTimeoutMs));
    QTest::qWait(50);
    QVERIFY(!called);
}

void tst_AccountRegistry::cleanupTestCase()
{
    for (const QString &id : std::as_const(m_ids)) {
        bool done = false;
        m_keychain.remove(id, this, [&done](const KeychainError &) { done = true; });
        QVERIFY(QTest::qWaitFor([&done] { return done; }, answerTimeoutMs));
    }
    QVERIFY(!KeychainProbe::search(service).contains(u"account:tst-registry"_s));
}

QTEST_GUILESS_MAIN(tst_AccountRegistry)
#include "tst_accountregistry.moc"
