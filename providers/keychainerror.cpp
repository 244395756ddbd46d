// Classification of QtKeychain's answers and the sentences shown for each. The texts matched
// in fromJob() are the ones QtKeychain 0.13 (libsecret backend) gives, checked on Debian 12:
//   "Cannot autolaunch D-Bus without X11 $DISPLAY"       no session bus, none can be started
//   "Could not connect: No such file or directory"       DBUS_SESSION_BUS_ADDRESS points nowhere
//   "The name org.freedesktop.secrets was not provided"  a bus without a Secret Service
//   "Object does not exist at path .../collection/login" the login keyring was never unlocked
#include "keychainerror.h"

#include <qt6keychain/keychain.h>

using namespace Qt::StringLiterals;

KeychainError KeychainError::fromJob(int error, const QString &errorString,
                                     const QString &accountId)
{
    KeychainError result;
    result.accountId = accountId;
    result.detail = errorString;
    switch (QKeychain::Error(error)) {
    case QKeychain::NoError:
        return result;
    case QKeychain::EntryNotFound:
        result.kind = Kind::NotFound;
        return result;
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        result.kind = Kind::AccessDenied;
        return result;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        result.kind = Kind::Unavailable;
        result.reason = Reason::NoBackend;
        return result;
    case QKeychain::CouldNotDeleteEntry:
        result.kind = Kind::Failed;
        return result;
    case QKeychain::OtherError:
        break;
    }
    // On Linux almost every failure to reach a keychain arrives as OtherError.
    result.kind = Kind::Unavailable;
    const auto has = [&errorString](const char *text) {
        return errorString.contains(QLatin1StringView(text), Qt::CaseInsensitive);
    };
    if (has("autolaunch") || has("Could not connect") || has("DBUS_SESSION_BUS_ADDRESS")
        || has("Failed to connect to socket"))
        result.reason = Reason::NoSessionBus;
    else if (has("org.freedesktop.secrets") || has("ServiceUnknown"))
        result.reason = Reason::NoSecretService;
    else if (has("collection/") || has("locked"))
        result.reason = Reason::Locked;
    return result;
}

KeychainError KeychainError::timedOut(const QString &accountId, int seconds)
{
    KeychainError result;
    result.kind = Kind::Unavailable;
    result.reason = Reason::TimedOut;
    result.accountId = accountId;
    result.detail = u"no answer within %1 s"_s.arg(seconds);
    return result;
}

QString KeychainError::message() const
{
    const QString sessionOnly =
        tr("You can keep the secret in memory for this session only (Accounts offers this when "
           "you save it); Fleetwatch will ask for it again next time.");
    switch (kind) {
    case Kind::None:
        return QString();
    case Kind::NotFound:
        return tr("No secret is stored in the system keychain for account \"%1\". Enter it in "
                  "Accounts.")
            .arg(accountId);
    case Kind::AccessDenied:
        return tr("The system keychain refused access to the secret of account \"%1\". Unlock "
                  "the keychain or allow Fleetwatch to use it, then try again.")
                   .arg(accountId)
            + u' ' + sessionOnly;
    case Kind::Failed:
        return tr("The system keychain could not complete the request for account \"%1\" (%2). "
                  "Try again; if it keeps failing, log out and back in to restart the keychain.")
            .arg(accountId, detail);
    case Kind::Unavailable:
        break;
    }
    QString why;
    switch (reason) {
    case Reason::NoSessionBus:
        why = tr("no D-Bus session is running, so no keychain service can be reached");
        break;
    case Reason::NoSecretService:
        why = tr("no keychain service (such as GNOME Keyring or KWallet) is running");
        break;
    case Reason::Locked:
        why = tr("the keychain is locked or has not been set up; unlock or create it and try "
                 "again");
        break;
    case Reason::NoBackend:
        why = tr("this system has no keychain Fleetwatch can use");
        break;
    case Reason::TimedOut:
        why = tr("the keychain did not answer in time (it may be waiting for a password "
                 "prompt)");
        break;
    case Reason::Unknown:
        why = tr("the keychain reported: %1").arg(detail);
        break;
    }
    return tr("Fleetwatch could not use the system keychain for account \"%1\": %2.")
               .arg(accountId, why)
        + u' ' + sessionOnly;
}
