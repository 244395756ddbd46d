// AccountsDialog: list, add, edit, duplicate, remove and import accounts, and test a
// connection. Every change goes through the shared AccountRegistry (secret first, then the
// accounts file); the dialog itself keeps nothing. Not modal by design: open() it, or show()
// it beside the main window; it never blocks on the keychain or the network.
//
// When the keychain cannot store a secret, a band explains why and offers to keep the secret
// in memory for this session only. When the accounts file is malformed or from a newer
// version, the dialog shows the accounts read-only with the registry's reason.
#pragma once

#include "accountregistry.h"

#include <QDialog>
#include <QProcessEnvironment>

#include <functional>

class AccountEditor;
class AccountList;
class ConnectionTestPanel;
class CredentialResolver;
class KeychainNotice;
class QDialogButtonBox;
class QLabel;
class QNetworkAccessManager;
class QPushButton;

class AccountsDialog : public QDialog
{
    Q_OBJECT

public:
    // `network` runs the connection tests (the application's, usually).
    AccountsDialog(AccountRegistry *registry, QNetworkAccessManager *network,
                   QWidget *parent = nullptr);
    ~AccountsDialog() override;

    // Where "Import…" looks for CLI profiles and variables (tests point it elsewhere).
    void setImportSource(const QString &homeDir, const QProcessEnvironment &environment);

    void selectAccount(const QString &id);
    void startNewAccount();
    QString currentAccountId() const { return m_currentId; }
    void openImport();

    // For tests and screenshots.
    AccountEditor *editor() const { return m_editor; }
    ConnectionTestPanel *testPanel() const { return m_test; }
    KeychainNotice *keychainNotice() const { return m_notice; }
    AccountList *accounts() const { return m_accounts; }
    QLabel *statusLabel() const { return m_status; }
    QLabel *readOnlyLabel() const { return m_readOnly; }
    QPushButton *saveButton() const { return m_save; }
    QPushButton *revertButton() const { return m_revert; }
    bool isBusy() const { return m_busy; }

public slots:
    void reject() override;

signals:
    // A save, removal, duplication or import finished (status text updated).
    void settled();

private:
    void rebuildList();
    void showAccount(const QString &id);
    // Runs `next` once the editor has nothing unsaved (asking the user when it has).
    void whenSettled(const std::function<void()> &next);
    void save(const std::function<void()> &then = {});
    void commit(const Account &draft, const QByteArray &secret,
                AccountRegistry::SecretPlacement placement, const std::function<void()> &then);
    void removeCurrent();
    void duplicateCurrent();
    void testConnection();
    void setBusy(bool busy);
    void setStatus(const QString &text);
    void updateButtons();
    void updateHeading();

    AccountRegistry *m_registry;
    CredentialResolver *m_resolver;
    QString m_currentId; // the account shown; empty: a new one
    bool m_busy = false;
    QString m_importHome;
    QProcessEnvironment m_importEnvironment;
    // A save waiting for the user's session-only answer.
    Account m_pendingDraft;
    QByteArray m_pendingSecret;
    std::function<void()> m_pendingThen;

    QLabel *m_readOnly = nullptr;
    AccountList *m_accounts = nullptr;
    QLabel *m_heading = nullptr;
    QLabel *m_subheading = nullptr;
    AccountEditor *m_editor = nullptr;
    KeychainNotice *m_notice = nullptr;
    ConnectionTestPanel *m_test = nullptr;
    QLabel *m_status = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_revert = nullptr;
};
