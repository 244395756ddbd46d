// The accounts dialog driven with key and mouse events, against the real Secret Service (label
// "keychain") and the emulator: a secret typed in goes to the keychain and nowhere else; an
// edit that does not touch the secret keeps it; removing deletes it; duplicating copies it;
// validation problems appear under their fields; the connection test shows the instance count
// or the cloud's refusal in plain words, and can be cancelled; a malformed file is read-only;
// unsaved changes are never lost silently.
#include "accountlistdelegate.h"
#include "credentialstore.h"
#include "dialogdriver.h"
#include "keychainnotice.h"
#include "keychainprobe.h"
#include "secretscan.h"
#include "sessionsecretstore.h"
#include "uilanguage.h"

#include <QComboBox>
#include <QFile>
#include <QNetworkAccessManager>
#include <QSpinBox>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace DialogDriver;
using F = AccountEditor::Field;

class tst_AccountsDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();
    void addAccountStoresSecretInKeychainOnly();
    void editWithoutTouchingSecretKeepsIt();
    void replacingTheSecret();
    void removeDeletesTheSecret();
    void duplicateCopiesTheSecret();
    void validationProblemsShowUnderTheirFields();
    void testConnectionShowsTheCount();
    void testConnectionExplainsAWrongSecret();
    void testConnectionUsesTheStoredSecret();
    void testConnectionCanBeCancelled();
    void zenlayerHasNoRegionsToChoose();
    void malformedFileIsShownReadOnly();
    void unwritableFolderLosesNothing();
    void unsavedChangesAreNotLostSilently();
    void keyboardReachesEverything();
    void serverTextIsPlain();

private:
    QString path() const { return m_dir->filePath(u"accounts.json"_s); }
    QByteArray fileText() const;
    void makeDialog();
    QByteArray secret() const { return m_secret; }

    std::unique_ptr<Emulator> m_emulator;
    std::optional<QTemporaryDir> m_dir;
    CredentialStore m_keychain; // the real service, "fleetwatch", as the app uses it
    SessionSecretStore m_session;
    QNetworkAccessManager m_network;
    std::unique_ptr<AccountRegistry> m_registry;
    std::unique_ptr<AccountsDialog> m_dialog;
    QByteArray m_secret;
    QStringList m_ids; // keychain entries to clean up
    QDateTime m_start;
};

void tst_AccountsDialog::initTestCase()
{
    m_start = QDateTime::currentDateTime().addSecs(-2);
    QVERIFY(UiLanguage::install(u"en"_s));
    QVERIFY2(KeychainProbe::available(), "secret-tool (libsecret-tools) is needed");
    std::optional<KeychainError> probe;
    m_keychain.write(u"tst-dialog-probe"_s, "probe", this,
                     [&probe](const KeychainError &e) { probe = e; });
    QVERIFY(QTest::qWaitFor([&probe] { return probe.has_value(); }, answerTimeoutMs));
    QVERIFY2(probe->ok(),
             qPrintable(u"These tests need a real keychain (./dev.sh test, or "
                        "dbus-run-session with an unlocked gnome-keyring-daemon): "_s
                        + probe->message()));
    m_ids.append(u"tst-dialog-probe"_s);
    m_emulator = std::make_unique<Emulator>(emulatorConfig());
    QVERIFY2(m_emulator->start(), qPrintable(m_emulator->errorString()));
}

void tst_AccountsDialog::init()
{
    m_dir.emplace();
    m_secret = m_emulator->credentials(u"emu-ali"_s).secret;
    makeDialog();
}

void tst_AccountsDialog::makeDialog()
{
    m_dialog.reset();
    m_registry = std::make_unique<AccountRegistry>(path(), &m_keychain, &m_session);
    m_dialog = std::make_unique<AccountsDialog>(m_registry.get(), &m_network);
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
}

void tst_AccountsDialog::cleanup()
{
    if (m_dialog)
        m_dialog->editor()->editNew(); // nothing unsaved to ask about
    m_dialog.reset();
    m_registry.reset();
    m_emulator->setFaults({});
    m_session.clear();
}

void tst_AccountsDialog::cleanupTestCase()
{
    for (const QString &id : std::as_const(m_ids)) {
        bool done = false;
        m_keychain.remove(id, this, [&done](const KeychainError &) { done = true; });
        QVERIFY(QTest::qWaitFor([&done] { return done; }, answerTimeoutMs));
    }
    // The emulator's key was typed into the dialog many times: no file holds it.
    const QStringList hits =
        filesContaining(m_secret, { QDir::homePath(), QDir::tempPath() }, m_start);
    QVERIFY2(hits.isEmpty(), qPrintable(hits.join(u", "_s)));
}

QByteArray tst_AccountsDialog::fileText() const
{
    QFile file(path());
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void tst_AccountsDialog::addAccountStoresSecretInKeychainOnly()
{
    fillNewAccount(*m_dialog, *m_emulator, u"Tst Dialog Prod"_s, secret());
    QVERIFY(m_dialog->saveButton()->isEnabled());
    QVERIFY(save(*m_dialog));
    m_ids.append(u"tst-dialog-prod"_s);
    QVERIFY2(m_dialog->statusLabel()->text().startsWith(u"Saved"_s),
             qPrintable(m_dialog->statusLabel()->text()));
    QCOMPARE(m_dialog->currentAccountId(), u"tst-dialog-prod"_s);

    const std::optional<Account> saved = m_registry->account(u"tst-dialog-prod"_s);
    QVERIFY(saved);
    QCOMPARE(saved->name, u"Tst Dialog Prod"_s);
    QCOMPARE(saved->regions, QStringList { u"cn-hangzhou"_s });
    QCOMPARE(saved->endpoint, m_emulator->baseUrl(Cloud::Aliyun));
    QVERIFY(KeychainProbe::lookup(u"fleetwatch"_s, saved->id) == secret());
    QVERIFY(KeychainProbe::search(u"fleetwatch"_s).contains(u"account:tst-dialog-prod"_s));
    QVERIFY(fileText().contains("tst-dialog-prod"));
    QVERIFY(!fileText().contains(secret()));
    QVERIFY(!m_session.contains(saved->id));

    // The form forgot the secret and says where it is now.
    QLineEdit *secretField = lineEdit(*m_dialog, F::Secret);
    QVERIFY(secretField->text().isEmpty());
    QCOMPARE(secretField->placeholderText(), u"Stored in the keychain (type to replace it)"_s);
    QCOMPARE(m_dialog->accounts()->list()->count(), 1);
    QCOMPARE(
        m_dialog->accounts()->list()->item(0)->data(AccountListDelegate::subtitleRole).toString(),
        u"Alibaba Cloud · cn-hangzhou"_s);
}

void tst_AccountsDialog::editWithoutTouchingSecretKeepsIt()
{
    fillNewAccount(*m_dialog, *m_emulator, u"Tst Dialog Edit"_s, secret());
    QVERIFY(save(*m_dialog));
    const QString id = m_dialog->currentAccountId();
    m_ids.append(id);

    type(*m_dialog, F::Name, u"Tst Dialog Edited"_s);
    toggleRegion(*m_dialog, u"cn-shanghai"_s);
    QVERIFY(m_dialog->saveButton()->isEnabled());
    QVERIFY(save(*m_dialog));
    QCOMPARE(m_registry->account(id)->name, u"Tst Dialog Edited"_s);
    QCOMPARE(m_registry->account(id)->regions,
             (QStringList { u"cn-hangzhou"_s, u"cn-shanghai"_s }));
    QCOMPARE(m_dialog->currentAccountId(), id); // the id never follows the name
    QVERIFY(KeychainProbe::lookup(u"fleetwatch"_s, id) == secret());
    QVERIFY(lineEdit(*m_dialog, F::Secret)->text().isEmpty());
    QCOMPARE(m_keychain.pendingRequests(), 0); // nothing asked the keychain for it
}

void tst_AccountsDialog::replacingTheSecret()
{
    fillNewAccount(*m_dialog, *m_emulator, u"Tst Dialog Replace"_s, "first-secret");
    QVERIFY(save(*m_dialog));
    const QString id = m_dialog->currentAccountId();
    m_ids.append(id);
    QVERIFY(KeychainProbe::lookup(u"fleetwatch"_s, id) == "first-secret");
    type(*m_dialog, F::Secret, QString::fromUtf8(secret()));
    QVERIFY(m_dialog->saveButton()->isEnabled());
    QVERIFY(save(*m_dialog));
    QVERIFY(KeychainProbe::lookup(u"fleetwatch"_s, id) == secret());
}

void tst_AccountsDialog::removeDeletesTheSecret()
{
    fillNewAccount(*m_dialog, *m_emulator, u"Tst Dialog Remove"_s, secret());
    QVERIFY(save(*m_dialog));
    const QString id = m_dialog->currentAccountId();
    m_ids.append(id);
    QVERIFY(KeychainProbe::lookup(u"fleetwatch"_s, id) == secret());

    // Cancelling the question keeps everything.
    click(m_dialog->accounts()->removeButton());
    QVERIFY(answer(m_dialog.get(), {}, QMessageBox::Cancel));
    QVERIFY(m_registry->contains(id));

    QSignalSpy settled(m_dialog.get(), &AccountsDialog::settled);
    click(m_dialog->accounts()->removeButton());
    QVERIFY(answer(m_dialog.get(), u"Remove"_s));
    QVERIFY(settled.wait(answerTimeoutMs));
    QVERIFY(!m_registry->contains(id));
    QVERIFY2(m_dialog->statusLabel()->text().contains(u"and its secret"_s),
             qPrintable(m_dialog->statusLabel()->text()));
    QVERIFY(KeychainProbe::lookup(u"fleetwatch"_s, id).isEmpty());
    QVERIFY(!KeychainProbe::search(u"fleetwatch"_s).contains(u"account:" + id));
    QVERIFY(!fileText().contains(id.toUtf8()));
    QCOMPARE(m_dialog->accounts()->list()->count(), 0);
}

void tst_AccountsDialog::duplicateCopiesTheSecret()
{
    fillNewAccount(*m_dialog, *m_emulator, u"Tst Dialog Dup"_s, secret());
    QVERIFY(save(*m_dialog));
    const QString original = m_dialog->currentAccountId();
    QSignalSpy settled(m_dialog.get(), &AccountsDialog::settled);
    click(m_dialog->accounts()->duplicateButton());
    QVERIFY(settled.wait(answerTimeoutMs));
    const QString copy = m_dialog->currentAccountId();
    m_ids << original << copy;
    QCOMPARE(copy, u"tst-dialog-dup-copy"_s);
    QCOMPARE(lineEdit(*m_dialog, F::Name)->text(), u"Tst Dialog Dup (copy)"_s);
    QVERIFY(KeychainProbe::lookup(u"fleetwatch"_s, copy) == secret());
    QCOMPARE(m_dialog->accounts()->list()->count(), 2);
}

void tst_AccountsDialog::validationProblemsShowUnderTheirFields()
{
    click(m_dialog->accounts()->addButton());
    type(*m_dialog, F::AccessKeyId, u"has a space"_s);
    type(*m_dialog, F::Endpoint, u"http://ecs.example.com"_s);
    QVERIFY(save(*m_dialog));
    AccountEditor *editor = m_dialog->editor();
    QCOMPARE(editor->errorText(F::Name), u"Must be 1 to 200 characters on one line."_s);
    QCOMPARE(editor->errorText(F::AccessKeyId),
             u"Must be 1 to 256 printable characters without spaces."_s);
    QCOMPARE(editor->errorText(F::Regions), u"Must list at least one region."_s);
    QVERIFY(editor->errorText(F::Endpoint).startsWith(u"Must use https://"_s));
    QVERIFY(editor->errorText(F::Secret).startsWith(u"Enter the AccessKey Secret"_s));
    QVERIFY(editor->errorText(F::PollSeconds).isEmpty());
    QVERIFY(m_registry->accounts().isEmpty());
    QVERIFY(!QFile::exists(path()));
    QCOMPARE(QApplication::focusWidget(), editor->fieldWidget(F::Name)); // the first problem

    // Fixing them clears the marks on the next save.
    type(*m_dialog, F::Name, u"Tst Dialog Valid"_s);
    type(*m_dialog, F::AccessKeyId, u"LTAI5tValid"_s);
    type(*m_dialog, F::Endpoint, QString());
    type(*m_dialog, F::Secret, u"valid-secret"_s);
    toggleRegion(*m_dialog, u"cn-beijing"_s);
    QSpinBox *poll = qobject_cast<QSpinBox *>(editor->fieldWidget(F::PollSeconds));
    poll->setValue(3);
    QVERIFY(save(*m_dialog));
    QCOMPARE(editor->errorText(F::PollSeconds), u"Must be between 5 and 86400."_s);
    QVERIFY(editor->errorText(F::Name).isEmpty());
    poll->setValue(45);
    QVERIFY(save(*m_dialog));
    m_ids.append(u"tst-dialog-valid"_s);
    QCOMPARE(m_registry->account(u"tst-dialog-valid"_s)->pollSeconds, 45);
}

void tst_AccountsDialog::testConnectionShowsTheCount()
{
    fillNewAccount(*m_dialog, *m_emulator, u"Tst Dialog Test"_s, secret());
    QCOMPARE(testConnection(*m_dialog), u"Connected: 137 instances in cn-hangzhou."_s);
    QVERIFY(m_dialog->testPanel()->detailsLabel()->text().isEmpty());
    QVERIFY(m_registry->accounts().isEmpty()); // testing saves nothing
    QVERIFY(KeychainProbe::search(u"fleetwatch"_s).indexOf(u"account:tst-dialog-test"_s) < 0);
}

void tst_AccountsDialog::testConnectionExplainsAWrongSecret()
{
    fillNewAccount(*m_dialog, *m_emulator, u"Tst Dialog Wrong"_s, "not-the-right-secret");
    const QString message = testConnection(*m_dialog);
    QVERIFY2(message.startsWith(u"Alibaba Cloud refused the key (SignatureDoesNotMatch). Check "
                                "the AccessKey ID and the AccessKey Secret"_s),
             qPrintable(message));
    QVERIFY(m_dialog->testPanel()->detailsLabel()->text().contains(u"Request id: "_s));
    QVERIFY(!message.contains(u"not-the-right"_s));
}

void tst_AccountsDialog::testConnectionUsesTheStoredSecret()
{
    fillNewAccount(*m_dialog, *m_emulator, u"Tst Dialog Stored"_s, secret());
    QVERIFY(save(*m_dialog));
    m_ids.append(m_dialog->currentAccountId());
    // A fresh dialog: nothing typed, the secret comes from the keychain via the resolver.
    makeDialog();
    QVERIFY(lineEdit(*m_dialog, F::Secret)->text().isEmpty());
    QCOMPARE(testConnection(*m_dialog), u"Connected: 137 instances in cn-hangzhou."_s);
}

void tst_AccountsDialog::testConnectionCanBeCancelled()
{
    FaultRule slow;
    slow.profile.latencyMs = 3000;
    m_emulator->setFaults({ slow });
    fillNewAccount(*m_dialog, *m_emulator, u"Tst Dialog Cancel"_s, secret());
    QSignalSpy finished(m_dialog->testPanel(), &ConnectionTestPanel::finished);
    click(m_dialog->testPanel()->button());
    QCOMPARE(m_dialog->testPanel()->button()->text(), u"Cancel &test"_s);
    QVERIFY(m_dialog->testPanel()->messageLabel()->text().startsWith(u"Testing cn-hangzhou"_s));
    QVERIFY(QTest::qWaitFor([this] { return m_emulator->requestsInFlight() > 0; }, 10000));
    click(m_dialog->testPanel()->button());
    QCOMPARE(m_dialog->testPanel()->messageLabel()->text(), u"Test cancelled."_s);
    QCOMPARE(m_dialog->testPanel()->button()->text(), u"&Test connection"_s);
    QTest::qWait(3500); // the slow answer arrives and is not shown
    QCOMPARE(finished.size(), 0);
    QCOMPARE(m_dialog->testPanel()->messageLabel()->text(), u"Test cancelled."_s);
}

void tst_AccountsDialog::zenlayerHasNoRegionsToChoose()
{
    click(m_dialog->accounts()->addButton());
    auto *cloud = qobject_cast<QComboBox *>(m_dialog->editor()->fieldWidget(F::Cloud));
    cloud->setFocus();
    cloud->setCurrentIndex(cloud->findData(int(Cloud::Zenlayer)));
    RegionList *regions = m_dialog->editor()->regionList();
    QVERIFY(!regions->list()->isVisible());
    const QList<QLabel *> labels = regions->findChildren<QLabel *>();
    QVERIFY(std::any_of(labels.begin(), labels.end(), [](QLabel *l) {
        return l->isVisible() && l->text().contains(u"lists every instance of the account"_s);
    }));
    // Tencent alone offers the API style.
    QVERIFY(!m_dialog->editor()->fieldWidget(F::ApiStyle)->isVisible());
    cloud->setCurrentIndex(cloud->findData(int(Cloud::Tencent)));
    QVERIFY(m_dialog->editor()->fieldWidget(F::ApiStyle)->isVisible());
    QVERIFY(regions->list()->isVisible());
    QCOMPARE(regions->list()->item(0)->data(Qt::UserRole).toString(), u"ap-guangzhou"_s);
    QVERIFY(regions->list()->item(0)->text().contains(u"Guangzhou"_s));
}

void tst_AccountsDialog::malformedFileIsShownReadOnly()
{
    const QByteArray text = R"({ "version": 1, "accounts": [
        { "id": "ok", "name": "OK", "cloud": "aliyun", "accessKeyId": "LTAI1", "regions": ["cn-hangzhou"] },
        { "id": "bad", "name": "Bad", "cloud": "aliyun", "accessKeyId": "LTAI2", "regions": [] } ] })";
    QFile file(path());
    QVERIFY(file.open(QIODevice::WriteOnly) && file.write(text) == text.size());
    file.close();
    makeDialog();
    QVERIFY(m_dialog->readOnlyLabel()->isVisible());
    QVERIFY(m_dialog->readOnlyLabel()->text().contains(u"has errors"_s));
    QVERIFY(m_dialog->readOnlyLabel()->text().contains(u"\"bad\""_s));
    QCOMPARE(m_dialog->accounts()->list()->count(), 1);
    for (QPushButton *b :
         { m_dialog->accounts()->addButton(), m_dialog->accounts()->duplicateButton(),
           m_dialog->accounts()->removeButton(), m_dialog->accounts()->importButton(),
           m_dialog->saveButton() })
        QVERIFY2(!b->isEnabled(), qPrintable(b->text()));
    QVERIFY(lineEdit(*m_dialog, F::Name)->isReadOnly());
    QCOMPARE(fileText(), text);
}

void tst_AccountsDialog::unwritableFolderLosesNothing()
{
    // The accounts file's folder cannot be made (a file is in its way).
    QFile blocker(m_dir->filePath(u"config"_s));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    m_dialog.reset();
    m_registry = std::make_unique<AccountRegistry>(m_dir->filePath(u"config/accounts.json"_s),
                                                   &m_keychain, &m_session);
    m_dialog = std::make_unique<AccountsDialog>(m_registry.get(), &m_network);
    m_dialog->show();
    fillNewAccount(*m_dialog, *m_emulator, u"Tst Dialog Unwritable"_s, secret());
    QVERIFY(save(*m_dialog));
    const QString status = m_dialog->statusLabel()->text();
    QVERIFY2(status.startsWith(u"Not saved: accounts.json: cannot be saved: the folder"_s),
             qPrintable(status));
    QVERIFY(m_registry->accounts().isEmpty());
    // The form keeps everything, secret included, for another try.
    QCOMPARE(lineEdit(*m_dialog, F::Name)->text(), u"Tst Dialog Unwritable"_s);
    QVERIFY(m_dialog->editor()->typedSecret() == secret());
    // The secret stored before the failed save was taken back.
    QVERIFY(QTest::qWaitFor(
        [] { return KeychainProbe::lookup(u"fleetwatch"_s, u"tst-dialog-unwritable"_s).isEmpty(); },
        answerTimeoutMs));
}

void tst_AccountsDialog::unsavedChangesAreNotLostSilently()
{
    fillNewAccount(*m_dialog, *m_emulator, u"Tst Dialog First"_s, secret());
    QVERIFY(save(*m_dialog));
    fillNewAccount(*m_dialog, *m_emulator, u"Tst Dialog Second"_s, secret());
    QVERIFY(save(*m_dialog));
    m_ids << u"tst-dialog-first"_s << u"tst-dialog-second"_s;
    QCOMPARE(m_dialog->currentAccountId(), u"tst-dialog-second"_s);

    type(*m_dialog, F::Name, u"Changed"_s);
    QListWidget *list = m_dialog->accounts()->list();
    const QRect first = list->visualItemRect(list->item(0));
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, first.center());
    // Cancel: still on the second account, with the change.
    QVERIFY(answer(m_dialog.get(), {}, QMessageBox::Cancel));
    QCOMPARE(m_dialog->currentAccountId(), u"tst-dialog-second"_s);
    QCOMPARE(lineEdit(*m_dialog, F::Name)->text(), u"Changed"_s);
    QCOMPARE(list->currentItem()->data(Qt::UserRole).toString(), u"tst-dialog-second"_s);
    // Discard: on to the first; the change is gone.
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, first.center());
    QVERIFY(answer(m_dialog.get(), {}, QMessageBox::Discard));
    QCOMPARE(m_dialog->currentAccountId(), u"tst-dialog-first"_s);
    QCOMPARE(m_registry->account(u"tst-dialog-second"_s)->name, u"Tst Dialog Second"_s);
    // Save: the change is kept, then the switch happens.
    type(*m_dialog, F::Name, u"First renamed"_s);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {},
                      list->visualItemRect(list->item(1)).center());
    QVERIFY(answer(m_dialog.get(), {}, QMessageBox::Save));
    QVERIFY(QTest::qWaitFor(
        [this] { return m_dialog->currentAccountId() == u"tst-dialog-second"_s; }, 10000));
    QCOMPARE(m_registry->account(u"tst-dialog-first"_s)->name, u"First renamed"_s);
    // Closing with a change asks too.
    type(*m_dialog, F::Name, u"Unsaved at close"_s);
    m_dialog->reject();
    QVERIFY(answer(m_dialog.get(), {}, QMessageBox::Cancel));
    QVERIFY(m_dialog->isVisible());
}

void tst_AccountsDialog::keyboardReachesEverything()
{
    QApplication::setActiveWindow(m_dialog.get());
    QVERIFY(QTest::qWaitForWindowActive(m_dialog.get()));
    // Ctrl+N starts a new account with the name field focused; Alt+<letter> reaches fields.
    QTest::keyClick(m_dialog.get(), Qt::Key_N, Qt::ControlModifier);
    QCOMPARE(QApplication::focusWidget(), m_dialog->editor()->fieldWidget(F::Name));
    QTest::keyClicks(QApplication::focusWidget(), u"Tst Dialog Keys"_s);
    QTest::keyClick(m_dialog.get(), Qt::Key_E, Qt::AltModifier);
    QCOMPARE(QApplication::focusWidget(), m_dialog->editor()->fieldWidget(F::Endpoint));
    QTest::keyClick(m_dialog.get(), Qt::Key_K, Qt::AltModifier);
    QCOMPARE(QApplication::focusWidget(), m_dialog->editor()->fieldWidget(F::AccessKeyId));
    QTest::keyClicks(QApplication::focusWidget(),
                     m_emulator->credentials(u"emu-ali"_s).accessKeyId);
    QTest::keyClick(m_dialog.get(), Qt::Key_S, Qt::AltModifier);
    QCOMPARE(QApplication::focusWidget(), m_dialog->editor()->fieldWidget(F::Secret));
    QTest::keyClicks(QApplication::focusWidget(), QString::fromUtf8(secret()));
    QTest::keyClick(m_dialog.get(), Qt::Key_G, Qt::AltModifier);
    QCOMPARE(QApplication::focusWidget(), m_dialog->editor()->regionList()->list());
    QVERIFY(toggleRegion(*m_dialog, u"cn-hangzhou"_s));
    // Every field is in the tab chain.
    QSet<QWidget *> reached;
    QWidget *start = QApplication::focusWidget();
    for (int i = 0; i < 60 && (i == 0 || QApplication::focusWidget() != start); ++i) {
        reached.insert(QApplication::focusWidget());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    }
    for (F f : { F::Name, F::Cloud, F::AccessKeyId, F::Secret, F::Endpoint, F::SecretEnv,
                 F::PollSeconds })
        QVERIFY2(reached.contains(m_dialog->editor()->fieldWidget(f)),
                 qPrintable(QString::number(int(f))));
    QVERIFY(reached.contains(m_dialog->testPanel()->button()));
    QVERIFY(reached.contains(m_dialog->accounts()->list()));
    // Ctrl+S saves.
    QTest::keyClick(m_dialog.get(), Qt::Key_S, Qt::ControlModifier);
    QVERIFY(QTest::qWaitFor([this] { return m_registry->contains(u"tst-dialog-keys"_s); },
                            answerTimeoutMs));
    m_ids.append(u"tst-dialog-keys"_s);
}

void tst_AccountsDialog::serverTextIsPlain()
{
    // Every label that shows a name, a path or a server's words renders it literally.
    Account hostile;
    hostile.id = u"hostile"_s;
    hostile.name = u"<b>bold</b><img src=x>"_s;
    hostile.accessKeyId = u"LTAI1"_s;
    hostile.regions = { u"cn-hangzhou"_s };
    hostile.secretEnv = u"FW_TST_UNSET"_s;
    QVERIFY(m_registry->add(hostile).ok());
    m_dialog->selectAccount(u"hostile"_s);
    for (QLabel *label : m_dialog->findChildren<QLabel *>()) {
        if (!label->text().isEmpty() && label->buddy() == nullptr && label->pixmap().isNull())
            QVERIFY2(label->textFormat() == Qt::PlainText, qPrintable(label->text()));
    }
    QVERIFY(testConnection(*m_dialog).contains(u"FW_TST_UNSET"_s));
}

QTEST_MAIN(tst_AccountsDialog)
#include "tst_accountsdialog.moc"
