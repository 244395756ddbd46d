// No keychain at all: this process points DBUS_SESSION_BUS_ADDRESS at a socket that does not
// exist (what a headless box, an ssh session or a service account looks like). Every keychain
// request must fail quickly with a typed, plain-words error that offers the session-only
// store, that store must work, and nothing may reach the disk.
#include "credentialresolver.h"
#include "credentialstore.h"
#include "nokeychain.h"
#include "secretscan.h"
#include "sessionsecretstore.h"

#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace Qt::StringLiterals;

namespace {

// Made at run time, so the on-disk scan cannot find it in this test's own binary.
const QByteArray secret =
    "fw-nobus-" + QByteArray::number(QRandomGenerator::global()->generate64(), 36);

KeychainError waitForWrite(CredentialStore &store, const QString &id)
{
    std::optional<KeychainError> result;
    QObject guard;
    store.write(id, secret, &guard, [&result](const KeychainError &error) { result = error; });
    if (!QTest::qWaitFor([&result] { return result.has_value(); }, 30000))
        return KeychainError::timedOut(id, 30);
    return *result;
}

} // namespace

class tst_KeychainUnavailable : public QObject
{
    Q_OBJECT

public:
    explicit tst_KeychainUnavailable(QString home)
        : m_home(std::move(home))
    { }

private slots:
    void initTestCase();
    void writeFailsWithNoSessionBus();
    void readAndRemoveFailTheSameWay();
    void sessionStoreKeepsSecrets();
    void resolverUsesSessionStore();
    void resolverExplainsWhenNothingIsAvailable();
    void nothingWasWrittenToDisk();

private:
    QString m_home;
    QDateTime m_start;
};

void tst_KeychainUnavailable::initTestCase()
{
    m_start = QDateTime::currentDateTime().addSecs(-2);
    QVERIFY(qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS").contains(u"nonexistent"_s));
}

void tst_KeychainUnavailable::writeFailsWithNoSessionBus()
{
    CredentialStore store;
    QSignalSpy changed(&store, &CredentialStore::secretChanged);
    const KeychainError error = waitForWrite(store, u"prod"_s);
    QCOMPARE(error.kind, KeychainError::Kind::Unavailable);
    QCOMPARE(error.reason, KeychainError::Reason::NoSessionBus);
    QCOMPARE(error.accountId, u"prod"_s);
    QVERIFY(error.offersSessionOnly());
    const QString message = error.message();
    QVERIFY2(message.contains(u"D-Bus"_s), qPrintable(message));
    QVERIFY(message.contains(u"\"prod\""_s));
    QVERIFY(message.contains(u"in memory for this session only"_s));
    QVERIFY(!message.contains(QString::fromUtf8(secret)));
    QVERIFY(!error.detail.contains(QString::fromUtf8(secret)));
    QCOMPARE(changed.size(), 0);
}

void tst_KeychainUnavailable::readAndRemoveFailTheSameWay()
{
    CredentialStore store;
    std::optional<KeychainError> readError;
    std::optional<KeychainError> removeError;
    store.read(u"prod"_s, this, [&readError](const QByteArray &value, const KeychainError &error) {
        QVERIFY(value.isEmpty());
        readError = error;
    });
    store.remove(u"prod"_s, this,
                 [&removeError](const KeychainError &error) { removeError = error; });
    QVERIFY(QTest::qWaitFor([&] { return readError && removeError; }, 30000));
    QCOMPARE(readError->kind, KeychainError::Kind::Unavailable);
    QCOMPARE(removeError->kind, KeychainError::Kind::Unavailable);
    QCOMPARE(store.pendingRequests(), 0);
}

void tst_KeychainUnavailable::sessionStoreKeepsSecrets()
{
    SessionSecretStore session;
    QSignalSpy changed(&session, &SessionSecretStore::secretChanged);
    QVERIFY(!session.secret(u"prod"_s));
    session.set(u"prod"_s, secret);
    QVERIFY(session.contains(u"prod"_s));
    QVERIFY(session.secret(u"prod"_s) == secret);
    session.set(u"prod"_s, "replaced"_ba);
    QVERIFY(session.secret(u"prod"_s) == "replaced"_ba);
    session.set(u"other"_s, "x"_ba);
    QCOMPARE(session.accountIds().size(), 2);
    session.remove(u"prod"_s);
    QVERIFY(!session.contains(u"prod"_s));
    session.set(u"other"_s, QByteArray()); // empty removes
    QVERIFY(session.accountIds().isEmpty());
    QCOMPARE(changed.size(), 5);
}

void tst_KeychainUnavailable::resolverUsesSessionStore()
{
    CredentialStore keychain;
    SessionSecretStore session;
    session.set(u"prod"_s, secret);
    CredentialResolver resolver(&keychain, &session);
    Account account;
    account.id = u"prod"_s;
    account.accessKeyId = u"AKIDfake"_s;
    std::optional<CredentialResolution> result;
    resolver.resolve(account, this, [&result](const CredentialResolution &r) { result = r; });
    QVERIFY(QTest::qWaitFor([&result] { return result.has_value(); }, 30000));
    QVERIFY(result->ok());
    QCOMPARE(result->source, CredentialResolution::Source::Session);
    QCOMPARE(result->credentials.accessKeyId, u"AKIDfake"_s);
    QVERIFY(result->credentials.secret == secret);
}

void tst_KeychainUnavailable::resolverExplainsWhenNothingIsAvailable()
{
    CredentialStore keychain;
    SessionSecretStore session;
    CredentialResolver resolver(&keychain, &session);
    Account account;
    account.id = u"prod"_s;
    account.accessKeyId = u"AKIDfake"_s;
    std::optional<CredentialResolution> result;
    resolver.resolve(account, this, [&result](const CredentialResolution &r) { result = r; });
    QVERIFY(QTest::qWaitFor([&result] { return result.has_value(); }, 30000));
    QVERIFY(!result->ok());
    QCOMPARE(result->source, CredentialResolution::Source::None);
    QVERIFY(result->offersSessionOnly());
    QCOMPARE(result->keychainError.reason, KeychainError::Reason::NoSessionBus);
    QVERIFY(result->message().contains(u"D-Bus"_s));
}

void tst_KeychainUnavailable::nothingWasWrittenToDisk()
{
    // HOME and the XDG folders of this process are fresh: a fallback file would show here.
    const QStringList hits = filesContaining(secret, { m_home, QDir::tempPath() }, m_start);
    QVERIFY2(hits.isEmpty(), qPrintable(hits.join(u", "_s)));
    QStringList files;
    QDirIterator it(m_home, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(it.next());
    QVERIFY2(files.isEmpty(), qPrintable(files.join(u", "_s)));
}

int main(int argc, char *argv[])
{
    QTemporaryDir home;
    pointSessionBusNowhere(home);
    QCoreApplication app(argc, argv);
    tst_KeychainUnavailable test(home.path());
    return QTest::qExec(&test, argc, argv);
}

#include "tst_keychainunavailable.moc"
