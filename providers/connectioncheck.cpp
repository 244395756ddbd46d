// ConnectionCheck: one listing through the same ProviderClient the poller uses, and the
// sentences that explain its outcome. Sentences are whole translatable phrases; codes, request
// ids and region ids are never translated.
#include "connectioncheck.h"

#include "providerclient.h"
#include "regioncatalog.h"
#include "snapshot.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QTimer>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcConnectionCheck, "fleetwatch.connectioncheck", QtInfoMsg) // debug: --verbose

namespace {

QString roughDuration(qint64 seconds)
{
    seconds = std::abs(seconds);
    if (seconds < 120)
        return ConnectionCheckResult::tr("%n second(s)", "", int(seconds));
    if (seconds < 2 * 3600)
        return ConnectionCheckResult::tr("%n minute(s)", "", int((seconds + 30) / 60));
    return ConnectionCheckResult::tr("%n hour(s)", "", int((seconds + 1800) / 3600));
}

} // namespace

QString ConnectionCheckResult::message() const
{
    const QString cloudName = cloudDisplayName(cloud);
    const QString where = region.isEmpty() ? tr("all zones") : FetchError::serverText(region, 64);
    switch (outcome) {
    case Outcome::Connected:
        if (region.isEmpty())
            return tr("Connected: %n instance(s) in the account.", "", instanceCount);
        return tr("Connected: %n instance(s) in %1.", "", instanceCount).arg(where);
    case Outcome::NotTestable:
    case Outcome::NoSecret:
        return credentialMessage;
    case Outcome::Failed:
        break;
    }
    if (!error)
        return tr("The test ended without an answer.");
    const FetchError &e = *error;
    const QString code = e.code.isEmpty()
        ? (e.httpStatus ? u"HTTP "_s + QString::number(e.httpStatus) : e.kindName())
        : FetchError::serverText(e.code, 80);
    switch (e.kind) {
    case FetchError::Kind::Auth:
        return tr("%1 refused the key (%2). Check the %3 and the %4; also check that the key is "
                  "allowed to list instances.")
            .arg(cloudName, code, cloudKeyIdName(cloud), cloudSecretName(cloud));
    case FetchError::Kind::ClockSkew:
        if (clockSkewKnown)
            return tr("%1 refused the request time (%2): this computer's clock is off by about "
                      "%3. Turn on automatic time setting, then test again.")
                .arg(cloudName, code, roughDuration(clockSkewSeconds));
        return tr("%1 refused the request time (%2): this computer's clock is off. Turn on "
                  "automatic time setting, then test again.")
            .arg(cloudName, code);
    case FetchError::Kind::InvalidRequest:
        if (!region.isEmpty() && !RegionCatalog::isKnown(cloud, region))
            return tr("%1 rejected the request for region %2 (%3). %2 is not a region Fleetwatch "
                      "knows for %1: check its spelling.")
                .arg(cloudName, where, code);
        return tr("%1 rejected the request for %2 (%3). Check the region, the endpoint and, for "
                  "Tencent Cloud, the API style.")
            .arg(cloudName, where, code);
    case FetchError::Kind::Throttled:
        return tr("%1 is limiting requests right now (%2). Wait a moment and test again.")
            .arg(cloudName, code);
    case FetchError::Kind::Server:
        return tr("%1 had a server error (%2). Test again later; if it lasts, check the "
                  "endpoint.")
            .arg(cloudName, code);
    case FetchError::Kind::Network:
        return tr("Cannot reach %1 (%2). Check the network connection, a proxy or firewall, and "
                  "the endpoint.")
            .arg(cloudName, code);
    case FetchError::Kind::Timeout:
        return tr("%1 did not answer in time. Check the network connection, a proxy or firewall, "
                  "and the endpoint.")
            .arg(cloudName);
    case FetchError::Kind::Malformed:
        return tr("%1 answered with something that is not its API's answer (%2), often a proxy's "
                  "page or a wrong endpoint.")
            .arg(cloudName, code);
    }
    return {};
}

QString ConnectionCheckResult::details() const
{
    QStringList lines;
    if (error) {
        const FetchError &e = *error;
        lines.append(tr("Kind: %1").arg(e.kindName()));
        if (!e.code.isEmpty())
            lines.append(tr("Code: %1").arg(FetchError::serverText(e.code, 200)));
        if (e.httpStatus)
            lines.append(tr("HTTP status: %1").arg(e.httpStatus));
        if (!e.message.isEmpty())
            lines.append(tr("Message: %1").arg(FetchError::serverText(e.message, 1000)));
        if (!e.requestId.isEmpty())
            lines.append(tr("Request id: %1").arg(FetchError::serverText(e.requestId, 200)));
    }
    if (!keychainError.ok() && !keychainError.detail.isEmpty())
        lines.append(tr("Keychain: %1").arg(FetchError::serverText(keychainError.detail, 500)));
    return lines.join(u'\n');
}

ConnectionCheck::ConnectionCheck(QNetworkAccessManager *network, CredentialResolver *resolver,
                                 QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_resolver(resolver)
{ }

ConnectionCheck::~ConnectionCheck()
{
    cancel();
}

void ConnectionCheck::start(const Account &account, const Credentials &typed)
{
    cancel();
    m_running = true;
    const quint64 generation = ++m_generation;
    emit started();

    ConnectionCheckResult &result = m_pending;
    result = ConnectionCheckResult();
    result.accountName = account.name;
    result.cloud = account.cloud;
    result.region = account.cloud == Cloud::Zenlayer ? QString() : account.regions.value(0);

    const QString keyId = typed.accessKeyId.isEmpty() ? account.accessKeyId : typed.accessKeyId;
    if (keyId.isEmpty())
        result.credentialMessage = ConnectionCheckResult::tr("Enter the %1 to test the connection.")
                                       .arg(cloudKeyIdName(account.cloud));
    else if (account.cloud != Cloud::Zenlayer && result.region.isEmpty())
        result.credentialMessage =
            ConnectionCheckResult::tr("Choose a region to test the connection with.");
    if (!result.credentialMessage.isEmpty()) {
        QTimer::singleShot(0, this, [this, generation] {
            if (generation == m_generation)
                finish(m_pending);
        });
        return;
    }
    if (typed.isValid()) {
        QTimer::singleShot(0, this, [this, generation, account, typed] {
            if (generation == m_generation)
                list(account, typed);
        });
        return;
    }
    if (!m_resolver) {
        result.outcome = ConnectionCheckResult::Outcome::NoSecret;
        result.credentialMessage = ConnectionCheckResult::tr("Enter the %1 to test the connection.")
                                       .arg(cloudSecretName(account.cloud));
        QTimer::singleShot(0, this, [this, generation] {
            if (generation == m_generation)
                finish(m_pending);
        });
        return;
    }
    m_resolver->resolve(account, this,
                        [this, generation, account](const CredentialResolution &resolution) {
                            if (generation != m_generation)
                                return; // cancelled, or replaced by a newer check
                            if (resolution.ok())
                                return list(account, resolution.credentials);
                            m_pending.outcome = ConnectionCheckResult::Outcome::NoSecret;
                            m_pending.keychainError = resolution.keychainError;
                            m_pending.credentialMessage = resolution.message();
                            finish(m_pending);
                        });
}

void ConnectionCheck::list(const Account &account, const Credentials &credentials)
{
    if (!m_network) {
        FetchError e;
        e.code = u"NoNetwork"_s;
        m_pending.outcome = ConnectionCheckResult::Outcome::Failed;
        m_pending.error = e;
        return finish(m_pending);
    }
    delete m_client;
    m_client = ProviderClient::create(account.cloud, m_network, nullptr, this);
    m_client->setOptions(m_options);
    connect(m_client, &ProviderClient::snapshotReady, this,
            [this](quint64 id, const Snapshot &snapshot) {
                if (id != m_fetchId)
                    return;
                m_fetchId = 0;
                if (snapshot.isComplete()) {
                    m_pending.outcome = ConnectionCheckResult::Outcome::Connected;
                    m_pending.instanceCount = int(snapshot.instances.size());
                } else {
                    m_pending.outcome = ConnectionCheckResult::Outcome::Failed;
                    m_pending.error = snapshot.error;
                    if (snapshot.error->kind == FetchError::Kind::ClockSkew
                        && snapshot.error->serverTime.isValid()) {
                        m_pending.clockSkewKnown = true;
                        m_pending.clockSkewSeconds =
                            -ProviderClient::clockOffsetFor(*snapshot.error,
                                                            QDateTime::currentDateTimeUtc())
                            / 1000;
                    }
                }
                finish(m_pending);
            });
    FetchRequest request;
    request.account = account;
    request.credentials = credentials;
    request.region = m_pending.region;
    qCDebug(lcConnectionCheck).noquote() << "testing" << cloudId(account.cloud) << account.id
                                         << m_pending.region << "key" << credentials.accessKeyId;
    m_fetchId = m_client->fetchStatus(request);
}

void ConnectionCheck::finish(ConnectionCheckResult result)
{
    const QString outcome = result.error
        ? QString(result.error->kindName() + u' ' + result.error->code + u' '
                  + result.error->requestId)
        : QString(QString::number(int(result.outcome)) + u' '
                  + QString::number(result.instanceCount));
    qCDebug(lcConnectionCheck).noquote()
        << "test of" << result.accountName << result.region << "ended:" << outcome;
    m_running = false;
    if (m_client) {
        m_client->deleteLater();
        m_client = nullptr;
    }
    emit finished(result);
}

void ConnectionCheck::cancel()
{
    ++m_generation;
    if (m_client) {
        m_client->cancelAll();
        delete m_client;
        m_client = nullptr;
    }
    m_fetchId = 0;
    m_running = false;
}
