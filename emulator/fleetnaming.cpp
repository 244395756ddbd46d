#include "fleetnaming.h"

#include "cloudcatalog.h"

#include <iterator>

namespace {

QString digits(quint64 value, int length, QLatin1StringView alphabet)
{
    QString text;
    text.reserve(length);
    for (int i = 0; i < length; ++i) {
        text.append(alphabet.at(qsizetype(value % quint64(alphabet.size()))));
        value /= quint64(alphabet.size());
        if (value == 0)
            value = quint64(i + 1) * 0x9e3779b97f4a7c15ULL; // keep drawing for long ids
    }
    return text;
}

constexpr QLatin1StringView base36("0123456789abcdefghijklmnopqrstuvwxyz");
constexpr QLatin1StringView decimal("0123456789");

} // namespace

QString FleetNaming::instanceId(Cloud cloud, const QString &region, quint64 draw)
{
    switch (cloud) {
    case Cloud::JdCloud:
        return QStringLiteral("i-") + digits(draw, 10, base36);
    case Cloud::Zenlayer:
        // Numeric, like the SDK and doc examples ("1234567654321"); never a leading zero.
        return QString::number(1 + (draw >> 8) % 9) + digits(draw >> 12, 17, decimal);
    case Cloud::Aliyun:
        return QStringLiteral("i-") + CloudCatalog::aliyunIdPrefix(region)
            + digits(draw, 15, base36);
    case Cloud::Tencent:
        return QStringLiteral("ins-") + digits(draw, 8, base36);
    }
    Q_UNREACHABLE();
    return {};
}

QString FleetNaming::name(quint64 draw, quint32 serial)
{
    static const char *const roles[] = { "web",    "api",      "db",        "cache",
                                         "worker", "batch",    "gateway",   "search",
                                         "mq",     "k8s-node", "ci-runner", "bastion" };
    static const char *const envs[] = { "prod", "prod", "prod", "staging", "dev", "test" };
    const auto role = QLatin1StringView(roles[draw % std::size(roles)]);
    const auto env = QLatin1StringView(envs[(draw >> 8) % std::size(envs)]);
    const QString number = QString::number(serial % 100 + 1).rightJustified(2, u'0');
    // One in twenty carries a non-ASCII name, as real consoles allow.
    if ((draw >> 16) % 20 == 0)
        return QStringLiteral("测试-") + role + u'-' + number;
    return role + u'-' + env + u'-' + number;
}

QString FleetNaming::zone(Cloud cloud, const QString &region, quint64 draw)
{
    const QStringList zones = CloudCatalog::zones(cloud, region);
    return zones.at(qsizetype(draw % quint64(zones.size())));
}

QString FleetNaming::instanceType(Cloud cloud, quint64 draw)
{
    const QStringList types = CloudCatalog::instanceTypes(cloud);
    return types.at(qsizetype(draw % quint64(types.size())));
}

QString FleetNaming::privateIp(Cloud cloud, quint32 group, quint32 serial)
{
    // Alibaba and Tencent VPCs default to 172.16.0.0/12; JD and Zenlayer to 10.0.0.0/8.
    const bool vpc172 = cloud == Cloud::Aliyun || cloud == Cloud::Tencent;
    const quint32 high = group % (vpc172 ? 16 : 256);
    return QStringLiteral("%1.%2.%3.%4")
        .arg(vpc172 ? 172 : 10)
        .arg(vpc172 ? 16 + high : high)
        .arg((serial / 250) % 256)
        .arg(serial % 250 + 2);
}

QString FleetNaming::publicIp(quint32 group, quint32 serial)
{
    const quint32 index = (group * 7919 + serial) % (1u << 17);
    return QStringLiteral("198.%1.%2.%3")
        .arg(18 + index / 65536)
        .arg((index / 256) % 256)
        .arg(index % 256);
}
