// SessionSecretStore: a hash of secrets that wipes what it lets go of.
#include "sessionsecretstore.h"

#include "credentials.h"

SessionSecretStore::SessionSecretStore(QObject *parent)
    : QObject(parent)
{ }

SessionSecretStore::~SessionSecretStore()
{
    for (QByteArray &secret : m_secrets)
        Credentials::wipe(secret);
}

void SessionSecretStore::set(const QString &accountId, const QByteArray &secret)
{
    if (secret.isEmpty()) {
        remove(accountId);
        return;
    }
    auto it = m_secrets.find(accountId);
    if (it != m_secrets.end()) {
        Credentials::wipe(*it);
        *it = secret;
    } else {
        m_secrets.insert(accountId, secret);
    }
    emit secretChanged(accountId);
}

std::optional<QByteArray> SessionSecretStore::secret(const QString &accountId) const
{
    const auto it = m_secrets.constFind(accountId);
    if (it == m_secrets.constEnd())
        return std::nullopt;
    return *it;
}

void SessionSecretStore::remove(const QString &accountId)
{
    auto it = m_secrets.find(accountId);
    if (it == m_secrets.end())
        return;
    Credentials::wipe(*it);
    m_secrets.erase(it);
    emit secretChanged(accountId);
}

void SessionSecretStore::clear()
{
    const QStringList ids = m_secrets.keys();
    for (const QString &id : ids)
        remove(id);
}
