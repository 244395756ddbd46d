// AccountRegistry: the account list, its file and the order in which secrets and file change.
// Keychain work continues with the registry as context, so an operation whose caller went away
// (a dialog closed mid-save) still finishes; only the caller's callback is dropped then.
#include "accountregistry.h"

#include "credentialimport.h"
#include "credentials.h"
#include "credentialstore.h"
#include "sessionsecretstore.h"

#include <QLoggingCategory>
#include <QTimer>

using namespace Qt::StringLiterals;

// Ids, names and outcomes only: never a secret, never a keychain answer's payload.
Q_LOGGING_CATEGORY(lcAccounts, "fleetwatch.accounts", QtInfoMsg) // debug: --verbose

namespace {

// Runs `done(value)` later from the event loop, while `context` exists.
template<typename Value>
void answerLater(QObject *fallback, const QPointer<QObject> &context, bool hadContext,
                 const std::function<void(const Value &)> &done, Value value)
{
    if (!done)
        return;
    QTimer::singleShot(0, fallback, [context, hadContext, done, value = std::move(value)] {
        if (!hadContext || context)
            done(value);
    });
}

KeychainError noKeychain(const QString &accountId)
{
    KeychainError error;
    error.kind = KeychainError::Kind::Unavailable;
    error.reason = KeychainError::Reason::NoBackend;
    error.accountId = accountId;
    return error;
}

AccountsSaveResult invalid(const QString &accountId, const QString &problem)
{
    AccountsSaveResult result;
    result.status = AccountsSaveResult::Status::Invalid;
    AccountsFileIssue issue;
    issue.account = accountId;
    issue.problem = problem;
    result.errors.append(issue);
    return result;
}

} // namespace

AccountRegistry::AccountRegistry(const QString &path, CredentialStore *keychain,
                                 SessionSecretStore *session, QObject *parent)
    : QObject(parent)
    , m_file(path)
    , m_keychain(keychain)
    , m_session(session)
{
    reload();
}

AccountRegistry::~AccountRegistry() = default;

CredentialStore *AccountRegistry::keychain() const
{
    return m_keychain;
}

SessionSecretStore *AccountRegistry::session() const
{
    return m_session;
}

const AccountsLoadResult &AccountRegistry::reload()
{
    m_load = m_file.load();
    m_accounts = m_load.accounts;
    switch (m_load.status) {
    case AccountsLoadResult::Status::Loaded:
    case AccountsLoadResult::Status::Missing:
        m_readOnlyReason.clear();
        if (m_load.isNewerVersion())
            m_readOnlyReason =
                tr("The accounts file %1 was written by a newer version of Fleetwatch (format "
                   "version %2). Its accounts are used as far as this version understands "
                   "them, but nothing can be changed here, so nothing the newer version saved "
                   "is lost. Use the newer version to edit accounts.")
                    .arg(m_file.path())
                    .arg(m_load.formatVersion);
        break;
    case AccountsLoadResult::Status::Unreadable:
        m_readOnlyReason = tr("The accounts file %1 cannot be read, so nothing can be changed "
                              "here. Check its permissions, then open Accounts again.\n%2")
                               .arg(m_file.path(), m_load.errorString());
        break;
    case AccountsLoadResult::Status::Malformed:
        m_readOnlyReason = tr("The accounts file %1 has errors. The accounts without errors are "
                              "used, but nothing can be changed here until the file is fixed, so "
                              "your file stays exactly as it is. Fix these lines, then open "
                              "Accounts again:\n%2")
                               .arg(m_file.path(), m_load.errorString());
        break;
    }
    qCDebug(lcAccounts).noquote() << "loaded" << m_accounts.size() << "accounts from"
                                  << m_file.path() << (isReadOnly() ? "(read-only)" : "");
    emit accountsReset();
    return m_load;
}

std::optional<Account> AccountRegistry::account(const QString &id) const
{
    const int i = indexOf(id);
    return i >= 0 ? std::optional(m_accounts.at(i)) : std::nullopt;
}

int AccountRegistry::indexOf(const QString &id) const
{
    for (qsizetype i = 0; i < m_accounts.size(); ++i) {
        if (m_accounts.at(i).id == id)
            return int(i);
    }
    return -1;
}

QStringList AccountRegistry::ids() const
{
    QStringList ids;
    ids.reserve(m_accounts.size());
    for (const Account &a : m_accounts)
        ids.append(a.id);
    return ids;
}

QString AccountRegistry::newId(const QString &name, Cloud cloud) const
{
    QString base = CredentialImport::suggestedId(name);
    // suggestedId's fallback for a name without a usable character ("生产").
    if (base == u"imported"_s && !name.contains(u"imported"_s, Qt::CaseInsensitive))
        base = cloudId(cloud);
    return CredentialImport::uniqueId(base, ids());
}

QList<AccountsFileIssue> AccountRegistry::validate(const Account &draft) const
{
    QList<Account> all = m_accounts;
    int position = indexOf(draft.id);
    if (position >= 0) {
        all[position] = draft;
    } else {
        position = int(all.size());
        all.append(draft);
    }
    // How the file's rules name an account without a usable id (AccountReader::label).
    const QString label = u'#' + QString::number(position + 1);
    QList<AccountsFileIssue> mine;
    for (const AccountsFileIssue &issue : AccountsDocument::validate(all)) {
        if (issue.account.isEmpty() || issue.account == draft.id || issue.account == label)
            mine.append(issue);
    }
    return mine;
}

std::optional<AccountsSaveResult> AccountRegistry::refusal() const
{
    if (!isReadOnly())
        return std::nullopt;
    AccountsSaveResult result;
    result.status = AccountsSaveResult::Status::Refused;
    AccountsFileIssue issue;
    issue.kind = AccountsFileIssue::Kind::Refused;
    issue.problem = m_readOnlyReason;
    result.errors.append(issue);
    return result;
}

AccountsSaveResult AccountRegistry::commit(const QList<Account> &accounts)
{
    if (auto refused = refusal())
        return *refused;
    const AccountsSaveResult result = m_file.save(accounts);
    qCDebug(lcAccounts).noquote() << "saving" << accounts.size() << "accounts:"
                                  << (result.ok() ? u"saved"_s : result.errorString());
    if (result.ok()) {
        m_accounts = accounts;
        m_load.accounts = accounts;
    }
    return result;
}

AccountsSaveResult AccountRegistry::add(const Account &account)
{
    if (contains(account.id))
        return invalid(account.id, tr("is already used by another account; ids must be unique"));
    QList<Account> next = m_accounts;
    next.append(account);
    const AccountsSaveResult result = commit(next);
    if (result.ok())
        emit accountAdded(account.id);
    return result;
}

AccountsSaveResult AccountRegistry::update(const Account &account)
{
    const int i = indexOf(account.id);
    if (i < 0)
        return invalid(account.id, tr("no longer exists; it may have been removed"));
    if (m_accounts.at(i) == account)
        return refusal().value_or(AccountsSaveResult());
    QList<Account> next = m_accounts;
    next[i] = account;
    const AccountsSaveResult result = commit(next);
    if (result.ok())
        emit accountChanged(account.id);
    return result;
}

void AccountRegistry::storeSecret(const QString &id, const QByteArray &secret,
                                  SecretPlacement placement, QObject *context,
                                  std::function<void(const KeychainError &)> done)
{
    if (placement == SecretPlacement::SessionOnly || !m_keychain) {
        KeychainError error;
        if (placement == SecretPlacement::SessionOnly && m_session)
            m_session->set(id, secret);
        else
            error = noKeychain(id);
        QTimer::singleShot(0, context, [done = std::move(done), error] { done(error); });
        return;
    }
    m_keychain->write(id, secret, context,
                      [this, id, done = std::move(done)](const KeychainError &error) {
                          // The resolver asks the session store before the keychain: a secret
                          // kept there earlier would hide the one just stored.
                          if (error.ok() && m_session)
                              m_session->remove(id);
                          done(error);
                      });
}

void AccountRegistry::forgetSecret(const QString &id)
{
    if (m_session)
        m_session->remove(id);
    if (m_keychain)
        m_keychain->remove(id, this, [](const KeychainError &) {});
}

void AccountRegistry::save(const Account &account, const QByteArray &newSecret,
                           SecretPlacement placement, QObject *context, SaveCallback done)
{
    const QPointer<QObject> caller(context);
    const bool hadContext = context != nullptr;
    SaveOutcome outcome;
    outcome.accountId = account.id;
    outcome.added = !contains(account.id);
    if (auto refused = refusal()) {
        outcome.file = *refused;
    } else if (const QList<AccountsFileIssue> issues = validate(account); !issues.isEmpty()) {
        outcome.file.status = AccountsSaveResult::Status::Invalid;
        outcome.file.errors = issues;
    } else if (!newSecret.isEmpty()) {
        storeSecret(account.id, newSecret, placement, this,
                    [this, account, outcome, caller, hadContext,
                     done = std::move(done)](const KeychainError &error) mutable {
                        outcome.keychainError = error;
                        qCDebug(lcAccounts).noquote()
                            << "secret of account" << account.id
                            << (error.ok() ? u"stored"_s : u"not stored: "_s + error.message());
                        if (error.ok()) {
                            outcome.file = outcome.added ? add(account) : update(account);
                            if (outcome.added && !outcome.file.ok())
                                forgetSecret(account.id); // nothing names it any more
                        }
                        answerLater<SaveOutcome>(this, caller, hadContext, done,
                                                 std::move(outcome));
                    });
        return;
    } else {
        outcome.file = outcome.added ? add(account) : update(account);
    }
    answerLater<SaveOutcome>(this, caller, hadContext, done, std::move(outcome));
}

void AccountRegistry::remove(const QString &id, QObject *context, RemoveCallback done)
{
    const QPointer<QObject> caller(context);
    const bool hadContext = context != nullptr;
    RemoveOutcome outcome;
    outcome.accountId = id;
    const int i = indexOf(id);
    if (i < 0) {
        outcome.file = refusal().value_or(invalid(id, tr("no longer exists")));
    } else {
        QList<Account> next = m_accounts;
        const Account removed = next.takeAt(i);
        outcome.file = commit(next);
        if (outcome.file.ok()) {
            emit accountRemoved(id);
            if (m_session)
                m_session->remove(id);
            // An account reading its secret from the environment may still have had one in
            // the keychain from before: remove it either way.
            if (m_keychain) {
                m_keychain->remove(id, this,
                                   [this, outcome, caller, hadContext,
                                    done = std::move(done)](const KeychainError &error) mutable {
                                       outcome.keychainError = error;
                                       qCDebug(lcAccounts).noquote()
                                           << "removed account" << outcome.accountId
                                           << (error.ok()
                                                   ? u"and its secret"_s
                                                   : u"but not its secret: "_s + error.message());
                                       answerLater<RemoveOutcome>(this, caller, hadContext, done,
                                                                  std::move(outcome));
                                   });
                return;
            }
        }
    }
    answerLater<RemoveOutcome>(this, caller, hadContext, done, std::move(outcome));
}

void AccountRegistry::duplicate(const QString &id, const QString &newName, QObject *context,
                                DuplicateCallback done)
{
    const QPointer<QObject> caller(context);
    const bool hadContext = context != nullptr;
    DuplicateOutcome outcome;
    outcome.sourceId = id;
    const std::optional<Account> source = account(id);
    Account copy = source.value_or(Account());
    copy.id = newId(newName, copy.cloud);
    copy.name = newName;
    outcome.accountId = copy.id;

    const auto answerNow = [&] {
        answerLater<DuplicateOutcome>(this, caller, hadContext, done, std::move(outcome));
    };
    if (auto refused = refusal()) {
        outcome.file = *refused;
        return answerNow();
    }
    if (!source) {
        outcome.file = invalid(id, tr("no longer exists"));
        return answerNow();
    }
    if (const QList<AccountsFileIssue> issues = validate(copy); !issues.isEmpty()) {
        outcome.file.status = AccountsSaveResult::Status::Invalid;
        outcome.file.errors = issues;
        return answerNow();
    }
    if (!source->secretEnv.isEmpty()) // the copy reads the same variable
        return finishDuplicate(std::move(outcome), copy, caller, hadContext, done);
    if (m_session && m_session->contains(id)) {
        QByteArray secret = m_session->secret(id).value_or(QByteArray());
        m_session->set(copy.id, secret);
        Credentials::wipe(secret);
        outcome.secretCopied = true;
        return finishDuplicate(std::move(outcome), copy, caller, hadContext, done);
    }
    if (!m_keychain) {
        outcome.secretError = noKeychain(id);
        return finishDuplicate(std::move(outcome), copy, caller, hadContext, done);
    }
    auto written = [this, outcome, copy, caller, hadContext,
                    done](const KeychainError &error) mutable {
        outcome.secretError = error;
        outcome.secretCopied = error.ok();
        finishDuplicate(std::move(outcome), copy, caller, hadContext, done);
    };
    m_keychain->read(id, this,
                     [this, outcome, copy, caller, hadContext, done,
                      written](const QByteArray &secret, const KeychainError &error) mutable {
                         if (!error.ok()) {
                             outcome.secretError = error;
                             return finishDuplicate(std::move(outcome), copy, caller, hadContext,
                                                    done);
                         }
                         if (m_keychain)
                             m_keychain->write(copy.id, secret, this, written);
                         else
                             written(noKeychain(copy.id));
                     });
}

void AccountRegistry::finishDuplicate(DuplicateOutcome outcome, const Account &copy,
                                      const QPointer<QObject> &caller, bool hadContext,
                                      const DuplicateCallback &done)
{
    outcome.file = add(copy);
    qCDebug(lcAccounts).noquote() << "duplicated account" << outcome.sourceId << "as"
                                  << outcome.accountId << "secret copied:" << outcome.secretCopied;
    if (!outcome.file.ok() && outcome.secretCopied) {
        forgetSecret(copy.id);
        outcome.secretCopied = false;
    }
    answerLater<DuplicateOutcome>(this, caller, hadContext, done, std::move(outcome));
}
