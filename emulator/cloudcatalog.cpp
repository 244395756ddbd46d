#include "cloudcatalog.h"

#include "fleetrandom.h"

#include <QHash>

namespace {

QStringList split(const char *text)
{
    return QString::fromLatin1(text).split(u' ', Qt::SkipEmptyParts);
}

} // namespace

QStringList CloudCatalog::regions(Cloud cloud)
{
    switch (cloud) {
    case Cloud::JdCloud:
        return split("cn-north-1 cn-east-1 cn-east-2 cn-south-1");
    case Cloud::Zenlayer:
        // Zone ids in the pattern of the SDK and doc examples (HKG-A, SEL-A).
        return split("HKG-A SEL-A TYO-A SIN-A FRA-A LAX-A SAO-A");
    case Cloud::Aliyun:
        return split("cn-hangzhou cn-shanghai cn-beijing cn-shenzhen cn-qingdao cn-zhangjiakou "
                     "cn-huhehaote cn-wulanchabu cn-chengdu cn-guangzhou cn-heyuan cn-hongkong "
                     "ap-southeast-1 ap-southeast-3 ap-southeast-5 ap-southeast-6 ap-southeast-7 "
                     "ap-northeast-1 ap-northeast-2 us-west-1 us-east-1 eu-central-1 eu-west-1 "
                     "me-east-1 me-central-1");
    case Cloud::Tencent:
        return split("ap-guangzhou ap-shanghai ap-nanjing ap-beijing ap-chengdu ap-chongqing "
                     "ap-hongkong ap-singapore ap-jakarta ap-seoul ap-tokyo ap-bangkok ap-mumbai "
                     "na-siliconvalley na-ashburn eu-frankfurt sa-saopaulo");
    }
    Q_UNREACHABLE();
    return {};
}

bool CloudCatalog::isKnownRegion(Cloud cloud, const QString &region)
{
    return regions(cloud).contains(region);
}

QStringList CloudCatalog::zones(Cloud cloud, const QString &region)
{
    switch (cloud) {
    case Cloud::JdCloud:
        if (region == u"cn-north-1" || region == u"cn-east-2")
            return { region + u'a', region + u'b', region + u'c' };
        return { region + u'a' };
    case Cloud::Zenlayer:
        return { region };
    case Cloud::Aliyun: {
        static const QHash<QString, QString> letters {
            { QStringLiteral("cn-hangzhou"), QStringLiteral("hijk") },
            { QStringLiteral("cn-shanghai"), QStringLiteral("efgl") },
            { QStringLiteral("cn-beijing"), QStringLiteral("ghij") },
            { QStringLiteral("cn-shenzhen"), QStringLiteral("def") },
        };
        QStringList result;
        for (QChar letter : letters.value(region, QStringLiteral("abc")))
            result.append(region + u'-' + letter);
        return result;
    }
    case Cloud::Tencent: {
        static const QHash<QString, QList<int>> numbers {
            { QStringLiteral("ap-guangzhou"), { 3, 4, 6, 7 } },
            { QStringLiteral("ap-shanghai"), { 2, 4, 5, 8 } },
            { QStringLiteral("ap-beijing"), { 3, 5, 6, 7 } },
        };
        QStringList result;
        for (int n : numbers.value(region, { 1, 2 }))
            result.append(region + u'-' + QString::number(n));
        return result;
    }
    }
    Q_UNREACHABLE();
    return {};
}

QStringList CloudCatalog::instanceTypes(Cloud cloud)
{
    switch (cloud) {
    case Cloud::JdCloud:
        return split("g.n2.medium g.n2.large g.n2.xlarge c.n2.large c.n3.xlarge m.n2.large");
    case Cloud::Zenlayer:
        return split("z2a.cpu.1 z2a.cpu.2 z2a.cpu.4 z2a.mem.4 z2a.mem.8");
    case Cloud::Aliyun:
        return split("ecs.g7.large ecs.g7.xlarge ecs.c7.large ecs.c7.2xlarge ecs.r7.large "
                     "ecs.t6-c1m2.large ecs.u1-c1m2.xlarge");
    case Cloud::Tencent:
        return split("S5.MEDIUM4 S5.LARGE8 SA3.LARGE8 SA3.2XLARGE16 C6.LARGE8 M6.LARGE32");
    }
    Q_UNREACHABLE();
    return {};
}

QString CloudCatalog::tencentRegionFromShortCode(const QString &code)
{
    static const QHash<QString, QString> codes {
        { QStringLiteral("gz"), QStringLiteral("ap-guangzhou") },
        { QStringLiteral("sh"), QStringLiteral("ap-shanghai") },
        { QStringLiteral("nj"), QStringLiteral("ap-nanjing") },
        { QStringLiteral("bj"), QStringLiteral("ap-beijing") },
        { QStringLiteral("cd"), QStringLiteral("ap-chengdu") },
        { QStringLiteral("cq"), QStringLiteral("ap-chongqing") },
        { QStringLiteral("hk"), QStringLiteral("ap-hongkong") },
        { QStringLiteral("sg"), QStringLiteral("ap-singapore") },
        { QStringLiteral("kr"), QStringLiteral("ap-seoul") },
        { QStringLiteral("jp"), QStringLiteral("ap-tokyo") },
        { QStringLiteral("th"), QStringLiteral("ap-bangkok") },
        { QStringLiteral("in"), QStringLiteral("ap-mumbai") },
        { QStringLiteral("usw"), QStringLiteral("na-siliconvalley") },
        { QStringLiteral("use"), QStringLiteral("na-ashburn") },
        { QStringLiteral("de"), QStringLiteral("eu-frankfurt") },
    };
    return codes.value(code);
}

QString CloudCatalog::aliyunIdPrefix(const QString &region)
{
    static const QHash<QString, QString> prefixes {
        { QStringLiteral("cn-hangzhou"), QStringLiteral("bp1") },
        { QStringLiteral("cn-shanghai"), QStringLiteral("uf6") },
        { QStringLiteral("cn-beijing"), QStringLiteral("2ze") },
        { QStringLiteral("cn-shenzhen"), QStringLiteral("wz9") },
        { QStringLiteral("cn-qingdao"), QStringLiteral("m5e") },
        { QStringLiteral("cn-zhangjiakou"), QStringLiteral("8vb") },
        { QStringLiteral("cn-huhehaote"), QStringLiteral("hp3") },
        { QStringLiteral("cn-hongkong"), QStringLiteral("j6c") },
        { QStringLiteral("ap-southeast-1"), QStringLiteral("t4n") },
        { QStringLiteral("ap-northeast-1"), QStringLiteral("6we") },
    };
    const QString known = prefixes.value(region);
    if (!known.isEmpty())
        return known;
    static constexpr char alphabet[] = "0123456789abcdefghijklmnopqrstuvwxyz";
    quint64 h = FleetRandom::mix(FleetRandom::hash(region));
    QString prefix;
    for (int i = 0; i < 3; ++i, h /= 36)
        prefix.append(QLatin1Char(alphabet[h % 36]));
    return prefix;
}
