#include "listingjob.h"

#include "errormapping.h"
#include "replyreader.h"

#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QSet>
#include <QTimer>
#include <QUuid>

using namespace Qt::StringLiterals;

ListingJob::ListingJob(Setup setup, ListingKind kind, FetchRequest request, QObject *parent)
    : QObject(parent)
    , m_setup(std::move(setup))
    , m_kind(kind)
    , m_request(std::move(request))
{
    m_baseContext.credentials = m_request.credentials;
    m_baseContext.endpoint = m_request.account.endpoint;
    m_baseContext.apiStyle = m_request.account.apiStyle;
}

ListingJob::~ListingJob()
{
    stopAll();
}

void ListingJob::start()
{
    const CloudProtocol &protocol = *m_setup.protocol;
    if (auto error = protocol.validate(m_kind, m_request.region, m_request.query, m_baseContext)) {
        // Reported from the event loop, like every other outcome.
        QTimer::singleShot(0, this, [this, e = *error] { fail(e); });
        return;
    }
    m_pageSize = protocol.effectivePageSize(m_kind, m_request.query);
    const int maxPages = std::max(1, m_setup.options.maxPagesPerListing);

    // Duplicate ids in the filter would only produce a "listed twice" error later.
    QStringList ids;
    QSet<QString> seen;
    for (const QString &id : std::as_const(m_request.query.instanceIds)) {
        if (!seen.contains(id)) {
            seen.insert(id);
            ids.append(id);
        }
    }
    const int perRequest = std::max(1, protocol.maxIdsPerRequest(m_kind));
    if (ids.isEmpty()) {
        m_chunks.append({ {}, PageAssembler(m_pageSize, maxPages) });
    } else {
        for (qsizetype i = 0; i < ids.size(); i += perRequest)
            m_chunks.append({ ids.mid(i, perRequest), PageAssembler(m_pageSize, maxPages) });
    }
    // Where the pages go (every page of a listing goes to one host), for the per-host cap.
    PageRequest first;
    first.kind = m_kind;
    first.region = m_request.region;
    first.pageSize = m_pageSize;
    first.query = m_request.query;
    RequestContext probe = m_baseContext;
    probe.signingTime = m_setup.clock();
    const QUrl url = protocol.buildRequest(first, probe).url;
    m_hostKey = url.scheme() + u"://"_s + url.host() + u':'
        + QString::number(url.port(url.scheme() == u"http" ? 80 : 443));
    for (int c = 0; c < m_chunks.size(); ++c)
        queuePage(c, 0);
}

void ListingJob::queuePage(int chunk, int page)
{
    const quint64 key = m_nextKey++;
    Pending pending;
    pending.chunk = chunk;
    pending.page = page;
    m_pending.insert(key, pending);
    if (!m_setup.requestSlots) {
        fail(ErrorMapping::make(FetchError::Kind::Network, u"ShuttingDown"_s,
                                u"The request limiter is gone; the application is closing."_s));
        return;
    }
    const Account &account = m_request.account;
    m_pending[key].ticket = m_setup.requestSlots->acquire(
        account.id, account.effectiveMaxConcurrency(), m_hostKey, this, [this, key] { send(key); });
}

void ListingJob::send(quint64 key)
{
    auto it = m_pending.find(key);
    if (it == m_pending.end() || m_done)
        return;
    const int lane = m_setup.requestSlots ? m_setup.requestSlots->lane(it->ticket) : 0;
    QNetworkAccessManager *network =
        m_setup.networks.value(lane < m_setup.networks.size() ? lane : 0);
    if (!network) {
        fail(ErrorMapping::make(
            FetchError::Kind::Network, u"ShuttingDown"_s,
            u"The network access manager is gone; the application is closing."_s));
        return;
    }

    RequestContext context = m_baseContext;
    const QDateTime now = m_setup.clock();
    context.signingTime = now.addMSecs(m_request.clockOffsetMs).toUTC();
    context.nonce = QUuid::createUuid().toString(QUuid::WithoutBraces);

    PageRequest page;
    page.kind = m_kind;
    page.region = m_request.region;
    page.pageIndex = it->page;
    page.pageSize = m_pageSize;
    page.instanceIds = m_chunks.at(it->chunk).ids;
    page.query = m_request.query;
    const PreparedRequest prepared = m_setup.protocol->buildRequest(page, context);

    QNetworkRequest request(prepared.url);
    for (const auto &[name, value] : prepared.headers)
        request.setRawHeader(name, value);
    // A redirect would be followed unsigned to wherever it points: never.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                         QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);

    QNetworkReply *reply = network->sendCustomRequest(request, prepared.method, prepared.body);
    ++m_requestCount;
    auto *reader = new ReplyReader(reply, m_setup.options.requestTimeoutMs,
                                   m_setup.options.maxResponseBytes, this);
    it->reader = reader;
    it->signedAt = context.signingTime;
    connect(reader, &ReplyReader::finished, this,
            [this, key](const std::optional<RawReply> &raw,
                        const std::optional<FetchError> &error) { onReply(key, raw, error); });
}

void ListingJob::onReply(quint64 key, const std::optional<RawReply> &raw,
                         const std::optional<FetchError> &transportError)
{
    const auto it = m_pending.find(key);
    if (it == m_pending.end() || m_done)
        return;
    const Pending pending = *it;
    m_pending.erase(it);
    m_setup.requestSlots->release(pending.ticket);
    if (pending.reader)
        pending.reader->deleteLater();

    if (transportError) {
        fail(*transportError);
        return;
    }
    if (pending.chunk == 0 && pending.page == 0)
        m_serverTime = ErrorMapping::serverDate(*raw);
    PageResult result = m_setup.protocol->parseReply(m_kind, *raw);
    if (result.error) {
        FetchError error = *result.error;
        ErrorMapping::annotate(error, *raw, m_setup.clock());
        ErrorMapping::reclassifySkew(error, pending.signedAt,
                                     m_setup.protocol->clockSkewWindowSeconds());
        fail(error);
        return;
    }
    Chunk &chunk = m_chunks[pending.chunk];
    if (auto error = chunk.assembler.addPage(pending.page, std::move(result))) {
        error->httpStatus = raw->httpStatus;
        fail(*error);
        return;
    }
    if (pending.page == 0) {
        for (int p = 1; p < chunk.assembler.pageCount(); ++p)
            queuePage(pending.chunk, p);
    }
    finishIfComplete();
}

void ListingJob::finishIfComplete()
{
    for (const Chunk &chunk : std::as_const(m_chunks)) {
        if (!chunk.assembler.isComplete())
            return;
    }
    QSet<QString> seen;
    for (Chunk &chunk : m_chunks) {
        QList<ObservedInstance> statuses = chunk.assembler.takeStatuses();
        QList<InstanceDetails> details = chunk.assembler.takeDetails();
        for (const auto &s : std::as_const(statuses))
            seen.insert(s.instanceId);
        for (const auto &d : std::as_const(details))
            seen.insert(d.instanceId);
        // The details calls of JD, Aliyun and Tencent answer within the scope's region.
        for (InstanceDetails &d : details) {
            if (d.region.isEmpty())
                d.region = m_request.region;
        }
        m_statuses.append(std::move(statuses));
        m_details.append(std::move(details));
    }
    // Each chunk was checked on its own; an id answered for two filters is still a duplicate.
    if (seen.size() != m_statuses.size() + m_details.size()) {
        m_statuses.clear();
        m_details.clear();
        fail(ErrorMapping::make(FetchError::Kind::Malformed, u"InconsistentPages"_s,
                                u"An instance was listed twice across split requests. The listing "
                                "was discarded rather than shown incomplete."_s));
        return;
    }
    m_done = true;
    emit finished();
}

void ListingJob::fail(FetchError error)
{
    if (m_done)
        return;
    m_done = true;
    m_error = std::move(error);
    m_statuses.clear();
    m_details.clear();
    stopAll();
    emit finished();
}

void ListingJob::cancel()
{
    m_done = true;
    stopAll();
}

void ListingJob::stopAll()
{
    const auto pending = std::exchange(m_pending, {});
    for (const Pending &p : pending) {
        if (m_setup.requestSlots)
            m_setup.requestSlots->release(p.ticket);
        if (p.reader) {
            p.reader->cancel();
            p.reader->deleteLater();
        }
    }
}

QList<ObservedInstance> ListingJob::takeStatuses()
{
    return std::exchange(m_statuses, {});
}

QList<InstanceDetails> ListingJob::takeDetails()
{
    return std::exchange(m_details, {});
}
