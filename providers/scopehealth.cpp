#include "scopehealth.h"

QString ScopeHealth::statusName(Status status)
{
    switch (status) {
    case Status::Waiting:
        return QStringLiteral("waiting");
    case Status::Ok:
        return QStringLiteral("ok");
    case Status::Throttled:
        return QStringLiteral("throttled");
    case Status::AuthFailed:
        return QStringLiteral("authFailed");
    case Status::ClockSkew:
        return QStringLiteral("clockSkew");
    case Status::Unreachable:
        return QStringLiteral("unreachable");
    case Status::Failing:
        return QStringLiteral("failing");
    case Status::Paused:
        return QStringLiteral("paused");
    }
    Q_UNREACHABLE();
    return {};
}
