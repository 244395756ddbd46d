// Account secrets in the operating system's keychain, through QtKeychain's asynchronous jobs:
// the Secret Service (GNOME Keyring, KWallet) on Linux, the Credential Manager on Windows, the
// Keychain on macOS. Entries are filed under service "fleetwatch" and a key derived from the
// account id (keyFor()); the secret itself is never part of a key, a log line or an error.
//
// Nothing here blocks: each call returns at once and its callback runs later on the calling
// thread's event loop (never from inside the call), and not at all if `context` is gone by then.
// A keychain that does not answer within timeout() (a password prompt nobody sees) fails with
// KeychainError::Reason::TimedOut instead of hanging the caller.
#pragma once

#include "keychainerror.h"

#include <QByteArray>
#include <QObject>
#include <QString>

#include <chrono>
#include <functional>
#include <memory>

namespace QKeychain {
class Job;
}

class CredentialStore : public QObject
{
    Q_OBJECT

public:
    using ReadCallback = std::function<void(const QByteArray &secret, const KeychainError &error)>;
    using DoneCallback = std::function<void(const KeychainError &error)>;

    static constexpr QLatin1StringView defaultService { "fleetwatch" };

    explicit CredentialStore(QObject *parent = nullptr);
    // A different service name keeps tests apart from a real Fleetwatch's entries.
    explicit CredentialStore(QString service, QObject *parent = nullptr);
    ~CredentialStore() override;

    const QString &service() const { return m_service; }
    // "account:<id>": the keychain key for an account.
    static QString keyFor(const QString &accountId);

    std::chrono::milliseconds timeout() const { return m_timeout; }
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }

    // The secret stored for the account (error NotFound when there is none).
    void read(const QString &accountId, QObject *context, ReadCallback done);
    // Stores or replaces the secret. An empty secret is refused (use remove()).
    void write(const QString &accountId, const QByteArray &secret, QObject *context,
               DoneCallback done);
    // Deletes the secret; succeeds when there was none.
    void remove(const QString &accountId, QObject *context, DoneCallback done);

    // Requests started and not yet answered (or timed out).
    int pendingRequests() const { return m_pending; }

signals:
    // After a successful write or remove, so holders of cached credentials can drop them.
    void secretChanged(const QString &accountId);

private:
    struct Request;
    using Answer = std::function<void(QKeychain::Job *job, const KeychainError &error)>;
    // Starts `job`; `answer` runs once with the job's result or a timeout (job null then).
    void start(QKeychain::Job *job, const QString &accountId, QObject *context, Answer answer);
    void settle(const std::shared_ptr<Request> &request, QKeychain::Job *job,
                const KeychainError &error);

    QString m_service;
    std::chrono::milliseconds m_timeout { std::chrono::minutes(2) };
    int m_pending = 0;
};
