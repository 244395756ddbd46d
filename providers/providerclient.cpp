#include "providerclient.h"

#include "aliyunclient.h"
#include "errormapping.h"
#include "jdcloudclient.h"
#include "listingjob.h"
#include "tencentclient.h"
#include "zenlayerclient.h"

#include <QNetworkAccessManager>

using namespace Qt::StringLiterals;

ProviderClient::ProviderClient(std::unique_ptr<CloudProtocol> protocol,
                               QNetworkAccessManager *network, RequestSlots *requestSlots,
                               QObject *parent)
    : QObject(parent)
    , m_protocol(std::move(protocol))
    , m_networks { QPointer<QNetworkAccessManager>(network) }
    , m_slots(requestSlots ? requestSlots
                           : new RequestSlots(RequestSlots::defaultGlobalLimit, this))
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
    qRegisterMetaType<Snapshot>();
    qRegisterMetaType<DetailsSnapshot>();
}

ProviderClient::~ProviderClient()
{
    cancelAll();
}

ProviderClient *ProviderClient::create(Cloud cloud, QNetworkAccessManager *network,
                                       RequestSlots *requestSlots, QObject *parent)
{
    switch (cloud) {
    case Cloud::JdCloud:
        return new JdCloudClient(network, requestSlots, parent);
    case Cloud::Zenlayer:
        return new ZenlayerClient(network, requestSlots, parent);
    case Cloud::Aliyun:
        return new AliyunClient(network, requestSlots, parent);
    case Cloud::Tencent:
        return new TencentClient(network, requestSlots, parent);
    }
    Q_UNREACHABLE();
    return nullptr;
}

void ProviderClient::setNetworks(const QList<QNetworkAccessManager *> &networks)
{
    m_networks.clear();
    for (QNetworkAccessManager *network : networks)
        m_networks.append(network);
}

Cloud ProviderClient::cloud() const
{
    return m_protocol->cloud();
}

void ProviderClient::setClock(Clock clock)
{
    m_clock = clock ? std::move(clock) : Clock([] { return QDateTime::currentDateTimeUtc(); });
}

ProviderClient::FetchId ProviderClient::fetchStatus(const FetchRequest &request)
{
    return startJob(ListingKind::Status, request);
}

ProviderClient::FetchId ProviderClient::fetchDetails(const FetchRequest &request)
{
    return startJob(ListingKind::Details, request);
}

ProviderClient::FetchId ProviderClient::startJob(ListingKind kind, const FetchRequest &request)
{
    const FetchId id = m_nextId++;
    ListingJob::Setup setup;
    setup.protocol = m_protocol.get();
    setup.networks = m_networks;
    setup.requestSlots = m_slots;
    setup.options = m_options;
    setup.clock = m_clock;
    auto *job = new ListingJob(std::move(setup), kind, request, this);
    m_jobs.insert(id, job);
    connect(job, &ListingJob::finished, this, [this, id] { onJobFinished(id); });
    job->start();
    return id;
}

void ProviderClient::cancel(FetchId id)
{
    if (ListingJob *job = m_jobs.take(id)) {
        job->cancel();
        job->deleteLater();
    }
}

void ProviderClient::cancelAll()
{
    const auto jobs = std::exchange(m_jobs, {});
    for (ListingJob *job : jobs) {
        job->cancel();
        job->deleteLater();
    }
}

void ProviderClient::onJobFinished(FetchId id)
{
    ListingJob *job = m_jobs.take(id);
    if (!job)
        return;
    job->deleteLater();
    const FetchRequest &request = job->request();
    const ScopeKey scope { request.account.id, request.region };
    const QDateTime finishedAt = m_clock();
    if (job->kind() == ListingKind::Status) {
        Snapshot snapshot;
        snapshot.cloud = cloud();
        snapshot.scope = scope;
        snapshot.finishedAt = finishedAt;
        snapshot.serverTime = job->serverTime();
        snapshot.error = job->error();
        snapshot.requestCount = job->requestCount();
        if (!snapshot.error)
            snapshot.instances = job->takeStatuses();
        emit snapshotReady(id, snapshot);
    } else {
        DetailsSnapshot details;
        details.cloud = cloud();
        details.scope = scope;
        details.finishedAt = finishedAt;
        details.error = job->error();
        details.requestCount = job->requestCount();
        if (!details.error)
            details.instances = job->takeDetails();
        emit detailsReady(id, details);
    }
}

qint64 ProviderClient::clockOffsetFor(const FetchError &error, const QDateTime &localNow)
{
    if (!error.serverTime.isValid() || !localNow.isValid())
        return 0;
    return localNow.msecsTo(error.serverTime);
}
