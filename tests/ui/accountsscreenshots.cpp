// Screenshots of the accounts and import dialogs for docs/screenshots, taken the way a user
// would see them: accounts on the four clouds, a connection test against the emulator, a new
// account with validation errors, and the import dialog over the test fixtures' CLI files.
// Not a test: run it under a real X server (xvfb-run -a) and look at the pictures.
//   accountsscreenshots <output folder> [language]
#include "accounteditor.h"
#include "accountlist.h"
#include "accountsdialog.h"
#include "connectiontestpanel.h"
#include "credentialimport.h"
#include "credentialstore.h"
#include "emulator.h"
#include "importdialog.h"
#include "keychainnotice.h"
#include "regionlist.h"
#include "sessionsecretstore.h"
#include "uilanguage.h"

#include <QApplication>
#include <QDir>
#include <QLineEdit>
#include <QListWidget>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace {

EmulatorAccount emulatorAccount(const QString &id, Cloud cloud, QHash<QString, int> instances)
{
    EmulatorAccount a;
    a.id = id;
    a.name = id;
    a.cloud = cloud;
    a.accessKeyId = EmulatorConfig::generateKeyId(cloud);
    a.secret = EmulatorConfig::generateSecret(cloud);
    a.regions = instances.keys();
    a.regions.sort();
    a.instancesByRegion = instances;
    return a;
}

bool save(QWidget *widget, const QString &path)
{
    widget->show();
    widget->activateWindow();
    QTest::qWait(300); // let layouts and icons settle
    const bool ok = widget->grab().save(path);
    qInfo("%s %s", ok ? "wrote" : "could not write", qPrintable(path));
    return ok;
}

} // namespace

int main(int argc, char *argv[])
{
    // No keychain (a session bus that does not exist), to show the session-only offer; the
    // accounts shown keep their secrets in the session store.
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/fleetwatch-screenshots");
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        qWarning("usage: accountsscreenshots <output folder> [language]");
        return 2;
    }
    const QDir out(args.at(1));
    UiLanguage::install(args.value(2, u"en"_s));

    EmulatorConfig config;
    config.logRequests = false;
    config.accounts = {
        emulatorAccount(u"production"_s, Cloud::Aliyun,
                        { { u"cn-hangzhou"_s, 137 }, { u"cn-shanghai"_s, 48 } }),
        emulatorAccount(u"tencent-gz"_s, Cloud::Tencent, { { u"ap-guangzhou"_s, 42 } }),
        emulatorAccount(u"zenlayer-edge"_s, Cloud::Zenlayer, { { u"HKG-A"_s, 12 } }),
        emulatorAccount(u"jd-north"_s, Cloud::JdCloud, { { u"cn-north-1"_s, 20 } }),
    };
    Emulator emulator(config);
    if (!emulator.start())
        qFatal("%s", qPrintable(emulator.errorString()));

    QTemporaryDir dir;
    SessionSecretStore session;
    CredentialStore keychain;
    AccountRegistry registry(dir.filePath(u"accounts.json"_s), &keychain, &session);
    const QHash<QString, QString> names { { u"production"_s, u"Production (Hangzhou)"_s },
                                          { u"tencent-gz"_s, u"Tencent Guangzhou"_s },
                                          { u"zenlayer-edge"_s, u"Zenlayer edge"_s },
                                          { u"jd-north"_s, u"JD Cloud North"_s } };
    for (Account account : emulator.accounts()) {
        account.name = names.value(account.id);
        account.secretEnv.clear();
        if (account.id == u"production")
            account.pollSeconds = 60;
        registry.add(account);
        session.set(account.id, emulator.credentials(account.id).secret);
    }

    QNetworkAccessManager network;
    AccountsDialog dialog(&registry, &network);
    dialog.selectAccount(u"production"_s);
    dialog.show();
    QSignalSpy tested(dialog.testPanel(), &ConnectionTestPanel::finished);
    dialog.testPanel()->button()->click();
    if (!tested.wait(10000))
        qWarning("the connection test did not finish");
    bool ok = save(&dialog, out.filePath(u"accounts-dialog.png"_s));

    // A new account, half filled in, saved too early.
    dialog.accounts()->addButton()->click();
    AccountEditor *editor = dialog.editor();
    qobject_cast<QLineEdit *>(editor->fieldWidget(AccountEditor::Field::Name))
        ->setText(u"Staging"_s);
    qobject_cast<QLineEdit *>(editor->fieldWidget(AccountEditor::Field::AccessKeyId))
        ->setText(u"LTAI5t staging"_s);
    qobject_cast<QLineEdit *>(editor->fieldWidget(AccountEditor::Field::Endpoint))
        ->setText(u"http://ecs.example.com"_s);
    dialog.saveButton()->click();
    ok = save(&dialog, out.filePath(u"accounts-dialog-validation.png"_s)) && ok;

    // The keychain cannot be reached: the offer to keep the secret for this session.
    qobject_cast<QLineEdit *>(editor->fieldWidget(AccountEditor::Field::AccessKeyId))
        ->setText(u"LTAI5tStaging"_s);
    qobject_cast<QLineEdit *>(editor->fieldWidget(AccountEditor::Field::Secret))
        ->setText(u"not-a-real-secret"_s);
    qobject_cast<QLineEdit *>(editor->fieldWidget(AccountEditor::Field::Endpoint))->clear();
    editor->regionList()->setRegions({ u"cn-beijing"_s });
    dialog.saveButton()->click();
    if (!QTest::qWaitFor([&] { return dialog.keychainNotice()->isVisible(); }, 10000))
        qWarning("the keychain notice did not appear");
    ok = save(&dialog, out.filePath(u"accounts-dialog-no-keychain.png"_s)) && ok;
    dialog.keychainNotice()->cancelButton()->click();
    editor->editNew(); // nothing unsaved left to ask about

    const QString home = QStringLiteral(FLEETWATCH_TEST_DATA_DIR "/imports/home-full");
    QProcessEnvironment environment;
    environment.insert(u"TENCENTCLOUD_SECRET_ID"_s, u"AKIDFAKEenvironment000001"_s);
    environment.insert(u"TENCENTCLOUD_SECRET_KEY"_s, u"FAKEsecretFromTheEnvironment01"_s);
    environment.insert(u"TENCENTCLOUD_REGION"_s, u"ap-shanghai"_s);
    ImportDialog import(&registry, CredentialImport::readAll(home, environment), home);
    import.problemsButton()->setChecked(true);
    ok = save(&import, out.filePath(u"import-dialog.png"_s)) && ok;
    return ok ? 0 : 1;
}
