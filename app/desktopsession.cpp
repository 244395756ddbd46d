#include "desktopsession.h"

#include "accountregistry.h"
#include "accountsdialog.h"
#include "accountsfile.h"
#include "credentialresolver.h"
#include "credentialstore.h"
#include "emulator.h"
#include "instancetablemodel.h"
#include "mainwindow.h"
#include "poller.h"
#include "sessionsecretstore.h"
#include "uilanguage.h"
#include "uisettings.h"

#include <QCoreApplication>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSettings>

DesktopSession::DesktopSession(const CommandLine &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
{ }

DesktopSession::~DesktopSession()
{
    if (m_poller)
        m_poller->stop();
    if (m_accountsDialog)
        delete m_accountsDialog.data();
    m_window.reset(); // before the model it shows
}

bool DesktopSession::start()
{
    if (m_options.demo) {
        // Redirected before anything opens QSettings: the demo's window layout must not
        // replace the user's own.
        m_demoSettings = std::make_unique<QTemporaryDir>();
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_demoSettings->path());
    }
    UiLanguage::install(UiLanguage::resolve(UiSettings().language()));

    m_network = new QNetworkAccessManager(this);
    m_session = new SessionSecretStore(this);
    if (!m_options.demo)
        m_keychain = new CredentialStore(this);
    m_resolver = new CredentialResolver(m_keychain, m_session, this);
    m_poller = new Poller(m_resolver, m_network, nullptr, this);
    m_model = new InstanceTableModel(this);
    m_window = std::make_unique<MainWindow>(m_model);

    connect(m_poller, &Poller::snapshotReady, m_model, &InstanceTableModel::applySnapshot);
    connect(m_poller, &Poller::detailsReady, m_model, &InstanceTableModel::applyDetails);
    connect(m_poller, &Poller::healthChanged, m_window.get(), &MainWindow::setScopeHealth);
    MainWindow *window = m_window.get();
    connect(window, &MainWindow::refreshRequested, m_poller, &Poller::refreshAll);
    connect(window, &MainWindow::pauseRequested, this, [this](bool paused) {
        m_poller->setPaused(paused);
        m_window->setPaused(paused);
    });
    connect(window, &MainWindow::pollIntervalChanged, m_poller, &Poller::setDefaultPollSeconds);
    connect(window, &MainWindow::quitRequested, qApp, &QCoreApplication::quit);
    connect(window, &MainWindow::accountsDialogRequested, this, [this] {
        if (AccountsDialog *dialog = accountsDialog())
            dialog->show();
    });
    connect(window, &MainWindow::addAccountRequested, this, [this] {
        if (AccountsDialog *dialog = accountsDialog()) {
            dialog->show();
            dialog->startNewAccount();
        }
    });
    connect(window, &MainWindow::importRequested, this, [this] {
        if (AccountsDialog *dialog = accountsDialog()) {
            dialog->show();
            dialog->openImport();
        }
    });
    connect(window, &MainWindow::demoRequested, this, [] {
        // A process of its own: the demo never mixes with the user's accounts.
        QProcess::startDetached(QCoreApplication::applicationFilePath(),
                                { QStringLiteral("--demo") });
    });
    m_poller->setDefaultPollSeconds(window->pollSeconds());

    if (m_options.demo) {
        if (!startDemo())
            return false;
    } else {
        startAccounts();
    }
    m_poller->start();
    return true;
}

void DesktopSession::show()
{
    m_window->showAccordingToSettings();
    if (m_registry && m_registry->isReadOnly()) {
        QMessageBox box(QMessageBox::Warning, tr("Accounts file"), m_registry->readOnlyReason(),
                        QMessageBox::Ok, m_window.get());
        box.setTextFormat(Qt::PlainText);
        box.exec();
    }
}

bool DesktopSession::startDemo()
{
    EmulatorConfig config = EmulatorConfig::demo();
    config.logRequests = m_options.verbose;
    m_demo = std::make_unique<Emulator>(config);
    if (!m_demo->start()) {
        m_error =
            tr("The demo's built-in cloud emulator could not start: %1").arg(m_demo->errorString());
        return false;
    }
    QList<Account> accounts = m_demo->accounts();
    QHash<QString, QString> names;
    for (Account &account : accounts) {
        account.secretEnv.clear(); // the secrets are in this process only
        m_session->set(account.id, m_demo->credentials(account.id).secret);
        names.insert(account.id, account.name);
    }
    m_window->setWindowTitle(tr("Fleetwatch — demo fleet"));
    m_window->setAccountNames(names);
    m_window->setHasAccounts(true);
    m_poller->setAccounts(accounts);
    return true;
}

void DesktopSession::startAccounts()
{
    const QString path =
        m_options.accountsFile.isEmpty() ? AccountsFile::defaultPath() : m_options.accountsFile;
    m_registry = new AccountRegistry(path, m_keychain, m_session, this);
    connect(m_registry, &AccountRegistry::accountsReset, this, &DesktopSession::syncAccounts);
    connect(m_registry, &AccountRegistry::accountAdded, this, &DesktopSession::syncAccounts);
    connect(m_registry, &AccountRegistry::accountChanged, this, &DesktopSession::syncAccounts);
    connect(m_registry, &AccountRegistry::accountRemoved, this, &DesktopSession::syncAccounts);
    // A new secret for an account that stopped on an auth error resumes its polling.
    connect(m_keychain, &CredentialStore::secretChanged, m_poller, &Poller::credentialsChanged);
    connect(m_session, &SessionSecretStore::secretChanged, m_poller, &Poller::credentialsChanged);
    syncAccounts();
}

void DesktopSession::syncAccounts()
{
    const QList<Account> &accounts = m_registry->accounts();
    QHash<QString, QString> names;
    QStringList ids;
    for (const Account &account : accounts) {
        names.insert(account.id, account.name.isEmpty() ? account.id : account.name);
        ids.append(account.id);
    }
    for (const QString &gone : std::as_const(m_knownAccounts)) {
        if (!ids.contains(gone))
            m_window->removeAccount(gone); // its rows and health entries go with it
    }
    m_knownAccounts = ids;
    m_window->setAccountNames(names);
    m_window->setHasAccounts(!accounts.isEmpty());
    m_poller->setAccounts(accounts);
}

AccountsDialog *DesktopSession::accountsDialog()
{
    if (m_options.demo) {
        explainDemo();
        return nullptr;
    }
    if (!m_accountsDialog) {
        m_accountsDialog = new AccountsDialog(m_registry, m_network, m_window.get());
        m_accountsDialog->setAttribute(Qt::WA_DeleteOnClose, false);
    }
    return m_accountsDialog;
}

void DesktopSession::explainDemo()
{
    QMessageBox box(QMessageBox::Information, tr("Demo fleet"),
                    tr("This window shows a demo fleet served by Fleetwatch's built-in cloud "
                       "emulator; its accounts cannot be changed. Start Fleetwatch without "
                       "--demo to add your own accounts."),
                    QMessageBox::Ok, m_window.get());
    box.setTextFormat(Qt::PlainText);
    box.exec();
}
