// CredentialResolver: environment, then session store, then keychain; answers are always
// delivered from the event loop so callers never see a callback inside resolve().
#include "credentialresolver.h"

#include "credentialstore.h"
#include "sessionsecretstore.h"

#include <QTimer>

QString CredentialResolution::message() const
{
    if (ok())
        return QString();
    if (!environmentVariable.isEmpty())
        return tr("The environment variable %1, which account \"%2\" names for its secret, is "
                  "not set or is empty. Set it before starting Fleetwatch, or remove "
                  "\"secretEnv\" from the account to use the keychain.")
            .arg(environmentVariable, accountId);
    return keychainError.message();
}

CredentialResolver::CredentialResolver(CredentialStore *keychain, SessionSecretStore *session,
                                       QObject *parent)
    : QObject(parent)
    , m_keychain(keychain)
    , m_session(session)
{ }

void CredentialResolver::resolve(const Account &account, QObject *context, Callback done)
{
    QObject *receiver = context ? context : this;
    CredentialResolution resolution;
    resolution.accountId = account.id;
    const auto answerLater = [receiver, &done](CredentialResolution result) {
        QTimer::singleShot(0, receiver,
                           [done = std::move(done), result = std::move(result)] { done(result); });
    };

    if (!account.secretEnv.isEmpty()) {
        resolution.environmentVariable = account.secretEnv;
        const QByteArray secret = m_environment.value(account.secretEnv).toUtf8();
        if (!secret.isEmpty()) {
            resolution.credentials = Credentials(account.accessKeyId, secret);
            resolution.source = CredentialResolution::Source::Environment;
        }
        answerLater(std::move(resolution));
        return;
    }
    if (m_session) {
        if (const auto secret = m_session->secret(account.id)) {
            resolution.credentials = Credentials(account.accessKeyId, *secret);
            resolution.source = CredentialResolution::Source::Session;
            answerLater(std::move(resolution));
            return;
        }
    }
    if (!m_keychain) {
        resolution.keychainError.kind = KeychainError::Kind::Unavailable;
        resolution.keychainError.reason = KeychainError::Reason::NoBackend;
        resolution.keychainError.accountId = account.id;
        answerLater(std::move(resolution));
        return;
    }
    m_keychain->read(account.id, receiver,
                     [resolution, keyId = account.accessKeyId, done = std::move(done)](
                         const QByteArray &secret, const KeychainError &error) mutable {
                         if (error.ok()) {
                             resolution.credentials = Credentials(keyId, secret);
                             resolution.source = CredentialResolution::Source::Keychain;
                         } else {
                             resolution.keychainError = error;
                         }
                         done(resolution);
                     });
}
