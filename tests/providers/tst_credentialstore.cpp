// CredentialStore against a real Secret Service (GNOME Keyring under dbus-run-session; see
// CONTRIBUTING.md). Label "keychain": without a reachable keychain every test here fails on
// purpose, with instructions, instead of passing without having tested anything.
#include "credentialstore.h"
#include "secretscan.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace Qt::StringLiterals;

namespace {

constexpr int answerTimeoutMs = 30000;

struct Answer
{
    std::optional<KeychainError> error;
    QByteArray secret;
};

Answer writeAndWait(CredentialStore &store, const QString &id, const QByteArray &secret)
{
    Answer answer;
    QObject guard; // the callback dies with this scope even if the wait times out
    store.write(id, secret, &guard,
                [&answer](const KeychainError &error) { answer.error = error; });
    if (!QTest::qWaitFor([&answer] { return answer.error.has_value(); }, answerTimeoutMs))
        answer.error = KeychainError::timedOut(id, answerTimeoutMs / 1000);
    return answer;
}

Answer readAndWait(CredentialStore &store, const QString &id)
{
    Answer answer;
    QObject guard;
    store.read(id, &guard, [&answer](const QByteArray &secret, const KeychainError &error) {
        answer.secret = secret;
        answer.error = error;
    });
    if (!QTest::qWaitFor([&answer] { return answer.error.has_value(); }, answerTimeoutMs))
        answer.error = KeychainError::timedOut(id, answerTimeoutMs / 1000);
    return answer;
}

Answer removeAndWait(CredentialStore &store, const QString &id)
{
    Answer answer;
    QObject guard;
    store.remove(id, &guard, [&answer](const KeychainError &error) { answer.error = error; });
    if (!QTest::qWaitFor([&answer] { return answer.error.has_value(); }, answerTimeoutMs))
        answer.error = KeychainError::timedOut(id, answerTimeoutMs / 1000);
    return answer;
}

QString secretTool(const QStringList &arguments, int *exitCode = nullptr)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels); // search prints attributes on stderr
    process.start(u"secret-tool"_s, arguments);
    process.waitForFinished(answerTimeoutMs);
    if (exitCode)
        *exitCode = process.exitCode();
    return QString::fromUtf8(process.readAllStandardOutput());
}

QByteArray randomSecret()
{
    return "fw-test-" + QByteArray::number(QRandomGenerator::global()->generate64(), 36)
        + QByteArray::number(QRandomGenerator::global()->generate64(), 36);
}

} // namespace

class tst_CredentialStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void writeReadRemove();
    void storedUnderDerivedKeyAndNowhereOnDisk();
    void callsReturnBeforeAnswering();
    void replaceAndUnicode();
    void missingEntry();
    void servicesAreSeparate();
    void goneContextGetsNoAnswer();
    void cleanupTestCase();

private:
    QDateTime m_start;
    // Made at run time: a literal would also sit in this test's own binary, which the
    // nowhere-on-disk scan reads when it was just built.
    QByteArray m_secret = randomSecret();
};

void tst_CredentialStore::initTestCase()
{
    m_start = QDateTime::currentDateTime().addSecs(-2);
    CredentialStore store;
    const Answer probe = writeAndWait(store, u"probe"_s, "probe"_ba);
    if (!probe.error || probe.error->kind == KeychainError::Kind::Unavailable) {
        QFAIL(qPrintable(
            u"No Secret Service could be reached (%1). These tests need a real keychain: "
            "run them with ./dev.sh test, or under dbus-run-session with an unlocked "
            "gnome-keyring-daemon (see CONTRIBUTING.md). Exclude them with "
            "ctest -LE keychain."_s.arg(probe.error ? probe.error->message() : u"no answer"_s)));
    }
    QVERIFY2(probe.error->ok(), qPrintable(probe.error->message()));
    QVERIFY(removeAndWait(store, u"probe"_s).error->ok());
    QVERIFY2(!QStandardPaths::findExecutable(u"secret-tool"_s).isEmpty(),
             "secret-tool (libsecret-tools) is needed to look into the keychain");
}

void tst_CredentialStore::writeReadRemove()
{
    CredentialStore store;
    QSignalSpy changed(&store, &CredentialStore::secretChanged);
    QVERIFY(writeAndWait(store, u"prod"_s, m_secret).error->ok());
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.constFirst().constFirst().toString(), u"prod"_s);

    const Answer read = readAndWait(store, u"prod"_s);
    QVERIFY(read.error->ok());
    QVERIFY(read.secret == m_secret); // QVERIFY: a failing compare would print the secret

    QVERIFY(removeAndWait(store, u"prod"_s).error->ok());
    QCOMPARE(changed.size(), 2);
    QCOMPARE(readAndWait(store, u"prod"_s).error->kind, KeychainError::Kind::NotFound);
    QVERIFY(removeAndWait(store, u"prod"_s).error->ok()); // removing nothing is fine
    QCOMPARE(store.pendingRequests(), 0);
}

void tst_CredentialStore::storedUnderDerivedKeyAndNowhereOnDisk()
{
    CredentialStore store;
    QVERIFY(writeAndWait(store, u"prod"_s, m_secret).error->ok());
    QCOMPARE(CredentialStore::keyFor(u"prod"_s), u"account:prod"_s);

    // QtKeychain files entries under its schema with server = service, user = key.
    int exitCode = -1;
    const QString found = secretTool(
        { u"lookup"_s, u"server"_s, u"fleetwatch"_s, u"user"_s, u"account:prod"_s }, &exitCode);
    QCOMPARE(exitCode, 0);
    QVERIFY(found.toUtf8() == m_secret);

    const QString listing = secretTool({ u"search"_s, u"--all"_s, u"server"_s, u"fleetwatch"_s });
    QVERIFY(listing.contains(u"attribute.user = account:prod"_s));
    QVERIFY(listing.contains(u"schema = org.qt.keychain"_s));
    for (const QString &line : listing.split(u'\n')) {
        if (line.startsWith(u"attribute."_s) || line.startsWith(u"label"_s))
            QVERIFY2(!line.contains(QString::fromUtf8(m_secret)), "the secret is part of a key");
    }

    // Not in any file: the keyring stores it encrypted, Fleetwatch writes it nowhere.
    const QStringList folders {
        QDir::homePath(),
        qEnvironmentVariable("XDG_DATA_HOME"),
        qEnvironmentVariable("XDG_CONFIG_HOME"),
        qEnvironmentVariable("XDG_RUNTIME_DIR"),
        QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation),
        QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation),
        QStandardPaths::writableLocation(QStandardPaths::CacheLocation),
        QDir::tempPath(),
        QDir::currentPath(),
    };
    const QStringList hits = filesContaining(m_secret, folders, m_start);
    QVERIFY2(hits.isEmpty(), qPrintable(hits.join(u", "_s)));

    // The scan itself works: a planted copy is found.
    QTemporaryDir planted(QDir::homePath() + u"/planted-XXXXXX"_s);
    QFile plant(planted.filePath(u"leak.txt"_s));
    QVERIFY(plant.open(QIODevice::WriteOnly) && plant.write("x" + m_secret) > 0);
    plant.close();
    QCOMPARE(filesContaining(m_secret, folders, m_start).size(), 1);
}

void tst_CredentialStore::callsReturnBeforeAnswering()
{
    CredentialStore store;
    bool answered = false;
    store.write(u"async"_s, "x"_ba, this, [&answered](const KeychainError &) { answered = true; });
    QVERIFY(!answered); // the call returned without waiting for the keychain
    QCOMPARE(store.pendingRequests(), 1);
    QVERIFY(QTest::qWaitFor([&answered] { return answered; }, answerTimeoutMs));
    QCOMPARE(store.pendingRequests(), 0);

    bool removed = false;
    store.remove(u"async"_s, this, [&removed](const KeychainError &) { removed = true; });
    QVERIFY(!removed);
    QVERIFY(QTest::qWaitFor([&removed] { return removed; }, answerTimeoutMs));
}

void tst_CredentialStore::replaceAndUnicode()
{
    CredentialStore store;
    QVERIFY(writeAndWait(store, u"u"_s, "first"_ba).error->ok());
    const QByteArray unicode = u"pässwörd 密钥 +/= ✓"_s.toUtf8();
    QVERIFY(writeAndWait(store, u"u"_s, unicode).error->ok());
    QVERIFY(readAndWait(store, u"u"_s).secret == unicode);
    QVERIFY(removeAndWait(store, u"u"_s).error->ok());

    const Answer empty = writeAndWait(store, u"u"_s, QByteArray());
    QCOMPARE(empty.error->kind, KeychainError::Kind::Failed); // use remove() for that
}

void tst_CredentialStore::missingEntry()
{
    CredentialStore store;
    const Answer read = readAndWait(store, u"never-stored"_s);
    QCOMPARE(read.error->kind, KeychainError::Kind::NotFound);
    QVERIFY(read.secret.isEmpty());
    QVERIFY(!read.error->offersSessionOnly());
    QVERIFY(read.error->message().contains(u"\"never-stored\""_s));
}

void tst_CredentialStore::servicesAreSeparate()
{
    CredentialStore store;
    CredentialStore other(u"fleetwatch-tests-other"_s);
    QVERIFY(writeAndWait(store, u"shared-id"_s, m_secret).error->ok());
    QCOMPARE(readAndWait(other, u"shared-id"_s).error->kind, KeychainError::Kind::NotFound);
    QVERIFY(removeAndWait(store, u"shared-id"_s).error->ok());
}

void tst_CredentialStore::goneContextGetsNoAnswer()
{
    CredentialStore store;
    bool called = false;
    {
        QObject context;
        store.read(u"prod"_s, &context,
                   [&called](const QByteArray &, const KeychainError &) { called = true; });
    }
    QVERIFY(QTest::qWaitFor([&store] { return store.pendingRequests() == 0; }, answerTimeoutMs));
    QVERIFY(!called);
}

void tst_CredentialStore::cleanupTestCase()
{
    CredentialStore store;
    for (const QString &id : { u"prod"_s, u"async"_s, u"u"_s, u"shared-id"_s })
        removeAndWait(store, id);
}

QTEST_GUILESS_MAIN(tst_CredentialStore)
#include "tst_credentialstore.moc"
