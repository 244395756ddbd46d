// ConnectionCheck: the accounts dialog's "Test connection": one status listing of an account's
// first region (Zenlayer: the whole account), with a secret typed into the dialog or, when none
// was typed, the one CredentialResolver finds (environment, session, keychain). The answer is
// one ConnectionCheckResult whose message() says in plain words what happened and what to do:
// "Connected: 137 instances in cn-hangzhou", a refused key, a clock that is off, an unknown
// region, no network, a keychain that cannot be used. Never blocks; cancellable; one check at
// a time (starting another cancels the running one).
#pragma once

#include "account.h"
#include "clientoptions.h"
#include "credentialresolver.h"
#include "credentials.h"
#include "fetcherror.h"

#include <QCoreApplication>
#include <QMetaType>
#include <QObject>
#include <QPointer>

#include <optional>

class ProviderClient;
class QNetworkAccessManager;

struct ConnectionCheckResult
{
    Q_DECLARE_TR_FUNCTIONS(ConnectionCheckResult)

public:
    enum class Outcome : quint8 {
        Connected, // the listing completed: instanceCount instances in `region`
        NotTestable, // nothing was sent: no key id, no region (message() says which)
        NoSecret, // the secret could not be found (credentialMessage; keychainError)
        Failed, // the cloud or the network answered with `error`
    };

    Outcome outcome = Outcome::NotTestable;
    QString accountName;
    Cloud cloud = Cloud::Aliyun;
    QString region; // the region listed; empty for Zenlayer
    int instanceCount = 0;
    std::optional<FetchError> error;
    KeychainError keychainError; // for NoSecret, when the keychain was asked
    QString credentialMessage; // for NoSecret and NotTestable: the reason in plain words
    bool clockSkewKnown = false;
    qint64 clockSkewSeconds = 0; // this computer minus the server, for ClockSkew

    bool ok() const { return outcome == Outcome::Connected; }
    bool offersSessionOnly() const { return keychainError.offersSessionOnly(); }
    // One or two sentences: what happened and what to do. Server text is cleaned (one line,
    // capped) but is still plain text: show it with Qt::PlainText.
    QString message() const;
    // The cloud's code, HTTP status, message and request id, one per line, for copying.
    QString details() const;
};

Q_DECLARE_METATYPE(ConnectionCheckResult)

class ConnectionCheck : public QObject
{
    Q_OBJECT

public:
    // `resolver` finds stored secrets (may be null: only typed-in secrets can be tested).
    ConnectionCheck(QNetworkAccessManager *network, CredentialResolver *resolver,
                    QObject *parent = nullptr);
    ~ConnectionCheck() override;

    void setOptions(const ClientOptions &options) { m_options = options; }

    // Tests `account` (a draft: need not be saved). A valid `typed` (key id and secret the user
    // typed) is used as is; otherwise the resolver is asked for the account's stored secret.
    void start(const Account &account, const Credentials &typed = {});
    // Stops the running check; no finished() follows for it.
    void cancel();
    bool isRunning() const { return m_running; }

signals:
    void started();
    void finished(const ConnectionCheckResult &result);

private:
    void list(const Account &account, const Credentials &credentials);
    void finish(ConnectionCheckResult result);

    QPointer<QNetworkAccessManager> m_network;
    QPointer<CredentialResolver> m_resolver;
    ClientOptions m_options;
    ProviderClient *m_client = nullptr;
    quint64 m_fetchId = 0;
    quint64 m_generation = 0; // answers of cancelled checks carry an older generation
    bool m_running = false;
    ConnectionCheckResult m_pending; // filled as the check goes
};
