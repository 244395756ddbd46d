// The import dialog over the CLI fixtures in tests/data/imports and a made-up environment,
// against a real Secret Service (label "keychain", a service of its own): candidates are listed
// without their secrets, problems are in the details area, the chosen ones become accounts with
// their secrets in the keychain (environment keys name their variable instead), ids are made
// unique, keys already present start unchecked, and the accounts dialog's Import button leads
// here and back.
#include "accountlist.h"
#include "accountsdialog.h"
#include "credentialimport.h"
#include "credentialstore.h"
#include "importdialog.h"
#include "keychainprobe.h"
#include "sessionsecretstore.h"
#include "uilanguage.h"

#include <QFile>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>

using namespace Qt::StringLiterals;

namespace {

const QString service = u"fleetwatch-tst-import"_s;
const QString home = QStringLiteral(FLEETWATCH_TEST_DATA_DIR "/imports/home-full");

QProcessEnvironment environment()
{
    QProcessEnvironment env;
    env.insert(u"TENCENTCLOUD_SECRET_ID"_s, u"AKIDFAKEenvironment000001"_s);
    env.insert(u"TENCENTCLOUD_SECRET_KEY"_s, u"FAKEsecretFromTheEnvironment01"_s);
    env.insert(u"TENCENTCLOUD_REGION"_s, u"ap-shanghai"_s);
    return env;
}

int rowOf(QTreeWidget *list, const QString &keyId)
{
    for (int i = 0; i < list->topLevelItemCount(); ++i) {
        if (list->topLevelItem(i)->text(ImportDialog::KeyIdColumn) == keyId)
            return i;
    }
    return -1;
}

void checkOnly(QTreeWidget *list, const QStringList &keyIds)
{
    for (int i = 0; i < list->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = list->topLevelItem(i);
        item->setCheckState(ImportDialog::LabelColumn,
                            keyIds.contains(item->text(ImportDialog::KeyIdColumn)) ? Qt::Checked
                                                                                   : Qt::Unchecked);
    }
}

} // namespace

class tst_ImportDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();
    void listsCandidatesNeverSecrets();
    void problemsAreInTheDetails();
    void importsTheChosenOnes();
    void idsAreMadeUnique();
    void knownKeysStartUnchecked();
    void nothingFound();
    void readOnlyFileImportsNothing();
    void accountsDialogLeadsHereAndBack();

private:
    QString path() const { return m_dir->filePath(u"accounts.json"_s); }

    ImportResult m_found;
    std::optional<QTemporaryDir> m_dir;
    CredentialStore m_keychain { service };
    SessionSecretStore m_session;
    std::unique_ptr<AccountRegistry> m_registry;
    QStringList m_ids;
};

void tst_ImportDialog::initTestCase()
{
    QVERIFY(UiLanguage::install(u"en"_s));
    QVERIFY2(KeychainProbe::available(), "secret-tool (libsecret-tools) is needed");
    m_found = CredentialImport::readAll(home, environment());
    QVERIFY(m_found.candidates.size() >= 4);
    std::optional<KeychainError> probe;
    m_keychain.write(u"probe"_s, "probe", this, [&probe](const KeychainError &e) { probe = e; });
    QVERIFY(QTest::qWaitFor([&probe] { return probe.has_value(); }, 30000));
    QVERIFY2(probe->ok(), qPrintable(u"These tests need a real keychain: "_s + probe->message()));
    m_ids.append(u"probe"_s);
}

void tst_ImportDialog::init()
{
    m_dir.emplace();
    m_registry = std::make_unique<AccountRegistry>(path(), &m_keychain, &m_session);
}

void tst_ImportDialog::cleanup()
{
    m_ids.append(m_registry->ids());
    m_registry.reset();
}

void tst_ImportDialog::cleanupTestCase()
{
    m_ids.removeDuplicates();
    for (const QString &id : std::as_const(m_ids)) {
        bool done = false;
        m_keychain.remove(id, this, [&done](const KeychainError &) { done = true; });
        QVERIFY(QTest::qWaitFor([&done] { return done; }, 30000));
    }
}

void tst_ImportDialog::listsCandidatesNeverSecrets()
{
    ImportDialog dialog(m_registry.get(), m_found, home);
    QTreeWidget *list = dialog.candidateList();
    QCOMPARE(list->topLevelItemCount(), m_found.candidates.size());
    for (int i = 0; i < list->topLevelItemCount(); ++i) {
        const ImportCandidate &c = m_found.candidates.at(i);
        QTreeWidgetItem *item = list->topLevelItem(i);
        QCOMPARE(item->text(ImportDialog::LabelColumn), c.label);
        QCOMPARE(item->text(ImportDialog::KeyIdColumn), c.credentials.accessKeyId);
        QCOMPARE(item->checkState(ImportDialog::LabelColumn), Qt::Checked);
        for (int column = 0; column < list->columnCount(); ++column) {
            const QString secret = QString::fromUtf8(c.credentials.secret);
            QVERIFY(!item->text(column).contains(secret));
            QVERIFY(!item->toolTip(column).contains(secret));
        }
    }
    const int env = rowOf(list, u"AKIDFAKEenvironment000001"_s);
    QVERIFY(env >= 0);
    QCOMPARE(list->topLevelItem(env)->text(ImportDialog::SecretColumn),
             u"$TENCENTCLOUD_SECRET_KEY"_s);
    QCOMPARE(list->topLevelItem(env)->text(ImportDialog::SourceColumn), u"environment"_s);
    const int cli = rowOf(list, u"LTAI5tFAKEdefault0000001"_s);
    QCOMPARE(list->topLevelItem(cli)->text(ImportDialog::SecretColumn), u"Keychain"_s);
    QCOMPARE(list->topLevelItem(cli)->text(ImportDialog::SourceColumn), u"~/.aliyun/config.json"_s);
    // A profile without a region gets the cloud's first one, and says so.
    const int noRegion = rowOf(list, u"AKIDFAKEtencentNoRegion0000003"_s);
    QCOMPARE(list->topLevelItem(noRegion)->text(ImportDialog::RegionColumn),
             u"ap-guangzhou (default)"_s);
}

void tst_ImportDialog::problemsAreInTheDetails()
{
    ImportDialog dialog(m_registry.get(), m_found, home);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(!m_found.problems.isEmpty());
    QVERIFY(!dialog.problemsView()->isVisible());
    QCOMPARE(dialog.problemsButton()->text(),
             u"%1 problems met while reading"_s.arg(m_found.problems.size()));
    QTest::mouseClick(dialog.problemsButton(), Qt::LeftButton);
    QVERIFY(dialog.problemsView()->isVisible());
    const QString text = dialog.problemsView()->toPlainText();
    QVERIFY2(text.contains(u"~/.aliyun/config.json: profile \"sts\" uses StsToken"_s),
             qPrintable(text));
    QCOMPARE(text.count(u'\n') + 1, m_found.problems.size());
}

void tst_ImportDialog::importsTheChosenOnes()
{
    ImportDialog dialog(m_registry.get(), m_found, home);
    dialog.show();
    checkOnly(dialog.candidateList(),
              { u"LTAI5tFAKEdefault0000001"_s, u"AKIDFAKEenvironment000001"_s });
    QSignalSpy imported(&dialog, &ImportDialog::imported);
    QTest::mouseClick(dialog.importButton(), Qt::LeftButton);
    QVERIFY(imported.wait(30000));
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    const QStringList ids = imported.constFirst().constFirst().toStringList();
    QCOMPARE(ids, (QStringList { u"aliyun-default"_s, u"tencent-env"_s }));
    QCOMPARE(m_registry->ids(), ids);

    const Account cli = *m_registry->account(u"aliyun-default"_s);
    QCOMPARE(cli.accessKeyId, u"LTAI5tFAKEdefault0000001"_s);
    QCOMPARE(cli.regions, QStringList { u"cn-hangzhou"_s });
    QVERIFY(cli.secretEnv.isEmpty());
    QVERIFY(KeychainProbe::lookup(service, cli.id) == "FAKEsecretForAliyunDefault0000001");

    const Account env = *m_registry->account(u"tencent-env"_s);
    QCOMPARE(env.secretEnv, u"TENCENTCLOUD_SECRET_KEY"_s);
    QCOMPARE(env.regions, QStringList { u"ap-shanghai"_s });
    QVERIFY(KeychainProbe::lookup(service, env.id).isEmpty());

    QFile file(path());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    QVERIFY(!text.contains("FAKEsecret"));
    QVERIFY(text.contains("\"secretEnv\": \"TENCENTCLOUD_SECRET_KEY\""));
}

void tst_ImportDialog::idsAreMadeUnique()
{
    Account taken;
    taken.id = u"aliyun-default"_s;
    taken.name = u"Someone else"_s;
    taken.accessKeyId = u"LTAI5tOTHER"_s;
    taken.regions = { u"cn-beijing"_s };
    QVERIFY(m_registry->add(taken).ok());
    ImportDialog dialog(m_registry.get(), m_found, home);
    checkOnly(dialog.candidateList(), { u"LTAI5tFAKEdefault0000001"_s });
    QSignalSpy imported(&dialog, &ImportDialog::imported);
    QTest::mouseClick(dialog.importButton(), Qt::LeftButton);
    QVERIFY(imported.wait(30000));
    QCOMPARE(imported.constFirst().constFirst().toStringList(),
             QStringList { u"aliyun-default-2"_s });
    QCOMPARE(m_registry->account(u"aliyun-default"_s)->name, u"Someone else"_s);
    QVERIFY(KeychainProbe::lookup(service, u"aliyun-default-2"_s)
            == "FAKEsecretForAliyunDefault0000001");
}

void tst_ImportDialog::knownKeysStartUnchecked()
{
    Account known;
    known.id = u"mine"_s;
    known.name = u"Mine"_s;
    known.accessKeyId = u"LTAI5tFAKEintl000000002"_s;
    known.regions = { u"ap-southeast-1"_s };
    QVERIFY(m_registry->add(known).ok());
    ImportDialog dialog(m_registry.get(), m_found, home);
    QTreeWidget *list = dialog.candidateList();
    const int row = rowOf(list, u"LTAI5tFAKEintl000000002"_s);
    QCOMPARE(list->topLevelItem(row)->checkState(ImportDialog::LabelColumn), Qt::Unchecked);
    QCOMPARE(list->topLevelItem(row)->text(ImportDialog::ResultColumn), u"Already an account"_s);
    QCOMPARE(list->topLevelItem(0)->checkState(ImportDialog::LabelColumn), Qt::Checked);
}

void tst_ImportDialog::nothingFound()
{
    QTemporaryDir empty;
    ImportDialog dialog(m_registry.get(), CredentialImport::readAll(empty.path(), {}),
                        empty.path());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(!dialog.importButton()->isVisible());
    QVERIFY(!dialog.candidateList()->isVisible());
    const QList<QLabel *> labels = dialog.findChildren<QLabel *>();
    QVERIFY(std::any_of(labels.begin(), labels.end(), [](QLabel *l) {
        return l->isVisible() && l->text().startsWith(u"No keys were found"_s);
    }));
}

void tst_ImportDialog::readOnlyFileImportsNothing()
{
    QFile file(path());
    QVERIFY(file.open(QIODevice::WriteOnly) && file.write("{ not json") > 0);
    file.close();
    m_registry->reload();
    ImportDialog dialog(m_registry.get(), m_found, home);
    QVERIFY(!dialog.importButton()->isEnabled());
    QVERIFY(dialog.statusLabel()->text().contains(u"has errors"_s));
}

void tst_ImportDialog::accountsDialogLeadsHereAndBack()
{
    QNetworkAccessManager network;
    AccountsDialog accounts(m_registry.get(), &network);
    accounts.setImportSource(home, environment());
    accounts.show();
    QVERIFY(QTest::qWaitForWindowExposed(&accounts));
    QTest::mouseClick(accounts.accounts()->importButton(), Qt::LeftButton);
    ImportDialog *dialog = nullptr;
    QVERIFY(QTest::qWaitFor([&] { return (dialog = accounts.findChild<ImportDialog *>()); }, 5000));
    QVERIFY(dialog->isVisible());
    checkOnly(dialog->candidateList(), { u"AKIDFAKEtencentDefault00000000001"_s });
    QSignalSpy settled(&accounts, &AccountsDialog::settled);
    QTest::mouseClick(dialog->importButton(), Qt::LeftButton);
    QVERIFY(settled.wait(30000));
    QCOMPARE(accounts.currentAccountId(), u"tencent-default"_s);
    QCOMPARE(m_registry->ids(), QStringList { u"tencent-default"_s });
}

QTEST_MAIN(tst_ImportDialog)
#include "tst_importdialog.moc"
