// AccountRegistry: the one in-memory owner of the account list, shared by the application, the
// poller and the accounts dialog. It wraps the accounts file (AccountsFile: validated, atomic
// saves) and the secret stores, so that every change goes through one place in the right order:
//   - a new secret is stored (keychain, or memory for this session) before the file names it;
//   - the file is saved before the list in memory changes, so a failed save changes nothing;
//   - removing an account removes its secret too, and says so when the keychain cannot be used;
//   - duplicating copies the secret under the copy's id.
// When the file on disk is malformed, unreadable or from a newer Fleetwatch, the registry shows
// what could be read and refuses every change, with readOnlyReason() saying why.
//
// Account ids are made from the name once (newId()) and never change afterwards: the keychain
// entry is filed under the id (CredentialStore::keyFor). Renaming changes only `name`.
//
// Asynchronous calls answer through their callback, always later from the event loop (never
// from inside the call), and only while `context` (or the registry) exists.
#pragma once

#include "account.h"
#include "accountsfile.h"
#include "keychainerror.h"

#include <QCoreApplication>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

class CredentialStore;
class SessionSecretStore;

class AccountRegistry : public QObject
{
    Q_OBJECT

public:
    // Where a secret typed by the user goes.
    enum class SecretPlacement : quint8 {
        Keychain, // the system keychain (the normal case)
        SessionOnly, // memory until Fleetwatch quits: the user's choice when no keychain works
    };

    struct SaveOutcome
    {
        QString accountId;
        bool added = false; // a new account, rather than a change to an existing one
        // Set when the new secret could not be stored; nothing was saved then. When
        // keychainError.offersSessionOnly(), the caller may ask the user and save again with
        // SecretPlacement::SessionOnly.
        KeychainError keychainError;
        AccountsSaveResult file; // the accounts file's answer (Saved when nothing was tried)
        bool ok() const { return keychainError.ok() && file.ok(); }
    };

    struct RemoveOutcome
    {
        QString accountId;
        AccountsSaveResult file;
        // The account was removed but its keychain entry could not be deleted (the file was
        // saved, so the account is gone either way): tell the user the secret was left behind.
        KeychainError keychainError;
        bool ok() const { return keychainError.ok() && file.ok(); }
    };

    struct DuplicateOutcome
    {
        QString sourceId;
        QString accountId; // the copy's id
        AccountsSaveResult file;
        // Why the copy has no secret of its own (NotFound: the original had none stored), when
        // secretCopied is false and the original takes its secret from the keychain.
        KeychainError secretError;
        bool secretCopied = false;
        bool ok() const { return file.ok(); }
    };

    using SaveCallback = std::function<void(const SaveOutcome &)>;
    using RemoveCallback = std::function<void(const RemoveOutcome &)>;
    using DuplicateCallback = std::function<void(const DuplicateOutcome &)>;

    // Loads `path` at once. Either store may be null (no keychain / no session secrets): secret
    // operations then fail with KeychainError Unavailable/NoBackend or do nothing.
    AccountRegistry(const QString &path, CredentialStore *keychain, SessionSecretStore *session,
                    QObject *parent = nullptr);
    ~AccountRegistry() override;

    // Reads the file again and replaces the list (accountsReset()).
    const AccountsLoadResult &reload();
    const AccountsLoadResult &loadResult() const { return m_load; }
    const QString &path() const { return m_file.path(); }

    const QList<Account> &accounts() const { return m_accounts; }
    std::optional<Account> account(const QString &id) const;
    bool contains(const QString &id) const { return indexOf(id) >= 0; }
    QStringList ids() const;

    bool isReadOnly() const { return !m_readOnlyReason.isEmpty(); }
    // Plain words: why nothing can be changed, and what to do. Empty when writable.
    const QString &readOnlyReason() const { return m_readOnlyReason; }

    // A fresh id for an account called `name`: its letters and digits ("Prod EU" -> "prod-eu"),
    // made unique; the cloud's id when the name has no usable character ("生产" -> "aliyun").
    QString newId(const QString &name, Cloud cloud) const;
    // What would stop `draft` from being saved: the file's rules (AccountsDocument::validate)
    // applied to the list with `draft` replacing the account with its id, or appended. Only the
    // problems about `draft` (or the whole file) are returned.
    QList<AccountsFileIssue> validate(const Account &draft) const;

    // File-only changes, for accounts whose secret needs no change. `account.id` must be new
    // (add, from newId()) or existing (update).
    AccountsSaveResult add(const Account &account);
    AccountsSaveResult update(const Account &account);

    // Adds or updates `account` (by id). A non-empty `newSecret` is stored first, where
    // `placement` says; only then is the file saved. A new account whose file save fails has
    // its just-stored secret removed again.
    void save(const Account &account, const QByteArray &newSecret, SecretPlacement placement,
              QObject *context, SaveCallback done);
    // Saves the file without the account, then deletes its secret from the session store and
    // the keychain.
    void remove(const QString &id, QObject *context, RemoveCallback done);
    // Adds a copy of account `id` called `newName` under a new id, with the original's secret
    // copied (keychain read, then write) when it has one.
    void duplicate(const QString &id, const QString &newName, QObject *context,
                   DuplicateCallback done);

    CredentialStore *keychain() const;
    SessionSecretStore *session() const;

signals:
    void accountsReset(); // reload(): anything may have changed
    void accountAdded(const QString &id);
    void accountChanged(const QString &id); // its fields; secrets announce themselves
    void accountRemoved(const QString &id);

private:
    int indexOf(const QString &id) const;
    std::optional<AccountsSaveResult> refusal() const;
    AccountsSaveResult commit(const QList<Account> &accounts);
    // Stores `secret` for `id` as `placement` says; `done` runs later from the event loop.
    void storeSecret(const QString &id, const QByteArray &secret, SecretPlacement placement,
                     QObject *context, std::function<void(const KeychainError &)> done);
    void forgetSecret(const QString &id);
    void finishDuplicate(DuplicateOutcome outcome, const Account &copy,
                         const QPointer<QObject> &caller, bool hadContext,
                         const DuplicateCallback &done);

    AccountsFile m_file;
    QPointer<CredentialStore> m_keychain;
    QPointer<SessionSecretStore> m_session;
    AccountsLoadResult m_load;
    QList<Account> m_accounts;
    QString m_readOnlyReason;
};
