// Issue 6 part 4: a whole session with every debug category on — accounts added in the dialog
// with their secrets typed in, a wrong secret tested, refreshes against the emulator with
// injected faults (refused signatures, throttling), the errors shown in the health strip and
// the dialog, an account duplicated and one removed, then the real `fleetwatch --once --verbose`
// binary over the same accounts — and no secret (raw, hex, base64 or percent-encoded) may
// appear in the captured log, the settings file, the accounts file, the binary's stdout or
// stderr, or any file written meanwhile. Label "keychain": secrets go to the real keychain.
#include "credentialresolver.h"
#include "credentialstore.h"
#include "dialogdriver.h"
#include "healthdetailsdialog.h" // healthstrip.h needs it complete (QPointer member)
#include "healthstrip.h"
#include "keychainprobe.h"
#include "poller.h"
#include "scopehealthtext.h"
#include "secretscan.h"
#include "sessionsecretstore.h"
#include "uilanguage.h"
#include "uisettings.h"

#include <QComboBox>
#include <QFile>
#include <QLoggingCategory>
#include <QMutex>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace DialogDriver;

namespace {

QMutex logMutex;
QByteArray capturedLog;
int capturedDebugLines = 0;
QStringList capturedCategories;

void captureMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const QMutexLocker lock(&logMutex);
    const QString category = QString::fromUtf8(context.category ? context.category : "default");
    capturedLog += category.toUtf8() + ": " + message.toUtf8() + '\n';
    if (type == QtDebugMsg)
        ++capturedDebugLines;
    if (!capturedCategories.contains(category))
        capturedCategories.append(category);
    if (type == QtFatalMsg)
        abort();
}

// The forms a secret could take on its way out: as is, hex, base64, percent-encoded.
QList<QByteArray> disguises(const QByteArray &secret)
{
    return { secret, secret.toHex(), secret.toBase64(), secret.toPercentEncoding() };
}

EmulatorAccount tencentAccount()
{
    EmulatorAccount a;
    a.id = u"emu-tc"_s;
    a.name = a.id;
    a.cloud = Cloud::Tencent;
    a.accessKeyId = EmulatorConfig::generateKeyId(a.cloud);
    a.secret = EmulatorConfig::generateSecret(a.cloud);
    a.regions = { u"ap-guangzhou"_s };
    a.instancesPerRegion = 30;
    return a;
}

} // namespace

class tst_SecretLeak : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void sessionInTheWindow();
    void refreshWithFaults();
    void headlessBinaryVerbose();
    void noSecretAnywhere();
    void cleanupTestCase();

private:
    QString accountsPath() const { return m_dir.filePath(u"accounts.json"_s); }
    QList<QByteArray> needles() const;

    QTemporaryDir m_dir;
    QDateTime m_start;
    std::unique_ptr<Emulator> m_emulator;
    QNetworkAccessManager m_network;
    CredentialStore m_keychain;
    SessionSecretStore m_session;
    std::unique_ptr<AccountRegistry> m_registry;
    QByteArray m_wrongSecret = KeychainProbe::randomSecret("fw-wrong-");
    QByteArray m_binaryOut;
    QByteArray m_binaryErr;
    QStringList m_shown; // every message the session put on screen
    QString m_settingsFile;
};

void tst_SecretLeak::initTestCase()
{
    // QTest installs its own handler in qExec(); this one replaces it for the session.
    qInstallMessageHandler(captureMessage);
    m_start = QDateTime::currentDateTime().addSecs(-2);
    QVERIFY(UiLanguage::install(u"en"_s));
    QVERIFY(QLoggingCategory::defaultCategory()->isDebugEnabled());
    EmulatorConfig config = emulatorConfig();
    config.accounts.append(tencentAccount());
    m_emulator = std::make_unique<Emulator>(config);
    QVERIFY2(m_emulator->start(), qPrintable(m_emulator->errorString()));
    FaultRule refused; // the server refuses a right signature
    refused.accountId = u"emu-tc"_s;
    refused.profile.authFailureShare = 1;
    FaultRule throttled;
    throttled.accountId = u"emu-ali"_s;
    throttled.region = u"cn-shanghai"_s;
    throttled.profile.throttleShare = 1;
    m_emulator->setFaults({ refused, throttled });
    m_registry = std::make_unique<AccountRegistry>(accountsPath(), &m_keychain, &m_session);

    UiSettings settings;
    settings.setPollSeconds(15);
    settings.setLanguage(u"en"_s);
    m_settingsFile = settings.fileName();
}

QList<QByteArray> tst_SecretLeak::needles() const
{
    QList<QByteArray> all;
    for (const QString &id : { u"emu-ali"_s, u"emu-tc"_s })
        all.append(disguises(m_emulator->credentials(id).secret));
    all.append(disguises(m_wrongSecret));
    return all;
}

void tst_SecretLeak::sessionInTheWindow()
{
    AccountsDialog dialog(m_registry.get(), &m_network);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));

    // A wrong secret first: refused, in plain words.
    fillNewAccount(dialog, *m_emulator, u"Leak Ali"_s, m_wrongSecret);
    toggleRegion(dialog, u"cn-shanghai"_s);
    const QString refused = testConnection(dialog);
    QVERIFY2(refused.contains(u"refused the key"_s), qPrintable(refused));
    m_shown << refused << dialog.testPanel()->detailsLabel()->text();
    // Then the right one, saved to the keychain.
    type(dialog, AccountEditor::Field::Secret,
         QString::fromUtf8(m_emulator->credentials(u"emu-ali"_s).secret));
    QVERIFY(save(dialog));
    QVERIFY(m_registry->contains(u"leak-ali"_s));
    m_shown << testConnection(dialog);

    // Tencent: the server refuses every signature.
    click(dialog.accounts()->addButton());
    auto *cloud =
        qobject_cast<QComboBox *>(dialog.editor()->fieldWidget(AccountEditor::Field::Cloud));
    cloud->setCurrentIndex(cloud->findData(int(Cloud::Tencent)));
    type(dialog, AccountEditor::Field::Name, u"Leak Tencent"_s);
    const Credentials tc = m_emulator->credentials(u"emu-tc"_s);
    type(dialog, AccountEditor::Field::AccessKeyId, tc.accessKeyId);
    type(dialog, AccountEditor::Field::Secret, QString::fromUtf8(tc.secret));
    toggleRegion(dialog, u"ap-guangzhou"_s);
    type(dialog, AccountEditor::Field::Endpoint, m_emulator->baseUrl(Cloud::Tencent).toString());
    QVERIFY(save(dialog));
    const QString tencentRefused = testConnection(dialog);
    QVERIFY2(tencentRefused.startsWith(u"Tencent Cloud refused the key"_s),
             qPrintable(tencentRefused));
    m_shown << tencentRefused << dialog.testPanel()->detailsLabel()->text();

    // Duplicate (secret read and written again), then remove the copy (secret deleted).
    QSignalSpy settled(&dialog, &AccountsDialog::settled);
    click(dialog.accounts()->duplicateButton());
    QVERIFY(settled.wait(answerTimeoutMs));
    click(dialog.accounts()->removeButton());
    QVERIFY(answer(&dialog, u"Remove"_s));
    QVERIFY(settled.wait(answerTimeoutMs));
    m_shown << dialog.statusLabel()->text();
    QCOMPARE(m_registry->ids(), (QStringList { u"leak-ali"_s, u"leak-tencent"_s }));
}

void tst_SecretLeak::refreshWithFaults()
{
    CredentialResolver resolver(&m_keychain, &m_session);
    Poller poller(&resolver, &m_network);
    HealthStrip strip;
    QHash<QString, QString> names;
    for (const Account &a : m_registry->accounts())
        names.insert(a.id, a.name);
    strip.setAccountNames(names);
    connect(&poller, &Poller::healthChanged, &strip, &HealthStrip::updateHealth);
    QSignalSpy round(&poller, &Poller::roundFinished);
    poller.setAccounts(m_registry->accounts());
    poller.runOnce();
    QVERIFY(round.wait(60000));

    bool authShown = false;
    bool throttledShown = false;
    for (const ScopeHealth &health : poller.allHealth()) {
        const QString text = ScopeHealthText::details(health, names.value(health.scope.accountId),
                                                      QDateTime::currentDateTimeUtc());
        m_shown << text;
        authShown = authShown || health.status == ScopeHealth::Status::AuthFailed;
        throttledShown = throttledShown || health.status == ScopeHealth::Status::Throttled;
    }
    QVERIFY(authShown);
    QVERIFY(throttledShown);
    for (QWidget *w : strip.findChildren<QWidget *>())
        m_shown << w->toolTip();
}

void tst_SecretLeak::headlessBinaryVerbose()
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"QT_LOGGING_RULES"_s, u"*.debug=true"_s);
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(FLEETWATCH_BINARY),
                  { u"--once"_s, u"--json"_s, u"--verbose"_s, u"--accounts"_s, accountsPath() });
    QVERIFY(process.waitForFinished(120000));
    m_binaryOut = process.readAllStandardOutput();
    m_binaryErr = process.readAllStandardError();
    // The refused and throttled scopes make it exit 2, and say so.
    QCOMPARE(process.exitCode(), 2);
    QVERIFY2(m_binaryOut.contains("\"auth\""), m_binaryOut.left(2000).constData());
    QVERIFY(!m_binaryErr.isEmpty()); // debug logging was on
}

void tst_SecretLeak::noSecretAnywhere()
{
    QFile accounts(accountsPath());
    QVERIFY(accounts.open(QIODevice::ReadOnly));
    const QByteArray accountsText = accounts.readAll();
    QFile settings(m_settingsFile);
    QVERIFY2(settings.open(QIODevice::ReadOnly), qPrintable(m_settingsFile));
    const QByteArray settingsText = settings.readAll();
    QVERIFY(settingsText.contains("15")); // the session wrote its settings
    const QByteArray shown = m_shown.join(u'\n').toUtf8();
    QByteArray log;
    {
        const QMutexLocker lock(&logMutex);
        log = capturedLog;
        // The capture saw the session: Fleetwatch's own categories at debug level, and Qt's.
        QVERIFY2(capturedDebugLines > 20, qPrintable(QString::number(capturedDebugLines)));
        QVERIFY2(capturedCategories.contains(u"fleetwatch.accounts"_s),
                 qPrintable(capturedCategories.join(u' ')));
        QVERIFY(capturedCategories.contains(u"fleetwatch.connectioncheck"_s));
    }
    QVERIFY(log.contains("leak-ali")); // ids are logged, secrets are not

    const QList<std::pair<const char *, const QByteArray *>> places {
        { "the log", &log },
        { "the accounts file", &accountsText },
        { "the settings", &settingsText },
        { "what was shown", &shown },
        { "stdout", &m_binaryOut },
        { "stderr", &m_binaryErr },
    };
    const QList<QByteArray> all = needles();
    for (const auto &[name, text] : places) {
        for (qsizetype i = 0; i < all.size(); ++i)
            QVERIFY2(!text->contains(all.at(i)),
                     qPrintable(u"secret %1 (form %2) found in %3"_s.arg(i / 4).arg(i % 4).arg(
                         QString::fromLatin1(name))));
    }
    const QStringList folders { m_dir.path(), QDir::homePath(), QDir::tempPath(),
                                QFileInfo(m_settingsFile).absolutePath() };
    for (const QByteArray &needle : all) {
        const QStringList hits = filesContaining(needle, folders, m_start);
        QVERIFY2(hits.isEmpty(), qPrintable(hits.join(u", "_s)));
    }
    // The secrets are where they belong.
    QVERIFY(KeychainProbe::lookup(u"fleetwatch"_s, u"leak-ali"_s)
            == m_emulator->credentials(u"emu-ali"_s).secret);
}

void tst_SecretLeak::cleanupTestCase()
{
    for (const QString &id : { u"leak-ali"_s, u"leak-tencent"_s }) {
        bool done = false;
        m_keychain.remove(id, this, [&done](const KeychainError &) { done = true; });
        QVERIFY(QTest::qWaitFor([&done] { return done; }, answerTimeoutMs));
    }
}

int main(int argc, char *argv[])
{
    // Every category at debug level, Qt's included; CTest's *.debug=false is overridden here,
    // since the environment's rules take precedence over those set in code.
    qputenv("QT_LOGGING_RULES", "*.debug=true");
    QTemporaryDir config;
    qputenv("XDG_CONFIG_HOME", config.path().toUtf8()); // the settings file lands here
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"Fleetwatch"_s);
    QCoreApplication::setApplicationName(u"fleetwatch"_s);
    tst_SecretLeak test;
    const int result = QTest::qExec(&test, argc, argv);
    std::fprintf(stderr, "captured %d debug lines in %d categories\n", capturedDebugLines,
                 int(capturedCategories.size()));
    return result;
}

#include "tst_secretleak.moc"
