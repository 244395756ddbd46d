#include "fakecloud.h"

#include "fakerequestcheck.h"
#include "instancestate.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace {

QByteArray httpDate(const QDateTime &t)
{
    return QLocale::c().toString(t.toUTC(), u"ddd, dd MMM yyyy HH:mm:ss 'GMT'"_s).toLatin1();
}

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

} // namespace

FakeCloud::FakeCloud(Cloud cloud, QObject *parent)
    : QObject(parent)
    , m_cloud(cloud)
    , m_server([this](const FakeRequest &r) { return handle(r); })
{ }

Account FakeCloud::account(const QString &id) const
{
    Account a;
    a.id = id;
    a.name = id;
    a.cloud = m_cloud;
    a.accessKeyId = QString::fromLatin1(keyId);
    if (!region().isEmpty())
        a.regions = { region() };
    a.endpoint = baseUrl();
    return a;
}

QString FakeCloud::region() const
{
    switch (m_cloud) {
    case Cloud::JdCloud:
        return u"cn-north-1"_s;
    case Cloud::Zenlayer:
        return {};
    case Cloud::Aliyun:
        return u"cn-hangzhou"_s;
    case Cloud::Tencent:
        return u"ap-guangzhou"_s;
    }
    return {};
}

void FakeCloud::setFleet(int count)
{
    const QList<RawStateMapping> states = documentedRawStates(m_cloud);
    const QString prefix = m_cloud == Cloud::Tencent ? u"ins-"_s
        : m_cloud == Cloud::Zenlayer                 ? u"zl-"_s
                                                     : u"i-"_s;
    const QString zone = m_cloud == Cloud::JdCloud ? u"cn-north-1a"_s
        : m_cloud == Cloud::Zenlayer               ? u"HKG-A"_s
        : m_cloud == Cloud::Aliyun                 ? u"cn-hangzhou-h"_s
                                                   : u"ap-guangzhou-3"_s;
    m_fleet.clear();
    for (int i = 0; i < count; ++i) {
        FakeInstance f;
        f.id = prefix + u"%1"_s.arg(i, 6, 10, QChar(u'0'));
        f.rawState = QString::fromLatin1(states.at(i % states.size()).raw);
        f.name = u"web-%1"_s.arg(i);
        f.zone = zone;
        f.privateIp = u"10.0.%1.%2"_s.arg(i / 250).arg(i % 250 + 1);
        f.publicIp = i % 2 ? u"203.0.113.%1"_s.arg(i % 250 + 1) : QString();
        f.type = u"t.small"_s;
        m_fleet.append(f);
    }
}

FakeResponse FakeCloud::error(int status, const QString &code, const QString &message) const
{
    const QString requestId = u"req-err-%1"_s.arg(m_server.requests().size());
    QJsonObject body;
    switch (m_cloud) {
    case Cloud::JdCloud:
        body = { { "requestId"_L1, requestId },
                 { "error"_L1,
                   QJsonObject { { "code"_L1, status },
                                 { "status"_L1, code },
                                 { "message"_L1, message } } } };
        break;
    case Cloud::Zenlayer:
        body = { { "requestId"_L1, requestId }, { "code"_L1, code }, { "message"_L1, message } };
        break;
    case Cloud::Aliyun:
        body = { { "RequestId"_L1, requestId },
                 { "HostId"_L1, u"ecs.aliyuncs.com"_s },
                 { "Code"_L1, code },
                 { "Message"_L1, message } };
        break;
    case Cloud::Tencent:
        status = 200; // API 3.0 errors travel with HTTP 200
        body = { { "Response"_L1,
                   QJsonObject { { "Error"_L1,
                                   QJsonObject { { "Code"_L1, code }, { "Message"_L1, message } } },
                                 { "RequestId"_L1, requestId } } } };
        break;
    }
    FakeResponse r = FakeResponse::json(status, compact(body));
    const QDateTime now = m_serverTime.isValid() ? m_serverTime : QDateTime::currentDateTimeUtc();
    r.headers.emplaceBack("Date", httpDate(now));
    return r;
}

FakeResponse FakeCloud::handle(const FakeRequest &request)
{
    FakeRequestCheck::Listing listing;
    QString signatureFailure;
    const QDateTime now = m_serverTime.isValid() ? m_serverTime : QDateTime::currentDateTimeUtc();
    if (auto refused = FakeRequestCheck::inspect(m_cloud, region(), now, request, listing,
                                                 &signatureFailure)) {
        if (!signatureFailure.isEmpty())
            m_signatureFailures.append(signatureFailure);
        return error(refused->status, refused->code, refused->message);
    }
    const ListingKind kind = listing.kind;
    const int pageNumber = listing.page;
    const int size = listing.size;
    const QStringList &ids = listing.ids;
    m_pages.append(pageNumber);
    m_idCounts.append(ids.size());
    if (m_fault) {
        if (auto faulty = m_fault(request, pageNumber))
            return *faulty;
    }
    FakeResponse r = page(kind, pageNumber, size, ids);
    r.delayMs = m_delayMs;
    return r;
}

FakeResponse FakeCloud::page(ListingKind kind, int pageNumber, int size,
                             const QStringList &ids) const
{
    QList<FakeInstance> matching;
    for (const FakeInstance &f : m_fleet) {
        if (ids.isEmpty() || ids.contains(f.id))
            matching.append(f);
    }
    const qsizetype from = qsizetype(pageNumber - 1) * size;
    const QList<FakeInstance> slice = matching.mid(std::min(from, matching.size()), size);
    const bool status = kind == ListingKind::Status;
    const QString requestId = u"req-%1"_s.arg(m_server.requests().size());
    QJsonArray items;
    for (const FakeInstance &f : slice) {
        QJsonObject o;
        auto ipList = [](const QString &ip) {
            return ip.isEmpty() ? QJsonArray() : QJsonArray { ip };
        };
        switch (m_cloud) {
        case Cloud::JdCloud:
            o = { { "instanceId"_L1, f.id }, { "status"_L1, f.rawState } };
            if (!status) {
                o.insert("instanceName"_L1, f.name);
                o.insert("az"_L1, f.zone);
                o.insert("privateIpAddress"_L1, f.privateIp);
                o.insert("elasticIpAddress"_L1, f.publicIp);
                o.insert("instanceType"_L1, f.type);
            }
            break;
        case Cloud::Zenlayer:
            o = { { "instanceId"_L1, f.id }, { "instanceStatus"_L1, f.rawState } };
            if (!status) {
                o.insert("instanceName"_L1, f.name);
                o.insert("zoneId"_L1, f.zone);
                o.insert("privateIpAddresses"_L1, ipList(f.privateIp));
                o.insert("publicIpAddresses"_L1, ipList(f.publicIp));
                o.insert("instanceType"_L1, f.type);
            }
            break;
        case Cloud::Aliyun:
            o = { { "InstanceId"_L1, f.id }, { "Status"_L1, f.rawState } };
            if (!status) {
                o.insert("InstanceName"_L1, f.name);
                o.insert("ZoneId"_L1, f.zone);
                o.insert("RegionId"_L1, region());
                o.insert("InstanceType"_L1, f.type);
                o.insert(
                    "VpcAttributes"_L1,
                    QJsonObject { { "PrivateIpAddress"_L1,
                                    QJsonObject { { "IpAddress"_L1, ipList(f.privateIp) } } } });
                o.insert("PublicIpAddress"_L1, QJsonObject { { "IpAddress"_L1, QJsonArray() } });
                o.insert("EipAddress"_L1, QJsonObject { { "IpAddress"_L1, f.publicIp } });
            }
            break;
        case Cloud::Tencent:
            o = { { "InstanceId"_L1, f.id }, { "InstanceState"_L1, f.rawState } };
            if (!status) {
                o.insert("InstanceName"_L1, f.name);
                o.insert("Placement"_L1, QJsonObject { { "Zone"_L1, f.zone } });
                o.insert("PrivateIpAddresses"_L1, ipList(f.privateIp));
                o.insert("PublicIpAddresses"_L1,
                         f.publicIp.isEmpty() ? QJsonValue() : QJsonValue(ipList(f.publicIp)));
                o.insert("InstanceType"_L1, f.type);
            }
            break;
        }
        items.append(o);
    }
    const qint64 total = matching.size();
    QJsonObject body;
    switch (m_cloud) {
    case Cloud::JdCloud:
        body = { { "requestId"_L1, requestId },
                 { "result"_L1,
                   QJsonObject { { status ? "instanceStatuses"_L1 : "instances"_L1, items },
                                 { "totalCount"_L1, total } } } };
        break;
    case Cloud::Zenlayer: {
        const QJsonObject inner { { "requestId"_L1, requestId },
                                  { "totalCount"_L1, total },
                                  { "dataSet"_L1, items } };
        body = m_zenlayerWrapped
            ? QJsonObject { { "requestId"_L1, requestId }, { "response"_L1, inner } }
            : inner;
        break;
    }
    case Cloud::Aliyun:
        body = { { "RequestId"_L1, requestId },
                 { "TotalCount"_L1, total },
                 { "PageNumber"_L1, pageNumber },
                 { "PageSize"_L1, size },
                 { status ? "InstanceStatuses"_L1 : "Instances"_L1,
                   QJsonObject { { status ? "InstanceStatus"_L1 : "Instance"_L1, items } } } };
        break;
    case Cloud::Tencent:
        body = { { "Response"_L1,
                   QJsonObject { { "TotalCount"_L1, total },
                                 { status ? "InstanceStatusSet"_L1 : "InstanceSet"_L1, items },
                                 { "RequestId"_L1, requestId } } } };
        break;
    }
    return FakeResponse::json(200, compact(body));
}
