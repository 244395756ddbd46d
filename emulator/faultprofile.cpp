#include "faultprofile.h"

#include <QJsonValue>
#include <QSet>

namespace {

constexpr struct
{
    FaultProfile::Malformed value;
    const char *name;
} malformedNames[] = {
    { FaultProfile::Malformed::Any, "any" },
    { FaultProfile::Malformed::Html, "html" },
    { FaultProfile::Malformed::Truncated, "truncated" },
    { FaultProfile::Malformed::WrongTypes, "wrongTypes" },
    { FaultProfile::Malformed::MissingFields, "missingFields" },
};

constexpr struct
{
    FaultProfile::Drop value;
    const char *name;
} dropNames[] = {
    { FaultProfile::Drop::Any, "any" },
    { FaultProfile::Drop::BeforeAnswer, "beforeAnswer" },
    { FaultProfile::Drop::MidBody, "midBody" },
};

constexpr struct
{
    ApiCall value;
    const char *name;
} callNames[] = {
    { ApiCall::Any, "any" },
    { ApiCall::Status, "status" },
    { ApiCall::Details, "details" },
};

// Reads `json` field by field, remembering the first problem.
class Reader
{
public:
    explicit Reader(const QJsonObject &json)
        : m_json(json)
    { }

    void number(const char *key, double &out, double low, double high)
    {
        const QJsonValue value = m_json.value(QLatin1StringView(key));
        m_seen.insert(QLatin1StringView(key));
        if (value.isUndefined())
            return;
        if (!value.isDouble() || value.toDouble() < low || value.toDouble() > high)
            return fail(QStringLiteral("\"%1\" must be a number in [%2, %3]")
                            .arg(QLatin1StringView(key))
                            .arg(low)
                            .arg(high));
        out = value.toDouble();
    }
    template<typename Int>
    void integer(const char *key, Int &out, double low, double high, double scale = 1)
    {
        double value = double(out) / scale;
        number(key, value, low, high);
        out = Int(value * scale);
    }
    template<typename Enum, typename Table>
    void name(const char *key, Enum &out, const Table &table)
    {
        const QJsonValue value = m_json.value(QLatin1StringView(key));
        m_seen.insert(QLatin1StringView(key));
        if (value.isUndefined())
            return;
        for (const auto &row : table) {
            if (value.toString() == QLatin1StringView(row.name)) {
                out = row.value;
                return;
            }
        }
        fail(QStringLiteral("\"%1\" has an unknown value").arg(QLatin1StringView(key)));
    }
    void string(const char *key, QString &out)
    {
        const QJsonValue value = m_json.value(QLatin1StringView(key));
        m_seen.insert(QLatin1StringView(key));
        if (value.isUndefined())
            return;
        if (!value.isString())
            return fail(QStringLiteral("\"%1\" must be a string").arg(QLatin1StringView(key)));
        out = value.toString();
    }
    void allow(const char *key) { m_seen.insert(QLatin1StringView(key)); }
    void fail(const QString &message)
    {
        if (m_error.isEmpty())
            m_error = message;
    }
    bool finish(QString *error)
    {
        for (auto it = m_json.begin(); it != m_json.end(); ++it) {
            if (!m_seen.contains(it.key()))
                fail(QStringLiteral("unknown field \"%1\"").arg(it.key()));
        }
        if (error && !m_error.isEmpty())
            *error = m_error;
        return m_error.isEmpty();
    }

private:
    const QJsonObject &m_json;
    QSet<QString> m_seen;
    QString m_error;
};

template<typename Enum, typename Table>
QString nameOf(Enum value, const Table &table)
{
    for (const auto &row : table) {
        if (row.value == value)
            return QString::fromLatin1(row.name);
    }
    return {};
}

void readProfile(Reader &reader, FaultProfile &p)
{
    constexpr double day = 24 * 3600;
    reader.integer("latencyMs", p.latencyMs, 0, 600000);
    reader.integer("jitterMs", p.jitterMs, 0, 600000);
    reader.number("throttleShare", p.throttleShare, 0, 1);
    reader.number("throttleAboveQps", p.throttleAboveQps, 0, 1e6);
    reader.integer("retryAfterSeconds", p.retryAfterSeconds, 0, 3600);
    reader.number("serverErrorShare", p.serverErrorShare, 0, 1);
    reader.integer("serverErrorStatus", p.serverErrorStatus, 0, 599);
    reader.number("authFailureShare", p.authFailureShare, 0, 1);
    reader.number("forbiddenShare", p.forbiddenShare, 0, 1);
    reader.integer("clockSkewSeconds", p.clockSkewMs, -day, day, 1000);
    reader.number("malformedShare", p.malformedShare, 0, 1);
    reader.name("malformedKind", p.malformed, malformedNames);
    reader.number("slowBodyShare", p.slowBodyShare, 0, 1);
    reader.integer("slowBodyChunkBytes", p.slowBodyChunkBytes, 1, 1 << 20);
    reader.integer("slowBodyIntervalMs", p.slowBodyIntervalMs, 0, 60000);
    reader.number("dropShare", p.dropShare, 0, 1);
    reader.name("dropKind", p.drop, dropNames);
    if (p.serverErrorStatus != 0 && p.serverErrorStatus < 500)
        reader.fail(QStringLiteral("\"serverErrorStatus\" must be 0 or a 5xx status"));
}

} // namespace

bool FaultProfile::isNull() const
{
    return *this == FaultProfile();
}

QJsonObject FaultProfile::toJson() const
{
    QJsonObject json;
    const FaultProfile d;
    auto put = [&json](const char *key, auto value, auto defaultValue) {
        if (value != defaultValue)
            json.insert(QLatin1StringView(key), value);
    };
    put("latencyMs", latencyMs, d.latencyMs);
    put("jitterMs", jitterMs, d.jitterMs);
    put("throttleShare", throttleShare, d.throttleShare);
    put("throttleAboveQps", throttleAboveQps, d.throttleAboveQps);
    put("retryAfterSeconds", retryAfterSeconds, d.retryAfterSeconds);
    put("serverErrorShare", serverErrorShare, d.serverErrorShare);
    put("serverErrorStatus", serverErrorStatus, d.serverErrorStatus);
    put("authFailureShare", authFailureShare, d.authFailureShare);
    put("forbiddenShare", forbiddenShare, d.forbiddenShare);
    put("clockSkewSeconds", double(clockSkewMs) / 1000, 0.0);
    put("malformedShare", malformedShare, d.malformedShare);
    put("malformedKind", nameOf(malformed, malformedNames), nameOf(d.malformed, malformedNames));
    put("slowBodyShare", slowBodyShare, d.slowBodyShare);
    put("slowBodyChunkBytes", slowBodyChunkBytes, d.slowBodyChunkBytes);
    put("slowBodyIntervalMs", slowBodyIntervalMs, d.slowBodyIntervalMs);
    put("dropShare", dropShare, d.dropShare);
    put("dropKind", nameOf(drop, dropNames), nameOf(d.drop, dropNames));
    return json;
}

std::optional<FaultProfile> FaultProfile::fromJson(const QJsonObject &json, QString *error)
{
    FaultProfile profile;
    Reader reader(json);
    readProfile(reader, profile);
    if (!reader.finish(error))
        return std::nullopt;
    return profile;
}

bool FaultRule::matches(Cloud requestCloud, const QString &requestAccount,
                        const QString &requestRegion, ApiCall requestCall) const
{
    return (!cloud || *cloud == requestCloud)
        && (accountId.isEmpty() || accountId == requestAccount)
        && (region.isEmpty() || region == requestRegion)
        && (call == ApiCall::Any || call == requestCall);
}

QJsonObject FaultRule::toJson() const
{
    QJsonObject json = profile.toJson();
    if (cloud)
        json.insert(QStringLiteral("cloud"), cloudId(*cloud));
    if (!accountId.isEmpty())
        json.insert(QStringLiteral("account"), accountId);
    if (!region.isEmpty())
        json.insert(QStringLiteral("region"), region);
    if (call != ApiCall::Any)
        json.insert(QStringLiteral("call"), nameOf(call, callNames));
    return json;
}

std::optional<FaultRule> FaultRule::fromJson(const QJsonObject &json, QString *error)
{
    FaultRule rule;
    Reader reader(json);
    QString cloudName;
    reader.string("cloud", cloudName);
    if (!cloudName.isEmpty()) {
        rule.cloud = cloudFromId(cloudName);
        if (!rule.cloud)
            reader.fail(QStringLiteral("unknown cloud \"%1\"").arg(cloudName));
    }
    reader.string("account", rule.accountId);
    reader.string("region", rule.region);
    reader.name("call", rule.call, callNames);
    readProfile(reader, rule.profile);
    if (!reader.finish(error))
        return std::nullopt;
    return rule;
}
