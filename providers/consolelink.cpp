// Console URL patterns per cloud. Tencent's console addresses regions by number: 1, 4, 8 and 19
// are in Tencent's Bare Metal DescribeRegions example; the rest are the numbers its price pages
// use, Chengdu, Chongqing and Nanjing also confirmed by its zone ids (160001, 190001, 330001).
// Regions whose numbers the sources disagree on fall back to the CVM instance list.
#include "consolelink.h"

#include <QStringList>

#include <array>
#include <utility>

namespace {

constexpr std::array<std::pair<const char *, int>, 15> tencentRegions { {
    { "ap-guangzhou", 1 },
    { "ap-shanghai", 4 },
    { "ap-hongkong", 5 },
    { "ap-beijing", 8 },
    { "ap-singapore", 9 },
    { "na-siliconvalley", 15 },
    { "ap-chengdu", 16 },
    { "eu-frankfurt", 17 },
    { "ap-seoul", 18 },
    { "ap-chongqing", 19 },
    { "ap-mumbai", 21 },
    { "na-ashburn", 22 },
    { "ap-bangkok", 23 },
    { "ap-tokyo", 25 },
    { "ap-nanjing", 33 },
} };

// Ids and regions come from servers: percent-encode them as one path segment so that a '/', '?'
// or '#' in them cannot steer the browser anywhere else on (or off) the console's host.
QString pathSegment(const QString &value)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(value));
}

// Every value is fully percent-encoded ('=' and '&' included), so a hostile id stays one value.
QUrl withQuery(QUrl url, const QList<std::pair<QString, QString>> &items)
{
    QStringList parts;
    for (const auto &[name, value] : items)
        parts.append(name + u'=' + QString::fromLatin1(QUrl::toPercentEncoding(value)));
    url.setQuery(parts.join(u'&'), QUrl::StrictMode);
    return url;
}

} // namespace

std::optional<int> ConsoleLink::tencentNumericRegion(const QString &region)
{
    for (const auto &[name, number] : tencentRegions) {
        if (region == QLatin1StringView(name))
            return number;
    }
    return std::nullopt;
}

ConsoleLink ConsoleLink::forInstance(const InstanceKey &key, const QString &region)
{
    const QString regionId = region.isEmpty() ? key.region : region;
    const QString id = key.instanceId;
    switch (key.cloud) {
    case Cloud::Aliyun:
        return { withQuery(QUrl(QStringLiteral("https://ecs.console.aliyun.com/server/")
                                    + pathSegment(id) + QStringLiteral("/detail"),
                                QUrl::StrictMode),
                           { { QStringLiteral("regionId"), regionId } }),
                 true };
    case Cloud::JdCloud:
        return { withQuery(
                     QUrl(QStringLiteral("https://cns-console.jdcloud.com/host/compute/detail/")
                              + pathSegment(id),
                          QUrl::StrictMode),
                     { { QStringLiteral("regionId"), regionId } }),
                 true };
    case Cloud::Zenlayer:
        return { QUrl(QStringLiteral("https://console.zenlayer.com/vm/instance/detail/")
                          + pathSegment(id),
                      QUrl::StrictMode),
                 true };
    case Cloud::Tencent:
        if (const auto number = tencentNumericRegion(regionId)) {
            const QString rid = QString::number(*number);
            // The console itself writes both: searchParams keeps the region when the page
            // reloads, rid selects it on first load.
            return { withQuery(QUrl(QStringLiteral(
                                   "https://console.cloud.tencent.com/cvm/instance/detail")),
                               { { QStringLiteral("searchParams"), QStringLiteral("rid=") + rid },
                                 { QStringLiteral("rid"), rid },
                                 { QStringLiteral("id"), id } }),
                     true };
        }
        return { QUrl(QStringLiteral("https://console.cloud.tencent.com/cvm/instance/index")),
                 false };
    }
    Q_UNREACHABLE();
    return {};
}
