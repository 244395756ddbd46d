// Local request checks the four protocols share: a region that can safely go into a path or a
// header, and an InvalidRequest error that says which parameter is wrong.
#pragma once

#include "fetcherror.h"

#include <QString>

#include <optional>

class ProtocolChecks
{
public:
    // Letters, digits, '-' and '_', at most 64 characters.
    static bool isPlainToken(QStringView value);
    static FetchError invalid(const QString &code, const QString &message);
    static std::optional<FetchError> checkRegion(const QString &region, bool required);
};
