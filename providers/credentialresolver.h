// Finds the Credentials to sign an account's requests, in this order:
//   1. the environment variable named by Account::secretEnv, when set (headless, CI);
//   2. the session-only store (secrets the user chose to keep in memory);
//   3. the system keychain (asynchronous).
// When secretEnv is set, only the environment is consulted: a missing variable is an error
// to fix, not a reason to fall back silently to another secret.
#pragma once

#include "account.h"
#include "credentials.h"
#include "keychainerror.h"

#include <QCoreApplication>
#include <QObject>
#include <QPointer>
#include <QProcessEnvironment>

#include <functional>

class CredentialStore;
class SessionSecretStore;

struct CredentialResolution
{
    Q_DECLARE_TR_FUNCTIONS(CredentialResolution)

public:
    enum class Source : quint8 { None, Environment, Session, Keychain };

    QString accountId;
    Credentials credentials; // valid when ok()
    Source source = Source::None;
    QString environmentVariable; // the variable's name when secretEnv was used (never the value)
    KeychainError keychainError; // set when the keychain was asked and did not deliver

    bool ok() const { return credentials.isValid(); }
    // Whether the UI should offer to keep a secret in memory for this session.
    bool offersSessionOnly() const { return keychainError.offersSessionOnly(); }
    // Empty when ok(); otherwise what is wrong and what to do, in plain words.
    QString message() const;
};

class CredentialResolver : public QObject
{
    Q_OBJECT

public:
    using Callback = std::function<void(const CredentialResolution &)>;

    // Either store may be null: no session secrets, or no keychain (every lookup that reaches
    // it then fails with KeychainError Unavailable/NoBackend).
    CredentialResolver(CredentialStore *keychain, SessionSecretStore *session,
                       QObject *parent = nullptr);

    // Where secretEnv variables are looked up; the process environment by default.
    void setEnvironment(const QProcessEnvironment &environment) { m_environment = environment; }

    // Always answers later, from the event loop, and only while `context` exists.
    void resolve(const Account &account, QObject *context, Callback done);

private:
    QPointer<CredentialStore> m_keychain;
    QPointer<SessionSecretStore> m_session;
    QProcessEnvironment m_environment = QProcessEnvironment::systemEnvironment();
};
