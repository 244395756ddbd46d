// Secrets kept in memory for this session only: the user's choice when no keychain can be
// used (KeychainError::offersSessionOnly()). Nothing here is ever written anywhere; the bytes
// are overwritten when an entry is replaced or removed and when the store is destroyed (for
// copies handed out, by their last holder: see Credentials::wipe).
#pragma once

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QString>
#include <QStringList>

#include <optional>

class SessionSecretStore : public QObject
{
    Q_OBJECT

public:
    explicit SessionSecretStore(QObject *parent = nullptr);
    ~SessionSecretStore() override;

    // An empty secret removes the entry.
    void set(const QString &accountId, const QByteArray &secret);
    std::optional<QByteArray> secret(const QString &accountId) const;
    bool contains(const QString &accountId) const { return m_secrets.contains(accountId); }
    void remove(const QString &accountId);
    void clear();
    QStringList accountIds() const { return m_secrets.keys(); }

signals:
    void secretChanged(const QString &accountId);

private:
    QHash<QString, QByteArray> m_secrets;
};
