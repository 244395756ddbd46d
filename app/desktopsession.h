// The window mode: owns the secret stores, the account registry, the poller, the instance
// model and the main window, and connects them — data flows poller → model → window, requests
// flow window → poller. With --demo it serves the built-in emulator's fleet instead: accounts
// and secrets live only in memory, and the window's settings go to a throw-away directory, so
// the demo leaves nothing behind in the keychain, the accounts file or the settings.
#pragma once

#include "commandline.h"

#include <QObject>
#include <QPointer>
#include <QTemporaryDir>

#include <memory>

class AccountRegistry;
class AccountsDialog;
class CredentialResolver;
class CredentialStore;
class Emulator;
class InstanceTableModel;
class MainWindow;
class Poller;
class QNetworkAccessManager;
class SessionSecretStore;

class DesktopSession : public QObject
{
    Q_OBJECT

public:
    explicit DesktopSession(const CommandLine &options, QObject *parent = nullptr);
    ~DesktopSession() override;

    // Builds everything and starts polling; false (with errorString()) when the demo
    // emulator cannot start.
    bool start();
    QString errorString() const { return m_error; }
    // Shows the window (or only the tray icon when the user chose to start minimised).
    void show();

    MainWindow *window() const { return m_window.get(); }
    Poller *poller() const { return m_poller; }
    InstanceTableModel *model() const { return m_model; }
    AccountRegistry *registry() const { return m_registry; } // null in the demo
    Emulator *demo() const { return m_demo.get(); }

private:
    bool startDemo();
    void startAccounts();
    void syncAccounts();
    AccountsDialog *accountsDialog();
    void explainDemo();

    CommandLine m_options;
    std::unique_ptr<QTemporaryDir> m_demoSettings;
    QNetworkAccessManager *m_network = nullptr;
    CredentialStore *m_keychain = nullptr;
    SessionSecretStore *m_session = nullptr;
    CredentialResolver *m_resolver = nullptr;
    AccountRegistry *m_registry = nullptr;
    std::unique_ptr<Emulator> m_demo;
    Poller *m_poller = nullptr;
    InstanceTableModel *m_model = nullptr;
    std::unique_ptr<MainWindow> m_window;
    QPointer<AccountsDialog> m_accountsDialog;
    QStringList m_knownAccounts;
    QString m_error;
};
