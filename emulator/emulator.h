// The cloud emulator for in-process use (tests, benchmarks, the app's --demo mode) and for
// the fleetwatch-emulator executable: four loopback listeners speaking JD Cloud, Zenlayer,
// Alibaba Cloud and Tencent Cloud's real status and details APIs, verifying signatures,
// simulating fleets, and injecting faults. The server runs in its own thread, so a caller's
// event loop (the GUI's) does no emulator work; every method here is safe from the thread
// that created the Emulator.
//
//     Emulator emulator(EmulatorConfig::demo());
//     if (!emulator.start()) qFatal() << emulator.errorString();
//     const QUrl aliyun = emulator.baseUrl(Cloud::Aliyun);          // http://127.0.0.1:port
//     const QList<Account> accounts = emulator.accounts();          // endpoints set
//     const Credentials key = emulator.credentials(accounts[0].id); // in memory only
#pragma once

#include "account.h"
#include "credentials.h"
#include "emulatorclock.h"
#include "emulatorconfig.h"
#include "fleetinstance.h"
#include "requeststats.h"

#include <QHash>
#include <QObject>
#include <QUrl>

#include <array>
#include <memory>

class EmulatorServer;
class EmulatorState;
class QThread;

class Emulator : public QObject
{
    Q_OBJECT

public:
    explicit Emulator(EmulatorConfig config = EmulatorConfig::demo(), QObject *parent = nullptr);
    ~Emulator() override;

    // Starts the server thread and listens on 127.0.0.1; blocks until listening or failed.
    bool start();
    void stop();
    bool isRunning() const { return m_running; }
    QString errorString() const { return m_error; }

    const EmulatorConfig &config() const;
    QUrl baseUrl(Cloud cloud) const; // http://127.0.0.1:<port>; empty when not running
    quint16 port(Cloud cloud) const;

    // The configured accounts as the app stores them, endpoints pointing here.
    QList<Account> accounts() const;
    Credentials credentials(const QString &accountId) const;
    // A version-1 accounts file for the app (secrets named by secretEnv, never written).
    QByteArray accountsFile() const;
    // "export NAME='secret'" for each account: throw-away demo keys only.
    QStringList secretExports() const;

    // Clock control: manual stepping, acceleration (see EmulatorClock).
    EmulatorClock &clock();

    // Fault rules, changeable while running; the last matching rule applies.
    QList<FaultRule> faults() const;
    void setFaults(const QList<FaultRule> &rules);
    void addFault(const FaultRule &rule);

    // The truth, for tests: the account's instances (one region, or all) at `at` (default:
    // now on the emulator clock), with details. Past times reach back config().dynamics.historyMs.
    QList<FleetInstance> fleet(const QString &accountId, const QString &region = {},
                               const QDateTime &at = {}) const;
    qint64 fleetChanges() const;

    // Request counters per scope ({accountId, region}; Zenlayer's region is empty).
    ScopeStats stats(const ScopeKey &scope) const;
    QHash<ScopeKey, ScopeStats> allStats() const;
    qint64 totalRequests() const;
    int requestsInFlight() const;
    int peakRequestsInFlight() const; // since start or the last resetStats()
    void resetStats();

private:
    std::unique_ptr<EmulatorState> m_state;
    QThread *m_thread = nullptr;
    EmulatorServer *m_server = nullptr; // lives in m_thread
    std::array<quint16, 4> m_ports {};
    bool m_running = false;
    QString m_error;
};
