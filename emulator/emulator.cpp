#include "emulator.h"

#include "accountsdocument.h"
#include "emulatorserver.h"
#include "emulatorstate.h"

#include <QThread>

Emulator::Emulator(EmulatorConfig config, QObject *parent)
    : QObject(parent)
    , m_state(std::make_unique<EmulatorState>(std::move(config)))
{ }

Emulator::~Emulator()
{
    stop();
}

bool Emulator::start()
{
    if (m_running)
        return true;
    m_error = m_state->config().validate();
    if (!m_error.isEmpty())
        return false;
    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("fleetwatch-emulator"));
    m_server = new EmulatorServer(*m_state);
    m_server->moveToThread(m_thread);
    m_thread->start();
    bool ok = false;
    QMetaObject::invokeMethod(
        m_server,
        [this, &ok] {
            ok = m_server->start(m_state->config().port, &m_error);
            for (Cloud cloud : allClouds)
                m_ports[size_t(cloud)] = m_server->port(cloud);
        },
        Qt::BlockingQueuedConnection);
    m_running = true; // so that stop() tears the thread down on failure too
    if (!ok) {
        const QString error = m_error;
        stop();
        m_error = error;
    }
    return ok;
}

void Emulator::stop()
{
    if (!m_running)
        return;
    // The server and its connections belong to the thread: delete them there, then end it.
    QMetaObject::invokeMethod(
        m_server, [this] { delete m_server; }, Qt::BlockingQueuedConnection);
    m_server = nullptr;
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    m_ports = {};
    m_running = false;
}

const EmulatorConfig &Emulator::config() const
{
    return m_state->config();
}

QUrl Emulator::baseUrl(Cloud cloud) const
{
    if (!m_running)
        return {};
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(port(cloud));
    return url;
}

quint16 Emulator::port(Cloud cloud) const
{
    return m_ports[size_t(cloud)];
}

QList<Account> Emulator::accounts() const
{
    QList<Account> result;
    for (const EmulatorAccount &source : m_state->config().accounts) {
        Account account;
        account.id = source.id;
        account.name = source.name;
        account.cloud = source.cloud;
        account.accessKeyId = source.accessKeyId;
        // Zenlayer's status API lists the whole account: the app polls it without regions.
        if (source.cloud != Cloud::Zenlayer)
            account.regions = source.regions;
        account.endpoint = baseUrl(source.cloud);
        account.apiStyle = source.apiStyle;
        account.secretEnv = source.secretEnv;
        result.append(account);
    }
    return result;
}

Credentials Emulator::credentials(const QString &accountId) const
{
    const EmulatorAccount *account = m_state->config().account(accountId);
    return account ? Credentials(account->accessKeyId, account->secret) : Credentials();
}

QByteArray Emulator::accountsFile() const
{
    return AccountsDocument::serialize(accounts());
}

QStringList Emulator::secretExports() const
{
    QStringList lines;
    for (const EmulatorAccount &account : m_state->config().accounts) {
        QString secret = QString::fromUtf8(account.secret);
        secret.replace(u'\'', QStringLiteral("'\\''"));
        lines.append(QStringLiteral("export %1='%2'").arg(account.secretEnv, secret));
    }
    return lines;
}

EmulatorClock &Emulator::clock()
{
    return m_state->clock();
}

QList<FaultRule> Emulator::faults() const
{
    return m_state->faults().rules();
}

void Emulator::setFaults(const QList<FaultRule> &rules)
{
    m_state->faults().setRules(rules);
}

void Emulator::addFault(const FaultRule &rule)
{
    m_state->faults().addRule(rule);
}

QList<FleetInstance> Emulator::fleet(const QString &accountId, const QString &region,
                                     const QDateTime &at) const
{
    return m_state->fleet().instances(accountId, region,
                                      at.isValid() ? at : m_state->clock().now());
}

qint64 Emulator::fleetChanges() const
{
    return m_state->fleet().changeCount();
}

ScopeStats Emulator::stats(const ScopeKey &scope) const
{
    return m_state->stats().scope(scope);
}

QHash<ScopeKey, ScopeStats> Emulator::allStats() const
{
    return m_state->stats().all();
}

qint64 Emulator::totalRequests() const
{
    return m_state->stats().totalRequests();
}

int Emulator::requestsInFlight() const
{
    return m_state->stats().totalInFlight();
}

int Emulator::peakRequestsInFlight() const
{
    return m_state->stats().peakTotalInFlight();
}

void Emulator::resetStats()
{
    m_state->stats().reset();
}
