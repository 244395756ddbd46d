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

ScopeHealth::Status ScopeHealth::statusFor(const FetchError &error)
{
    switch (error.kind) {
    case FetchError::Kind::Throttled:
        return Status::Throttled;
    case FetchError::Kind::ClockSkew:
        return Status::ClockSkew;
    case FetchError::Kind::Network:
    case FetchError::Kind::Timeout:
        return Status::Unreachable;
    case FetchError::Kind::Auth:
        return Status::AuthFailed;
    case FetchError::Kind::InvalidRequest:
    case FetchError::Kind::Server:
    case FetchError::Kind::Malformed:
        return Status::Failing;
    }
    return Status::Failing;
}
