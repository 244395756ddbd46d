#include "emulatorconfig.h"

#include "cloudcatalog.h"

#include <QJsonArray>
#include <QJsonValue>
#include <QRandomGenerator>
#include <QSet>

using namespace Qt::StringLiterals;

namespace {

QString randomText(QLatin1StringView alphabet, int length)
{
    QString text;
    text.reserve(length);
    for (int i = 0; i < length; ++i)
        text.append(alphabet.at(QRandomGenerator::system()->bounded(int(alphabet.size()))));
    return text;
}

constexpr QLatin1StringView alnum("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789");
constexpr QLatin1StringView upperHex("0123456789ABCDEF");

QString envName(const QString &accountId)
{
    QString name = QStringLiteral("FLEETWATCH_DEMO_");
    for (QChar c : accountId)
        name.append(c.isLetterOrNumber() && c.unicode() < 128 ? c.toUpper() : u'_');
    return name + QStringLiteral("_SECRET");
}

EmulatorAccount demoAccount(const char *id, const char *name, Cloud cloud, const char *regions,
                            int perRegion)
{
    EmulatorAccount account;
    account.id = QString::fromLatin1(id);
    account.name = QString::fromUtf8(name);
    account.cloud = cloud;
    account.accessKeyId = EmulatorConfig::generateKeyId(cloud);
    account.secret = EmulatorConfig::generateSecret(cloud);
    account.secretEnv = envName(account.id);
    account.regions = QString::fromLatin1(regions).split(u' ');
    account.instancesPerRegion = perRegion;
    return account;
}

bool readAccount(const QJsonObject &json, EmulatorAccount &account, QString &error)
{
    static const QSet<QString> known { "id",
                                       "name",
                                       "cloud",
                                       "accessKeyId",
                                       "secret",
                                       "secretEnv",
                                       "regions",
                                       "instancesPerRegion",
                                       "instancesByRegion",
                                       "apiStyle" };
    for (auto it = json.begin(); it != json.end(); ++it) {
        if (!known.contains(it.key())) {
            error = QStringLiteral("unknown account field \"%1\"").arg(it.key());
            return false;
        }
    }
    account.id = json.value(u"id").toString();
    account.name = json.value(u"name").toString(account.id);
    const auto cloud = cloudFromId(json.value(u"cloud").toString());
    if (account.id.isEmpty() || !cloud) {
        error = QStringLiteral("every account needs an \"id\" and a known \"cloud\"");
        return false;
    }
    account.cloud = *cloud;
    account.accessKeyId =
        json.value(u"accessKeyId").toString(EmulatorConfig::generateKeyId(*cloud));
    account.secretEnv = json.value(u"secretEnv").toString(envName(account.id));
    if (json.contains(u"secret"))
        account.secret = json.value(u"secret").toString().toUtf8();
    else if (json.contains(u"secretEnv")
             && qEnvironmentVariableIsSet(qPrintable(account.secretEnv)))
        account.secret = qgetenv(qPrintable(account.secretEnv));
    else
        account.secret = EmulatorConfig::generateSecret(*cloud);
    for (const QJsonValue &region : json.value(u"regions").toArray())
        account.regions.append(region.toString());
    account.instancesPerRegion = json.value(u"instancesPerRegion").toInt(100);
    const QJsonObject byRegion = json.value(u"instancesByRegion").toObject();
    for (auto it = byRegion.begin(); it != byRegion.end(); ++it)
        account.instancesByRegion.insert(it.key(), it.value().toInt());
    const auto style = Account::apiStyleFromId(json.value(u"apiStyle").toString(u"v3"_s));
    if (!style) {
        error = QStringLiteral("\"apiStyle\" must be \"v3\" or \"legacy\"");
        return false;
    }
    account.apiStyle = *style;
    return true;
}

} // namespace

const EmulatorAccount *EmulatorConfig::account(const QString &id) const
{
    for (const EmulatorAccount &candidate : accounts) {
        if (candidate.id == id)
            return &candidate;
    }
    return nullptr;
}

int EmulatorConfig::totalInstances() const
{
    int total = 0;
    for (const EmulatorAccount &account : accounts) {
        for (const QString &region : account.regions)
            total += account.instanceCount(region);
    }
    return total;
}

QString EmulatorConfig::validate() const
{
    QSet<QString> ids;
    QSet<QString> keys;
    for (const EmulatorAccount &account : accounts) {
        if (account.id.isEmpty() || ids.contains(account.id))
            return QStringLiteral("account ids must be present and unique (\"%1\")")
                .arg(account.id);
        ids.insert(account.id);
        const QString key = cloudId(account.cloud) + u'/' + account.accessKeyId;
        if (account.accessKeyId.isEmpty() || account.secret.isEmpty() || keys.contains(key))
            return QStringLiteral("account \"%1\" needs its own key id and a secret")
                .arg(account.id);
        keys.insert(key);
        if (account.regions.isEmpty())
            return QStringLiteral("account \"%1\" has no regions").arg(account.id);
        for (const QString &region : account.regions) {
            if (account.cloud == Cloud::Zenlayer
                && !CloudCatalog::isKnownRegion(account.cloud, region))
                return QStringLiteral("account \"%1\": \"%2\" is not a Zenlayer zone id (%3)")
                    .arg(account.id, region,
                         CloudCatalog::regions(Cloud::Zenlayer).join(QStringLiteral(", ")));
            if (account.instanceCount(region) < 0 || account.instanceCount(region) > 1000000)
                return QStringLiteral("account \"%1\": bad instance count").arg(account.id);
        }
    }
    if (dynamics.transitionMinMs < 1 || dynamics.transitionMaxMs < dynamics.transitionMinMs
        || dynamics.respawnMinMs < 1 || dynamics.respawnMaxMs < dynamics.respawnMinMs)
        return QStringLiteral("fleet durations must be positive, and min <= max");
    if (!(timeScale > 0 && timeScale <= 1e6))
        return QStringLiteral("timeScale must be in (0, 1e6]");
    if (port > 65532)
        return QStringLiteral("port must leave room for four listeners");
    return {};
}

EmulatorConfig EmulatorConfig::demo()
{
    EmulatorConfig config;
    config.seed = 20240315;
    config.dynamics.meanDwellMs = 3 * 60 * 1000;
    config.dynamics.transitionMinMs = 4000;
    config.dynamics.transitionMaxMs = 20000;
    config.dynamics.respawnMinMs = 20000;
    config.dynamics.respawnMaxMs = 120000;
    config.accounts = {
        demoAccount("jd-prod", "JD Cloud production", Cloud::JdCloud,
                    "cn-north-1 cn-east-2 cn-south-1", 40),
        demoAccount("zenlayer-edge", "Zenlayer edge", Cloud::Zenlayer, "HKG-A SEL-A TYO-A FRA-A",
                    25),
        demoAccount("aliyun-prod", "Alibaba Cloud production", Cloud::Aliyun,
                    "cn-hangzhou cn-shanghai ap-southeast-1", 40),
        demoAccount("aliyun-staging", "Alibaba Cloud staging", Cloud::Aliyun, "cn-beijing", 20),
        demoAccount("tencent-prod", "Tencent Cloud production", Cloud::Tencent,
                    "ap-guangzhou ap-shanghai ap-singapore", 40),
        demoAccount("tencent-legacy", "Tencent Cloud (legacy API)", Cloud::Tencent, "ap-beijing",
                    15),
    };
    config.accounts.last().apiStyle = Account::ApiStyle::Legacy;
    return config;
}

QString EmulatorConfig::generateKeyId(Cloud cloud)
{
    switch (cloud) {
    case Cloud::JdCloud:
        return u"JDC_"_s + randomText(upperHex, 28);
    case Cloud::Zenlayer:
        return randomText(alnum, 16);
    case Cloud::Aliyun:
        return u"LTAI"_s + randomText(alnum, 20);
    case Cloud::Tencent:
        return u"AKID"_s + randomText(alnum, 32);
    }
    Q_UNREACHABLE();
    return {};
}

QByteArray EmulatorConfig::generateSecret(Cloud cloud)
{
    const int length = cloud == Cloud::JdCloud ? 32 : 30;
    return randomText(cloud == Cloud::JdCloud ? upperHex : alnum, length).toLatin1();
}

QJsonObject EmulatorConfig::toJson() const
{
    QJsonArray accountArray;
    for (const EmulatorAccount &account : accounts) {
        QJsonObject byRegion;
        for (auto it = account.instancesByRegion.begin(); it != account.instancesByRegion.end();
             ++it)
            byRegion.insert(it.key(), it.value());
        QJsonObject json { { "id", account.id },
                           { "name", account.name },
                           { "cloud", cloudId(account.cloud) },
                           { "accessKeyId", account.accessKeyId },
                           { "secretEnv", account.secretEnv },
                           { "regions", QJsonArray::fromStringList(account.regions) },
                           { "instancesPerRegion", account.instancesPerRegion },
                           { "apiStyle", Account::apiStyleId(account.apiStyle) } };
        if (!byRegion.isEmpty())
            json.insert(u"instancesByRegion", byRegion);
        accountArray.append(json);
    }
    QJsonArray faultArray;
    for (const FaultRule &rule : faults)
        faultArray.append(rule.toJson());
    const QJsonObject fleet { { "meanDwellSeconds", double(dynamics.meanDwellMs) / 1000 },
                              { "transitionSeconds",
                                QJsonArray { double(dynamics.transitionMinMs) / 1000,
                                             double(dynamics.transitionMaxMs) / 1000 } },
                              { "respawnSeconds",
                                QJsonArray { double(dynamics.respawnMinMs) / 1000,
                                             double(dynamics.respawnMaxMs) / 1000 } },
                              { "historySeconds", double(dynamics.historyMs) / 1000 } };
    QJsonObject json { { "seed", QString::number(seed) },
                       { "port", port },
                       { "timeScale", timeScale },
                       { "manualClock", manualClock },
                       { "maxRequestBytes", maxRequestBytes },
                       { "fleet", fleet },
                       { "accounts", accountArray },
                       { "faults", faultArray } };
    if (startTime.isValid())
        json.insert(u"startTime", startTime.toUTC().toString(Qt::ISODate));
    return json;
}

std::optional<EmulatorConfig> EmulatorConfig::fromJson(const QJsonObject &json, QString *error)
{
    static const QSet<QString> known {
        "seed",        "port",  "timeScale", "manualClock", "maxRequestBytes", "maxConnections",
        "logRequests", "fleet", "accounts",  "faults",      "startTime"
    };
    EmulatorConfig config;
    QString problem;
    for (auto it = json.begin(); it != json.end() && problem.isEmpty(); ++it) {
        if (!known.contains(it.key()))
            problem = QStringLiteral("unknown field \"%1\"").arg(it.key());
    }
    const QJsonValue seed = json.value(u"seed");
    config.seed = seed.isString() ? seed.toString().toULongLong() : quint64(seed.toDouble(1));
    config.port = quint16(json.value(u"port").toInt(0));
    config.timeScale = json.value(u"timeScale").toDouble(1.0);
    config.manualClock = json.value(u"manualClock").toBool(false);
    config.maxRequestBytes = json.value(u"maxRequestBytes").toInteger(config.maxRequestBytes);
    config.maxConnections = json.value(u"maxConnections").toInt(config.maxConnections);
    config.logRequests = json.value(u"logRequests").toBool(true);
    if (json.contains(u"startTime")) {
        config.startTime = QDateTime::fromString(json.value(u"startTime").toString(), Qt::ISODate);
        if (!config.startTime.isValid())
            problem = QStringLiteral("\"startTime\" must be an ISO 8601 date-time");
    }
    const QJsonObject fleet = json.value(u"fleet").toObject();
    auto ms = [](const QJsonValue &value, qint64 fallback) {
        return value.isDouble() ? qint64(value.toDouble() * 1000) : fallback;
    };
    FleetDynamics &d = config.dynamics;
    d.meanDwellMs = ms(fleet.value(u"meanDwellSeconds"), d.meanDwellMs);
    d.transitionMinMs = ms(fleet.value(u"transitionSeconds")[0], d.transitionMinMs);
    d.transitionMaxMs = ms(fleet.value(u"transitionSeconds")[1], d.transitionMaxMs);
    d.respawnMinMs = ms(fleet.value(u"respawnSeconds")[0], d.respawnMinMs);
    d.respawnMaxMs = ms(fleet.value(u"respawnSeconds")[1], d.respawnMaxMs);
    d.historyMs = ms(fleet.value(u"historySeconds"), d.historyMs);
    for (const QJsonValue &value : json.value(u"accounts").toArray()) {
        EmulatorAccount account;
        if (problem.isEmpty() && readAccount(value.toObject(), account, problem))
            config.accounts.append(account);
    }
    for (const QJsonValue &value : json.value(u"faults").toArray()) {
        QString ruleError;
        const auto rule = FaultRule::fromJson(value.toObject(), &ruleError);
        if (rule)
            config.faults.append(*rule);
        else if (problem.isEmpty())
            problem = QStringLiteral("faults: ") + ruleError;
    }
    if (problem.isEmpty())
        problem = config.validate();
    if (!problem.isEmpty()) {
        if (error)
            *error = problem;
        return std::nullopt;
    }
    return config;
}
