// Issue 6's "done when": an account added in the accounts dialog survives a restart (a new
// registry and new secret stores reading the same file and keychain) with its secret only in
// the keychain (secret-tool shows it under server "fleetwatch"; the accounts file does not have
// it), the dialog's connection test then uses the keychain's copy, and the headless mode
// (`fleetwatch --once --json --accounts FILE`, the real binary) reads it from there too.
// Label "keychain": runs against the real Secret Service, under the service the app uses.
#include "credentialresolver.h"
#include "credentialstore.h"
#include "dialogdriver.h"
#include "keychainprobe.h"
#include "secretscan.h"
#include "sessionsecretstore.h"
#include "uilanguage.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace DialogDriver;

namespace {
const QString accountId = u"tst-persist-prod"_s;
}

class tst_AccountsPersistence : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void addedInTheDialog();
    void survivesARestartWithItsSecretOnlyInTheKeychain();
    void dialogAfterRestartUsesTheKeychain();
    void headlessModeReadsTheSecretFromTheKeychain();
    void cleanupTestCase();

private:
    QString path() const { return m_dir.filePath(u"accounts.json"_s); }
    QByteArray secret() const { return m_emulator->credentials(u"emu-ali"_s).secret; }

    QTemporaryDir m_dir;
    std::unique_ptr<Emulator> m_emulator;
    QNetworkAccessManager m_network;
    QDateTime m_start;
};

void tst_AccountsPersistence::initTestCase()
{
    m_start = QDateTime::currentDateTime().addSecs(-2);
    QVERIFY(UiLanguage::install(u"en"_s));
    QVERIFY2(KeychainProbe::available(), "secret-tool (libsecret-tools) is needed");
    QVERIFY(m_dir.isValid());
    m_emulator = std::make_unique<Emulator>(emulatorConfig());
    QVERIFY2(m_emulator->start(), qPrintable(m_emulator->errorString()));
    QVERIFY(KeychainProbe::lookup(u"fleetwatch"_s, accountId).isEmpty()); // a clean start
}

void tst_AccountsPersistence::addedInTheDialog()
{
    // The first run of the application: its own stores, registry and dialog.
    CredentialStore keychain;
    SessionSecretStore session;
    AccountRegistry registry(path(), &keychain, &session);
    AccountsDialog dialog(&registry, &m_network);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    fillNewAccount(dialog, *m_emulator, u"Tst Persist Prod"_s, secret());
    QVERIFY(save(dialog));
    QVERIFY2(dialog.statusLabel()->text().startsWith(u"Saved"_s),
             qPrintable(dialog.statusLabel()->text()));
    QCOMPARE(dialog.currentAccountId(), accountId);
    QVERIFY(session.accountIds().isEmpty()); // the keychain took it, not memory
}

void tst_AccountsPersistence::survivesARestartWithItsSecretOnlyInTheKeychain()
{
    // The next run: nothing shared with the first but the file and the keychain.
    CredentialStore keychain;
    SessionSecretStore session;
    AccountRegistry registry(path(), &keychain, &session);
    QCOMPARE(registry.loadResult().status, AccountsLoadResult::Status::Loaded);
    const std::optional<Account> account = registry.account(accountId);
    QVERIFY(account);
    QCOMPARE(account->name, u"Tst Persist Prod"_s);
    QCOMPARE(account->cloud, Cloud::Aliyun);
    QCOMPARE(account->regions, QStringList { u"cn-hangzhou"_s });
    QVERIFY(account->secretEnv.isEmpty());

    // secret-tool, as a user would look: filed under server "fleetwatch", user "account:<id>".
    const QString listing = KeychainProbe::search(u"fleetwatch"_s);
    QVERIFY2(listing.contains(u"attribute.user = account:"_s + accountId), qPrintable(listing));
    QVERIFY(listing.contains(u"secret = "_s + QString::fromUtf8(secret())));
    QVERIFY(KeychainProbe::lookup(u"fleetwatch"_s, accountId) == secret());

    // And nowhere else: not the accounts file, not any file written since the test started.
    QFile file(path());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains(secret()));
    const QStringList hits =
        filesContaining(secret(), { m_dir.path(), QDir::homePath(), QDir::tempPath() }, m_start);
    QVERIFY2(hits.isEmpty(), qPrintable(hits.join(u", "_s)));

    CredentialResolver resolver(&keychain, &session);
    std::optional<CredentialResolution> resolved;
    resolver.resolve(*account, this, [&resolved](const CredentialResolution &r) { resolved = r; });
    QVERIFY(QTest::qWaitFor([&resolved] { return resolved.has_value(); }, answerTimeoutMs));
    QVERIFY2(resolved->ok(), qPrintable(resolved->message()));
    QCOMPARE(resolved->source, CredentialResolution::Source::Keychain);
    QVERIFY(resolved->credentials.secret == secret());
}

void tst_AccountsPersistence::dialogAfterRestartUsesTheKeychain()
{
    CredentialStore keychain;
    SessionSecretStore session;
    AccountRegistry registry(path(), &keychain, &session);
    AccountsDialog dialog(&registry, &m_network);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(dialog.currentAccountId(), accountId);
    QLineEdit *secretField = lineEdit(dialog, AccountEditor::Field::Secret);
    QVERIFY(secretField->text().isEmpty());
    QCOMPARE(secretField->placeholderText(), u"Stored in the keychain (type to replace it)"_s);
    QCOMPARE(testConnection(dialog), u"Connected: 137 instances in cn-hangzhou."_s);
}

void tst_AccountsPersistence::headlessModeReadsTheSecretFromTheKeychain()
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"XDG_CONFIG_HOME"_s, m_dir.filePath(u"config"_s));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(FLEETWATCH_BINARY),
                  { u"--once"_s, u"--json"_s, u"--accounts"_s, path() });
    QVERIFY(process.waitForFinished(120000));
    const QByteArray out = process.readAllStandardOutput();
    const QByteArray err = process.readAllStandardError();
    QVERIFY2(process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0,
             err.constData());
    const QJsonObject doc = QJsonDocument::fromJson(out).object();
    QVERIFY2(doc.value(u"errors").toArray().isEmpty(), out.constData());
    int listed = 0;
    for (const QJsonValue &v : doc.value(u"instances").toArray()) {
        QCOMPARE(v[u"account"].toString(), accountId);
        QCOMPARE(v[u"region"].toString(), u"cn-hangzhou"_s);
        ++listed;
    }
    QCOMPARE(listed, 137);
    QCOMPARE(listed, m_emulator->fleet(u"emu-ali"_s, u"cn-hangzhou"_s).size());
    QVERIFY(!out.contains(secret()) && !err.contains(secret()));
}

void tst_AccountsPersistence::cleanupTestCase()
{
    CredentialStore keychain;
    bool done = false;
    keychain.remove(accountId, this, [&done](const KeychainError &) { done = true; });
    QVERIFY(QTest::qWaitFor([&done] { return done; }, answerTimeoutMs));
}

QTEST_MAIN(tst_AccountsPersistence)
#include "tst_accountspersistence.moc"
