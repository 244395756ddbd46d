#include "account.h"

#include <algorithm>

QList<ScopeKey> Account::scopes() const
{
    QList<ScopeKey> result;
    if (cloud == Cloud::Zenlayer) {
        result.append({ id, QString() });
        return result;
    }
    result.reserve(regions.size());
    for (const QString &region : regions)
        result.append({ id, region });
    return result;
}

int Account::effectivePollSeconds(int applicationDefault) const
{
    const int seconds = pollSeconds > 0 ? pollSeconds : applicationDefault;
    return std::max(seconds, minimumPollSeconds);
}

int Account::effectiveMaxConcurrency() const
{
    return maxConcurrency > 0 ? maxConcurrency : defaultMaxConcurrency;
}

QString Account::apiStyleId(ApiStyle style)
{
    return style == ApiStyle::Legacy ? QStringLiteral("legacy") : QStringLiteral("v3");
}

std::optional<Account::ApiStyle> Account::apiStyleFromId(QStringView id)
{
    if (id == u"v3")
        return ApiStyle::V3;
    if (id == u"legacy")
        return ApiStyle::Legacy;
    return std::nullopt;
}
