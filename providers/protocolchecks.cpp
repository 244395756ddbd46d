#include "protocolchecks.h"

using namespace Qt::StringLiterals;

bool ProtocolChecks::isPlainToken(QStringView value)
{
    if (value.isEmpty() || value.size() > 64)
        return false;
    for (QChar c : value) {
        const char16_t u = c.unicode();
        const bool ok = (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z')
            || (u >= u'0' && u <= u'9') || u == u'-' || u == u'_';
        if (!ok)
            return false;
    }
    return true;
}

FetchError ProtocolChecks::invalid(const QString &code, const QString &message)
{
    FetchError e;
    e.kind = FetchError::Kind::InvalidRequest;
    e.code = code;
    e.message = message;
    return e;
}

std::optional<FetchError> ProtocolChecks::checkRegion(const QString &region, bool required)
{
    if (region.isEmpty()) {
        if (required)
            return invalid(u"MissingRegion"_s, u"A region is required for this cloud."_s);
        return std::nullopt;
    }
    if (!isPlainToken(region))
        return invalid(u"InvalidRegion"_s,
                       u"The region \"%1\" is not a region id."_s.arg(region.left(64)));
    return std::nullopt;
}
