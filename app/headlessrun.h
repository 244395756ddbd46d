// `fleetwatch --once`: lists every account and region once, without a window, and prints the
// instances (with name, zone, IPs and type when the details call answers) and the errors as
// JSON (or the instances as CSV, errors on stderr). Exit codes:
// 0 every scope listed, 2 some scope failed (what was listed is still printed), 1 a usage or
// configuration error (no accounts, a malformed accounts file).
#pragma once

#include "account.h"
#include "commandline.h"
#include "snapshot.h"

#include <QObject>

#include <memory>

class CredentialResolver;
class CredentialStore;
class Emulator;
class InstanceTableModel;
class Poller;
class SessionSecretStore;

class HeadlessRun : public QObject
{
    Q_OBJECT

public:
    explicit HeadlessRun(const CommandLine &options, QObject *parent = nullptr);
    ~HeadlessRun() override;

    // Starts the run; finished() follows from the event loop with the exit code.
    void start();
    // What would be printed (for tests); valid after finished().
    QByteArray output() const { return m_output; }
    QByteArray diagnostics() const { return m_diagnostics; }

signals:
    void finished(int exitCode);

private:
    bool loadAccounts(QList<Account> &accounts);
    void onRoundFinished();
    QByteArray jsonOutput() const;
    QByteArray csvOutput() const;
    void fail(int exitCode, const QString &message);

    CommandLine m_options;
    std::unique_ptr<Emulator> m_demo;
    CredentialStore *m_keychain = nullptr;
    SessionSecretStore *m_session = nullptr;
    CredentialResolver *m_resolver = nullptr;
    Poller *m_poller = nullptr;
    InstanceTableModel *m_model = nullptr;
    QList<Snapshot> m_failures;
    QHash<QString, QString> m_accountNames;
    QByteArray m_output;
    QByteArray m_diagnostics;
};
