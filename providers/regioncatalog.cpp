// The region tables. Region ids are what the APIs take; names are from each cloud's English
// documentation (see docs/accounts-and-credentials.md for sources and open questions).
#include "regioncatalog.h"

#include <QCoreApplication>

#include <span>

using namespace Qt::StringLiterals;

namespace {

struct Entry
{
    const char *id;
    const char *name; // untranslated; translated on use
    const char *legacyCode = nullptr; // Tencent only
};

// Alibaba Cloud ECS regions (region ids as DescribeRegions returns them).
constexpr Entry aliyun[] = {
    { "cn-hangzhou", QT_TRANSLATE_NOOP("RegionCatalog", "China (Hangzhou)") },
    { "cn-shanghai", QT_TRANSLATE_NOOP("RegionCatalog", "China (Shanghai)") },
    { "cn-qingdao", QT_TRANSLATE_NOOP("RegionCatalog", "China (Qingdao)") },
    { "cn-beijing", QT_TRANSLATE_NOOP("RegionCatalog", "China (Beijing)") },
    { "cn-zhangjiakou", QT_TRANSLATE_NOOP("RegionCatalog", "China (Zhangjiakou)") },
    { "cn-huhehaote", QT_TRANSLATE_NOOP("RegionCatalog", "China (Hohhot)") },
    { "cn-wulanchabu", QT_TRANSLATE_NOOP("RegionCatalog", "China (Ulanqab)") },
    { "cn-shenzhen", QT_TRANSLATE_NOOP("RegionCatalog", "China (Shenzhen)") },
    { "cn-heyuan", QT_TRANSLATE_NOOP("RegionCatalog", "China (Heyuan)") },
    { "cn-guangzhou", QT_TRANSLATE_NOOP("RegionCatalog", "China (Guangzhou)") },
    { "cn-chengdu", QT_TRANSLATE_NOOP("RegionCatalog", "China (Chengdu)") },
    { "cn-hongkong", QT_TRANSLATE_NOOP("RegionCatalog", "China (Hong Kong)") },
    { "ap-northeast-1", QT_TRANSLATE_NOOP("RegionCatalog", "Japan (Tokyo)") },
    { "ap-northeast-2", QT_TRANSLATE_NOOP("RegionCatalog", "South Korea (Seoul)") },
    { "ap-southeast-1", QT_TRANSLATE_NOOP("RegionCatalog", "Singapore") },
    { "ap-southeast-3", QT_TRANSLATE_NOOP("RegionCatalog", "Malaysia (Kuala Lumpur)") },
    { "ap-southeast-5", QT_TRANSLATE_NOOP("RegionCatalog", "Indonesia (Jakarta)") },
    { "ap-southeast-6", QT_TRANSLATE_NOOP("RegionCatalog", "Philippines (Manila)") },
    { "ap-southeast-7", QT_TRANSLATE_NOOP("RegionCatalog", "Thailand (Bangkok)") },
    { "us-west-1", QT_TRANSLATE_NOOP("RegionCatalog", "US (Silicon Valley)") },
    { "us-east-1", QT_TRANSLATE_NOOP("RegionCatalog", "US (Virginia)") },
    { "eu-central-1", QT_TRANSLATE_NOOP("RegionCatalog", "Germany (Frankfurt)") },
    { "eu-west-1", QT_TRANSLATE_NOOP("RegionCatalog", "UK (London)") },
    { "me-east-1", QT_TRANSLATE_NOOP("RegionCatalog", "UAE (Dubai)") },
    { "me-central-1", QT_TRANSLATE_NOOP("RegionCatalog", "Saudi Arabia (Riyadh)") },
};

// Tencent Cloud CVM regions, with the legacy short codes.
constexpr Entry tencent[] = {
    { "ap-guangzhou", QT_TRANSLATE_NOOP("RegionCatalog", "South China (Guangzhou)"), "gz" },
    { "ap-shanghai", QT_TRANSLATE_NOOP("RegionCatalog", "East China (Shanghai)"), "sh" },
    { "ap-nanjing", QT_TRANSLATE_NOOP("RegionCatalog", "East China (Nanjing)"), "nj" },
    { "ap-beijing", QT_TRANSLATE_NOOP("RegionCatalog", "North China (Beijing)"), "bj" },
    { "ap-chengdu", QT_TRANSLATE_NOOP("RegionCatalog", "Southwest China (Chengdu)"), "cd" },
    { "ap-chongqing", QT_TRANSLATE_NOOP("RegionCatalog", "Southwest China (Chongqing)"), "cq" },
    { "ap-hongkong",
      QT_TRANSLATE_NOOP("RegionCatalog", "Hong Kong/Macao/Taiwan (Hong Kong, China)"), "hk" },
    { "ap-singapore", QT_TRANSLATE_NOOP("RegionCatalog", "Southeast Asia (Singapore)"), "sg" },
    { "ap-jakarta", QT_TRANSLATE_NOOP("RegionCatalog", "Southeast Asia (Jakarta)"), "jkt" },
    { "ap-bangkok", QT_TRANSLATE_NOOP("RegionCatalog", "Southeast Asia (Bangkok)"), "th" },
    { "ap-seoul", QT_TRANSLATE_NOOP("RegionCatalog", "Northeast Asia (Seoul)"), "kr" },
    { "ap-tokyo", QT_TRANSLATE_NOOP("RegionCatalog", "Northeast Asia (Tokyo)"), "jp" },
    { "ap-mumbai", QT_TRANSLATE_NOOP("RegionCatalog", "South Asia (Mumbai)"), "in" },
    { "na-siliconvalley", QT_TRANSLATE_NOOP("RegionCatalog", "US West (Silicon Valley)"), "usw" },
    { "na-ashburn", QT_TRANSLATE_NOOP("RegionCatalog", "US East (Virginia)"), "use" },
    { "eu-frankfurt", QT_TRANSLATE_NOOP("RegionCatalog", "Europe (Frankfurt)"), "de" },
    { "sa-saopaulo", QT_TRANSLATE_NOOP("RegionCatalog", "South America (São Paulo)"), "sao" },
};

// JD Cloud VM regions.
constexpr Entry jdcloud[] = {
    { "cn-north-1", QT_TRANSLATE_NOOP("RegionCatalog", "North China (Beijing)") },
    { "cn-east-1", QT_TRANSLATE_NOOP("RegionCatalog", "East China (Suqian)") },
    { "cn-east-2", QT_TRANSLATE_NOOP("RegionCatalog", "East China (Shanghai)") },
    { "cn-south-1", QT_TRANSLATE_NOOP("RegionCatalog", "South China (Guangzhou)") },
};

std::span<const Entry> entries(Cloud cloud)
{
    switch (cloud) {
    case Cloud::Aliyun:
        return aliyun;
    case Cloud::Tencent:
        return tencent;
    case Cloud::JdCloud:
        return jdcloud;
    case Cloud::Zenlayer:
        return {};
    }
    Q_UNREACHABLE();
    return {};
}

const Entry *find(Cloud cloud, const QString &regionId)
{
    for (const Entry &entry : entries(cloud)) {
        if (regionId == QLatin1StringView(entry.id))
            return &entry;
    }
    return nullptr;
}

} // namespace

QList<RegionInfo> RegionCatalog::regions(Cloud cloud)
{
    QList<RegionInfo> list;
    for (const Entry &entry : entries(cloud))
        list.append({ QString::fromLatin1(entry.id), tr(entry.name) });
    return list;
}

QStringList RegionCatalog::regionIds(Cloud cloud)
{
    QStringList ids;
    for (const Entry &entry : entries(cloud))
        ids.append(QString::fromLatin1(entry.id));
    return ids;
}

bool RegionCatalog::isKnown(Cloud cloud, const QString &regionId)
{
    return find(cloud, regionId) != nullptr;
}

QString RegionCatalog::displayName(Cloud cloud, const QString &regionId)
{
    const Entry *entry = find(cloud, regionId);
    return entry ? tr(entry->name) : regionId;
}

QString RegionCatalog::tencentLegacyCode(const QString &regionId)
{
    const Entry *entry = find(Cloud::Tencent, regionId);
    return entry ? QString::fromLatin1(entry->legacyCode) : QString();
}

QString RegionCatalog::tencentRegionFromLegacyCode(const QString &code)
{
    for (const Entry &entry : tencent) {
        if (code == QLatin1StringView(entry.legacyCode))
            return QString::fromLatin1(entry.id);
    }
    return QString();
}
