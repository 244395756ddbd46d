// The accounts and import dialogs with no keychain at all: this process points
// DBUS_SESSION_BUS_ADDRESS at a socket that does not exist (a headless box, an ssh session).
// Saving a secret explains why the keychain cannot be used and offers to keep the secret in
// memory for this session only; taking that offer makes the account work (connection test
// against the emulator) without anything reaching the disk; declining saves nothing.
#include "credentialimport.h"
#include "credentialstore.h"
#include "dialogdriver.h"
#include "importdialog.h"
#include "keychainnotice.h"
#include "nokeychain.h"
#include "secretscan.h"
#include "sessionsecretstore.h"
#include "uilanguage.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace DialogDriver;
using F = AccountEditor::Field;

class tst_AccountsNoKeychain : public QObject
{
    Q_OBJECT

public:
    explicit tst_AccountsNoKeychain(QString home)
        : m_home(std::move(home))
    { }

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void offersSessionOnlyAndTheAccountWorks();
    void decliningSavesNothing();
    void storedSecretMissingIsExplained();
    void removeSaysWhatWasLeftBehind();
    void duplicateCopiesTheSessionSecret();
    void importKeepsSecretsForTheSession();
    void nothingReachedTheDisk();

private:
    QString path() const { return m_dir->filePath(u"accounts.json"_s); }
    QByteArray secret() const { return m_emulator->credentials(u"emu-ali"_s).secret; }
    // Adds an account through the dialog, choosing "keep for this session" when offered.
    bool addSessionAccount(const QString &name);

    QString m_home;
    QDateTime m_start;
    std::unique_ptr<Emulator> m_emulator;
    std::optional<QTemporaryDir> m_dir;
    CredentialStore m_keychain;
    SessionSecretStore m_session;
    QNetworkAccessManager m_network;
    std::unique_ptr<AccountRegistry> m_registry;
    std::unique_ptr<AccountsDialog> m_dialog;
};

void tst_AccountsNoKeychain::initTestCase()
{
    m_start = QDateTime::currentDateTime().addSecs(-2);
    QVERIFY(qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS").contains(u"nonexistent"_s));
    QVERIFY(UiLanguage::install(u"en"_s));
    m_emulator = std::make_unique<Emulator>(emulatorConfig());
    QVERIFY2(m_emulator->start(), qPrintable(m_emulator->errorString()));
}

void tst_AccountsNoKeychain::init()
{
    m_dir.emplace(m_home + u"/accounts-XXXXXX"_s);
    m_registry = std::make_unique<AccountRegistry>(path(), &m_keychain, &m_session);
    m_dialog = std::make_unique<AccountsDialog>(m_registry.get(), &m_network);
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
}

void tst_AccountsNoKeychain::cleanup()
{
    m_dialog->editor()->editNew();
    m_dialog.reset();
    m_registry.reset();
    m_session.clear();
}

bool tst_AccountsNoKeychain::addSessionAccount(const QString &name)
{
    fillNewAccount(*m_dialog, *m_emulator, name, secret());
    if (!save(*m_dialog) || !m_dialog->keychainNotice()->isVisible())
        return false;
    QSignalSpy settled(m_dialog.get(), &AccountsDialog::settled);
    click(m_dialog->keychainNotice()->keepButton());
    return settled.wait(answerTimeoutMs);
}

void tst_AccountsNoKeychain::offersSessionOnlyAndTheAccountWorks()
{
    fillNewAccount(*m_dialog, *m_emulator, u"No Bus"_s, secret());
    QVERIFY(save(*m_dialog));
    KeychainNotice *notice = m_dialog->keychainNotice();
    QVERIFY(notice->isVisible());
    const QString message = notice->messageLabel()->text();
    QVERIFY2(message.contains(u"D-Bus"_s), qPrintable(message));
    QVERIFY(message.contains(u"in memory for this session only"_s));
    QVERIFY(!message.contains(QString::fromUtf8(secret())));
    QVERIFY(m_registry->accounts().isEmpty()); // nothing saved while the user decides
    QVERIFY(!QFile::exists(path()));
    QCOMPARE(QApplication::focusWidget(), notice->keepButton());

    QSignalSpy settled(m_dialog.get(), &AccountsDialog::settled);
    QTest::keyClick(notice->keepButton(), Qt::Key_Space); // keyboard: the offer has focus
    QVERIFY(settled.wait(answerTimeoutMs));
    QVERIFY(!notice->isVisible());
    QVERIFY(m_registry->contains(u"no-bus"_s));
    QVERIFY(m_session.secret(u"no-bus"_s) == secret());
    QCOMPARE(lineEdit(*m_dialog, F::Secret)->placeholderText(),
             u"Kept in memory for this session (type to replace it)"_s);
    QFile file(path());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains(secret()));

    // Nothing typed: the resolver finds the secret in the session store.
    QCOMPARE(testConnection(*m_dialog), u"Connected: 137 instances in cn-hangzhou."_s);
}

void tst_AccountsNoKeychain::decliningSavesNothing()
{
    fillNewAccount(*m_dialog, *m_emulator, u"Declined"_s, secret());
    QVERIFY(save(*m_dialog));
    QVERIFY(m_dialog->keychainNotice()->isVisible());
    click(m_dialog->keychainNotice()->cancelButton());
    QVERIFY(!m_dialog->keychainNotice()->isVisible());
    QVERIFY(m_registry->accounts().isEmpty());
    QVERIFY(m_session.accountIds().isEmpty());
    QVERIFY(m_dialog->statusLabel()->text().startsWith(u"Not saved"_s));
    // The typed secret is still in the form, to save once the keychain works.
    QVERIFY(!m_dialog->editor()->typedSecret().isEmpty());
}

void tst_AccountsNoKeychain::storedSecretMissingIsExplained()
{
    Account account = m_emulator->accounts().constFirst();
    account.secretEnv.clear();
    account.name = u"Elsewhere"_s;
    QVERIFY(m_registry->add(account).ok());
    m_dialog->selectAccount(account.id);
    const QString message = testConnection(*m_dialog);
    QVERIFY2(message.contains(u"D-Bus"_s), qPrintable(message));
    QVERIFY(message.contains(u"\"emu-ali\""_s));
}

void tst_AccountsNoKeychain::removeSaysWhatWasLeftBehind()
{
    QVERIFY(addSessionAccount(u"To Remove"_s));
    QSignalSpy settled(m_dialog.get(), &AccountsDialog::settled);
    click(m_dialog->accounts()->removeButton());
    QVERIFY(answer(m_dialog.get(), u"Remove"_s));
    QVERIFY(settled.wait(answerTimeoutMs));
    QVERIFY(!m_registry->contains(u"to-remove"_s));
    QVERIFY(!m_session.contains(u"to-remove"_s));
    const QString status = m_dialog->statusLabel()->text();
    QVERIFY2(status.contains(u"could not be deleted from the keychain"_s), qPrintable(status));
    QVERIFY(status.contains(u"D-Bus"_s));
}

void tst_AccountsNoKeychain::duplicateCopiesTheSessionSecret()
{
    QVERIFY(addSessionAccount(u"Original"_s));
    QSignalSpy settled(m_dialog.get(), &AccountsDialog::settled);
    click(m_dialog->accounts()->duplicateButton());
    QVERIFY(settled.wait(answerTimeoutMs));
    QCOMPARE(m_dialog->currentAccountId(), u"original-copy"_s);
    QVERIFY(m_session.secret(u"original-copy"_s) == secret());
}

void tst_AccountsNoKeychain::importKeepsSecretsForTheSession()
{
    const QString home = QStringLiteral(FLEETWATCH_TEST_DATA_DIR "/imports/home-full");
    ImportDialog dialog(m_registry.get(), CredentialImport::readAll(home, {}), home);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTreeWidget *list = dialog.candidateList();
    for (int i = 1; i < list->topLevelItemCount(); ++i) // just the first one
        list->topLevelItem(i)->setCheckState(ImportDialog::LabelColumn, Qt::Unchecked);
    click(dialog.importButton());
    QVERIFY(QTest::qWaitFor([&] { return dialog.keychainNotice()->isVisible(); }, answerTimeoutMs));
    QVERIFY(m_registry->accounts().isEmpty());
    QSignalSpy imported(&dialog, &ImportDialog::imported);
    click(dialog.keychainNotice()->keepButton());
    QVERIFY(imported.wait(answerTimeoutMs));
    const QStringList ids = imported.constFirst().constFirst().toStringList();
    QCOMPARE(ids, QStringList { u"aliyun-default"_s });
    QVERIFY(m_session.secret(u"aliyun-default"_s) == "FAKEsecretForAliyunDefault0000001");
}

void tst_AccountsNoKeychain::nothingReachedTheDisk()
{
    const QStringList hits = filesContaining(secret(), { m_home, QDir::tempPath() }, m_start);
    QVERIFY2(hits.isEmpty(), qPrintable(hits.join(u", "_s)));
    QVERIFY(filesContaining("FAKEsecretForAliyunDefault0000001", { m_home }, m_start).isEmpty());
}

int main(int argc, char *argv[])
{
    QTemporaryDir home;
    pointSessionBusNowhere(home);
    QApplication app(argc, argv);
    tst_AccountsNoKeychain test(home.path());
    return QTest::qExec(&test, argc, argv);
}

#include "tst_accountsnokeychain.moc"
