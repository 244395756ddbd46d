// ImportDialog: what CredentialImport found (CLI profiles, environment variables) as a
// checkable list — label, where it was found, cloud, key id, region, where the secret will go;
// never the secret — with the problems met on the way in a details area. The chosen ones become
// accounts through the AccountRegistry: their secrets go into the keychain (for keys found in
// environment variables, the account names the variable in secretEnv instead), ids are made
// unique. A key id already used by an account of the same cloud starts unchecked.
#pragma once

#include "accountregistry.h"
#include "importcandidate.h"

#include <QDialog>

class KeychainNotice;
class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QToolButton;
class QTreeWidget;

class ImportDialog : public QDialog
{
    Q_OBJECT

public:
    enum Column {
        LabelColumn,
        KeyIdColumn,
        RegionColumn,
        SecretColumn,
        SourceColumn,
        ResultColumn
    };

    // `homeDir` only shortens the paths shown ("~/.aliyun/config.json").
    ImportDialog(AccountRegistry *registry, ImportResult found, const QString &homeDir = {},
                 QWidget *parent = nullptr);
    ~ImportDialog() override;

    QTreeWidget *candidateList() const { return m_list; }
    QPlainTextEdit *problemsView() const { return m_problems; }
    QPushButton *importButton() const { return m_import; }
    QToolButton *problemsButton() const { return m_showProblems; }
    KeychainNotice *keychainNotice() const { return m_notice; }
    QLabel *statusLabel() const { return m_status; }

    // The account a candidate becomes (before its id is made unique): region defaulted to the
    // cloud's first known one when the source named none, secretEnv for environment keys.
    static Account accountFor(const ImportCandidate &candidate);

signals:
    // After an import run, with the ids of the accounts added (possibly none).
    void imported(const QStringList &ids);

private:
    void startImport();
    void importNext();
    void finishImport();
    void updateImportButton();

    AccountRegistry *m_registry;
    ImportResult m_found;
    QList<int> m_queue; // candidate indexes still to import in this run
    QStringList m_added;
    QStringList m_failed;
    AccountRegistry::SecretPlacement m_placement = AccountRegistry::SecretPlacement::Keychain;
    bool m_running = false;

    QLabel *m_intro = nullptr;
    QTreeWidget *m_list = nullptr;
    QToolButton *m_showProblems = nullptr;
    QPlainTextEdit *m_problems = nullptr;
    KeychainNotice *m_notice = nullptr;
    QLabel *m_status = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_import = nullptr;
};
