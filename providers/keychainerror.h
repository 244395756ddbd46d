// Why a keychain request failed, typed so the UI can react (offer "keep the secret in memory
// for this session only" when no keychain can be used) and worded so a person understands it.
// QtKeychain reports most Linux failures as OtherError with a text; fromJob() sorts the known
// texts into reasons. Never holds a secret.
#pragma once

#include <QCoreApplication>
#include <QMetaType>
#include <QString>

struct KeychainError
{
    Q_DECLARE_TR_FUNCTIONS(KeychainError)

public:
    enum class Kind : quint8 {
        None,
        NotFound, // nothing is stored for this account
        Unavailable, // no keychain could be used at all (see reason)
        AccessDenied, // the keychain refused: the user said no, or a wrong password
        Failed, // the keychain answered but could not do it (e.g. could not delete)
    };
    enum class Reason : quint8 {
        Unknown,
        NoSessionBus, // no D-Bus session bus (headless, ssh, a service account)
        NoSecretService, // a bus, but no Secret Service (GNOME Keyring, KWallet) on it
        Locked, // the keyring is locked or was never created/unlocked
        NoBackend, // this platform or build has no keychain backend
        TimedOut, // no answer in time (often a password prompt nobody can see)
    };

    Kind kind = Kind::None;
    Reason reason = Reason::Unknown;
    QString accountId;
    QString detail; // the keychain's own words, for a "details" box and logs

    bool ok() const { return kind == Kind::None; }
    // The keychain cannot be used right now, so the user may choose to keep the secret in
    // memory for this session only (SessionSecretStore).
    bool offersSessionOnly() const
    {
        return kind == Kind::Unavailable || kind == Kind::AccessDenied;
    }
    // One or two plain sentences: what happened, for which account, what to do.
    QString message() const;

    // `error` is a QKeychain::Error value; `errorString` the job's errorString().
    static KeychainError fromJob(int error, const QString &errorString, const QString &accountId);
    static KeychainError timedOut(const QString &accountId, int seconds);
};

Q_DECLARE_METATYPE(KeychainError)
