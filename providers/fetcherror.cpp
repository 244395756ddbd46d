#include "fetcherror.h"

QString FetchError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Auth:
        return QStringLiteral("auth");
    case Kind::Throttled:
        return QStringLiteral("throttled");
    case Kind::ClockSkew:
        return QStringLiteral("clockSkew");
    case Kind::InvalidRequest:
        return QStringLiteral("invalidRequest");
    case Kind::Server:
        return QStringLiteral("server");
    case Kind::Network:
        return QStringLiteral("network");
    case Kind::Timeout:
        return QStringLiteral("timeout");
    case Kind::Malformed:
        return QStringLiteral("malformed");
    }
    Q_UNREACHABLE();
    return {};
}

bool FetchError::isTransient() const
{
    switch (kind) {
    case Kind::Throttled:
    case Kind::Server:
    case Kind::Network:
    case Kind::Timeout:
    case Kind::Malformed: // often a proxy's error page or a cut connection
        return true;
    case Kind::Auth:
    case Kind::ClockSkew:
    case Kind::InvalidRequest:
        return false;
    }
    return false;
}

QString FetchError::serverText(const QString &text, qsizetype max)
{
    QString out;
    out.reserve(std::min(text.size(), max + 1));
    for (const QChar c : text) {
        if (out.size() >= max) {
            out.append(QChar(0x2026));
            break;
        }
        out.append(c.isPrint() ? c : QChar(u' '));
    }
    return out.simplified();
}
