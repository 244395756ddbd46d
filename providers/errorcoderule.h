// One row of a cloud's error-code table: a code (or a family of codes: "Throttling" also
// matches "Throttling.User") and the kind it means. The tables live in each cloud's parser.
#pragma once

#include "fetcherror.h"

#include <QLatin1StringView>
#include <QStringView>

#include <optional>
#include <span>

struct ErrorCodeRule
{
    QLatin1StringView code;
    FetchError::Kind kind;
    bool family = false; // also matches "code.<anything>"

    // The kind for `code`: an exact row first, then the family it belongs to; none if unknown.
    static std::optional<FetchError::Kind> match(std::span<const ErrorCodeRule> rules,
                                                 QStringView code)
    {
        for (const ErrorCodeRule &rule : rules) {
            if (code == rule.code)
                return rule.kind;
        }
        for (const ErrorCodeRule &rule : rules) {
            if (rule.family && code.size() > rule.code.size() && code.startsWith(rule.code)
                && code.at(rule.code.size()) == u'.')
                return rule.kind;
        }
        return std::nullopt;
    }
};
