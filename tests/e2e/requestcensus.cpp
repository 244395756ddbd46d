#include "requestcensus.h"

#include "regioncatalog.h"

#include <QNetworkReply>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

RequestCensus::RequestCensus(QObject *parent)
    : QNetworkAccessManager(parent)
{ }

QNetworkReply *RequestCensus::createRequest(Operation op, const QNetworkRequest &request,
                                            QIODevice *outgoingData)
{
    QNetworkReply *reply = QNetworkAccessManager::createRequest(op, request, outgoingData);
    ++m_created;
    ++m_liveReplies;
    connect(reply, &QObject::destroyed, this, [this] { --m_liveReplies; });

    const QUrl url = request.url();
    const QUrlQuery query(url);
    QString everything = url.toString();
    const QList<QByteArray> names = request.rawHeaderList();
    for (const QByteArray &name : names)
        everything += u'\n' + QString::fromLatin1(name + ": " + request.rawHeader(name));
    QString action = QString::fromLatin1(request.rawHeader("X-TC-Action"));
    if (action.isEmpty())
        action = QString::fromLatin1(request.rawHeader("X-ZC-Action"));
    if (action.isEmpty())
        action = query.queryItemValue(u"Action"_s);
    const bool isStatus =
        action.isEmpty() ? url.path().endsWith(u"/instanceStatus") : action.endsWith(u"Status");
    const QString tcRegion = QString::fromLatin1(request.rawHeader("X-TC-Region"));

    const Account *account = nullptr;
    for (const Account &a : std::as_const(m_accounts)) {
        if (!a.accessKeyId.isEmpty() && everything.contains(a.accessKeyId))
            account = &a;
    }
    QString region;
    if (account && account->cloud != Cloud::Zenlayer) {
        const QString named[] = { query.queryItemValue(u"RegionId"_s),
                                  query.queryItemValue(u"Region"_s), tcRegion };
        for (const QString &r : account->regions) {
            const QString legacy = RegionCatalog::tencentLegacyCode(r);
            for (const QString &n : named) {
                if (!n.isEmpty() && (n == r || n == legacy))
                    region = r;
            }
            if (url.path().contains(u"/regions/" + r + u'/'))
                region = r;
        }
        if (region.isEmpty())
            account = nullptr;
    }
    if (!account) {
        ++m_unattributed;
        return reply;
    }
    Count &count = isStatus ? m_status[ScopeKey { account->id, region }] : m_details[account->id];
    ++count.total;
    count.maxInFlight = std::max(count.maxInFlight, ++count.inFlight);
    // Counted until finished (an abort finishes it at once) or, failing that, destroyed.
    auto done = std::make_shared<bool>(false);
    auto release = [this, isStatus, key = ScopeKey { account->id, region }, id = account->id,
                    done] {
        if (std::exchange(*done, true))
            return;
        --(isStatus ? m_status[key] : m_details[id]).inFlight;
    };
    connect(reply, &QNetworkReply::finished, this, release);
    connect(reply, &QObject::destroyed, this, release);
    return reply;
}
